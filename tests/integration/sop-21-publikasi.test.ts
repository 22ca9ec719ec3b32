/**
 * The publish guard of SOP 21 on every path Strapi offers: the content manager's Publish and
 * bulk publish, the REST API (including create/update that publish at once) and the document
 * service called from code. Each path first tries to get around the guard and fails, with
 * nothing changed; then the SOP-conform publication goes through and is recorded.
 */
import type { Core } from '@strapi/strapi';
import { http, jalur, UID_MEDSOS } from '../helpers/http';
import { ubahBerkasDiLuarSistem } from '../helpers/keadaan';
import {
  buatPengguna,
  buatPeranUji,
  type Pengguna,
  penggunaPerPeran,
  PERAN_SOP_21,
  tokenApi,
} from '../helpers/pengguna';
import {
  buatKontenMedsos,
  harapLangkahTerakhir,
  medsosSampaiTahap,
  padaJam,
  potret,
  tanggalWibRelatif,
} from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let token: string;

const tautanInstagram = { platform: 'instagram', url: 'https://www.instagram.com/p/uji/' };

beforeAll(async () => {
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, PERAN_SOP_21));
  await buatPeranUji(strapi, 'editor-umum', ['read', 'update', 'publish']);
  p.editor = await buatPengguna(strapi, ['editor-umum']);
  p.super = await buatPengguna(strapi, ['strapi-super-admin']);
  token = await tokenApi(strapi);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const buatKonten = (data: Record<string, unknown> = {}) =>
  buatKontenMedsos(strapi, p['tim-pelaksana'], { caption: 'Caption', ...data });

const sampaiTahap = (documentId: string, tahap: string, alasanTerlambat?: string) =>
  medsosSampaiTahap(strapi, p, documentId, tahap, alasanTerlambat);

/** A complete item walked to the given stage by its roles. */
async function kontenDiTahap(tahap: string, data: Record<string, unknown> = {}) {
  const documentId = await buatKonten(data);
  await sampaiTahap(documentId, tahap);
  return documentId;
}

const tambahTautan = (documentId: string, tautan = [tautanInstagram]) =>
  http(strapi, p['admin-medsos']).put(jalur.cmDokumen(documentId), { tautan }).expect(200);

function kodeSyarat(res: { body: { error: { details: { syarat: Array<{ kode: string }> } } } }) {
  return res.body.error.details.syarat.map((s) => s.kode);
}

describe('tombol Terbitkan di content manager', () => {
  it('refuses before approval with a 400 naming the stage, and nothing changes', async () => {
    const documentId = await kontenDiTahap('keputusan', { tautan: [tautanInstagram] });
    const sebelum = await potret(strapi, documentId);

    const res = await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toContain('Keputusan Pemimpin Redaksi');
    expect(kodeSyarat(res)).toEqual(['tahap-siap-terbit']);
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });

  it('refuses an approved item without a platform link, then publishes it once the link is there', async () => {
    const documentId = await kontenDiTahap('disetujui');
    const sebelum = await potret(strapi, documentId);

    const tanpa = await http(strapi, p['admin-medsos'])
      .post(jalur.cmPublish(documentId))
      .expect(400);
    expect(kodeSyarat(tanpa)).toEqual(['tautan-minimal']);
    expect(tanpa.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['tautan'] }),
    ]);
    expect(await potret(strapi, documentId)).toEqual(sebelum);

    await tambahTautan(documentId);
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    const sesudah = await http(strapi, p['admin-medsos'])
      .get(jalur.redaksi(documentId))
      .expect(200);
    harapLangkahTerakhir(sesudah, 'diunggah', {
      aksi: 'unggah',
      dari: 'disetujui',
      ke: 'diunggah',
      peran: 'admin-medsos',
      aktor: { id: p['admin-medsos'].id },
      terlambat: false,
    });
    expect((await potret(strapi, documentId)).terbit).toBe(1);
  });

  it('refuses roles that may not publish: no content-manager permission, or a permission but not the SOP role', async () => {
    const documentId = await kontenDiTahap('disetujui');
    await tambahTautan(documentId);
    const sebelum = await potret(strapi, documentId);

    for (const kode of ['tim-pelaksana', 'wakil-pemimpin-redaksi', 'pemimpin-redaksi']) {
      await http(strapi, p[kode]).post(jalur.cmPublish(documentId)).expect(403);
    }
    // A role an administrator gave the Publish permission by hand: the SOP still names Admin Medsos.
    const editor = await http(strapi, p.editor).post(jalur.cmPublish(documentId)).expect(403);
    expect(editor.body.error.message).toContain('admin-medsos');
    expect(await potret(strapi, documentId)).toEqual(sebelum);

    // A Super Admin may act for any role, and is recorded as such.
    await http(strapi, p.super).post(jalur.cmPublish(documentId)).expect(200);
    const riwayat = await http(strapi, p.super).get(jalur.redaksi(documentId)).expect(200);
    expect(riwayat.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'unggah',
      peran: 'super-admin',
    });
  });

  it('republishing from diunggah (a second platform) stays diunggah and is recorded', async () => {
    const documentId = await kontenDiTahap('disetujui');
    await tambahTautan(documentId);
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    await tambahTautan(documentId, [
      tautanInstagram,
      { platform: 'tiktok', url: 'https://www.tiktok.com/@kpusumbar/video/1' },
    ]);
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    const view = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(view.body.data.tahap).toBe('diunggah');
    expect(view.body.data.riwayat.slice(-2).map((r: { dari: string }) => r.dari)).toEqual([
      'disetujui',
      'diunggah',
    ]);
  });
});

