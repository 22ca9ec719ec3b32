/**
 * Strapi's entity validator checks that every relation of a saved document exists (the editor in
 * `updatedBy` among them) with a query, and answered any failure of that query as the client's
 * fault: "Invalid relations", 400. During a PostgreSQL restart an editor saving a draft was told
 * the draft was invalid. With the patch in patches/ only a relation that does not exist is a 400;
 * a database that cannot be reached is the 503 of every other query (src/utils/galat.ts).
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

/** The relation check's query (a count on the related type) fails as a dropped connection does. */
function putuskanHitunganRelasi(uidTerkait: string) {
  const asli = strapi.db.query.bind(strapi.db);
  return jest.spyOn(strapi.db, 'query').mockImplementation(((uid: string) => {
    const kueri = asli(uid as Parameters<typeof asli>[0]);
    if (uid !== uidTerkait) return kueri;
    return {
      ...kueri,
      count: () =>
        Promise.reject(
          Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' }),
        ),
    };
  }) as typeof strapi.db.query);
}

describe('relasi diperiksa saat basis data putus', () => {
  it('answers a save whose relation check meets a lost connection with 503, not "Invalid relations"', async () => {
    const sebelum = await potret(strapi, documentId);
    const mata = putuskanHitunganRelasi('admin::user');
    let res;
    try {
      res = await http(strapi, penulis)
        .put(cmUid(UID_MEDSOS, documentId))
        .send({ judul: 'Judul saat basis data putus' });
    } finally {
      mata.mockRestore();
    }
    expect({ status: res.status, nama: res.body.error?.name }).toEqual({
      status: 503,
      nama: 'ServiceUnavailableError',
    });
    expect(res.headers['retry-after']).toBe('5');
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });

  it('still answers a relation that does not exist with 400', async () => {
    const sebelum = await potret(strapi, documentId);
    const res = await http(strapi, penulis)
      .put(cmUid(UID_MEDSOS, documentId))
      .send({ foto: [987654] });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });
});
