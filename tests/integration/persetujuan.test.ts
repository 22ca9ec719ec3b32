/**
 * What was approved is what goes online (SOP 21 langkah 4, SOP 20 langkah 7): editing rights per
 * stage on every path content changes by (content manager, REST, the document service called as
 * a person, the media library's own routes), the approval fingerprint checked on every publish
 * path, and the data migration for items approved before it. Pemisahan tugas lives in
 * pemisahan-tugas.test.ts, the history chain in rantai-riwayat.test.ts, the files frozen once online
 * or approved in tanpa-keputusan.test.ts. Every refusal reads the item, its history and its files
 * back to show that nothing changed.
 */
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { unggahBerkas } from '../helpers/berkas';
import {
  cmUid as cm,
  http,
  jalur,
  UID_DISPOSISI as DISPOSISI,
  UID_LIPUTAN as LIPUTAN,
  UID_MEDSOS,
} from '../helpers/http';
import { gantiIsiBerkasDiLuarSistem, isiBerkas } from '../helpers/keadaan';
import { buatPengguna, type Pengguna, SEMUA_PERAN, tokenApi, sebagai } from '../helpers/pengguna';
import {
  buatKontenMedsos,
  buatLiputan,
  disposisiSampaiRedaktur,
  klasifikasikan,
  medsosSampaiTahap,
  narasi,
  potret,
  tanggalWibRelatif,
} from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

const tautanInstagram = { platform: 'instagram', url: 'https://www.instagram.com/p/uji/' };

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  strapi = await mulaiStrapi();
  for (const kode of SEMUA_PERAN) p[kode] = await buatPengguna(strapi, [kode]);
  p.super = await buatPengguna(strapi, ['strapi-super-admin']);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const transisi = (documentId: string, siapa: string, body: object, uid = UID_MEDSOS) =>
  http(strapi, p[siapa]).post(jalur.transisi(documentId, uid), body);

const buatKonten = (data: Record<string, unknown> = {}) =>
  buatKontenMedsos(strapi, p['tim-pelaksana'], data);

/** Walk an item from where it stands up to a stage, each step by its own role. */
const sampaiTahap = (documentId: string, tahap: string) =>
  medsosSampaiTahap(strapi, p, documentId, tahap);

/** What a refusal must leave untouched: the stage, the history, what is online, and the content itself. */
async function keadaan(documentId: string, uid = UID_MEDSOS) {
  const { tahap, versi, riwayat } = await potret(strapi, documentId, uid);
  const draf = await strapi
    .documents(uid as typeof UID_MEDSOS)
    .findOne({ documentId, status: 'draft', populate: '*' });
  const konten = strapi.plugin('redaksi').service('sidik').nilai(uid, draf);
  return { tahap, versi, riwayat, konten };
}

