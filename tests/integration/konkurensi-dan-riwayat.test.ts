/**
 * Two people acting at the same moment, register numbers under load, the append-only history,
 * and the SOP roles created at bootstrap.
 */
import type { Core } from '@strapi/strapi';
import { unggahBerkas } from '../helpers/berkas';
import { http, jalur, UID_MEDSOS } from '../helpers/http';
import { buatPengguna, type Pengguna, penggunaPerPeran, PERAN_SOP_21 } from '../helpers/pengguna';
import { medsosSampaiTahap, narasi, potret, tanggalWibRelatif } from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let foto: number[];

beforeAll(async () => {
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, PERAN_SOP_21));
  p.kedua = await buatPengguna(strapi, ['admin-medsos']);
  p.super = await buatPengguna(strapi, ['strapi-super-admin']);
  foto = await unggahBerkas(strapi, 4);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

async function buatKonten() {
  const res = await http(strapi, p['tim-pelaksana'])
    .post(jalur.cm, {
      judul: 'Uji serentak',
      tanggalKegiatan: tanggalWibRelatif(0),
      dokumentasi: foto,
      narasi,
      caption: 'c',
    })
    .expect(201);
  return res.body.data.documentId as string;
}

describe('dua orang bertindak bersamaan', () => {
  it('lets exactly one of two simultaneous transitions through; the other gets 409 and one history row is written', async () => {
    const documentId = await buatKonten();
    await http(strapi, p['tim-pelaksana'])
      .post(jalur.transisi(documentId), { action: 'serahkan' })
      .expect(200);
    const sebelum = await potret(strapi, documentId);

    const hasil = await Promise.all(
      [p['admin-medsos'], p.kedua].map((pengguna) =>
        http(strapi, pengguna).post(jalur.transisi(documentId), { action: 'terima' }),
      ),
    );
    expect(hasil.map((res) => res.status).sort()).toEqual([200, 409]);
    const kalah = hasil.find((res) => res.status === 409)!;
    expect(kalah.body.error.message).toMatch(/sudah berpindah tahap|tidak berlaku lagi/);

    const sesudah = await potret(strapi, documentId);
    expect(sesudah).toMatchObject({
      tahap: 'pemeriksaan',
      versi: sebelum.versi + 1,
      riwayat: sebelum.riwayat + 1,
    });
  });

  it('holds for many racers at once: one winner, every other 409', async () => {
    const documentId = await buatKonten();
    const pelaksana = await Promise.all(
      Array.from({ length: 3 }, () => buatPengguna(strapi, ['tim-pelaksana'])),
    );
    const hasil = await Promise.all(
      [p['tim-pelaksana'], ...pelaksana].map((pengguna) =>
        http(strapi, pengguna).post(jalur.transisi(documentId), { action: 'serahkan' }),
      ),
    );
    expect(hasil.filter((res) => res.status === 200)).toHaveLength(1);
    expect(hasil.filter((res) => res.status === 409)).toHaveLength(3);
    expect((await potret(strapi, documentId)).riwayat).toBe(1);
  });

  it('lets one of two simultaneous publications through', async () => {
    const documentId = await buatKonten();
    await medsosSampaiTahap(strapi, p, documentId, 'disetujui');
    await http(strapi, p['admin-medsos'])
      .put(jalur.cmDokumen(documentId), {
        tautan: [{ platform: 'facebook', url: 'https://facebook.com/kpusumbar/posts/1' }],
      })
      .expect(200);
    const sebelum = await potret(strapi, documentId);
    const hasil = await Promise.all(
      [p['admin-medsos'], p.kedua].map((pengguna) =>
        http(strapi, pengguna).post(jalur.cmPublish(documentId)),
      ),
    );
    // The loser either collides on the compare-and-set (409) or, having waited, publishes again from
    // `diunggah` (200): never a second `disetujui -> diunggah`.
    expect(hasil.map((res) => res.status)).toContain(200);
    for (const res of hasil) expect([200, 409]).toContain(res.status);
    const riwayat = await strapi.db
      .query('plugin::redaksi.riwayat')
      .findMany({ where: { dokumenId: documentId, aksi: 'unggah' } });
    expect(riwayat.filter((baris: { dari: string }) => baris.dari === 'disetujui')).toHaveLength(1);
    expect((await potret(strapi, documentId)).terbit).toBe(1);
    expect(riwayat.length).toBe((await potret(strapi, documentId)).riwayat - sebelum.riwayat);
  });

  it('issues distinct, consecutive register numbers to items submitted at the same moment', async () => {
    const dokumen = await Promise.all(Array.from({ length: 8 }, () => buatKonten()));
    const hasil = await Promise.all(
      dokumen.map((documentId) =>
        http(strapi, p['tim-pelaksana']).post(jalur.transisi(documentId), { action: 'serahkan' }),
      ),
    );
    expect(hasil.map((res) => res.status)).toEqual(Array(8).fill(200));
    const nomor = hasil
      .map((res) => Number(res.body.data.nomorRegister.split('/')[3]))
      .sort((a, b) => a - b);
    expect(new Set(nomor).size).toBe(8);
    expect(nomor[7] - nomor[0]).toBe(7);
  });
});

