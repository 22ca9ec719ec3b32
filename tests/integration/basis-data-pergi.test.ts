/**
 * The database going away under the public website and the editors (#22 items 4 and 13). On
 * SQLite it goes away in this process (tests/helpers/basis-data-pergi.ts); on PostgreSQL a server
 * of this file's own is stopped and started (tests/helpers/postgres-pribadi.ts), and the moments a
 * real outage cannot be timed to (a BEGIN, the answer to one COMMIT) are made to fail in knex.
 *
 * - An anonymous public read that misses the cache answers 503 with Retry-After, which a CDN
 *   serves stale-if-error for: never 401 (the public role's permissions unreadable) nor 500
 *   ("Transaction query already complete"). What the public role may not do stays refused, and
 *   the Super Admin's change of it still arrives.
 * - A write's 503 says what is known: nothing saved when nothing was sent, the outcome unknown
 *   (reload) once a COMMIT was on its way.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { unggahBerkas } from '../helpers/berkas';
import { basisDataPergi, sambunganPutus } from '../helpers/basis-data-pergi';
import { http, jalur, UID_LIPUTAN } from '../helpers/http';
import {
  buatPengguna,
  type Pengguna,
  penggunaPerPeran,
  PERAN_SOP_20,
  PERAN_SOP_21,
  tokenApi,
} from '../helpers/pengguna';
import {
  mulaiPostgresPribadi,
  type PostgresPribadi,
  postgresPribadiTersedia,
  tungguSiap,
} from '../helpers/postgres-pribadi';
import { buatKontenMedsos, buatLiputan, liputanSampaiTayang } from '../helpers/sop';
import { alamat, hentikanStrapi, isPostgres, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
let pg: PostgresPribadi | null = null;
const p: Record<string, Pengguna> = {};
const tayang: Array<{ documentId: string; slug: string }> = [];

const PESAN = {
  baca: 'Basis data sedang tidak dapat dihubungi, mungkin sedang dimulai ulang. Coba lagi beberapa detik lagi.',
  tidakTersimpan:
    'Basis data sedang tidak dapat dihubungi, mungkin sedang dimulai ulang. Tidak ada yang tersimpan dari permintaan ini; coba lagi beberapa detik lagi.',
  tidakDiketahui:
    'Sambungan ke basis data terputus saat permintaan ini sedang disimpan, jadi belum diketahui apakah perubahannya tersimpan. Muat ulang halaman untuk melihat tahap dan isi dokumen saat ini sebelum mencoba lagi.',
};

beforeAll(async () => {
  if (isPostgres()) pg = await mulaiPostgresPribadi();
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, [...PERAN_SOP_20, ...PERAN_SOP_21]));
  p['super-admin'] = await buatPengguna(strapi, ['strapi-super-admin']);
  const foto = await unggahBerkas(strapi, 1);
  for (const judul of ['Rapat pleno rekapitulasi suara', 'Bimbingan teknis PPK']) {
    const documentId = await buatLiputan(strapi, p, { judul });
    await liputanSampaiTayang(strapi, p, documentId, { foto });
    const baris = await strapi.db
      .query(UID_LIPUTAN)
      .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
    tayang.push({ documentId, slug: baris.slug });
  }
}, 180_000);

afterAll(async () => {
  await hentikanStrapi(strapi);
  pg?.buang();
}, 60_000);

/** The database away while `fn` runs: the real server stopped on PostgreSQL, the pool refusing on SQLite. */
async function tanpaBasisData(fn: () => Promise<void>): Promise<void> {
  if (pg) pg.hentikan();
  const kembalikan = pg ? () => pg!.mulai() : basisDataPergi(strapi);
  try {
    await fn();
  } finally {
    kembalikan();
  }
  expect(await tungguSiap(alamat(strapi))).toBe(200);
}

/** A query no one asked before: it misses every cache, the pre-routing one included. */
let urutan = 0;
const kueriBaru = () => `pagination[page]=${(urutan += 1)}`;
/** One that still finds the article by its slug (a later page would be empty: 404). */
const kueriSlugBaru = () => `pagination[pageSize]=${(urutan % 99) + 1}`;

const anonim = (url: string) => request(alamat(strapi)).get(url);
const up = () => strapi.plugin('users-permissions');

function harap503Baca(res: request.Response) {
  expect({ status: res.status, pesan: res.body?.error?.message }).toEqual({
    status: 503,
    pesan: PESAN.baca,
  });
  expect(res.body.error.name).toBe('ServiceUnavailableError');
  expect(res.headers['retry-after']).toBe('5');
  expect(res.headers['cache-control']).toBe('no-store');
}

