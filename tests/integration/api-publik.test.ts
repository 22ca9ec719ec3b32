/**
 * The public website's API: anonymous reading of published Liputan and KontenMedsos, nothing
 * internal leaking whatever the query, no anonymous writes, HTTP caching, and the reader counter.
 */
import type { Core } from '@strapi/strapi';
import { unggahBerkas } from '../helpers/berkas';
import { http } from '../helpers/http';
import { buatPengguna, type Pengguna, penggunaPerPeran, PERAN_SOP_20 } from '../helpers/pengguna';
import {
  buatLiputan,
  liputanSampaiTayang,
  padaJam,
  potret,
  tanggalWibRelatif,
} from '../helpers/sop';
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { hapusKunciRedisUji, redisUji } from '../helpers/redis';
import { alamat, hentikanStrapi, isPostgres, mulaiStrapi } from '../helpers/strapi';
import request from 'supertest';

const LIPUTAN = 'api::liputan.liputan';
const cm = (uid: string, documentId = '') =>
  `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let tayang: { documentId: string; slug: string };
let pengumuman: { documentId: string; slug: string };
let draf: string;
let foto: number[];

const publik = () => http(strapi);

/** A timestamp as the API serves it (ISO 8601, UTC, milliseconds), not merely something truthy. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A Liputan walked through SOP 20 to publication, from the coverage plan. */
async function liputanTayang(
  judul: string,
  kategori = 'berita',
): Promise<{ documentId: string; slug: string }> {
  const documentId = await buatLiputan(strapi, p, { judul });
  await liputanSampaiTayang(strapi, p, documentId, {
    ringkasan: `Ringkasan ${judul}`,
    foto,
    kategori,
  });
  const baris = await strapi.db
    .query(LIPUTAN)
    .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  return { documentId, slug: baris.slug };
}

// On PostgreSQL the public API runs as in production with several instances: sharing through
// Redis (127.0.0.1:6379 here and in CI), under keys of this run only.
const REDIS_UJI = isPostgres() ? redisUji('publik') : null;

beforeAll(async () => {
  if (REDIS_UJI) {
    process.env.REDIS_URL = REDIS_UJI.url;
    process.env.REDIS_PREFIX = REDIS_UJI.prefix;
  }
  strapi = await mulaiStrapi();
  Object.assign(
    p,
    await penggunaPerPeran(strapi, [...PERAN_SOP_20, 'tim-pelaksana', 'pemimpin-redaksi']),
  );
  foto = await unggahBerkas(strapi, 2);
  tayang = await liputanTayang('Rapat Pleno Penetapan DPT Sumatera Barat');
  pengumuman = await liputanTayang('Pengumuman Seleksi Anggota PPK', 'pengumuman');
  draf = await buatLiputan(strapi, p, {
    judul: 'Draf rahasia redaksi',
    ringkasan: 'Belum boleh terbit',
  });
});
afterAll(async () => {
  await hentikanStrapi(strapi);
  if (REDIS_UJI) {
    await hapusKunciRedisUji(REDIS_UJI);
    delete process.env.REDIS_URL;
    delete process.env.REDIS_PREFIX;
  }
});

const TERLARANG = [
  'tahap',
  'riwayat',
  'note',
  'alasanTerlambat',
  'penugasan',
  'assignees',
  'disposisi',
  'nomorRegister',
  'nomorAgenda',
  'createdBy',
  'updatedBy',
  '@uji.kpusumbar.id',
  'Draf rahasia redaksi',
  'perihal',
];

/** The data served holds nothing internal (a refusal's message may name the refused field). */
function tidakBocor(body: unknown): void {
  const bodies = Array.isArray(body) ? body : [body];
  const teks = JSON.stringify(bodies.map((item) => ({ data: item?.data, meta: item?.meta })));
  for (const kata of TERLARANG)
    expect({ kata, bocor: teks.includes(kata) }).toEqual({ kata, bocor: false });
}

describe('membaca sebagai pengunjung anonim', () => {
  it('lists published Liputan with photos in all formats, category, dates and reader counts', async () => {
    const res = await publik().get('/api/liputans').expect(200);
    expect(res.body.data).toHaveLength(2);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, total: 2 });
    const [terbaru] = res.body.data;
    expect(terbaru).toMatchObject({
      judul: 'Pengumuman Seleksi Anggota PPK',
      kategori: 'pengumuman',
      jumlahPembaca: 0,
    });
    expect(terbaru.publishedAt).toMatch(ISO);
    // Each photo with its description, for the website's alt attribute (required before review).
    expect(terbaru.foto[0]).toMatchObject({
      mime: 'image/jpeg',
      url: expect.stringMatching(/^\/uploads\//),
      alternativeText: expect.stringMatching(/^Berkas uji \d+$/),
    });
    expect(terbaru.foto[0].formats === null || typeof terbaru.foto[0].formats === 'object').toBe(
      true,
    );
    tidakBocor(res.body);
  });

  it('reads one item by documentId and by slug, and nothing unpublished', async () => {
    const satu = await publik().get(`/api/liputans/${tayang.documentId}`).expect(200);
    expect(satu.body.data).toMatchObject({ documentId: tayang.documentId, slug: tayang.slug });
    const slug = await publik().get(`/api/liputans/slug/${tayang.slug}`).expect(200);
    expect(slug.body.data.documentId).toBe(tayang.documentId);
    await publik().get(`/api/liputans/${draf}`).expect(404);
    await publik().get(`/api/liputans/${draf}?status=draft`).expect(404);
    await publik().get('/api/liputans/slug/tidak-ada').expect(404);
    tidakBocor([satu.body, slug.body]);
  });

  it('paginates, sorts by publication date, filters by category and date range, and searches', async () => {
    const halaman = await publik()
      .get('/api/liputans?pagination[pageSize]=1&pagination[page]=2&sort=publishedAt:asc')
      .expect(200);
    expect(halaman.body.data.map((d: { judul: string }) => d.judul)).toEqual([
      'Pengumuman Seleksi Anggota PPK',
    ]);
    const kategori = await publik().get('/api/liputans?filters[kategori][$eq]=berita').expect(200);
    expect(kategori.body.data.map((d: { documentId: string }) => d.documentId)).toEqual([
      tayang.documentId,
    ]);
    const besok = new Date(Date.now() + 86400000).toISOString();
    const rentang = await publik()
      .get(
        `/api/liputans?filters[publishedAt][$gte]=2020-01-01&filters[publishedAt][$lte]=${besok}`,
      )
      .expect(200);
    expect(rentang.body.data).toHaveLength(2);
    const kosong = await publik()
      .get('/api/liputans?filters[publishedAt][$lte]=2020-01-01')
      .expect(200);
    expect(kosong.body.data).toHaveLength(0);
    const cari = await publik().get('/api/liputans?cari=SELEKSI').expect(200);
    expect(cari.body.data.map((d: { judul: string }) => d.judul)).toEqual([
      'Pengumuman Seleksi Anggota PPK',
    ]);
    const cariRingkasan = await publik()
      .get('/api/liputans?cari=ringkasan rapat pleno')
      .expect(200);
    expect(cariRingkasan.body.data).toHaveLength(1);
  });

  it.each([
    ['status=draft', 200],
    ['populate=*', 200],
    ['populate[disposisi][populate]=*', 200],
    ['populate[foto][populate][createdBy]=*', 200],
    ['fields[0]=judul&fields[1]=createdBy', 400],
    ['filters[disposisi][perihal][$contains]=Disposisi', 400],
    ['filters[createdBy][email][$contains]=@', 400],
    ['filters[$or][0][kategori]=berita&filters[$or][1][updatedBy][id]=1', 400],
    ['sort=createdBy.email:asc', 400],
    ['publicationState=preview', 200],
  ])('leaks nothing for the hostile query %s', async (kueri, status) => {
    const res = await publik().get(`/api/liputans?${kueri}`).expect(status);
    tidakBocor(res.body);
    // Exactly the two published items, each with its publication date: never an empty page.
    if (status === 200) {
      const diterima = res.body.data
        .map((d: { documentId: string; publishedAt: unknown }) => ({
          documentId: d.documentId,
          publishedAt: d.publishedAt,
        }))
        .sort((a: { documentId: string }, b: { documentId: string }) =>
          a.documentId.localeCompare(b.documentId),
        );
      expect(diterima).toEqual(
        [tayang.documentId, pengumuman.documentId]
          .sort((a, b) => a.localeCompare(b))
          .map((documentId) => ({ documentId, publishedAt: expect.stringMatching(ISO) })),
      );
    }
    if (status === 400) expect(res.body.error.message).toMatch(/tidak (diizinkan|tersedia)/);
  });

  it('serves uploaded KontenMedsos with title, date, caption, photos and platform links only', async () => {
    expect((await publik().get('/api/konten-medsos-list').expect(200)).body.data).toEqual([]);
    const pelaku: Record<string, Pengguna> = {};
    for (const kode of ['admin-medsos', 'wakil-pemimpin-redaksi', 'pemimpin-redaksi'])
      pelaku[kode] = await buatPengguna(strapi, [kode]);
    const dibuat = await http(strapi, p['tim-pelaksana'])
      .post(cm('api::konten-medsos.konten-medsos'), {
        judul: 'Sosialisasi di Pasar Raya',
        tanggalKegiatan: tanggalWibRelatif(0),
        unitPelaksana: 'Divisi Sosdiklih',
        dokumentasi: await unggahBerkas(strapi, 4),
        narasi: [{ type: 'paragraph', children: [{ type: 'text', text: 'Narasi internal' }] }],
        caption: 'Ayo cek DPT #KPUSumbar',
        tautan: [{ platform: 'instagram', url: 'https://www.instagram.com/p/pasar-raya/' }],
      })
      .expect(201);
    const id = dibuat.body.data.documentId as string;
    const langkah: Array<[Pengguna, string]> = [
      [p['tim-pelaksana'], 'serahkan'],
      [pelaku['admin-medsos'], 'terima'],
      [pelaku['wakil-pemimpin-redaksi'], 'teruskan'],
      [pelaku['pemimpin-redaksi'], 'setujui'],
    ];
    for (const [siapa, action] of langkah)
      await http(strapi, siapa)
        .post(`/redaksi/documents/api::konten-medsos.konten-medsos/${id}/transitions`, { action })
        .expect(200);
    await http(strapi, pelaku['admin-medsos'])
      .post(`${cm('api::konten-medsos.konten-medsos', id)}/actions/publish`)
      .expect(200);

    const res = await publik().get('/api/konten-medsos-list?populate=*&status=draft').expect(200);
    expect(res.body.data).toHaveLength(1);
    const [item] = res.body.data;
    expect(item).toMatchObject({
      documentId: id,
      judul: 'Sosialisasi di Pasar Raya',
      caption: 'Ayo cek DPT #KPUSumbar',
    });
    expect(item.dokumentasi).toHaveLength(4);
    expect(item.tautan).toEqual([
      expect.objectContaining({
        platform: 'instagram',
        url: 'https://www.instagram.com/p/pasar-raya/',
      }),
    ]);
    const teks = JSON.stringify(res.body);
    for (const internal of ['narasi', 'Narasi internal', 'unitPelaksana', 'REG/', 'kontenLain'])
      expect({ internal, ada: teks.includes(internal) }).toEqual({ internal, ada: false });
    await publik().get(`/api/konten-medsos-list/${id}`).expect(200);
    await publik().get('/api/konten-medsos-list?filters[narasi][$contains]=a').expect(400);
    await publik().get('/api/konten-medsos-list?fields[0]=unitPelaksana').expect(400);
  });
});

describe('menulis sebagai pengunjung anonim', () => {
  it.each([
    ['post', '/api/liputans'],
    ['put', '/api/liputans/TAYANG'],
    ['delete', '/api/liputans/TAYANG'],
    ['post', '/api/konten-medsos-list'],
    ['put', '/api/konten-medsos-list/x'],
    ['delete', '/api/konten-medsos-list/x'],
    ['post', '/api/disposisi-list'],
    ['get', '/api/disposisi-list'],
    ['put', '/api/disposisi-list/x'],
    ['delete', '/api/disposisi-list/x'],
    ['post', '/api/upload'],
    ['get', '/api/upload/files'],
    ['delete', '/api/upload/files/1'],
  ])('refuses %s %s', async (metode, url) => {
    const sebelum = await potret(strapi, tayang.documentId);
    const klien = publik() as unknown as Record<
      string,
      (url: string, body?: object) => request.Test
    >;
    const res = await klien[metode](url.replace('TAYANG', tayang.documentId), {
      data: { judul: 'Dirusak' },
    });
    // Anonymous, without the permission: users-permissions answers 403 on each (a 500 is no refusal).
    expect({ metode, url, status: res.status }).toEqual({ metode, url, status: 403 });
    expect(await potret(strapi, tayang.documentId)).toEqual(sebelum);
  });
});

describe('cache HTTP', () => {
  it('sends ETag and Cache-Control, answers 304 to a conditional request, and changes the ETag on publication', async () => {
    const pertama = await publik().get('/api/liputans').expect(200);
    expect(pertama.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const etag = pertama.headers.etag;
    // A strong validator derived from the body served (its SHA-1), not merely some header.
    expect(etag).toBe(`"${createHash('sha1').update(pertama.text).digest('base64url')}"`);
    const bersyarat = await request(alamat(strapi))
      .get('/api/liputans')
      .set('If-None-Match', etag)
      .expect(304);
    expect(bersyarat.text).toBe('');
    await request(alamat(strapi))
      .get(`/api/liputans/slug/${tayang.slug}`)
      .set('If-None-Match', etag)
      .expect(200);

    await liputanTayang('Liputan Baru Setelah Cache');
    const baru = await request(alamat(strapi))
      .get('/api/liputans')
      .set('If-None-Match', etag)
      .expect(200);
    expect(baru.headers.etag).not.toBe(etag);
    expect(baru.body.data).toHaveLength(3);
  });

  it('does not cache a 404', async () => {
    const res = await publik().get('/api/liputans/tidakada').expect(404);
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers a repeated read from its response cache, touching no table at all', async () => {
    const url = '/api/liputans?pagination[pageSize]=5&sort=publishedAt:desc';
    const pertama = await publik().get(url).expect(200);
    // The same page asked another way (defaults spelled out, parameters reordered) is the same entry.
    const sama = await publik()
      .get('/api/liputans?sort=publishedAt:desc&pagination[page]=1&pagination[pageSize]=5')
      .expect(200);
    expect(sama.headers['x-cache']).toBe('HIT');
    expect(sama.text).toBe(pertama.text);

    const kueri: string[] = [];
    const catat = (q: { sql: string }) => kueri.push(q.sql);
    strapi.db.connection.on('query', catat);
    try {
      const lagi = await publik().get(url).expect(200);
      expect(lagi.headers['x-cache']).toBe('HIT');
    } finally {
      strapi.db.connection.off('query', catat);
    }
    // Not even the public role's permissions: a hit is answered before routing and authentication.
    expect(
      kueri.filter((sql) => /liputan|files|pembaca|up_permissions|up_roles/.test(sql)),
    ).toEqual([]);
  });

  it('tells a CDN it may serve stale copies while revalidating or while the server fails', async () => {
    const res = await publik().get('/api/liputans').expect(200);
    expect(res.headers['cache-control']).toMatch(
      /^public, max-age=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/,
    );
  });

  it.each([
    ['pagination[page]=1e18', 'page'],
    ['pagination[start]=1e20', 'start'],
    ['pagination[pageSize]=100000', 'pageSize'],
  ])('refuses %s with a 400 in Indonesian, never cached', async (kueri, disebut) => {
    const res = await publik().get(`/api/liputans?${kueri}`).expect(400);
    expect(res.body.error.message).toContain(`pagination[${disebut}] harus bilangan bulat`);
    expect(res.headers['x-cache']).toBeUndefined();
  });

  it('answers the validator with 304 even when the request says no-cache: Node fetch and @strapi/client', async () => {
    const url = `${alamat(strapi)}/api/liputans/slug/${tayang.slug}`;
    const { etag } = (await publik().get(`/api/liputans/slug/${tayang.slug}`).expect(200)).headers;
    await request(alamat(strapi))
      .get(`/api/liputans/slug/${tayang.slug}`)
      .set('If-None-Match', etag)
      .set('Cache-Control', 'no-cache')
      .expect(304);
    const lewatFetch = await fetch(url, { headers: { 'If-None-Match': etag }, cache: 'no-cache' });
    expect(lewatFetch.status).toBe(304);
    const { strapi: buatKlien } = await import('@strapi/client');
    const klien = buatKlien({ baseURL: `${alamat(strapi)}/api` });
    const lewatKlien = await klien
      .fetch(`/liputans/slug/${tayang.slug}`, { headers: { 'If-None-Match': etag } })
      .catch((e: { response?: Response }) => e.response);
    expect(lewatKlien?.status).toBe(304);
    // Another body's validator does not match.
    await request(alamat(strapi)).get('/api/liputans').set('If-None-Match', etag).expect(200);
  });
});

/** Webhooks are sent off the request: wait (a few seconds at most) for what the receiver should get. */
async function tunggu(cek: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !cek(); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(cek()).toBe(true);
}

describe('webhook untuk membersihkan CDN', () => {
  it('calls the configured receiver on publish and unpublish with the payload the README documents', async () => {
    const diterima: Array<{ headers: IncomingHttpHeaders; body: Record<string, unknown> }> = [];
    const penerima = createServer((req, res) => {
      let isi = '';
      req.on('data', (bagian) => (isi += bagian));
      req.on('end', () => {
        diterima.push({ headers: req.headers, body: JSON.parse(isi) });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => penerima.listen(0, '127.0.0.1', resolve));
    const { port } = penerima.address() as { port: number };
    try {
      const superAdmin = await buatPengguna(strapi, ['strapi-super-admin']);
      await http(strapi, superAdmin)
        .post('/admin/webhooks', {
          name: 'Bersihkan CDN',
          url: `http://127.0.0.1:${port}/purge`,
          headers: { Authorization: 'Bearer rahasia-cdn' },
          events: ['entry.publish', 'entry.unpublish'],
        })
        .expect(201);
      const { documentId, slug } = await liputanTayang('Liputan yang memicu webhook');
      await tunggu(() =>
        diterima.some(
          (d) =>
            d.body.event === 'entry.publish' &&
            (d.body.entry as { documentId: string }).documentId === documentId,
        ),
      );
      const kiriman = diterima.find((d) => d.body.event === 'entry.publish')!;
      expect(kiriman.headers.authorization).toBe('Bearer rahasia-cdn');
      expect(kiriman.body).toMatchObject({
        event: 'entry.publish',
        model: 'liputan',
        uid: LIPUTAN,
        entry: { documentId, slug },
      });

      await http(strapi, p['pemimpin-redaksi'])
        .post(`/redaksi/documents/${LIPUTAN}/${documentId}/transitions`, {
          action: 'turunkan',
          note: 'Uji webhook',
          kategori: 'lainnya',
          alasanPublik: 'Uji webhook',
        })
        .expect(200);
      await tunggu(() =>
        diterima.some(
          (d) =>
            d.body.event === 'entry.unpublish' &&
            (d.body.entry as { documentId: string }).documentId === documentId,
        ),
      );
      expect(diterima.find((d) => d.body.event === 'entry.unpublish')!.body).toMatchObject({
        event: 'entry.unpublish',
        model: 'liputan',
        uid: LIPUTAN,
        entry: { documentId, slug },
      });
    } finally {
      penerima.close();
    }
  });
});