describe('riwayat hanya bisa ditambah', () => {
  let documentId: string;
  beforeAll(async () => {
    documentId = await buatKonten();
    await http(strapi, p['tim-pelaksana'])
      .post(jalur.transisi(documentId), { action: 'serahkan' })
      .expect(200);
  });

  it('refuses update and delete at the database layer, even from code', async () => {
    const baris = await strapi.db
      .query('plugin::redaksi.riwayat')
      .findOne({ where: { dokumenId: documentId } });
    await expect(
      strapi.db
        .query('plugin::redaksi.riwayat')
        .update({ where: { id: baris.id }, data: { note: 'diubah' } }),
    ).rejects.toThrow(/hanya dapat ditambah/);
    await expect(
      strapi.db.query('plugin::redaksi.riwayat').delete({ where: { id: baris.id } }),
    ).rejects.toThrow(/hanya dapat ditambah/);
    await expect(
      strapi.db.query('plugin::redaksi.riwayat').deleteMany({ where: {} }),
    ).rejects.toThrow(/hanya dapat ditambah/);
    await expect(
      strapi.db.query('plugin::redaksi.riwayat').updateMany({ where: {}, data: { note: 'x' } }),
    ).rejects.toThrow(/hanya dapat ditambah/);
    expect(
      await strapi.db.query('plugin::redaksi.riwayat').findOne({ where: { id: baris.id } }),
    ).toMatchObject({ note: null });
  });

  /** The writes tried on the engine's collections, whatever their generated types. */
  interface TulisDokumen {
    findMany(params: object): Promise<Array<{ documentId: string }>>;
    create(params: object): Promise<unknown>;
    update(params: object): Promise<unknown>;
    delete(params: object): Promise<unknown>;
  }

  it('refuses every write through the document service', async () => {
    const riwayat = strapi.documents('plugin::redaksi.riwayat' as never) as unknown as TulisDokumen;
    const [baris] = await riwayat.findMany({ filters: { dokumenId: documentId } });
    await expect(
      riwayat.update({ documentId: baris.documentId, data: { note: 'x' } }),
    ).rejects.toMatchObject({ name: 'PolicyError' });
    await expect(riwayat.delete({ documentId: baris.documentId })).rejects.toMatchObject({
      name: 'PolicyError',
    });
    await expect(riwayat.create({ data: { aksi: 'palsu' } })).rejects.toMatchObject({
      name: 'PolicyError',
    });
    const status = strapi.documents(
      'plugin::redaksi.status-alur' as never,
    ) as unknown as TulisDokumen;
    await expect(status.create({ data: { tahap: 'disetujui' } })).rejects.toMatchObject({
      name: 'PolicyError',
    });
    // The mail log and the mail preferences are the engine's too (written by /redaksi routes only).
    const kiriman = strapi.documents(
      'plugin::redaksi.kiriman-surel' as never,
    ) as unknown as TulisDokumen;
    await expect(
      kiriman.create({
        data: { kunci: 'palsu', jenis: 'tiba', penerima: 'x@y.id', status: 'terkirim' },
      }),
    ).rejects.toMatchObject({
      name: 'PolicyError',
    });
    const preferensi = strapi.documents(
      'plugin::redaksi.preferensi-surel' as never,
    ) as unknown as TulisDokumen;
    await expect(
      preferensi.create({ data: { adminUserId: p.super.id, surelAktif: false } }),
    ).rejects.toMatchObject({ name: 'PolicyError' });
    expect(await strapi.db.query('plugin::redaksi.kiriman-surel').count({})).toBe(0);
    expect(await strapi.db.query('plugin::redaksi.preferensi-surel').count({})).toBe(0);
  });

  it('refuses a Super Admin in the admin panel: the content manager cannot write history or state', async () => {
    const baris = await strapi.db
      .query('plugin::redaksi.riwayat')
      .findOne({ where: { dokumenId: documentId } });
    const cm = '/content-manager/collection-types/plugin::redaksi.riwayat';
    const sebelum = await potret(strapi, documentId);
    const tulis = {
      'ubah riwayat': await http(strapi, p.super).put(`${cm}/${baris.documentId}`, {
        note: 'diubah',
      }),
      'hapus riwayat': await http(strapi, p.super).delete(`${cm}/${baris.documentId}`),
      'buat riwayat': await http(strapi, p.super).post(cm, {
        aksi: 'palsu',
        ke: 'diunggah',
        aktorNama: 'x',
        peran: 'x',
        uidKonten: UID_MEDSOS,
        dokumenId: documentId,
        waktu: new Date(),
      }),
      'hapus riwayat sekaligus': await http(strapi, p.super).post(`${cm}/actions/bulkDelete`, {
        documentIds: [baris.documentId],
      }),
      'ubah status alur': await http(strapi, p.super).put(
        `/content-manager/collection-types/plugin::redaksi.status-alur/x`,
        { tahap: 'disetujui' },
      ),
      'buat kiriman surel': await http(strapi, p.super).post(
        '/content-manager/collection-types/plugin::redaksi.kiriman-surel',
        {
          kunci: 'palsu',
          jenis: 'tiba',
          penerima: 'x@y.id',
          status: 'terkirim',
        },
      ),
      'buat preferensi surel': await http(strapi, p.super).post(
        '/content-manager/collection-types/plugin::redaksi.preferensi-surel',
        {
          adminUserId: p.super.id,
          surelAktif: false,
        },
      ),
    };
    // Each refused by the content manager's permission policy, by name: a 500 is no refusal.
    const ditolak = { status: 403, galat: 'PolicyError' };
    expect(
      Object.fromEntries(
        Object.entries(tulis).map(([nama, res]) => [
          nama,
          { status: res.status, galat: res.body?.error?.name },
        ]),
      ),
    ).toEqual({
      'ubah riwayat': ditolak,
      'hapus riwayat': ditolak,
      'buat riwayat': ditolak,
      'hapus riwayat sekaligus': ditolak,
      'ubah status alur': ditolak,
      'buat kiriman surel': ditolak,
      'buat preferensi surel': ditolak,
    });
    expect(await potret(strapi, documentId)).toEqual(sebelum);
    expect(await strapi.db.query('plugin::redaksi.kiriman-surel').count({})).toBe(0);
    expect(await strapi.db.query('plugin::redaksi.preferensi-surel').count({})).toBe(0);
  });

  it('offers no content API for the engine collections', async () => {
    await http(strapi).get('/api/riwayat-list').expect(404);
    await http(strapi).get('/api/status-alur-list').expect(404);
    await http(strapi).get('/api/kiriman-surel-list').expect(404);
    await http(strapi).get('/api/preferensi-surel-list').expect(404);
    const tulis = await http(strapi).post('/api/preferensi-surel-list', {
      data: { adminUserId: 1, surelAktif: false },
    });
    // No route takes a write there: answered as for any path under /api/ that does not exist,
    // where only the static catch-all's GET and HEAD match.
    expect(tulis.status).toBe(405);
    expect(tulis.headers.allow).toBe('HEAD, GET');
    expect(await strapi.db.query('plugin::redaksi.preferensi-surel').count({})).toBe(0);
  });
});