describe('bacaan publik saat basis data pergi (#22 butir 4)', () => {
  it('answers a read no one asked before with 503 and Retry-After, never 401 or 500, and 200 once it is back', async () => {
    // Nothing warmed: no anonymous request has been made yet, so this process has not read the
    // public role's permissions either.
    const [satu] = tayang;
    const alamatBaca = [
      `/api/liputans?${kueriBaru()}`,
      `/api/liputans/${satu.documentId}?${kueriBaru()}`,
      `/api/liputans/slug/${satu.slug}?${kueriSlugBaru()}`,
      `/api/konten-medsos-list?${kueriBaru()}`,
    ];
    await tanpaBasisData(async () => {
      for (const url of alamatBaca) harap503Baca(await anonim(url));
    });
    for (const url of alamatBaca) expect((await anonim(url)).status).toBe(200);
  });

  it('still refuses what the public role may not do, with the database up or away', async () => {
    const terlarang = async () => ({
      daftarDisposisi: (await anonim(`/api/disposisi-list?${kueriBaru()}`)).status,
      tulisLiputan: (await request(alamat(strapi)).post('/api/liputans').send({ data: {} })).status,
    });
    expect(await terlarang()).toEqual({ daftarDisposisi: 403, tulisLiputan: 403 });
    await tanpaBasisData(async () => {
      expect(await terlarang()).toEqual({ daftarDisposisi: 403, tulisLiputan: 403 });
    });
  });

  it('a signed-in website user or an API token gets 503 while the database is away, a bad token still 401', async () => {
    const peran = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } });
    const pembaca = await up().service('user').add({
      username: 'pembaca-situs',
      email: 'pembaca@uji.kpusumbar.id',
      password: 'SandiPembaca2025',
      provider: 'local',
      confirmed: true,
      role: peran.id,
    });
    const jwt = up().service('jwt').issue({ id: pembaca.id });
    const sebagaiPembaca = (token: string) =>
      anonim(`/api/liputans?${kueriBaru()}`).set('Authorization', `Bearer ${token}`);
    // Whatever the authenticated role may read, the account itself is accepted. (Every bearer
    // token is first looked up as an API token: with the database away, that lookup's own error.)
    expect([200, 403]).toContain((await sebagaiPembaca(jwt)).status);
    expect((await sebagaiPembaca(`${jwt}rusak`)).status).toBe(401);
    const token = await tokenApi(strapi);
    expect((await sebagaiPembaca(token)).status).toBe(200);
    await tanpaBasisData(async () => {
      for (const kredensial of [jwt, token]) {
        const res = await sebagaiPembaca(kredensial);
        expect({ status: res.status, pesan: res.body.error.message }).toEqual({
          status: 503,
          pesan: PESAN.baca,
        });
      }
    });
  });

  it("reaches the public role with the Super Admin's change: at once here, within five seconds elsewhere", async () => {
    const superAdmin = http(strapi, p['super-admin']);
    const { body: daftar } = await superAdmin.get('/users-permissions/roles').expect(200);
    const publik = daftar.roles.find((r: { type: string }) => r.type === 'public');
    const { body: isi } = await superAdmin.get(`/users-permissions/roles/${publik.id}`).expect(200);
    const izin = isi.role.permissions;
    const find = izin['api::liputan'].controllers.liputan.find;
    const ubah = (aktif: boolean) => {
      find.enabled = aktif;
      return superAdmin
        .put(`/users-permissions/roles/${publik.id}`, {
          name: isi.role.name,
          description: isi.role.description,
          permissions: izin,
        })
        .expect(200);
    };
    const daftarLiputan = async () => (await anonim(`/api/liputans?${kueriBaru()}`)).status;

    // Through the panel's own route, on this instance: at once.
    await ubah(false);
    try {
      expect(await daftarLiputan()).toBe(403);
    } finally {
      await ubah(true);
    }
    expect(await daftarLiputan()).toBe(200);

    // Another instance changing it writes the database only: this one reads the permissions
    // once per five seconds, not for every request, and so sees it within five seconds.
    up().service('permission').lupakanIzinPublik();
    const dibaca = Date.now();
    expect(await daftarLiputan()).toBe(200);
    const baris = await strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action: 'api::liputan.liputan.find', role: publik.id } });
    await strapi.db
      .query('plugin::users-permissions.permission')
      .delete({ where: { id: baris.id } });
    try {
      expect(await daftarLiputan()).toBe(200);
      let status = 200;
      while (status === 200 && Date.now() - dibaca < 7000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = await daftarLiputan();
      }
      expect(status).toBe(403);
      expect(Date.now() - dibaca).toBeGreaterThanOrEqual(5000);
      expect(Date.now() - dibaca).toBeLessThan(6000);
    } finally {
      await strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action: 'api::liputan.liputan.find', role: publik.id } });
      up().service('permission').lupakanIzinPublik();
    }
  });

  it('a transaction whose BEGIN meets the lost connection: 503, not "Transaction query already complete"', async () => {
    const putus = sambunganPutus(strapi, 'awal-transaksi');
    try {
      harap503Baca(await anonim(`/api/liputans/${tayang[1].documentId}?${kueriBaru()}`));
      expect(putus.terjadi()).toBe(true);
    } finally {
      putus.batalkan();
    }
    expect((await anonim(`/api/liputans/${tayang[1].documentId}?${kueriBaru()}`)).status).toBe(200);
  });

  (postgresPribadiTersedia() ? it : it.skip)(
    'PostgreSQL stopped in the middle of a stream of reads: each answer 200 or 503, none 401 or 500',
    async () => {
      const status: number[] = [];
      let selesai = false;
      const pembaca = Array.from({ length: 6 }, async () => {
        for (let i = 0; !selesai; i += 1) {
          const { documentId } = tayang[i % tayang.length];
          const url =
            i % 2 ? `/api/liputans/${documentId}?${kueriBaru()}` : `/api/liputans?${kueriBaru()}`;
          status.push((await anonim(url)).status);
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 400));
      pg!.hentikan('immediate');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      pg!.mulai();
      expect(await tungguSiap(alamat(strapi))).toBe(200);
      selesai = true;
      await Promise.all(pembaca);
      expect(status.filter((s) => s !== 200 && s !== 503)).toEqual([]);
      expect(status).toContain(503);
      expect(status.at(-1)).toBe(200);
    },
  );

  (postgresPribadiTersedia() ? it : it.skip)(
    'a connection that dies while Strapi prepares it is dropped at once, not waited on',
    async () => {
      // Every pooled connection ends with the restart; the next ones are opened afresh.
      pg!.mulaiUlang();
      const putus = sambunganPutus(strapi, 'persiapan-koneksi');
      const mulai = Date.now();
      try {
        const res = await anonim(`/api/liputans?${kueriBaru()}`);
        expect([200, 503]).toContain(res.status);
        expect(putus.terjadi()).toBe(true);
      } finally {
        putus.batalkan();
      }
      expect(Date.now() - mulai).toBeLessThan(5000);
      expect(await tungguSiap(alamat(strapi))).toBe(200);
    },
  );
});

