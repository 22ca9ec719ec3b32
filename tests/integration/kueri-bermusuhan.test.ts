/**
 * Nothing a client sends makes the server answer 5xx: query parameters of the wrong type on every
 * route (Strapi's own included) are a 400 in Indonesian naming the parameter, the content
 * manager's relations answer 403 to a role that may not read the field, and a seeded fuzz of
 * 1,000+ hostile requests (public API, plugin, content manager, media library, admin, as anonymous,
 * SOP roles and an API token) finds no 5xx.
 */
import type { Core } from '@strapi/strapi';
import {
  acak,
  type Acak,
  isiAcak,
  KUERI_MENTAH,
  nilaiKueri,
  NILAI_TEKS,
  PARAMETER,
  tulisKueri,
} from '../helpers/fuzz';
import { cmUid, http, UID_DISPOSISI, UID_LIPUTAN, UID_MEDSOS } from '../helpers/http';
import { buatPengguna, type Pengguna, tokenApi } from '../helpers/pengguna';
import { buatDisposisi, buatKontenMedsos, buatLiputan } from '../helpers/sop';
import { alamat, hentikanStrapi, isPostgres, mulaiStrapi } from '../helpers/strapi';

/** Fixed, so that every run sends the same requests; FUZZ_SEED replays another. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const JUMLAH = Number(process.env.FUZZ_JUMLAH ?? 1200);

const PELAKU = [
  'tim-pelaksana',
  'admin-medsos',
  'pemimpin-redaksi',
  'verifikator',
  'ppid-pembantu',
] as const;

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let token: string;
const dokumen: Record<string, string> = {};
let berkas: number[] = [];

beforeAll(async () => {
  strapi = await mulaiStrapi();
  for (const kode of [...PELAKU, 'koordinator-liputan'])
    p[kode] = await buatPengguna(strapi, [kode]);
  p['super-admin'] = await buatPengguna(strapi, ['strapi-super-admin']);
  token = await tokenApi(strapi);
  dokumen[UID_MEDSOS] = await buatKontenMedsos(strapi, p['tim-pelaksana']);
  dokumen[UID_LIPUTAN] = await buatLiputan(strapi, p, { judul: 'Rapat pleno uji fuzz' });
  dokumen[UID_DISPOSISI] = (await buatDisposisi(strapi, p['ppid-pembantu'])).documentId;
  berkas = (await strapi.db.query('plugin::upload.file').findMany({ select: ['id'] })).map(
    (file: { id: number }) => file.id,
  );
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

describe('bentuk parameter kueri', () => {
  it.each([
    ['/content-manager/collection-types/api::liputan.liputan?_q[a]=x', '_q'],
    ['/upload/files?_q[a]=x', '_q'],
    ['/upload/folders?_q[0]=x&_q[1]=y', '_q'],
    ['/api/liputans?_q[a]=x', '_q'],
    ['/api/konten-medsos-list?filters=x', 'filters'],
    ['/redaksi/queue?sort[0][0]=x', 'sort'],
    ['/content-manager/collection-types/api::liputan.liputan?page=1e18', 'page'],
    ['/api/liputans?pagination[pageSize][a]=1', 'pagination'],
    ['/api/liputans?pagination[page]=-1.5', 'pagination[page]'],
    ['/admin/users?fields[a]=email', 'fields'],
    ['/api/upload/files?status[a]=draft&locale[]=id', 'status'],
  ])('refuses %s with a 400 naming %s and the shape it must have', async (url, disebut) => {
    const res = await http(strapi, p['super-admin']).get(url).expect(400);
    expect(res.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError' },
    });
    expect(res.body.error.message).toMatch(new RegExp(`^Parameter ${escape(disebut)} harus `));
    expect(res.body.error.details.errors[0]).toMatchObject({ name: 'ValidationError' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('names every malformed parameter in details, the first in the message', async () => {
    const res = await http(strapi, p['super-admin'])
      .get('/upload/files?_q[a]=x&page=dua&sort[0][0]=x')
      .expect(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([
      ['_q'],
      ['page'],
      ['sort'],
    ]);
    expect(res.body.error.message).toBe(
      'Parameter _q harus satu teks (mis. ?_q=nilai), bukan objek atau daftar.',
    );
  });

  it.each([
    '/content-manager/collection-types/api::liputan.liputan?_q=pleno&page=2&pageSize=10&sort=judul:ASC&filters[$and][0][judul][$contains]=a',
    '/upload/files?sort=updatedAt:DESC&page=1&pageSize=10&filters[$and][0][folderPath][$eq]=/',
    '/api/liputans?sort[0]=publishedAt:desc&pagination[page]=1&pagination[pageSize]=10&fields[0]=judul',
    '/api/liputans?populate[foto][fields][0]=url&sort[publishedAt]=desc',
    '/content-manager/collection-types/api::liputan.liputan?page&_q=',
  ])('lets the shapes the panel and the website send through: %s', async (url) => {
    // The public API is read anonymously; an admin's token is not a content-API credential.
    const res = await http(strapi, url.startsWith('/api/') ? undefined : p['super-admin']).get(url);
    expect(res.status).toBe(200);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('relasi di content manager', () => {
  it.each(['admin-medsos', 'ppid-pembantu', 'tim-pelaksana'])(
    'answers %s, who may not read Liputan, 403 in Indonesian on the disposisi relation (was 500)',
    async (kode) => {
      for (const url of [
        `/content-manager/relations/${UID_LIPUTAN}/disposisi`,
        `/content-manager/relations/${UID_LIPUTAN}/${dokumen[UID_LIPUTAN]}/disposisi`,
      ]) {
        const res = await http(strapi, p[kode]).get(url).expect(403);
        expect(res.body.error.message).toBe('Anda tidak berhak membaca isian relasi ini.');
      }
    },
  );

  it('still lists the relation for who may read it, also beside an existing document (the edit view excludes what is already related with a knex subquery in its filters)', async () => {
    for (const url of [
      `/content-manager/relations/${UID_LIPUTAN}/disposisi`,
      `/content-manager/relations/${UID_LIPUTAN}/disposisi?id=${dokumen[UID_LIPUTAN]}&_q=a&pageSize=10&idsToOmit[]=1`,
      `/content-manager/relations/${UID_LIPUTAN}/${dokumen[UID_LIPUTAN]}/disposisi?pageSize=10`,
    ])
      await http(strapi, p['koordinator-liputan']).get(url).expect(200);
  });
});

describe('500 yang ditemukan fuzz, kini 400', () => {
  const CM_LIPUTAN = cmUid(UID_LIPUTAN);
  const DISPOSISI = `${cmUid(UID_DISPOSISI)}/`;
  it.each([
    ['GET', `${cmUid(UID_MEDSOS)}?filters[$or]=x`, /filters.*\$or harus berupa daftar syarat/],
    ['GET', `${CM_LIPUTAN}?filters[$not]=x`, /\$not harus berisi syarat/],
    ['GET', `${CM_LIPUTAN}?filters[$eq]=x`, /operator \$eq harus berada di bawah nama kolom/],
    ['GET', `${CM_LIPUTAN}?filters[judul][$or]=x`, /"\$or" bukan operator yang dikenal/],
    ['GET', `${CM_LIPUTAN}?filters[createdBy][$eq]=1&filters[createdBy][id]=1`, /dicampur/],
    ['GET', `${CM_LIPUTAN}?filters[judul][$between]=a`, /\$between harus berisi tepat dua nilai/],
    ['GET', `${CM_LIPUTAN}?sort[0]=../../etc/passwd&sort[1]=judul`, /Parameter sort tidak sah/],
    ['GET', '/upload/files?filters[$or]=x', /\$or harus berupa daftar syarat/],
    [
      'GET',
      `/content-manager/relations/${UID_DISPOSISI}/liputan?populate[on][prototype]=x`,
      /^Parameter populate\[on\]\[prototype\] harus berisi uid komponen/,
    ],
    ['GET', '/upload/folders?fields=pleno', /kolom "pleno" tidak ada/],
    ['GET', '/upload/folders/1?fields=pleno', /kolom "pleno" tidak ada/],
    ['POST', `${DISPOSISI}:documentId/actions/discard`, /Disposisi tidak memakai draf dan terbit/],
    ['POST', `${DISPOSISI}:documentId/actions/publish`, /Disposisi tidak memakai draf dan terbit/],
    ['POST', `${DISPOSISI}actions/bulkPublish`, /Disposisi tidak memakai draf dan terbit/],
  ] as const)('%s %s', async (metode, url, pesan) => {
    const alamatNyata = url.replace(':documentId', dokumen[UID_DISPOSISI]);
    const sebagai = http(strapi, p['super-admin']);
    const res =
      metode === 'GET'
        ? await sebagai.get(alamatNyata)
        : await sebagai.post(alamatNyata, { documentIds: [dokumen[UID_DISPOSISI]] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(pesan);
  });

  it.each([
    '/upload/files/abc',
    '/upload/files/999999999999999999999999999999',
    '/admin/users/1e18',
    '/admin/roles/x/permissions',
    '/api/liputans/slug/%00',
  ])(
    'answers %s, a value the column cannot hold, 400 on PostgreSQL and 404 on SQLite',
    async (url) => {
      const sebagai = url.startsWith('/api/') ? undefined : p['super-admin'];
      const res = await http(strapi, sebagai).get(url);
      expect(res.status).toBe(isPostgres() ? 400 : 404);
    },
  );

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    'answers ?%s (a query string naming what every object inherits) on two content types without a 500',
    async (kueri) => {
      // strapi::query's cache handed the global Object to the handlers as the query; the
      // permission checker tagged it with the first type and refused the second with a 500.
      const sebagai = http(strapi, p['admin-medsos']);
      await sebagai.get(`${cmUid(UID_MEDSOS)}?${kueri}`).expect(200);
      await sebagai.get(`/upload/files?${kueri}`).expect(200);
      await http(strapi, p['super-admin'])
        .get(`${cmUid(UID_LIPUTAN)}?${kueri}`)
        .expect(200);
    },
  );

  it('refuses a relation named by an object instead of a documentId (was 500 in the lookup)', async () => {
    const res = await http(strapi, p['super-admin'])
      .post(cmUid(UID_LIPUTAN), { judul: 'Relasi aneh', foto: { documentId: { identifier: 1 } } })
      .expect(400);
    expect(res.body.error.message).toBe(
      'Isian foto tidak sah: documentId pada relasi harus teks atau angka.',
    );
    await http(strapi, p['super-admin'])
      .post(cmUid(UID_LIPUTAN), { judul: 'Relasi aneh', disposisi: { connect: [{ id: [1] }] } })
      .expect(400);
    expect(await strapi.db.query(UID_LIPUTAN).count({ where: { judul: 'Relasi aneh' } })).toBe(0);
  });

  it('refuses a JSON array as a new document (was 500 in the permission sanitizer)', async () => {
    const res = await http(strapi, p['super-admin'])
      .post(cmUid(UID_LIPUTAN), ['judul'])
      .expect(400);
    expect(res.body.error.message).toBe('Isi permintaan harus objek JSON, mis. {"judul": "..."}.');
  });

  it("ignores a documentId or id in the content manager's body: never a 500, never a renamed document", async () => {
    const baru = await http(strapi, p['tim-pelaksana'])
      .post(cmUid(UID_MEDSOS), { judul: 'Id dari klien', documentId: { a: 'b' }, id: 1e308 })
      .expect(201);
    expect(baru.body.data.documentId).toMatch(/^[a-z0-9]{24}$/);
    const res = await http(strapi, p['tim-pelaksana'])
      .put(`${cmUid(UID_MEDSOS)}/${baru.body.data.documentId}`, { documentId: 'nama-lain' })
      .expect(200);
    expect(res.body.data.documentId).toBe(baru.body.data.documentId);
  });
});

type Metode = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface Permintaan {
  method: Metode;
  url: string;
  who: string;
  body?: string;
}

const UID = [
  UID_LIPUTAN,
  UID_MEDSOS,
  UID_DISPOSISI,
  'plugin::upload.file',
  'admin::user',
  'api::tidak-ada.tidak-ada',
  'x',
  '日本',
];
const FIELD = [
  'disposisi',
  'foto',
  'dokumentasi',
  'liputan',
  'turunan',
  'createdBy',
  'tidakAda',
  '__proto__',
];

/** The routes of the fuzz, each a template filled from the seed (uids, documentIds, file ids). */
function rute(r: Acak): { method: Metode; path: string } {
  const uid = r.chance(0.8) ? r.pick([UID_LIPUTAN, UID_MEDSOS, UID_DISPOSISI]) : r.pick(UID);
  const doc = () =>
    r.chance(0.6)
      ? (dokumen[uid] ?? dokumen[UID_LIPUTAN])
      : encodeURIComponent(r.pick(NILAI_TEKS).slice(0, 60) || 'x');
  const file = () =>
    r.chance(0.6) && berkas.length
      ? String(r.pick(berkas))
      : encodeURIComponent(r.pick(['0', '-1', '1e18', 'abc', '9'.repeat(30), '1.5']));
  const cm = `/content-manager/collection-types/${uid}`;
  const pilihan: Array<() => { method: Metode; path: string }> = [
    // The public website's API and the rest of REST.
    () => ({ method: 'GET', path: '/api/liputans' }),
    () => ({ method: 'GET', path: `/api/liputans/${doc()}` }),
    () => ({
      method: 'GET',
      path: `/api/liputans/slug/${encodeURIComponent(r.pick(NILAI_TEKS).slice(0, 80) || 'x')}`,
    }),
    () => ({ method: 'POST', path: `/api/liputans/${doc()}/views` }),
    () => ({ method: 'GET', path: '/api/konten-medsos-list' }),
    () => ({ method: 'GET', path: `/api/konten-medsos-list/${doc()}` }),
    () => ({ method: 'GET', path: '/api/disposisis' }),
    () => ({
      method: r.pick(['POST', 'PUT', 'DELETE'] as const),
      path: r.pick(['/api/liputans', `/api/liputans/${doc()}`, `/api/konten-medsos-list/${doc()}`]),
    }),
    () => ({ method: 'GET', path: '/api-publik/openapi.json' }),
    () => ({
      method: 'GET',
      path: r.pick(['/api/users', '/api/users/me', '/api/users-permissions/roles']),
    }),
    () => ({ method: 'POST', path: '/api/auth/local' }),
    // The media library, as the panel and through the content API.
    () => ({
      method: 'GET',
      path: r.pick([
        '/upload/files',
        '/upload/folders',
        '/upload/folder-structure',
        '/upload/configuration',
        '/upload/settings',
        '/api/upload/files',
      ]),
    }),
    () => ({
      method: 'GET',
      path: r.pick(['/upload/files/', '/upload/folders/', '/api/upload/files/']) + file(),
    }),
    () => ({
      method: 'POST',
      path: r.pick([
        '/upload/actions/bulk-delete',
        '/upload/actions/bulk-move',
        '/upload/folders',
        '/upload',
        '/api/upload',
      ]),
    }),
    () => ({
      method: 'DELETE',
      path:
        r.pick(['/upload/files/', '/api/upload/files/']) +
        encodeURIComponent(r.pick(['0', 'abc', '1e18', '-1'])),
    }),
    // The content manager: lists, documents, actions, relations, configuration.
    () => ({ method: 'GET', path: cm }),
    () => ({ method: 'GET', path: `${cm}/${doc()}` }),
    () => ({ method: 'POST', path: cm }),
    () => ({ method: 'PUT', path: `${cm}/${doc()}` }),
    () => ({
      method: 'POST',
      path: `${cm}/${doc()}/actions/${r.pick(['publish', 'unpublish', 'discard'])}`,
    }),
    () => ({
      method: 'POST',
      path: `${cm}/actions/${r.pick(['bulkPublish', 'bulkUnpublish', 'bulkFindForValidation', 'publish'])}`,
    }),
    () => ({
      method: 'GET',
      path: r.pick([
        `${cm}/${doc()}/actions/countDraftRelations`,
        `${cm}/actions/countManyEntriesDraftRelations`,
      ]),
    }),
    () => ({ method: 'GET', path: `/content-manager/relations/${uid}/${r.pick(FIELD)}` }),
    () => ({ method: 'GET', path: `/content-manager/relations/${uid}/${doc()}/${r.pick(FIELD)}` }),
    () => ({
      method: 'GET',
      path: r.pick([
        '/content-manager/init',
        '/content-manager/content-types',
        '/content-manager/components',
        '/content-manager/content-types-settings',
        `/content-manager/content-types/${uid}/configuration`,
      ]),
    }),
    () => ({
      method: 'POST',
      path: r.pick([
        '/content-manager/uid/generate',
        '/content-manager/uid/check-availability',
        `${cm}/clone/${doc()}`,
      ]),
    }),
    // The redaksi plugin.
    () => ({
      method: 'GET',
      path: r.pick([
        '/redaksi/workflows',
        '/redaksi/queue',
        '/redaksi/preferences',
        '/redaksi/recap',
      ]),
    }),
    () => ({ method: 'GET', path: `/redaksi/documents/${uid}/${doc()}` }),
    () => ({ method: 'POST', path: `/redaksi/documents/${uid}/${doc()}/transitions` }),
    () => ({
      method: 'GET',
      path: `/redaksi/documents/${uid}/${doc()}/downloads/${encodeURIComponent(r.pick(['paket', 'unggah', 'x', '日本']))}`,
    }),
    () => ({ method: 'PUT', path: '/redaksi/preferences' }),
    () => ({
      method: 'GET',
      path: `/redaksi/disposisi/${r.chance(0.6) ? dokumen[UID_DISPOSISI] : 'x'}/lembar.pdf`,
    }),
    // Strapi's admin.
    () => ({
      method: 'GET',
      path: r.pick([
        '/admin/users',
        '/admin/users/me',
        '/admin/users/me/permissions',
        '/admin/roles',
        '/admin/permissions',
        '/admin/information',
        '/admin/init',
        '/admin/project-type',
        '/admin/api-tokens',
        '/admin/webhooks',
        '/admin/registration-info',
        `/admin/users/${r.pick(['1', 'x', '-1', '1e18'])}`,
        `/admin/roles/${r.pick(['1', 'x', '9'.repeat(30)])}/permissions`,
      ]),
    }),
    () => ({
      method: 'POST',
      path: r.pick([
        '/admin/login',
        '/admin/register',
        '/admin/register-admin',
        '/admin/reset-password',
        '/admin/forgot-password',
        '/admin/access-token',
      ]),
    }),
    () => ({ method: 'GET', path: r.pick(['/_ready', '/_health']) }),
  ];
  return r.pick(pilihan)();
}