describe('bulk publish di content manager', () => {
  it('publishes nothing when any selected item is not ready', async () => {
    const siap = await kontenDiTahap('disetujui');
    await tambahTautan(siap);
    const belum = await buatKonten();
    const sebelum = [await potret(strapi, siap), await potret(strapi, belum)];

    const res = await http(strapi, p['admin-medsos']).post(jalur.cmBulkPublish, {
      documentIds: [siap, belum],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.syarat[0].kode).toBe('tahap-siap-terbit');
    expect([await potret(strapi, siap), await potret(strapi, belum)]).toEqual(sebelum);

    await http(strapi, p['admin-medsos'])
      .post(jalur.cmBulkPublish, { documentIds: [siap] })
      .expect(200);
    expect((await potret(strapi, siap)).tahap).toBe('diunggah');
  });
});

describe('REST API', () => {
  // An API token holds no SOP role: it creates and edits nothing, so REST is no way around the SOP.
  it('refuses a create that publishes at once, leaving no document behind', async () => {
    const sebelum = await strapi.db.query(UID_MEDSOS).count({});
    const res = await http(strapi, token)
      .post(`${jalur.rest}?status=published`, {
        data: {
          judul: 'Langsung tayang',
          tanggalKegiatan: tanggalWibRelatif(0),
          caption: 'x',
          tautan: [tautanInstagram],
        },
      })
      .expect(403);
    expect(res.body.error.name).toBe('PolicyError');
    expect(res.body.error.message).toContain('Tim Pelaksana Kegiatan');
    expect(await strapi.db.query(UID_MEDSOS).count({})).toBe(sebelum);
  });

  it('refuses an update that publishes at once, and keeps the draft as it was', async () => {
    const documentId = await kontenDiTahap('keputusan', { tautan: [tautanInstagram] });
    const sebelum = await potret(strapi, documentId);
    await http(strapi, token)
      .put(`${jalur.restDokumen(documentId)}?status=published`, {
        data: { judul: 'Diubah lewat API' },
      })
      .expect(403);
    const tanpaUbah = await http(strapi, token)
      .put(`${jalur.restDokumen(documentId)}?status=published`, { data: {} })
      .expect(400);
    expect(kodeSyarat(tanpaUbah)).toEqual(['tahap-siap-terbit']);
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });

  it('refuses to publish an approved item with a link through an update: only people take SOP steps', async () => {
    const documentId = await kontenDiTahap('disetujui');
    const sebelum = await potret(strapi, documentId);
    await http(strapi, token)
      .put(`${jalur.restDokumen(documentId)}?status=published`, {
        data: { tautan: [tautanInstagram] },
      })
      .expect(403);
    expect(await potret(strapi, documentId)).toEqual(sebelum);
    await tambahTautan(documentId);
    const sesudahTautan = await potret(strapi, documentId);
    const res = await http(strapi, token)
      .put(`${jalur.restDokumen(documentId)}?status=published`, { data: {} })
      .expect(403);
    expect(res.body.error.message).toContain('admin-medsos');
    expect(await potret(strapi, documentId)).toEqual(sesudahTautan);
  });

  it('refuses anonymous writes', async () => {
    await http(strapi)
      .post(jalur.rest, { data: { judul: 'x' } })
      .expect(403);
  });
});

describe('document service dari kode', () => {
  const documents = () => strapi.documents(UID_MEDSOS);

  it('refuses publish(), create and update with status published, leaving nothing behind', async () => {
    const documentId = await kontenDiTahap('diserahkan');
    const sebelum = await potret(strapi, documentId);
    const jumlah = await strapi.db.query(UID_MEDSOS).count({});

    await expect(documents().publish({ documentId })).rejects.toMatchObject({
      name: 'ValidationError',
      details: { syarat: [expect.objectContaining({ kode: 'tahap-siap-terbit' })] },
    });
    await expect(
      documents().update({
        documentId,
        data: { judul: 'Dari kode', tautan: [tautanInstagram] } as never,
        status: 'published',
      }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      details: { syarat: [expect.objectContaining({ kode: 'tahap-siap-terbit' })] },
    });
    await expect(
      documents().create({ data: { judul: 'Baru dari kode' } as never, status: 'published' }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      details: { syarat: [expect.objectContaining({ kode: 'tahap-siap-terbit' })] },
    });

    expect(await potret(strapi, documentId)).toEqual(sebelum);
    expect(await strapi.db.query(UID_MEDSOS).count({})).toBe(jumlah);
  });

  it('publishes an approved item with a link, recorded as Sistem', async () => {
    const documentId = await kontenDiTahap('disetujui', { tautan: [tautanInstagram] });
    await documents().publish({ documentId });
    const view = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(view.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'unggah',
      peran: 'sistem',
      aktor: { nama: 'Sistem' },
    });
  });
});

