/**
 * Nothing online changes without a decision: around the documents too. The media files a live or
 * approved item shows are frozen for everyone on every upload route (admin and content API, single,
 * bulk, by folder); the upload plugin's `ref`/`refId`/`field` attaches nothing to a workflow item;
 * an API token or a request without an SOP role runs no SOP step; a rejection takes the live
 * version down; a double publication is one; the view names any difference between what is online
 * and what was published. Each refusal compares the whole state (draft, published version, files'
 * bytes, state row, history) before and after.
 */
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { unggahBerkas } from '../helpers/berkas';
import { http, jalur, UID_DISPOSISI, UID_LIPUTAN, UID_MEDSOS } from '../helpers/http';
import { isiBerkas, keadaanLengkap, ubahBerkasDiLuarSistem } from '../helpers/keadaan';
import { buatPengguna, type Pengguna, SEMUA_PERAN, tokenApi } from '../helpers/pengguna';
import {
  buatDisposisi,
  buatKontenMedsos,
  buatLiputan,
  liputanSampaiTayang,
  medsosSampaiTahap,
} from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

const tautanInstagram = { platform: 'instagram', url: 'https://www.instagram.com/p/uji/' };

let strapi: Core.Strapi;
let token: string;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  strapi = await mulaiStrapi();
  for (const kode of SEMUA_PERAN) p[kode] = await buatPengguna(strapi, [kode]);
  p.super = await buatPengguna(strapi, ['strapi-super-admin']);
  token = await tokenApi(strapi);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

let warna = 0;
const jpeg = () => {
  warna += 17;
  return sharp({
    create: { width: 40, height: 30, channels: 3, background: { r: warna % 255, g: 9, b: 9 } },
  })
    .jpeg()
    .toBuffer();
};

/** SOP 21 to `diunggah`: walked to approval, a link added and published by the Admin Medsos. */
async function medsosDiunggah(): Promise<{ documentId: string; foto: number[] }> {
  const foto = await unggahBerkas(strapi, 4);
  const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], { dokumentasi: foto });
  await medsosSampaiTahap(strapi, p, documentId, 'disetujui');
  await http(strapi, p['admin-medsos'])
    .put(jalur.cmDokumen(documentId), { tautan: [tautanInstagram] })
    .expect(200);
  await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
  return { documentId, foto };
}

const transisi = (siapa: string, documentId: string, body: object, uid = UID_MEDSOS) =>
  http(strapi, p[siapa]).post(jalur.transisi(documentId, uid), body);

/** Every upload route that changes or deletes an existing file, by name, as one person. */
async function ubahLewatSemuaRute(siapa: Pengguna, foto: number[]) {
  const u = () => http(strapi, siapa);
  const folder = await u().post('/upload/folders', {
    name: `F${warna}-${Date.now()}`,
    parent: null,
  });
  const folderId = folder.body.data?.id;
  if (folderId) {
    // A move between folders changes nothing the public sees: allowed, and it sets up the folder delete.
    await u()
      .post('/upload/actions/bulk-move', { fileIds: [foto[2]], destinationFolderId: folderId })
      .expect(200);
  }
  return {
    ganti: await u()
      .multipart(`/upload?id=${foto[0]}`)
      .attach('files', await jpeg(), 'a.jpg'),
    gantiLewatReplace: await u()
      .multipart(`/upload/files/${foto[0]}/replace`)
      .attach('files', await jpeg(), 'a.jpg'),
    keterangan: await u()
      .multipart(`/upload?id=${foto[0]}`)
      .field('fileInfo', JSON.stringify({ alternativeText: 'diubah', caption: 'diubah' })),
    keteranganLewatPut: await u().put(`/upload/files/${foto[0]}`, {
      fileInfo: { alternativeText: 'diubah' },
    }),
    ganti_nama: await u().put(`/upload/files/${foto[1]}`, { fileInfo: { name: 'lain.jpg' } }),
    ubahMassal: await u().post('/upload/actions/bulk-update', {
      updates: [{ id: foto[1], fileInfo: { alternativeText: 'diubah' } }],
    }),
    hapus: await u().delete(`/upload/files/${foto[0]}`),
    hapusMassal: await u().post('/upload/actions/bulk-delete', { fileIds: [foto[1]] }),
    hapusFolder: folderId
      ? await u().post('/upload/actions/bulk-delete', { folderIds: [folderId] })
      : folder,
  };
}

