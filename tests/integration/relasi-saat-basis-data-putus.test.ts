/**
 * Strapi's entity validator checks that every relation of a saved document exists (the editor in
 * `updatedBy` among them) with a query, and answered any failure of that query as the client's
 * fault: "Invalid relations", 400. During a PostgreSQL restart an editor saving a draft was told
 * the draft was invalid. With the patch in patches/ only a relation that does not exist is a 400;
 * a database that cannot be reached is the 503 of every other query (src/utils/errors.ts).
 */
import type { Core } from '@strapi/strapi';
import { cmUid, http, UID_MEDSOS } from '../helpers/http';
import { buatPengguna, type Pengguna } from '../helpers/pengguna';
import { buatKontenMedsos, potret } from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
let penulis: Pengguna;
let documentId: string;

beforeAll(async () => {
  strapi = await mulaiStrapi();
  penulis = await buatPengguna(strapi, ['tim-pelaksana']);
  documentId = await buatKontenMedsos(strapi, penulis);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

/** The relation check's query (a count on the related type) answers as `count` does here. */
function ubahHitunganRelasi(uidTerkait: string, count: () => Promise<number>) {
  const asli = strapi.db.query.bind(strapi.db);
  return jest.spyOn(strapi.db, 'query').mockImplementation(((uid: string) => {
    const kueri = asli(uid as Parameters<typeof asli>[0]);
    return uid === uidTerkait ? { ...kueri, count } : kueri;
  }) as typeof strapi.db.query);
}

/** A save of the draft while the relation check meets what `count` gives. */
async function simpanSaat(count: () => Promise<number>) {
  const mata = ubahHitunganRelasi('admin::user', count);
  try {
    return await http(strapi, penulis)
      .put(cmUid(UID_MEDSOS, documentId))
      .send({ judul: 'Judul saat basis data putus' });
  } finally {
    mata.mockRestore();
  }
}

describe('relasi diperiksa saat basis data putus', () => {
  it('answers a save whose relation check meets a lost connection with 503, not "Invalid relations"', async () => {
    const sebelum = await potret(strapi, documentId);
    const res = await simpanSaat(() =>
      Promise.reject(
        Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' }),
      ),
    );
    expect({ status: res.status, nama: res.body.error?.name }).toEqual({
      status: 503,
      nama: 'ServiceUnavailableError',
    });
    expect(res.headers['retry-after']).toBe('5');
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });

  it('still answers a relation that does not exist with 400', async () => {
    const sebelum = await potret(strapi, documentId);
    // The editor recorded in updatedBy is not found: the relation check's own refusal.
    const res = await simpanSaat(() => Promise.resolve(0));
    expect({ status: res.status, nama: res.body.error?.name }).toEqual({
      status: 400,
      nama: 'ValidationError',
    });
    expect(JSON.stringify(res.body.error.details)).toContain('admin::user');
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });
});