describe('teks alternatif foto pada setiap jalur terbit', () => {
  const berisiSyarat = expect.arrayContaining([
    expect.objectContaining({ kode: 'dokumentasi-teks-alternatif' }),
  ]);

  it('refuses an approved item whose photo lost its description on every path, nothing changes; described again, it goes out', async () => {
    const documentId = await kontenDiTahap('disetujui', { tautan: [tautanInstagram] });
    // The description removed after approval, beneath the SOP (in the database, as another tool could).
    const draf = await strapi.db
      .query(UID_MEDSOS)
      .findOne({ where: { documentId, publishedAt: null }, populate: ['dokumentasi'] });
    const [foto] = draf.dokumentasi as { id: number; alternativeText: string }[];
    await ubahBerkasDiLuarSistem(strapi, foto.id, { alternativeText: null });
    const sebelum = await potret(strapi, documentId);

    const cm = await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(400);
    expect(cm.body.error.details.syarat).toEqual(berisiSyarat);
    expect(cm.body.error.message).toContain('belum punya teks alternatif');
    const massal = await http(strapi, p['admin-medsos'])
      .post(jalur.cmBulkPublish, { documentIds: [documentId] })
      .expect(400);
    expect(massal.body.error.details.syarat).toEqual(berisiSyarat);
    // REST: a token takes no SOP step at all (tanpa-keputusan.test.ts), so it is refused first.
    await http(strapi, token)
      .put(`${jalur.restDokumen(documentId)}?status=published`, { data: {} })
      .expect(403);
    await expect(strapi.documents(UID_MEDSOS).publish({ documentId })).rejects.toMatchObject({
      name: 'ValidationError',
      details: { syarat: berisiSyarat },
    });
    expect(await potret(strapi, documentId)).toEqual(sebelum);

    await ubahBerkasDiLuarSistem(strapi, foto.id, { alternativeText: foto.alternativeText });
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    expect((await potret(strapi, documentId)).tahap).toBe('diunggah');
  });
});

