/**
 * The database going away under the editors (#22 item 13). On SQLite it goes away in this process
 * (tests/helpers/basis-data-pergi.ts); on PostgreSQL a server of this file's own is stopped and
 * started (tests/helpers/postgres-pribadi.ts), and the moment a real outage cannot be timed to
 * (the answer to one COMMIT) is made to fail in knex.
 *
 * - A write's 503 says what is known: nothing saved when nothing was sent, the outcome unknown
 *   (reload) once a COMMIT was on its way.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { basisDataPergi, sambunganPutus } from '../helpers/basis-data-pergi';
import { http, jalur } from '../helpers/http';
import { type Pengguna, penggunaPerPeran, PERAN_SOP_21 } from '../helpers/pengguna';
import {
  mulaiPostgresPribadi,
  type PostgresPribadi,
  tungguSiap,
} from '../helpers/postgres-pribadi';
import { buatKontenMedsos } from '../helpers/sop';
import { alamat, hentikanStrapi, isPostgres, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
let pg: PostgresPribadi | null = null;
const p: Record<string, Pengguna> = {};

const PESAN = {
  tidakTersimpan:
    'Basis data sedang tidak dapat dihubungi, mungkin sedang dimulai ulang. Tidak ada yang tersimpan dari permintaan ini; coba lagi beberapa detik lagi.',
  tidakDiketahui:
    'Sambungan ke basis data terputus saat permintaan ini sedang disimpan, jadi belum diketahui apakah perubahannya tersimpan. Muat ulang halaman untuk melihat tahap dan isi dokumen saat ini sebelum mencoba lagi.',
};

beforeAll(async () => {
  if (isPostgres()) pg = await mulaiPostgresPribadi();
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, PERAN_SOP_21));
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