/** The content API's upload routes, with a full-access token. */
async function ubahLewatApi(foto: number[]) {
  const t = () => http(strapi, token);
  return {
    apiGanti: await t()
      .multipart(`/api/upload?id=${foto[0]}`)
      .attach('files', await jpeg(), 'a.jpg'),
    apiKeterangan: await t()
      .multipart(`/api/upload?id=${foto[0]}`)
      .field('fileInfo', JSON.stringify({ alternativeText: 'diubah' })),
    apiHapus: await t().delete(`/api/upload/files/${foto[0]}`),
  };
}

function harapSemuaDitolak(jawaban: Record<string, { status: number }>, siapa: string) {
  for (const [rute, res] of Object.entries(jawaban))
    expect({ siapa, rute, status: res.status }).toEqual({ siapa, rute, status: 403 });
}

describe('berkas yang tayang atau disetujui tidak berubah tanpa keputusan', () => {
  it('SOP 20: no writer, secretary or Super Admin changes a live photo on any upload route; the public article stays as published', async () => {
    const foto = await unggahBerkas(strapi, 3);
    const id = await buatLiputan(strapi, p, { judul: 'Pleno rekapitulasi' });
    await liputanSampaiTayang(strapi, p, id, { foto });
    const sebelum = await keadaanLengkap(strapi, id, UID_LIPUTAN);
    const publikSebelum = await http(strapi).get(`/api/liputans/${id}`).expect(200);

    for (const siapa of ['tim-peliputan', 'sekretaris-redaksi', 'super']) {
      const jawaban = await ubahLewatSemuaRute(p[siapa], foto);
      harapSemuaDitolak(jawaban, siapa);
      expect(jawaban.ganti.body.error.message).toContain('tampil pada versi yang sedang tayang');
      expect(jawaban.ganti.body.error.details.kode).toBe('berkas-tayang');
    }
    harapSemuaDitolak(await ubahLewatApi(foto), 'api-token');
    // Code calling the upload service (no request: the system) is held alike.
    const upload = strapi.plugin('upload').service('upload');
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id: foto[0] } });
    await expect(upload.remove(file)).rejects.toMatchObject({ name: 'PolicyError' });
    await expect(
      upload.updateFileInfo(foto[1], { alternativeText: 'Dari kode' }),
    ).rejects.toMatchObject({ name: 'PolicyError' });

    expect(await keadaanLengkap(strapi, id, UID_LIPUTAN)).toEqual(sebelum);
    const publikSesudah = await http(strapi).get(`/api/liputans/${id}`).expect(200);
    expect(publikSesudah.body.data).toEqual(publikSebelum.body.data);
  });

  it('SOP 21: after a return from diunggah, the team may edit the draft but not the photos still online; a new photo walks the SOP again', async () => {
    const { documentId, foto } = await medsosDiunggah();
    await transisi('admin-medsos', documentId, {
      action: 'kembalikan',
      note: 'Caption perlu diputuskan ulang',
    }).expect(200);
    await transisi('pemimpin-redaksi', documentId, {
      action: 'kembalikan',
      note: 'Periksa lagi',
    }).expect(200);
    await transisi('wakil-pemimpin-redaksi', documentId, {
      action: 'kembalikan',
      note: 'Perbaiki',
    }).expect(200);
    const sebelum = await keadaanLengkap(strapi, documentId);
    expect(sebelum.status.tahap).toBe('draf');

    harapSemuaDitolak(await ubahLewatSemuaRute(p['tim-pelaksana'], foto), 'tim-pelaksana');
    expect(await keadaanLengkap(strapi, documentId)).toEqual(sebelum);

    // The way the refusal names: a new file, put in the draft, under the stage's editing rights.
    const [baru] = await unggahBerkas(strapi, 1);
    await http(strapi, p['tim-pelaksana'])
      .put(jalur.cmDokumen(documentId), { dokumentasi: [baru, ...foto.slice(1)] })
      .expect(200);
    const sesudah = await keadaanLengkap(strapi, documentId);
    expect(sesudah.terbitan).toEqual(sebelum.terbitan);
    expect(sesudah.draf.dokumentasi).not.toEqual(sebelum.draf.dokumentasi);
  });

  it("SOP 21: a clone shares the live item's files, and its own draft rights do not reach them", async () => {
    const { documentId, foto } = await medsosDiunggah();
    const salinan = await http(strapi, p['tim-pelaksana'])
      .post(`${jalur.cm}/clone/${documentId}`, { judul: 'Salinan' })
      .expect(200);
    const sebelum = await keadaanLengkap(strapi, documentId);
    const jawaban = await ubahLewatSemuaRute(p['tim-pelaksana'], foto);
    harapSemuaDitolak(jawaban, 'tim-pelaksana');
    expect(jawaban.ganti.body.error.details.kode).toBe('berkas-tayang');
    expect(await keadaanLengkap(strapi, documentId)).toEqual(sebelum);
    expect(salinan.body.data.documentId).not.toBe(documentId);
  });

  it('SOP 21: an approved photo is frozen for the Super Admin too, before it is online', async () => {
    const foto = await unggahBerkas(strapi, 4);
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], { dokumentasi: foto });
    await medsosSampaiTahap(strapi, p, documentId, 'disetujui');
    const sebelum = await keadaanLengkap(strapi, documentId);

    const jawaban = await ubahLewatSemuaRute(p.super, foto);
    harapSemuaDitolak(jawaban, 'super');
    expect(jawaban.keterangan.body.error.details.kode).toBe('berkas-disetujui');
    expect(await keadaanLengkap(strapi, documentId)).toEqual(sebelum);
  });

  it("still lets the stage's own role change a draft's photo that nothing approved or published", async () => {
    const foto = await unggahBerkas(strapi, 4);
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], { dokumentasi: foto });
    const sebelum = await isiBerkas(strapi, foto[0]);
    await http(strapi, p['tim-pelaksana'])
      .multipart(`/upload?id=${foto[0]}`)
      .attach('files', await jpeg(), 'ganti.jpg')
      .expect(200);
    expect((await isiBerkas(strapi, foto[0])).hash).not.toBe(sebelum.hash);
    const view = await http(strapi, p['tim-pelaksana']).get(jalur.redaksi(documentId)).expect(200);
    expect(view.body.data.riwayat.at(-1)).toMatchObject({ aksi: 'ubah-berkas' });
  });
});