describe('terlambat: unggah setelah H+1 perlu izin Pemimpin Redaksi', () => {
  it('asks for a late reason at submission and for the late permission before publishing', async () => {
    const documentId = await buatKonten({
      tanggalKegiatan: tanggalWibRelatif(-3),
      tautan: [tautanInstagram],
    });

    // The team is told at its draft, before it submits, that the upload will need permission.
    const diDraf = await http(strapi, p['tim-pelaksana'])
      .get(jalur.redaksi(documentId))
      .expect(200);
    expect(diDraf.body.data.terlambat.perluIzin).toMatchObject({
      pemberi: ['Pemimpin Redaksi (Penanggung Jawab)'],
      batasTeks: expect.any(String),
    });
    const antreanTim = (
      (await http(strapi, p['tim-pelaksana']).get('/redaksi/queue?pageSize=100').expect(200)).body
        .data as Array<{ documentId: string }>
    ).find((item) => item.documentId === documentId);
    expect(antreanTim).toMatchObject({ tanpaIzinTerlambat: true, perluIzinTerlambat: false });

    const tanpaAlasan = await http(strapi, p['tim-pelaksana'])
      .post(jalur.transisi(documentId), { action: 'serahkan' })
      .expect(400);
    expect(kodeSyarat(tanpaAlasan)).toEqual(['alasan-terlambat']);
    expect(tanpaAlasan.body.error.message).toContain('alasan keterlambatan');
    await sampaiTahap(documentId, 'disetujui', 'Menunggu foto dari kabupaten');

    const view = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(view.body.data.terlambat).toMatchObject({
      ya: true,
      tercatat: true,
      alasan: 'Menunggu foto dari kabupaten',
      izinTerlambat: false,
    });

    // Nobody has to phone for it: the item waits in the Pemimpin Redaksi's queue, flagged.
    const antreanPemimpin = async () =>
      (
        (await http(strapi, p['pemimpin-redaksi']).get('/redaksi/queue?pageSize=100').expect(200))
          .body.data as Array<{ documentId: string }>
      ).find((item) => item.documentId === documentId);
    expect(await antreanPemimpin()).toMatchObject({
      tahap: 'disetujui',
      aksi: ['izinkan-terlambat'],
      perluIzinTerlambat: true,
      tanpaIzinTerlambat: true,
      lewat: true,
    });

    const sebelum = await potret(strapi, documentId);
    const tolak = await http(strapi, p['admin-medsos'])
      .post(jalur.cmPublish(documentId))
      .expect(400);
    expect(kodeSyarat(tolak)).toEqual(['izin-terlambat']);
    expect(tolak.body.error.message).toContain('sudah tampil di Meja Redaksi');
    expect(await potret(strapi, documentId)).toEqual(sebelum);

    // Only the Pemimpin Redaksi grants it, and only with a reason.
    await http(strapi, p['admin-medsos'])
      .post(jalur.transisi(documentId), { action: 'izinkan-terlambat', note: 'x' })
      .expect(403);
    await http(strapi, p['pemimpin-redaksi'])
      .post(jalur.transisi(documentId), { action: 'izinkan-terlambat' })
      .expect(400);
    const izin = await http(strapi, p['pemimpin-redaksi'])
      .post(jalur.transisi(documentId), {
        action: 'izinkan-terlambat',
        note: 'Tetap relevan untuk publik',
      })
      .expect(200);
    expect(izin.body.data).toMatchObject({
      tahap: 'disetujui',
      terlambat: { izinTerlambat: true, perluIzin: null },
    });
    // Granted: no longer waiting for the Pemimpin Redaksi; the Admin Medsos still uploads it.
    expect(await antreanPemimpin()).toBeUndefined();

    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    const akhir = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(akhir.body.data.riwayat.at(-1)).toMatchObject({ aksi: 'unggah', terlambat: true });
    expect(akhir.body.data.riwayat.map((r: { aksi: string }) => r.aksi)).toContain(
      'izinkan-terlambat',
    );
  });

  it('decides lateness at midnight WIB: 23:59:59 of H+1 is on time, 00:00 is late', async () => {
    const documentId = await buatKonten({
      tanggalKegiatan: '2025-05-05',
      tautan: [tautanInstagram],
    });
    await padaJam(strapi, '2025-05-06T16:59:59.000Z', async () => {
      // 23:59:59 WIB on H+1
      await sampaiTahap(documentId, 'disetujui');
      const tepat = await http(strapi, p['admin-medsos'])
        .get(jalur.redaksi(documentId))
        .expect(200);
      expect(tepat.body.data.terlambat.ya).toBe(false);
    });
    await padaJam(strapi, '2025-05-06T17:00:00.000Z', async () => {
      // 00:00 WIB on H+2, still 6 May in UTC
      const res = await http(strapi, p['admin-medsos'])
        .post(jalur.cmPublish(documentId))
        .expect(400);
      expect(kodeSyarat(res)).toEqual(['izin-terlambat']);
      expect(res.body.error.message).toContain('Selasa, 6 Mei 2025 pukul 23.59 WIB');
    });
  });
});

describe('menarik dan menghapus', () => {
  it('refuses to unpublish an uploaded item on every path', async () => {
    const documentId = await kontenDiTahap('disetujui', { tautan: [tautanInstagram] });
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    const sebelum = await potret(strapi, documentId);

    for (const siapa of [p['admin-medsos'], p.super]) {
      const tarik = await http(strapi, siapa).post(jalur.cmUnpublish(documentId)).expect(400);
      expect(tarik.body.error.details).toEqual({ kode: 'tarik-ditolak' });
    }
    await expect(strapi.documents(UID_MEDSOS).unpublish({ documentId })).rejects.toMatchObject({
      name: 'ValidationError',
      details: { kode: 'tarik-ditolak' },
    });
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });

  it('deletes a draft that never entered the SOP, and refuses once it was submitted', async () => {
    const draf = await buatKonten();
    await http(strapi, p['tim-pelaksana']).delete(jalur.cmDokumen(draf)).expect(200);
    expect(await strapi.db.query(UID_MEDSOS).count({ where: { documentId: draf } })).toBe(0);

    const diserahkan = await kontenDiTahap('diserahkan');
    const sebelum = await potret(strapi, diserahkan);
    const res = await http(strapi, p.super).delete(jalur.cmDokumen(diserahkan)).expect(400);
    expect(res.body.error.message).toContain('REG/');
    await http(strapi, token).delete(jalur.restDokumen(diserahkan)).expect(400);
    expect(await potret(strapi, diserahkan)).toEqual(sebelum);
  });
});