describe('peran SOP', () => {
  it('creates every SOP role (docs/ISTILAH.md) once, found by its code, however often bootstrap runs', async () => {
    await strapi.plugin('redaksi').service('peran').pastikanPeran();
    await strapi.plugin('redaksi').service('peran').pastikanPeran();
    const roles = await strapi.db.query('admin::role').findMany({});
    const kode = roles.map((role: { code: string }) => role.code);
    for (const peran of [
      'pemimpin-redaksi',
      'wakil-pemimpin-redaksi',
      'koordinator-liputan',
      'redaktur-pelaksana',
      'sekretaris-redaksi',
      'verifikator',
      'tim-peliputan',
      'tim-pasca-produksi',
      'staf-sekretariat',
      'ppid-pembantu',
      'tim-pelaksana',
      'admin-medsos',
    ]) {
      expect(kode.filter((k: string) => k === peran)).toHaveLength(1);
    }
    expect(kode).toContain('strapi-super-admin');
    const wakil = roles.find((role: { code: string }) => role.code === 'wakil-pemimpin-redaksi');
    expect(wakil.name).toBe('Wakil Pemimpin Redaksi');
  });

  it("gives the publish permission on KontenMedsos to Admin Medsos only, and Tim Pelaksana the team's drafts", async () => {
    const izin = await strapi.db.query('admin::permission').findMany({
      where: { subject: UID_MEDSOS },
      populate: ['role'],
    });
    const pemegang = (action: string) =>
      izin
        .filter(
          (i: { action: string }) => i.action === `plugin::content-manager.explorer.${action}`,
        )
        .map((i: { role: { code: string } }) => i.role.code);
    expect(pemegang('publish').filter((code: string) => !code.startsWith('strapi-'))).toEqual([
      'admin-medsos',
    ]);
    expect(pemegang('create').filter((code: string) => !code.startsWith('strapi-'))).toEqual([
      'tim-pelaksana',
    ]);
    const izinPelaksana = (action: string) =>
      izin.find(
        (i: { action: string; role: { code: string } }) =>
          i.action === `plugin::content-manager.explorer.${action}` &&
          i.role.code === 'tim-pelaksana',
      );
    // SOP 21 langkah 1 names the team: any member edits; the stage's rule decides when.
    expect(izinPelaksana('update').conditions).toEqual([]);
    expect(izinPelaksana('delete').conditions).toEqual(['admin::is-creator']);
  });

  it("lets any Tim Pelaksana edit and submit the team's draft (one rule for acting and editing), only its maker delete it", async () => {
    const documentId = await buatKonten();
    const rekan = await buatPengguna(strapi, ['tim-pelaksana']);
    await http(strapi, rekan)
      .put(jalur.cmDokumen(documentId), { judul: 'Dilengkapi rekan' })
      .expect(200);
    await http(strapi, rekan).delete(jalur.cmDokumen(documentId)).expect(403);
    await http(strapi, rekan).post(jalur.transisi(documentId), { action: 'serahkan' }).expect(200);
    // Submitted: now nobody in the team edits it, the maker included.
    const sebelum = await potret(strapi, documentId);
    const res = await http(strapi, p['tim-pelaksana'])
      .put(jalur.cmDokumen(documentId), { judul: 'Diubah sendiri' })
      .expect(403);
    expect(res.body.error.message).toMatch(/^Terkunci: menunggu Admin Media Sosial/);
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });
});