describe('unggahan dengan ref/refId/field tidak memasang berkas pada item SOP', () => {
  /** The numeric row id of a document's draft or published version (the upload plugin's `refId`). */
  const idBaris = async (uid: string, documentId: string, terbit = false) => {
    // A type without Draft & Publish (the disposition sheet) has one row, stamped as published.
    const drafTerbit = uid !== UID_DISPOSISI;
    const publishedAt = terbit ? { $notNull: true } : null;
    const baris = await strapi.db
      .query(uid)
      .findOne({ where: { documentId, ...(drafTerbit ? { publishedAt } : {}) } });
    return baris.id as number;
  };

  it('refuses every role and a token on the admin and content API routes; no file, no link, nothing changed', async () => {
    const live = await medsosDiunggah();
    const keputusan = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await medsosSampaiTahap(strapi, p, keputusan, 'keputusan');
    const liputan = await buatLiputan(strapi, p, { judul: 'Sosialisasi' });
    const lembar = await buatDisposisi(strapi, p['ppid-pembantu']);

    const sasaran: Array<[string, string, string, string, boolean]> = [
      // [who, uid, documentId, field, published row]
      ['admin-medsos', UID_MEDSOS, live.documentId, 'dokumentasi', true],
      ['admin-medsos', UID_MEDSOS, live.documentId, 'dokumentasi', false],
      ['pemimpin-redaksi', UID_MEDSOS, keputusan, 'dokumentasi', false],
      ['koordinator-liputan', UID_LIPUTAN, liputan, 'foto', false],
      ['sekretaris-redaksi', UID_DISPOSISI, lembar.documentId, 'lampiran', false],
      ['super', UID_MEDSOS, keputusan, 'dokumentasi', false],
    ];
    const jumlahBerkas = await strapi.db.query('plugin::upload.file').count({});
    const sebelum = await Promise.all(
      sasaran.map(([, uid, documentId]) => keadaanLengkap(strapi, documentId, uid)),
    );

    for (const [siapa, uid, documentId, field, terbit] of sasaran) {
      const refId = await idBaris(uid, documentId, terbit);
      const admin = await http(strapi, p[siapa])
        .multipart('/upload')
        .field('ref', uid)
        .field('refId', String(refId))
        .field('field', field)
        .attach('files', await jpeg(), 'sisip.jpg');
      expect({ siapa, uid, terbit, status: admin.status }).toEqual({
        siapa,
        uid,
        terbit,
        status: 403,
      });
      expect(admin.body.error.details.kode).toBe('pasang-berkas-langsung');
      const api = await http(strapi, token)
        .multipart('/api/upload')
        .field('ref', uid)
        .field('refId', String(refId))
        .field('field', field)
        .attach('files', await jpeg(), 'sisip.jpg');
      expect({ jalur: 'api', uid, status: api.status }).toEqual({ jalur: 'api', uid, status: 403 });
    }

    expect(await strapi.db.query('plugin::upload.file').count({})).toBe(jumlahBerkas);
    expect(
      await Promise.all(
        sasaran.map(([, uid, documentId]) => keadaanLengkap(strapi, documentId, uid)),
      ),
    ).toEqual(sebelum);
    // The ordinary upload, which attaches to nothing, still works.
    await http(strapi, p['tim-pelaksana'])
      .multipart('/upload')
      .attach('files', await jpeg(), 'biasa.jpg')
      .expect(201);
  });

  it('holds for code writing the file table with links, and the public API shows no row ids to aim at', async () => {
    const live = await medsosDiunggah();
    const refId = await idBaris(UID_MEDSOS, live.documentId, true);
    await expect(
      strapi.db.query('plugin::upload.file').create({
        data: {
          name: 'sisip.jpg',
          hash: `sisip_${Date.now()}`,
          ext: '.jpg',
          mime: 'image/jpeg',
          size: 1,
          url: '/uploads/sisip.jpg',
          provider: 'local',
          related: [{ id: refId, __type: UID_MEDSOS, __pivot: { field: 'dokumentasi' } }],
        },
      }),
    ).rejects.toMatchObject({ name: 'PolicyError' });

    const publik = await http(strapi).get(`/api/konten-medsos-list/${live.documentId}`).expect(200);
    const teks = JSON.stringify(publik.body.data);
    expect(publik.body.data.documentId).toBe(live.documentId);
    expect(teks).not.toMatch(/"id":/);
    const daftar = await http(strapi).get('/api/konten-medsos-list').expect(200);
    expect(JSON.stringify(daftar.body.data)).not.toMatch(/"id":/);
  });
});