describe('pesan 503 menurut yang diketahui (#22 butir 13)', () => {
  const transisi = (documentId: string) =>
    request(alamat(strapi))
      .post(jalur.transisi(documentId))
      .set('Authorization', `Bearer ${p['tim-pelaksana'].token}`)
      .send({ action: 'serahkan' });
  const tahap = async (documentId: string) =>
    (await http(strapi, p['tim-pelaksana']).get(jalur.redaksi(documentId)).expect(200)).body.data
      .tahap;

  it('says nothing was saved when the database was away before any statement', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    // Strapi's entry event of the create runs after its commit, off the request: let it finish.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await tanpaBasisData(async () => {
      const res = await transisi(documentId);
      expect({ status: res.status, pesan: res.body.error.message }).toEqual({
        status: 503,
        pesan: PESAN.tidakTersimpan,
      });
      expect(res.headers['retry-after']).toBe('5');
    });
    expect(await tahap(documentId)).toBe('draf');
    await transisi(documentId).expect(200);
  });

  it('says the outcome is unknown when the COMMIT went through but its answer was lost; a reload shows it, a retry gets 409', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    const putus = sambunganPutus(strapi, 'sesudah-komit');
    try {
      const res = await transisi(documentId);
      expect(putus.terjadi()).toBe(true);
      expect({ status: res.status, pesan: res.body.error.message }).toEqual({
        status: 503,
        pesan: PESAN.tidakDiketahui,
      });
      expect(res.headers['cache-control']).toBe('no-store');
    } finally {
      putus.batalkan();
    }
    // It was saved: the reload the message asks for shows it, and the retry is refused.
    expect(await tahap(documentId)).toBe('diserahkan');
    const lagi = await transisi(documentId);
    expect(lagi.status).toBe(409);
  });
});