describe('hak sunting per tahap SOP 21', () => {
  it("lets only the stage's own role edit, on the content manager, REST and the document service; others get 403 and nothing changes", async () => {
    const documentId = await buatKonten();
    const token = await tokenApi(strapi);
    // stage -> [who may edit (field), who may not]
    const rencana: Array<[string, { siapa: string; data: object } | null, string[]]> = [
      [
        'draf',
        { siapa: 'tim-pelaksana', data: { caption: 'Caption draf' } },
        ['admin-medsos', 'wakil-pemimpin-redaksi'],
      ],
      ['diserahkan', null, ['tim-pelaksana', 'admin-medsos', 'wakil-pemimpin-redaksi']],
      [
        'pemeriksaan',
        { siapa: 'wakil-pemimpin-redaksi', data: { caption: 'Caption dikoreksi Wakil' } },
        ['tim-pelaksana', 'admin-medsos'],
      ],
      ['keputusan', null, ['tim-pelaksana', 'wakil-pemimpin-redaksi', 'pemimpin-redaksi']],
      [
        'disetujui',
        { siapa: 'admin-medsos', data: { tautan: [tautanInstagram] } },
        ['tim-pelaksana', 'wakil-pemimpin-redaksi'],
      ],
    ];
    for (const [tahap, boleh, tidak] of rencana) {
      await sampaiTahap(documentId, tahap);
      const sebelum = await keadaan(documentId);
      for (const siapa of tidak) {
        const res = await http(strapi, p[siapa]).put(jalur.cmDokumen(documentId), {
          caption: `Diubah ${siapa}`,
        });
        expect({ tahap, siapa, status: res.status }).toEqual({ tahap, siapa, status: 403 });
        expect(res.body.error.name).toBe('PolicyError');
      }
      await http(strapi, token)
        .put(jalur.restDokumen(documentId), { data: { caption: 'Lewat REST' } })
        .expect(403);
      await expect(
        sebagai(strapi, p[tidak[0]], () =>
          strapi
            .documents(UID_MEDSOS)
            .update({ documentId, data: { caption: 'Dari kode' } as never }),
        ),
      ).rejects.toMatchObject({ name: 'PolicyError' });
      expect(await keadaan(documentId)).toEqual(sebelum);

      if (boleh) {
        await http(strapi, p[boleh.siapa]).put(jalur.cmDokumen(documentId), boleh.data).expect(200);
        await sebagai(strapi, p[boleh.siapa], () =>
          strapi.documents(UID_MEDSOS).update({ documentId, data: boleh.data as never }),
        );
      }
    }
  });

  it('says who may edit and why in Indonesian, and the panel shows the lock', async () => {
    const documentId = await buatKonten();
    await sampaiTahap(documentId, 'keputusan');
    const res = await http(strapi, p['tim-pelaksana'])
      .put(jalur.cmDokumen(documentId), { caption: 'x' })
      .expect(403);
    expect(res.body.error.message).toBe(
      'Terkunci: menunggu Pemimpin Redaksi (Penanggung Jawab). Isi dokumen pada tahap "Keputusan Pemimpin Redaksi" tidak dapat diubah oleh siapa pun (SOP 21/2025): yang ditinjau dan diputuskan adalah yang tayang. Untuk memperbaikinya: aksi "Kembalikan ke Wakil Pemimpin Redaksi" (Pemimpin Redaksi (Penanggung Jawab)).',
    );
    expect(res.body.error.details).toMatchObject({ kode: 'sunting-terkunci', field: ['caption'] });
    const view = await http(strapi, p['tim-pelaksana']).get(jalur.redaksi(documentId)).expect(200);
    expect(view.body.data.sunting).toMatchObject({
      boleh: false,
      pesan: expect.stringMatching(/^Terkunci: /),
    });
  });

  it('refuses a Save of the whole form only for what really changed: the links after approval, nothing else', async () => {
    const documentId = await buatKonten();
    await sampaiTahap(documentId, 'disetujui');
    const form = (
      await http(strapi, p['admin-medsos']).get(jalur.cmDokumen(documentId)).expect(200)
    ).body.data;
    // The admin panel sends every field back; only tautan differs.
    await http(strapi, p['admin-medsos'])
      .put(jalur.cmDokumen(documentId), { ...form, tautan: [tautanInstagram] })
      .expect(200);
    const sebelum = await keadaan(documentId);
    const res = await http(strapi, p['admin-medsos']).put(jalur.cmDokumen(documentId), {
      ...form,
      caption: 'Caption baru',
      tautan: [tautanInstagram],
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(
      'hanya tautan yang dapat diubah; caption sudah diputuskan',
    );
    expect(await keadaan(documentId)).toEqual(sebelum);
  });

  it('freezes the activity date once submitted, even after the item is returned', async () => {
    const documentId = await buatKonten({ tanggalKegiatan: tanggalWibRelatif(-1) });
    await sampaiTahap(documentId, 'pemeriksaan');
    await transisi(documentId, 'wakil-pemimpin-redaksi', {
      action: 'kembalikan',
      note: 'Perbaiki caption',
    }).expect(200);
    const sebelum = await keadaan(documentId);
    const res = await http(strapi, p['tim-pelaksana'])
      .put(jalur.cmDokumen(documentId), { tanggalKegiatan: tanggalWibRelatif(0) })
      .expect(403);
    expect(res.body.error.details.kode).toBe('field-tetap');
    await http(strapi, p.super)
      .put(jalur.cmDokumen(documentId), { tanggalKegiatan: tanggalWibRelatif(0) })
      .expect(403);
    expect(await keadaan(documentId)).toEqual(sebelum);
    await http(strapi, p['tim-pelaksana'])
      .put(jalur.cmDokumen(documentId), { caption: 'Caption diperbaiki' })
      .expect(200);
  });
});

describe('hak sunting per tahap SOP 20', () => {
  it("lets only the stage's own role edit an article, on the content manager, REST and the document service", async () => {
    const id = await buatLiputan(strapi, p, { judul: 'Per tahap SOP 20' });
    const token = await tokenApi(strapi);
    const foto = await unggahBerkas(strapi, 1);
    // stage: [the step that leads there], who may edit, who may not
    const rencana: Array<[string, [string, object] | null, string | null, string[]]> = [
      [
        'proyeksi',
        null,
        'koordinator-liputan',
        ['tim-peliputan', 'redaktur-pelaksana', 'ppid-pembantu'],
      ],
      [
        'penugasan',
        ['koordinator-liputan', { action: 'teruskan' }],
        'redaktur-pelaksana',
        ['koordinator-liputan', 'tim-peliputan'],
      ],
      [
        'penyusunan',
        ['redaktur-pelaksana', { action: 'tugaskan', assignees: [p['tim-peliputan'].id] }],
        'tim-peliputan',
        ['redaktur-pelaksana', 'tim-pasca-produksi', 'sekretaris-redaksi'],
      ],
      [
        'koreksi',
        ['tim-peliputan', { action: 'ajukan' }],
        'sekretaris-redaksi',
        ['tim-peliputan', 'verifikator'],
      ],
      // The Verifikator edits no content, only the classification (UU 14/2008) they decide on.
      [
        'verifikasi',
        ['sekretaris-redaksi', { action: 'teruskan' }],
        'verifikator',
        ['sekretaris-redaksi', 'verifikator', 'tim-peliputan'],
      ],
      [
        'terverifikasi',
        ['verifikator', { action: 'setujui' }],
        null,
        ['staf-sekretariat', 'verifikator', 'pemimpin-redaksi'],
      ],
    ];
    for (const [tahap, langkah, boleh, tidak] of rencana) {
      if (langkah) await transisi(id, langkah[0], langkah[1], LIPUTAN).expect(200);
      expect((await keadaan(id, LIPUTAN)).tahap).toBe(tahap);
      const sebelum = await keadaan(id, LIPUTAN);
      for (const siapa of tidak) {
        const ubah = await http(strapi, p[siapa]).put(cm(LIPUTAN, id), {
          ringkasan: `Diubah ${siapa}`,
        });
        expect({ tahap, siapa, status: ubah.status }).toEqual({ tahap, siapa, status: 403 });
      }
      await http(strapi, token)
        .put(`/api/liputans/${id}`, { data: { ringkasan: 'Lewat REST' } })
        .expect(403);
      await expect(
        sebagai(strapi, p[tidak[0]], () =>
          strapi
            .documents(LIPUTAN)
            .update({ documentId: id, data: { ringkasan: 'Dari kode' } as never }),
        ),
      ).rejects.toMatchObject({ name: 'PolicyError' });
      expect(await keadaan(id, LIPUTAN)).toEqual(sebelum);
      if (boleh) {
        const klasifikasi = tahap === 'verifikasi';
        const isi =
          tahap === 'penyusunan'
            ? { ringkasan: `Ringkasan ${tahap}`, isi: narasi, foto }
            : klasifikasi
              ? { klasifikasi: 'berkala' }
              : { ringkasan: `Ringkasan ${tahap}` };
        await http(strapi, p[boleh]).put(cm(LIPUTAN, id), isi).expect(200);
        await sebagai(strapi, p[boleh], () =>
          strapi.documents(LIPUTAN).update({
            documentId: id,
            data: (klasifikasi
              ? { klasifikasi: 'setiap-saat' }
              : { ringkasan: `Kode ${tahap}` }) as never,
          }),
        );
      }
    }

    // After verification, a Super Admin's edit never goes online on any publish path.
    await http(strapi, p.super)
      .put(cm(LIPUTAN, id), { ringkasan: 'Tidak diverifikasi' })
      .expect(200);
    const sebelum = await keadaan(id, LIPUTAN);
    const jalurTerbit = [
      await http(strapi, p['staf-sekretariat']).post(`${cm(LIPUTAN, id)}/actions/publish`),
      await http(strapi, p['staf-sekretariat']).post(`${cm(LIPUTAN)}/actions/bulkPublish`, {
        documentIds: [id],
      }),
    ];
    for (const terbit of jalurTerbit) {
      expect(terbit.status).toBe(400);
      expect(terbit.body.error.message).toContain('Konten berubah sejak disetujui: ringkasan');
    }
    // REST publishes only for people: a token is refused before the content is considered.
    await http(strapi, token).put(`/api/liputans/${id}?status=published`, { data: {} }).expect(403);
    await expect(
      sebagai(strapi, p['staf-sekretariat'], () =>
        strapi.documents(LIPUTAN).publish({ documentId: id }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      details: {
        syarat: [
          expect.objectContaining({ kode: 'konten-sesuai-persetujuan', field: 'ringkasan' }),
        ],
      },
    });
    expect(await keadaan(id, LIPUTAN)).toEqual(sebelum);
    expect(
      await strapi.db
        .query(LIPUTAN)
        .count({ where: { documentId: id, publishedAt: { $notNull: true } } }),
    ).toBe(0);
  });
});

describe('sidik persetujuan: yang disetujui adalah yang tayang', () => {
  it('refuses every publish path after the approved content changed, names the fields, and publishes after a new decision', async () => {
    const documentId = await buatKonten({ tautan: [tautanInstagram] });
    await sampaiTahap(documentId, 'disetujui');
    const token = await tokenApi(strapi);
    const suntinganLuarSop = async () =>
      (
        await http(strapi, p['pemimpin-redaksi'])
          .get(`/redaksi/recap?month=${tanggalWibRelatif(0).slice(0, 7)}&format=json`)
          .expect(200)
      ).body.data.mediaSosial.suntinganLuarSop as number;
    const luarSopSebelum = await suntinganLuarSop();

    // A Super Admin may edit: allowed, and recorded as outside the SOP with the field.
    await http(strapi, p.super)
      .put(jalur.cmDokumen(documentId), { caption: 'Caption yang tidak diputuskan' })
      .expect(200);
    const view = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(view.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'sunting-luar-sop',
      peran: 'super-admin',
      field: ['caption'],
      pengecualian: 'sunting-luar-sop',
    });
    expect(view.body.data.sidik.berubah).toEqual(['caption']);
    // This edit is counted in the month's recap: one more, not merely some.
    expect(await suntinganLuarSop()).toBe(luarSopSebelum + 1);
    expect(view.body.data.syarat).toContainEqual(
      expect.objectContaining({
        kode: 'konten-sesuai-persetujuan',
        terpenuhi: false,
        pesan: expect.stringContaining('Konten berubah sejak disetujui: caption'),
      }),
    );

    const sebelum = await keadaan(documentId);
    const tolak = [
      await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)),
      await http(strapi, p['admin-medsos']).post(jalur.cmBulkPublish, {
        documentIds: [documentId],
      }),
    ];
    await http(strapi, token)
      .put(`${jalur.restDokumen(documentId)}?status=published`, { data: {} })
      .expect(403);
    for (const res of tolak) {
      expect(res.status).toBe(400);
      expect(res.body.error.details.syarat.map((s: { kode: string }) => s.kode)).toEqual([
        'konten-sesuai-persetujuan',
      ]);
      expect(res.body.error.message).toContain('Minta Keputusan Ulang');
    }
    await expect(
      sebagai(strapi, p['admin-medsos'], () =>
        strapi.documents(UID_MEDSOS).publish({ documentId }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(strapi.documents(UID_MEDSOS).publish({ documentId })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    expect(await keadaan(documentId)).toEqual(sebelum);
    expect((await potret(strapi, documentId)).terbit).toBe(0);

    // The way back: a new decision on the content as it now is.
    await transisi(documentId, 'admin-medsos', { action: 'kembalikan' }).expect(400);
    await transisi(documentId, 'admin-medsos', {
      action: 'kembalikan',
      note: 'Caption berubah, mohon diputuskan ulang',
    }).expect(200);
    await transisi(documentId, 'pemimpin-redaksi', { action: 'setujui' }).expect(200);
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);

    // From the history alone: the publication carries the fingerprint of the content approved.
    const akhir = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    const baris = akhir.body.data.riwayat;
    const setuju = baris.filter((r: { aksi: string }) => r.aksi === 'setujui').at(-1);
    const unggah = baris.at(-1);
    expect(unggah.aksi).toBe('unggah');
    expect(unggah.sidik.field).toEqual(setuju.sidik.field);
    expect(akhir.body.data.rantai).toMatchObject({ utuh: true, rusakPada: null });
  });

  it('after upload, lets Admin Medsos only add links; an edit of the content is never republished unreviewed', async () => {
    const documentId = await buatKonten({ tautan: [tautanInstagram] });
    await sampaiTahap(documentId, 'disetujui');
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    const tiktok = { platform: 'tiktok', url: 'https://www.tiktok.com/@kpusumbar/video/1' };

    const sebelum = await keadaan(documentId);
    await http(strapi, p['admin-medsos'])
      .put(jalur.cmDokumen(documentId), { tautan: [tiktok] })
      .expect(403);
    await http(strapi, p['admin-medsos'])
      .put(jalur.cmDokumen(documentId), {
        caption: 'Caption baru',
        tautan: [tautanInstagram, tiktok],
      })
      .expect(403);
    expect(await keadaan(documentId)).toEqual(sebelum);
    await http(strapi, p['admin-medsos'])
      .put(jalur.cmDokumen(documentId), { tautan: [tautanInstagram, tiktok] })
      .expect(200);
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);

    // Edit the draft (as a Super Admin can), then Publish again: refused until decided again.
    await http(strapi, p.super)
      .put(jalur.cmDokumen(documentId), { caption: 'Diubah setelah diunggah' })
      .expect(200);
    const online = await strapi.db
      .query(UID_MEDSOS)
      .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
    const res = await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(400);
    expect(res.body.error.message).toContain('Konten berubah sejak disetujui: caption');
    const masih = await strapi.db
      .query(UID_MEDSOS)
      .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
    expect(masih.caption).toBe(online.caption);
  });

  it("SOP 20: an edit after verification is refused to the makers, and a Super Admin's edit never goes online unverified", async () => {
    const id = await buatLiputan(strapi, p, { judul: 'Pleno rekapitulasi suara' });
    await transisi(id, 'koordinator-liputan', { action: 'teruskan' }, LIPUTAN).expect(200);
    await transisi(
      id,
      'redaktur-pelaksana',
      { action: 'tugaskan', assignees: [p['tim-peliputan'].id] },
      LIPUTAN,
    ).expect(200);
    await http(strapi, p['tim-peliputan'])
      .put(cm(LIPUTAN, id), {
        ringkasan: 'Ringkasan',
        isi: narasi,
        foto: await unggahBerkas(strapi, 1),
      })
      .expect(200);
    await transisi(id, 'tim-peliputan', { action: 'ajukan' }, LIPUTAN).expect(200);
    await transisi(id, 'sekretaris-redaksi', { action: 'teruskan' }, LIPUTAN).expect(200);
    await klasifikasikan(strapi, p.verifikator, id);
    await transisi(id, 'verifikator', { action: 'setujui' }, LIPUTAN).expect(200);

    const sebelum = await keadaan(id, LIPUTAN);
    for (const siapa of [
      'tim-peliputan',
      'sekretaris-redaksi',
      'verifikator',
      'staf-sekretariat',
    ]) {
      const ubah = await http(strapi, p[siapa]).put(cm(LIPUTAN, id), {
        ringkasan: 'Tidak diverifikasi',
      });
      expect({ siapa, status: ubah.status }).toEqual({ siapa, status: 403 });
    }
    expect(await keadaan(id, LIPUTAN)).toEqual(sebelum);

    await http(strapi, p.super)
      .put(cm(LIPUTAN, id), { ringkasan: 'Tidak diverifikasi' })
      .expect(200);
    const tolak = await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(400);
    expect(tolak.body.error.message).toContain('Konten berubah sejak disetujui: ringkasan');
    expect(tolak.body.error.message).toContain('Kembalikan untuk Dikoreksi');
    await transisi(
      id,
      'staf-sekretariat',
      { action: 'kembalikan', note: 'Ringkasan berubah' },
      LIPUTAN,
    ).expect(200);
    expect((await keadaan(id, LIPUTAN)).tahap).toBe('koreksi');
  });
});

describe('pustaka media adalah bagian dari dokumen', () => {
  async function jpeg(warna: number) {
    return sharp({
      create: { width: 40, height: 30, channels: 3, background: { r: warna, g: 10, b: 10 } },
    })
      .jpeg()
      .toBuffer();
  }

  it('refuses replacing, deleting or describing a photo of a submitted item on every upload route, and nothing changes', async () => {
    const foto = await unggahBerkas(strapi, 4);
    const documentId = await buatKonten({ dokumentasi: foto });
    await sampaiTahap(documentId, 'diserahkan');
    const token = await tokenApi(strapi);
    const sebelum = { item: await keadaan(documentId), berkas: await isiBerkas(strapi, foto[0]) };

    for (const siapa of ['ppid-pembantu', 'tim-pelaksana', 'verifikator']) {
      const u = () => http(strapi, p[siapa]);
      // Each upload route by its name, so that a failure says which one let the change through.
      const jawaban = {
        ganti: await u()
          .multipart(`/upload?id=${foto[0]}`)
          .attach('files', await jpeg(200), 'lain.jpg'),
        gantiLewatReplace: await u()
          .multipart(`/upload/files/${foto[0]}/replace`)
          .attach('files', await jpeg(201), 'lain.jpg'),
        keterangan: await u()
          .multipart(`/upload?id=${foto[0]}`)
          .field('fileInfo', JSON.stringify({ alternativeText: 'diubah' })),
        keteranganLewatPut: await u().put(`/upload/files/${foto[0]}`, {
          fileInfo: { alternativeText: 'diubah' },
        }),
        ubahMassal: await u().post('/upload/actions/bulk-update', {
          updates: [{ id: foto[0], fileInfo: { alternativeText: 'diubah' } }],
        }),
        hapus: await u().delete(`/upload/files/${foto[0]}`),
        hapusMassal: await u().post('/upload/actions/bulk-delete', { fileIds: [foto[1]] }),
      };
      for (const [rute, res] of Object.entries(jawaban)) {
        expect({ siapa, rute, status: res.status }).toEqual({ siapa, rute, status: 403 });
      }
    }
    const viaApi = await http(strapi, token)
      .multipart(`/api/upload?id=${foto[0]}`)
      .attach('files', await jpeg(202), 'lain.jpg');
    expect(viaApi.status).toBe(403);
    await http(strapi, token).delete(`/api/upload/files/${foto[0]}`).expect(403);

    expect({ item: await keadaan(documentId), berkas: await isiBerkas(strapi, foto[0]) }).toEqual(
      sebelum,
    );
    expect(
      await strapi.db.query('plugin::upload.file').count({ where: { id: { $in: foto } } }),
    ).toBe(4);
    // Moving a photo between folders changes nothing of the item: allowed.
    const folder = await http(strapi, p['tim-pelaksana'])
      .post('/upload/folders', { name: `Kegiatan ${documentId}`, parent: null })
      .expect(201);
    await http(strapi, p['tim-pelaksana'])
      .post('/upload/actions/bulk-move', {
        fileIds: [foto[0]],
        destinationFolderId: folder.body.data.id,
      })
      .expect(200);
    // Deleting that folder would delete the photo with it: refused too.
    await http(strapi, p['tim-pelaksana'])
      .post('/upload/actions/bulk-delete', { folderIds: [folder.body.data.id] })
      .expect(403);
    expect({ item: await keadaan(documentId), berkas: await isiBerkas(strapi, foto[0]) }).toEqual(
      sebelum,
    );
  });

  it('lets the role that may edit the item change its photo, and records it; after approval the fingerprint catches a replaced file', async () => {
    const foto = await unggahBerkas(strapi, 4);
    const documentId = await buatKonten({ dokumentasi: foto, tautan: [tautanInstagram] });
    await http(strapi, p['tim-pelaksana'])
      .multipart(`/upload?id=${foto[0]}`)
      .attach('files', await jpeg(90), 'ganti.jpg')
      .expect(200);
    const draf = await http(strapi, p['tim-pelaksana']).get(jalur.redaksi(documentId)).expect(200);
    // The draft has no history yet but its state: the change is recorded all the same.
    expect(draf.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'ubah-berkas',
      field: ['dokumentasi'],
      peran: 'tim-pelaksana',
    });

    await sampaiTahap(documentId, 'disetujui');
    // Approved content is frozen for everyone, a Super Admin too (tanpa-keputusan.test.ts covers every route).
    for (const siapa of ['admin-medsos', 'super']) {
      await http(strapi, p[siapa])
        .multipart(`/upload?id=${foto[1]}`)
        .attach('files', await jpeg(91), 'ganti.jpg')
        .expect(403);
    }
    // Beneath the system (another tool writing the disk and the table): same id, same name, same
    // url, only the bytes differ. The fingerprint still catches it on publication.
    await gantiIsiBerkasDiLuarSistem(strapi, foto[1], await jpeg(92));
    const res = await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(400);
    expect(res.body.error.message).toContain('Konten berubah sejak disetujui: dokumentasi');
  });
});

describe('draf yang belum melangkah', () => {
  it('can still be deleted by its maker after a recorded photo change', async () => {
    const foto = await unggahBerkas(strapi, 4);
    const documentId = await buatKonten({ dokumentasi: foto });
    const jpeg = await sharp({
      create: { width: 40, height: 30, channels: 3, background: { r: 5, g: 200, b: 5 } },
    })
      .jpeg()
      .toBuffer();
    await http(strapi, p['tim-pelaksana'])
      .multipart(`/upload?id=${foto[0]}`)
      .attach('files', jpeg, 'ganti.jpg')
      .expect(200);
    await http(strapi, p['tim-pelaksana']).delete(jalur.cmDokumen(documentId)).expect(200);
    expect(await strapi.db.query(UID_MEDSOS).count({ where: { documentId } })).toBe(0);
  });
});

describe('jalan pintas lain yang ditemukan', () => {
  it('reserves ajukan to the assigned team and buat-liputan to the assigned Redaktur', async () => {
    const id = await buatLiputan(strapi, p, { judul: 'Penugasan' });
    await transisi(id, 'koordinator-liputan', { action: 'teruskan' }, LIPUTAN).expect(200);
    const lain = await buatPengguna(strapi, ['tim-peliputan']);
    await transisi(
      id,
      'redaktur-pelaksana',
      { action: 'tugaskan', assignees: [lain.id] },
      LIPUTAN,
    ).expect(200);
    await http(strapi, lain)
      .put(cm(LIPUTAN, id), { ringkasan: 'R', isi: narasi, foto: await unggahBerkas(strapi, 1) })
      .expect(200);
    const sebelum = await keadaan(id, LIPUTAN);
    const tolak = await transisi(id, 'tim-peliputan', { action: 'ajukan' }, LIPUTAN).expect(403);
    expect(tolak.body.error.message).toContain('yang ditugaskan');
    await http(strapi, p['tim-peliputan'])
      .put(cm(LIPUTAN, id), { ringkasan: 'Bukan penugasan saya' })
      .expect(403);
    expect(await keadaan(id, LIPUTAN)).toEqual(sebelum);
    await http(strapi, lain).post(jalur.transisi(id, LIPUTAN), { action: 'ajukan' }).expect(200);

    const d = await http(strapi, p['ppid-pembantu'])
      .post(cm(DISPOSISI), { perihal: 'Uji penugasan', asal: 'PPID' })
      .expect(201);
    const diRedaktur = await disposisiSampaiRedaktur(strapi, p, d.body.data.documentId);
    const redakturLain = await buatPengguna(strapi, ['redaktur-pelaksana']);
    await http(strapi, redakturLain)
      .post(jalur.transisi(diRedaktur, DISPOSISI), { action: 'buat-liputan', judul: 'Uji' })
      .expect(403);
    await transisi(
      diRedaktur,
      'redaktur-pelaksana',
      { action: 'buat-liputan', judul: 'Uji penugasan' },
      DISPOSISI,
    ).expect(200);
  });

  it('keeps agenda numbers to the engine: not set, not edited, not copied by a clone', async () => {
    const d = await http(strapi, p['ppid-pembantu'])
      .post(cm(DISPOSISI), { perihal: 'Nomor agenda', asal: 'PPID' })
      .expect(201);
    const { documentId, nomorAgenda } = d.body.data;
    expect(nomorAgenda).toMatch(/^\d{3}\/DISP\/\d{4}$/);
    const sebelum = await keadaan(documentId, DISPOSISI);
    const ubah = await http(strapi, p['ppid-pembantu'])
      .put(cm(DISPOSISI, documentId), { nomorAgenda: '999/DISP/2025' })
      .expect(403);
    expect(ubah.body.error.details.kode).toBe('field-mesin');
    const palsu = await http(strapi, p['ppid-pembantu']).post(cm(DISPOSISI), {
      perihal: 'Nomor palsu',
      asal: 'PPID',
      nomorAgenda: nomorAgenda,
    });
    expect(palsu.status).toBe(403);
    const induk = await http(strapi, p['ppid-pembantu']).post(cm(DISPOSISI), {
      perihal: 'Anak palsu',
      asal: 'PPID',
      induk: { connect: [{ documentId }] },
    });
    expect(induk.status).toBe(403);
    expect(await keadaan(documentId, DISPOSISI)).toEqual(sebelum);

    const klon = await http(strapi, p['ppid-pembantu'])
      .post(`${cm(DISPOSISI)}/clone/${documentId}`, { perihal: 'Salinan' })
      .expect(200);
    const tersimpan = await strapi.db
      .query(DISPOSISI)
      .findOne({ where: { documentId: klon.body.data.documentId } });
    expect(tersimpan.nomorAgenda).toMatch(/^\d{3}\/DISP\/\d{4}$/);
    expect(tersimpan.nomorAgenda).not.toBe(nomorAgenda);
    expect(klon.body.data.nomorAgenda).toBe(tersimpan.nomorAgenda);
  });

  it('keeps a forwarded sheet read-only', async () => {
    const d = await http(strapi, p['ppid-pembantu'])
      .post(cm(DISPOSISI), { perihal: 'Sudah diteruskan', asal: 'PPID' })
      .expect(201);
    const { documentId } = d.body.data;
    await transisi(documentId, 'ppid-pembantu', { action: 'teruskan' }, DISPOSISI).expect(200);
    const sebelum = await keadaan(documentId, DISPOSISI);
    await http(strapi, p['ppid-pembantu'])
      .put(cm(DISPOSISI, documentId), { perihal: 'Diubah setelah diteruskan' })
      .expect(403);
    expect(await keadaan(documentId, DISPOSISI)).toEqual(sebelum);
  });
});

describe('migrasi data untuk item yang sudah ada', () => {
  it("gives items already approved their fingerprint and old history rows their chain, through Strapi's migrations", async () => {
    const disetujui = await buatKonten({ tautan: [tautanInstagram] });
    await sampaiTahap(disetujui, 'disetujui');
    const keputusan = await buatKonten();
    await sampaiTahap(keputusan, 'keputusan');
    const status = () =>
      strapi.db
        .connection('redaksi_status_alur')
        .whereIn('dokumen_id', [disetujui, keputusan])
        .orderBy('dokumen_id');
    const asli = (await status()).find(
      (row: { dokumen_id: string }) => row.dokumen_id === disetujui,
    );
    const sidikAsli =
      typeof asli.sidik_disetujui === 'string'
        ? JSON.parse(asli.sidik_disetujui)
        : asli.sidik_disetujui;

    // The database as the previous release left it: no fingerprints, no chain, migration not run.
    await strapi.db
      .connection('redaksi_status_alur')
      .whereIn('dokumen_id', [disetujui, keputusan])
      .update({ sidik_disetujui: null });
    await strapi.db
      .connection('redaksi_riwayat')
      .whereIn('dokumen_id', [disetujui, keputusan])
      .update({ hash: null, hash_sebelum: null });
    await strapi.db
      .connection('strapi_migrations')
      .where('name', 'like', '%sidik-persetujuan%')
      .delete();

    await strapi.db.migrations.up();

    const sesudah = await status();
    const baris = (id: string) =>
      sesudah.find((row: { dokumen_id: string }) => row.dokumen_id === id);
    const sidik = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
    // The migration reads with plain SQL; the engine through Strapi: the same content gives the same fingerprint.
    expect(sidik(baris(disetujui).sidik_disetujui)).toEqual(sidikAsli);
    expect(baris(keputusan).sidik_disetujui).toBeNull();
    for (const id of [disetujui, keputusan]) {
      const view = await http(strapi, p['admin-medsos']).get(jalur.redaksi(id)).expect(200);
      expect(view.body.data.rantai).toMatchObject({ utuh: true, rusakPada: null });
    }
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(disetujui)).expect(200);
  });
});