describe('untuk tim situs web', () => {
  it('works with the official @strapi/client, as the README shows', async () => {
    const { strapi: buatKlien } = await import('@strapi/client');
    const klien = buatKlien({ baseURL: `${alamat(strapi)}/api` });
    const terbaru = await klien
      .collection('liputans')
      .find({ sort: 'publishedAt:desc', pagination: { page: 1, pageSize: 10 } });
    // The same items, in the same order, as the REST API serves them: not just some.
    const rest = await publik()
      .get('/api/liputans?sort=publishedAt:desc&pagination[page]=1&pagination[pageSize]=10')
      .expect(200);
    expect(rest.body.data.map((d: { documentId: string }) => d.documentId)).toContain(
      tayang.documentId,
    );
    expect(terbaru.data.map((d) => d.documentId)).toEqual(
      rest.body.data.map((d: { documentId: string }) => d.documentId),
    );
    expect(terbaru.data[0]).toHaveProperty('jumlahPembaca');
    expect(terbaru.data[0]).toHaveProperty('foto');
    const satu = await klien.collection('liputans').findOne(tayang.documentId);
    expect(satu.data).toMatchObject({ documentId: tayang.documentId, slug: tayang.slug });
    const lapor = await klien.fetch(`/liputans/${tayang.documentId}/views`, { method: 'POST' });
    expect(lapor.status).toBe(200);
    // Refused as forbidden, not failing for another reason.
    await expect(
      klien.collection('liputans').create({ judul: 'Dari klien' }),
    ).rejects.toMatchObject({ response: { status: 403 } });
  });

  it('serves the public API as OpenAPI to admins only', async () => {
    await publik().get('/api-publik/openapi.json').expect(401);
    const res = await http(strapi, p['koordinator-liputan'])
      .get('/api-publik/openapi.json')
      .expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/liputans',
        '/liputans/{id}',
        '/liputans/slug/{slug}',
        '/liputans/{documentId}/views',
        '/konten-medsos-list',
      ]),
    );
    const parameter = res.body.paths['/liputans'].get.parameters.map(
      (item: { name: string }) => item.name,
    );
    expect(parameter).toContain('cari');
    expect(res.body.paths['/liputans/{documentId}/views'].post.description).toContain(
      'sekali per hari WIB',
    );
  });
});