describe('hanya orang yang menjalankan langkah SOP', () => {
  it('refuses the publish step to a full-access API token on every REST shape; the Admin Medsos publishes it', async () => {
    const foto = await unggahBerkas(strapi, 4);
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], {
      dokumentasi: foto,
      tautan: [tautanInstagram],
    });
    await medsosSampaiTahap(strapi, p, documentId, 'disetujui');
    const sebelum = await keadaanLengkap(strapi, documentId);

    const tanpaUbah = await http(strapi, token)
      .put(`${jalur.restDokumen(documentId)}?status=published`, { data: {} })
      .expect(403);
    expect(tanpaUbah.body.error.message).toContain('hanya untuk');
    await http(strapi, token)
      .put(`${jalur.restDokumen(documentId)}?status=published`, {
        data: { tautan: [tautanInstagram, { platform: 'x', url: 'https://x.com/kpu/1' }] },
      })
      .expect(403);
    // The transitions route is the admin panel's: a token is not an admin.
    await http(strapi, token)
      .post(jalur.transisi(documentId), { action: 'kembalikan', note: 'x' })
      .expect(401);
    expect(await keadaanLengkap(strapi, documentId)).toEqual(sebelum);
    await http(strapi).get(jalur.restDokumen(documentId)).expect(404);

    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    const view = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(view.body.data.riwayat.at(-1)).toMatchObject({ aksi: 'unggah', peran: 'admin-medsos' });
    // A read-only use of the token still reads.
    await http(strapi, token).get(jalur.restDokumen(documentId)).expect(200);
  });

  it('keeps public sign-up closed', async () => {
    const res = await http(strapi).post('/api/auth/local/register', {
      username: 'penyusup',
      email: 'penyusup@contoh.id',
      password: 'SandiPanjang2025!',
    });
    // Refused by users-permissions' own switch (closed at every start), not by an error.
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'ApplicationError',
      message: 'Register action is currently disabled',
    });
    expect(
      await strapi.db
        .query('plugin::users-permissions.user')
        .count({ where: { email: 'penyusup@contoh.id' } }),
    ).toBe(0);
  });
});