/** A query string of 0 to 4 parameters, sometimes one of the raw strings. */
function kueri(r: Acak): string {
  if (r.chance(0.08)) return `?${r.pick(KUERI_MENTAH)}`;
  const bagian: string[] = [];
  for (let i = 0; i < r.int(5); i += 1)
    bagian.push(...tulisKueri(r, r.pick(PARAMETER), nilaiKueri(r)));
  return bagian.length ? `?${bagian.join('&')}` : '';
}

function isi(r: Acak): string {
  const roll = r.next();
  if (roll < 0.05) return '{"data": {"judul": ';
  if (roll < 0.1) return `${'['.repeat(80)}${']'.repeat(80)}`;
  const nilai = isiAcak(r);
  return JSON.stringify(roll < 0.4 ? { data: nilai } : nilai) ?? 'null';
}

function buatPermintaan(seed: number, jumlah: number): Permintaan[] {
  const r = acak(seed);
  const siapa = ['anonim', 'token', 'super-admin', ...PELAKU];
  return Array.from({ length: jumlah }, () => {
    const { method, path } = rute(r);
    return {
      method,
      url: path + kueri(r),
      who: r.pick(siapa),
      body: method === 'GET' || method === 'DELETE' ? undefined : isi(r),
    };
  });
}

describe('fuzz', () => {
  it(`answers ${JUMLAH} seeded hostile requests without a single 5xx (seed ${SEED})`, async () => {
    const daftar = buatPermintaan(SEED, JUMLAH);
    const base = alamat(strapi);
    const gagal: string[] = [];
    // Thousands of expected refusals, one warn line each, would only bury what matters here; the
    // errors the server logs (a 500's cause) are kept for the failure message.
    for (const transport of strapi.log.transports) transport.silent = true;
    const galatServer: string[] = [];
    const logError = strapi.log.error;
    strapi.log.error = ((error: unknown) => {
      galatServer.push(
        error instanceof Error
          ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ')
          : String(error),
      );
    }) as unknown as typeof strapi.log.error;
    const kirim = async ({ method, url, who, body }: Permintaan) => {
      const headers: Record<string, string> = {};
      const kredensial = who === 'anonim' ? undefined : who === 'token' ? token : p[who].token;
      if (kredensial) headers.authorization = `Bearer ${kredensial}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      try {
        const res = await fetch(base + url, { method, headers, body });
        const teks = await res.text();
        if (res.status >= 500)
          gagal.push(
            `${res.status} ${method} ${url} sebagai ${who}${body ? ` isi ${body.slice(0, 4000)}` : ''}: ${teks.slice(0, 200)}`,
          );
      } catch (error) {
        gagal.push(`tanpa jawaban ${method} ${url} sebagai ${who}: ${(error as Error).message}`);
      }
    };
    // Two at a time: the order stays close to the seed's while the file stays well under a minute.
    for (let i = 0; i < daftar.length; i += 2) await Promise.all(daftar.slice(i, i + 2).map(kirim));
    for (const transport of strapi.log.transports) transport.silent = false;
    strapi.log.error = logError;
    if (gagal.length)
      throw new Error(
        `${gagal.length} permintaan dijawab 5xx (FUZZ_SEED=${SEED}):\n${gagal.join('\n')}\n\nGalat yang dicatat server:\n${[...new Set(galatServer)].join('\n')}`,
      );
  });
});