describe('jumlah pembaca', () => {
  const lapor = (documentId: string, ip: string, ua = 'Mozilla/5.0 uji') =>
    request(alamat(strapi))
      .post(`/api/liputans/${documentId}/views`)
      .set('X-Forwarded-For', ip)
      .set('User-Agent', ua);

  const jumlah = async (documentId: string) =>
    (await publik().get(`/api/liputans/${documentId}`).expect(200)).body.data
      .jumlahPembaca as number;

  it('counts a visitor once per WIB day, in daily buckets outside the Liputan', async () => {
    const { documentId } = await liputanTayang('Liputan untuk dihitung pembacanya');
    const versi = await strapi.db
      .query(LIPUTAN)
      .findOne({ where: { documentId, publishedAt: { $notNull: true } } });

    await padaJam(strapi, '2025-05-05T16:30:00Z', async () => {
      // 23:30 WIB on 5 May
      expect((await lapor(documentId, '10.1.1.1').expect(200)).body.data).toMatchObject({
        dihitung: true,
        jumlahPembaca: 1,
      });
      expect((await lapor(documentId, '10.1.1.1').expect(200)).body.data).toMatchObject({
        dihitung: false,
        jumlahPembaca: 1,
      });
      await lapor(documentId, '10.1.1.1', 'Browser lain').expect(200);
    });
    await padaJam(strapi, '2025-05-05T17:30:00Z', async () => {
      // 00:30 WIB on 6 May: a new WIB day, though still 5 May in UTC
      expect((await lapor(documentId, '10.1.1.1').expect(200)).body.data).toMatchObject({
        dihitung: true,
        jumlahPembaca: 3,
      });
    });

    const ember = await strapi.db
      .query('api::pembaca.pembaca-harian')
      .findMany({ where: { liputanId: documentId }, orderBy: { tanggal: 'asc' } });
    expect(ember.map((e: { tanggal: string; jumlah: number }) => [e.tanggal, e.jumlah])).toEqual([
      ['2025-05-05', 2],
      ['2025-05-06', 1],
    ]);
    expect(await jumlah(documentId)).toBe(3);
    const sesudah = await strapi.db
      .query(LIPUTAN)
      .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
    expect(sesudah.updatedAt).toEqual(versi.updatedAt);
  });

  it('refuses reads of unpublished or unknown items without creating rows', async () => {
    const sebelum = await strapi.db.query('api::pembaca.kunjungan-harian').count({});
    await lapor(draf, '10.2.2.2').expect(404);
    await lapor('tidakada', '10.2.2.2').expect(404);
    expect(await strapi.db.query('api::pembaca.kunjungan-harian').count({})).toBe(sebelum);
    expect(
      await strapi.db.query('api::pembaca.pembaca-harian').count({ where: { liputanId: draf } }),
    ).toBe(0);
  });

  it('counts N concurrent reads of distinct visitors exactly N times', async () => {
    const { documentId } = await liputanTayang('Liputan yang dibaca serentak');
    const N = 40;
    const hasil = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        lapor(documentId, `10.3.${Math.floor(i / 200)}.${i % 200}`),
      ),
    );
    expect(hasil.map((res) => res.status)).toEqual(Array(N).fill(200));
    expect(await jumlah(documentId)).toBe(N);
    const ulang = await Promise.all(
      Array.from({ length: 10 }, () => lapor(documentId, '10.3.0.1')),
    );
    expect(ulang.map((res) => res.status)).toEqual(Array(10).fill(200));
    expect(await jumlah(documentId)).toBe(N);
  });

  it('counts a visitor who reports one read many times at once exactly once', async () => {
    const { documentId } = await liputanTayang('Liputan yang dilaporkan berulang serentak');
    // On PostgreSQL the reports that arrive while one group's statement is in flight go together
    // in the next: the same visitor is then several times in one group.
    const ip = Array.from({ length: 24 }, (_, i) => `10.4.0.${i % 3}`);
    const hasil = await Promise.all(ip.map((alamatIp) => lapor(documentId, alamatIp)));
    expect(hasil.map((res) => res.status)).toEqual(Array(ip.length).fill(200));
    const dihitung = ip.filter((_, i) => hasil[i].body.data.dihitung);
    expect(dihitung.sort()).toEqual(['10.4.0.0', '10.4.0.1', '10.4.0.2']);
    const ember = await strapi.db
      .query('api::pembaca.pembaca-harian')
      .findMany({ where: { liputanId: documentId } });
    expect(ember.map((e: { jumlah: number }) => e.jumlah)).toEqual([3]);
    expect(await jumlah(documentId)).toBe(3);
  });

  it('counts a visitor once when its reads share one group commit', async () => {
    const [{ documentId }, lain] = [
      await liputanTayang('Liputan dalam satu kelompok komit'),
      await liputanTayang('Liputan pembuka kelompok komit'),
    ];
    const layanan = strapi.service('api::pembaca.pembaca') as unknown as {
      hitung: (
        documentId: string,
        pengunjung: { ip: string; userAgent: string },
        sekarang: Date,
      ) => Promise<{ dihitung: boolean; total: number }>;
    };
    // Both articles are read once first, so that the reads below find the publication check and
    // the public version already in memory and reach the group commit within one turn of the
    // event loop. Cold, each read first waits for its own database check, and on a loaded machine
    // those answers arrive spread out, splitting the ten reads over more statements (seen in CI).
    await layanan.hitung(lain.documentId, { ip: '10.4.1.8', userAgent: 'pembuka' }, new Date());
    await layanan.hitung(documentId, { ip: '10.4.1.0', userAgent: 'uji' }, new Date());
    const pernyataan: string[] = [];
    const catat = (kueri: { sql: string }) => pernyataan.push(kueri.sql);
    strapi.db.connection.on('query', catat);
    let hasil: Array<{ dihitung: boolean; total: number }>;
    try {
      // On PostgreSQL the first read goes alone, and the other ten, reported while its statement
      // is in flight, wait for it and go together in the next statement: a visitor already counted
      // five times and a new one five times, in one group.
      hasil = await Promise.all([
        layanan.hitung(lain.documentId, { ip: '10.4.1.9', userAgent: 'pembuka' }, new Date()),
        ...Array.from({ length: 10 }, (_, i) =>
          layanan.hitung(documentId, { ip: `10.4.1.${i % 2}`, userAgent: 'uji' }, new Date()),
        ),
      ]);
    } finally {
      strapi.db.connection.off('query', catat);
    }
    if (isPostgres())
      expect(pernyataan.filter((sql) => sql.includes('jsonb_to_recordset'))).toHaveLength(2);
    // The new visitor is counted once however often it appears in the group, the counted one not again.
    expect(hasil.slice(1).filter((item) => item.dihitung)).toHaveLength(1);
    // Every read of the group sees the group's total, its own increments included.
    expect(
      hasil
        .slice(1)
        .map((item) => item.total)
        .sort(),
    ).toEqual(isPostgres() ? Array(10).fill(2) : [1, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    const ember = await strapi.db
      .query('api::pembaca.pembaca-harian')
      .findMany({ where: { liputanId: documentId } });
    expect(ember.map((e: { jumlah: number }) => e.jumlah)).toEqual([2]);
  });

  (isPostgres() ? it : it.skip)(
    "tells every read of a group whose statement's answer was lost that its outcome is unknown, and counts none of them again",
    async () => {
      const { documentId } = await liputanTayang('Liputan saat sambungan putus');
      // The counter's statement is carried out, then its connection is lost before the answer
      // comes back (the database crashed right after committing): as long as this holds, every
      // group of reads fails that way, the groups of several reads included.
      const proto = Object.getPrototypeOf(strapi.db.connection.client) as {
        _query: (koneksi: unknown, kueri: { sql: string }) => Promise<unknown>;
      };
      const asli = proto._query;
      let terputus = 0;
      proto._query = async function (koneksi, kueri) {
        const hasil = await asli.call(this, koneksi, kueri);
        if (/jsonb_to_recordset/.test(kueri.sql)) {
          terputus += 1;
          throw new Error('Connection terminated unexpectedly');
        }
        return hasil;
      };
      const ip = Array.from({ length: 12 }, (_, i) => `10.8.0.${i}`);
      let hasil: request.Response[];
      try {
        hasil = await Promise.all(ip.map((alamatIp) => lapor(documentId, alamatIp)));
      } finally {
        proto._query = asli;
      }
      // Fewer statements than reads: some groups held several reads.
      expect(terputus).toBeLessThan(ip.length);
      expect(hasil.map((res) => [res.status, res.body.error?.message])).toEqual(
        Array(ip.length).fill([
          503,
          expect.stringContaining('belum diketahui apakah perubahannya tersimpan'),
        ]),
      );
      // They were all counted; the retry of each is not counted again.
      const ulang = await Promise.all(ip.map((alamatIp) => lapor(documentId, alamatIp)));
      expect(ulang.map((res) => [res.status, res.body.data.dihitung])).toEqual(
        Array(ip.length).fill([200, false]),
      );
      expect(await jumlah(documentId)).toBe(ip.length);
    },
  );

  it('answers 429 with a clear message past the per-address limit', async () => {
    const batas = strapi.config.get<number>('publik.batasPembacaPerMenit');
    const { documentId } = await liputanTayang('Liputan yang dibanjiri laporan');
    let res = await lapor(documentId, '10.9.9.9');
    for (let i = 1; i <= batas && res.status === 200; i += 1)
      res = await lapor(documentId, '10.9.9.9');
    expect(res.status).toBe(429);
    expect(res.body.error.message).toContain('Terlalu banyak laporan pembaca');
    // Whole seconds within the minute's window, the same the message names.
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
    const detik = Number(res.headers['retry-after']);
    expect(detik).toBeGreaterThanOrEqual(1);
    expect(detik).toBeLessThanOrEqual(60);
    expect(res.body.error.message).toContain(`coba lagi dalam ${detik} detik`);
    await lapor(documentId, '10.9.9.10').expect(200);
  });

  // Two server processes behind one load balancer share the PostgreSQL database and Redis: the
  // counter's atomic upserts, the response cache, the version stamps and the rate limit must hold
  // across processes, not only across requests of one process.
  (isPostgres() ? describe : describe.skip)(
    'dua proses server berbagi satu PostgreSQL dan Redis',
    () => {
      let kedua: ChildProcess;
      let alamatKedua: string;

      beforeAll(async () => {
        kedua = spawn(
          process.execPath,
          [path.join(__dirname, '..', 'helpers', 'server-kedua.js')],
          { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
        );
        alamatKedua = await new Promise<string>((resolve, reject) => {
          kedua.on('exit', (code) => reject(new Error(`Proses kedua berhenti (${code})`)));
          kedua.stdout?.on('data', (data: Buffer) => {
            const cocok = /SIAP (\d+)/.exec(String(data));
            if (cocok) resolve(`http://127.0.0.1:${cocok[1]}`);
          });
        });
      });
      afterAll(async () => {
        kedua.removeAllListeners('exit');
        await new Promise((resolve) => {
          kedua.once('exit', resolve);
          kedua.kill('SIGTERM');
        });
      });

      it('shares the response cache: a page one instance computed is a hit on the other', async () => {
        const url = `/api/liputans?pagination[pageSize]=3&cari=${Date.now()}`;
        expect((await request(alamat(strapi)).get(url).expect(200)).headers['x-cache']).toBe(
          'MISS',
        );
        expect((await request(alamatKedua).get(url).expect(200)).headers['x-cache']).toBe('HIT');
      });

      it('shows a publication made on one instance on the other within a second', async () => {
        const daftar = async () =>
          (await request(alamatKedua).get('/api/liputans?pagination[pageSize]=100').expect(200))
            .body.data as Array<{ documentId: string }>;
        await daftar(); // cached on the second instance
        const { documentId } = await liputanTayang('Diterbitkan lewat instans pertama');
        const mulai = Date.now();
        while (!(await daftar()).some((item) => item.documentId === documentId)) {
          expect(Date.now() - mulai).toBeLessThan(1000);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });

      it("holds the readers' rate limit across both instances", async () => {
        const batas = strapi.config.get<number>('publik.batasPembacaPerMenit');
        const lapor = (alamatServer: string) =>
          request(alamatServer)
            .post(`/api/liputans/${tayang.documentId}/views`)
            .set('X-Forwarded-For', '10.77.0.1')
            .set('User-Agent', 'uji batas');
        for (let i = 0; i < batas; i += 1)
          await lapor(i % 2 === 0 ? alamat(strapi) : alamatKedua).expect(200);
        expect((await lapor(alamatKedua)).status).toBe(429);
        expect((await lapor(alamat(strapi))).status).toBe(429);
      });

      it('counts each visitor once per article, however often and on whichever instance it reports at once', async () => {
        const artikel = [
          (await liputanTayang('Dibaca berulang lewat dua server')).documentId,
          (await liputanTayang('Juga dibaca berulang lewat dua server')).documentId,
        ];
        // 8 visitors each report each article 4 times, alternating instances: one visitor is in
        // both instances' groups at once, and each group holds reads of both articles.
        const laporan = Array.from({ length: 4 * 8 * 2 }, (_, i) => ({
          documentId: artikel[i % 2],
          ip: `10.6.0.${Math.floor(i / 2) % 8}`,
          server: Math.floor(i / 16) % 2 === i % 2 ? alamat(strapi) : alamatKedua,
        }));
        const hasil = await Promise.all(
          laporan.map(({ documentId, ip, server }) =>
            request(server)
              .post(`/api/liputans/${documentId}/views`)
              .set('X-Forwarded-For', ip)
              .set('User-Agent', 'Mozilla/5.0 uji'),
          ),
        );
        expect(hasil.map((res) => res.status).filter((status) => status !== 200)).toEqual([]);
        const dihitung = laporan
          .filter((_, i) => hasil[i].body.data.dihitung)
          .map(({ documentId, ip }) => `${documentId} ${ip}`);
        expect(dihitung.sort()).toEqual(
          artikel
            .flatMap((documentId) =>
              Array.from({ length: 8 }, (_, v) => `${documentId} 10.6.0.${v}`),
            )
            .sort(),
        );
        for (const documentId of artikel) {
          const ember = await strapi.db
            .query('api::pembaca.pembaca-harian')
            .findMany({ where: { liputanId: documentId } });
          expect(ember.map((e: { jumlah: number }) => e.jumlah)).toEqual([8]);
        }
      });

      it('counts N concurrent reads of distinct visitors across both processes exactly N times', async () => {
        const { documentId } = await liputanTayang('Liputan yang dibaca lewat dua server');
        const N = 60;
        const hasil = await Promise.all(
          Array.from({ length: N }, (_, i) =>
            request(i % 2 === 0 ? alamat(strapi) : alamatKedua)
              .post(`/api/liputans/${documentId}/views`)
              .set('X-Forwarded-For', `10.5.0.${i}`)
              .set('User-Agent', 'Mozilla/5.0 uji'),
          ),
        );
        expect(hasil.map((res) => res.status).filter((status) => status !== 200)).toEqual([]);
        // What is stored (public lists may show a total up to one cache period old, per process).
        const ember = await strapi.db
          .query('api::pembaca.pembaca-harian')
          .findMany({ where: { liputanId: documentId } });
        expect(ember.reduce((total: number, e: { jumlah: number }) => total + e.jumlah, 0)).toBe(N);
      });
    },
  );
});