describe('ditolak berarti tidak tayang', () => {
  it('SOP 21: a rejection after a return from diunggah takes the post down in the same step, on the record', async () => {
    const { documentId } = await medsosDiunggah();
    await http(strapi).get(jalur.restDokumen(documentId)).expect(200);
    await transisi('admin-medsos', documentId, {
      action: 'kembalikan',
      note: 'Ada keberatan dari narasumber',
    }).expect(200);
    const res = await transisi('pemimpin-redaksi', documentId, {
      action: 'tolak',
      note: 'Tidak layak tayang',
    }).expect(200);
    expect(res.body.data.tahap).toBe('ditolak');
    expect(res.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'tolak',
      dari: 'keputusan',
      ke: 'ditolak',
      note: 'Tidak layak tayang',
    });
    await http(strapi).get(jalur.restDokumen(documentId)).expect(404);
    expect(
      await strapi.db
        .query(UID_MEDSOS)
        .count({ where: { documentId, publishedAt: { $notNull: true } } }),
    ).toBe(0);
  });
});

describe('satu publikasi, satu baris riwayat', () => {
  it('five publishes at once of the same approved content write one upload row', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], {
      tautan: [tautanInstagram],
    });
    await medsosSampaiTahap(strapi, p, documentId, 'disetujui');
    const jawaban = await Promise.all(
      Array.from({ length: 5 }, () =>
        http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)),
      ),
    );
    for (const res of jawaban) expect([200, 409]).toContain(res.status);
    expect(jawaban.filter((res) => res.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(
      await strapi.db
        .query('plugin::redaksi.riwayat')
        .count({ where: { dokumenId: documentId, aksi: 'unggah' } }),
    ).toBe(1);
    // A new link is something new to publish: that one is recorded.
    await http(strapi, p['admin-medsos'])
      .put(jalur.cmDokumen(documentId), {
        tautan: [tautanInstagram, { platform: 'facebook', url: 'https://facebook.com/kpu/1' }],
      })
      .expect(200);
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    expect(
      await strapi.db
        .query('plugin::redaksi.riwayat')
        .count({ where: { dokumenId: documentId, aksi: 'unggah' } }),
    ).toBe(2);
  });
});

describe('yang tayang dibandingkan dengan yang diterbitkan', () => {
  it("names a live photo's description changed beneath the system, while the draft is untouched", async () => {
    const { documentId, foto } = await medsosDiunggah();
    const bersih = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(bersih.body.data.sidik.berubahOnline).toEqual([]);
    await ubahBerkasDiLuarSistem(strapi, foto[2], { alternativeText: 'Disisipkan' });
    const view = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(view.body.data.sidik.berubahOnline).toEqual(['dokumentasi']);
  });

  it('refuses a recap month no record can be in', async () => {
    const res = await http(strapi, p['pemimpin-redaksi']).get('/redaksi/recap?month=0000-01');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('month harus antara 2000-01 dan 2099-12');
  });
});
