/**
 * SOP 20 on the same engine: a disposition from the PPID officer through the Penanggung Jawab
 * and the secretariat to the Redaktur Pelaksana, the Liputan that carries it out through every
 * stage with the right role (every other role refused), both `kembalikan` loops, the
 * re-verification after an edit of a published article, the takedown, and the slug.
 */
import type { Core } from '@strapi/strapi';
import { teksPdf, unggahBerkas } from '../helpers/berkas';
import {
  cmUid as cm,
  http,
  parserBiner,
  UID_DISPOSISI as DISPOSISI,
  UID_LIPUTAN as LIPUTAN,
} from '../helpers/http';
import { buatPengguna, type Pengguna, SEMUA_PERAN as PERAN, tokenApi } from '../helpers/pengguna';
import {
  buatDisposisi as buatDisposisiSop,
  buatLiputan,
  disposisiSampaiRedaktur,
  harapLangkahTerakhir,
  jalankanLangkah,
  klasifikasikan,
  LANGKAH_SOP_20_SESUDAH_DITULIS,
  narasi,
  padaJam,
  potret,
  tanggalWibRelatif,
} from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

const redaksi = (uid: string, documentId: string) => `/redaksi/documents/${uid}/${documentId}`;

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  strapi = await mulaiStrapi();
  for (const kode of PERAN) p[kode] = await buatPengguna(strapi, [kode]);
  p['tim-peliputan-lain'] = await buatPengguna(strapi, ['tim-peliputan']);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const transisi = (uid: string, documentId: string, siapa: string, body: object) =>
  http(strapi, p[siapa]).post(`${redaksi(uid, documentId)}/transitions`, body);

async function tahap(uid: string, documentId: string): Promise<string> {
  return (
    await strapi.db
      .query('plugin::redaksi.status-alur')
      .findOne({ where: { dokumenId: documentId } })
  ).tahap;
}

async function jumlahRiwayat(documentId: string): Promise<number> {
  return strapi.db.query('plugin::redaksi.riwayat').count({ where: { dokumenId: documentId } });
}

/** Every role but the allowed ones is refused with 403, and nothing changes. */
async function lainDitolak(
  uid: string,
  documentId: string,
  action: string,
  boleh: string[],
  body: object = {},
) {
  const sebelum = [await tahap(uid, documentId), await jumlahRiwayat(documentId)];
  for (const kode of PERAN.filter((k) => !boleh.includes(k))) {
    const res = await transisi(uid, documentId, kode, { action, note: 'catatan', ...body });
    expect({ kode, status: res.status }).toEqual({ kode, status: 403 });
  }
  expect([await tahap(uid, documentId), await jumlahRiwayat(documentId)]).toEqual(sebelum);
}

/** A stage's own role sends the article back with a note (no other role may), to the stage `ke`. */
async function kembalikan(id: string, siapa: string, note: string, ke: string) {
  await lainDitolak(LIPUTAN, id, 'kembalikan', [siapa]);
  await transisi(LIPUTAN, id, siapa, { action: 'kembalikan', note }).expect(200);
  expect(await tahap(LIPUTAN, id)).toBe(ke);
}

const buatDisposisi = (data: Record<string, unknown> = {}) =>
  buatDisposisiSop(strapi, p['ppid-pembantu'], data);

async function anakDari(documentId: string): Promise<string> {
  const induk = await strapi.db
    .query(DISPOSISI)
    .findOne({ where: { documentId }, populate: { turunan: true } });
  expect(induk.turunan).toHaveLength(1);
  return induk.turunan[0].documentId;
}

/** The article written by the assigned team (or, before assignment, by whoever plans it). */
async function lengkapiLiputan(documentId: string, jumlahFoto = 1, siapa = 'tim-peliputan') {
  await http(strapi, p[siapa])
    .put(cm(LIPUTAN, documentId), {
      judul: 'KPU Sumbar Tetapkan DPT Pemilihan 2025',
      ringkasan: 'Rapat pleno terbuka menetapkan daftar pemilih tetap.',
      isi: narasi,
      foto: await unggahBerkas(strapi, jumlahFoto),
      kategori: 'berita',
      tanggalKegiatan: tanggalWibRelatif(0),
    })
    .expect(200);
}

describe('disposisi dari PPID sampai liputan tayang', () => {
  it('walks the whole chain with the right role at every step, and closes the disposition on publication', async () => {
    const root = await buatDisposisi();
    expect(root.nomorAgenda).toMatch(/^\d{3}\/DISP\/\d{4}$/);
    expect(await tahap(DISPOSISI, root.documentId)).toBe('ppid');

    // PPID Pembantu -> Penanggung Jawab
    await lainDitolak(DISPOSISI, root.documentId, 'teruskan', ['ppid-pembantu']);
    await transisi(DISPOSISI, root.documentId, 'ppid-pembantu', {
      action: 'teruskan',
      note: 'Untuk dipublikasikan',
    }).expect(200);
    const diPimpinan = await anakDari(root.documentId);
    expect(await tahap(DISPOSISI, diPimpinan)).toBe('pimpinan');
    const antreanPimpinan = await http(strapi, p['pemimpin-redaksi'])
      .get('/redaksi/queue')
      .expect(200);
    expect(antreanPimpinan.body.data.map((i: { documentId: string }) => i.documentId)).toContain(
      diPimpinan,
    );

    // Penanggung Jawab -> Sekretariat
    await lainDitolak(DISPOSISI, diPimpinan, 'teruskan', ['pemimpin-redaksi']);
    await transisi(DISPOSISI, diPimpinan, 'pemimpin-redaksi', {
      action: 'teruskan',
      note: 'Segera tindak lanjuti',
    }).expect(200);
    const diSekretariat = await anakDari(diPimpinan);

    // Sekretaris Redaksi -> a named Redaktur Pelaksana
    await lainDitolak(DISPOSISI, diSekretariat, 'teruskan', ['sekretaris-redaksi'], {
      assignees: [p['redaktur-pelaksana'].id],
    });
    const tanpaTujuan = await transisi(DISPOSISI, diSekretariat, 'sekretaris-redaksi', {
      action: 'teruskan',
    }).expect(400);
    expect(tanpaTujuan.body.error.details.syarat[0].kode).toBe('penugasan');
    await transisi(DISPOSISI, diSekretariat, 'sekretaris-redaksi', {
      action: 'teruskan',
      assignees: [p['verifikator'].id],
    }).expect(400);
    await transisi(DISPOSISI, diSekretariat, 'sekretaris-redaksi', {
      action: 'teruskan',
      note: 'Susun berita',
      assignees: [p['redaktur-pelaksana'].id],
    }).expect(200);
    const diRedaktur = await anakDari(diSekretariat);
    const lembar = await http(strapi, p['redaktur-pelaksana'])
      .get(redaksi(DISPOSISI, diRedaktur))
      .expect(200);
    expect(lembar.body.data).toMatchObject({
      tahap: 'redaktur',
      ditugaskan: [{ id: p['redaktur-pelaksana'].id }],
    });
    expect(lembar.body.data.riwayat[0]).toMatchObject({
      aksi: 'terima-disposisi',
      ke: 'redaktur',
      peran: 'sekretaris-redaksi',
      note: 'Susun berita',
      aktor: { id: p['sekretaris-redaksi'].id },
    });
    const antreanRedaktur = await http(strapi, p['redaktur-pelaksana'])
      .get('/redaksi/queue')
      .expect(200);
    expect(
      antreanRedaktur.body.data.find((i: { documentId: string }) => i.documentId === diRedaktur),
    ).toMatchObject({ aksi: ['buat-liputan'] });

    // The Redaktur Pelaksana creates the Liputan from the disposition, under the title they
    // write (the dialog starts from the subject): it starts at penugasan.
    const { perihal } = await strapi.db
      .query(DISPOSISI)
      .findOne({ where: { documentId: diRedaktur } });
    expect(perihal).toBeTruthy();
    expect(
      lembar.body.data.aksi.find((a: { kode: string }) => a.kode === 'buat-liputan'),
    ).toMatchObject({
      siap: true,
      masukan: [{ kolom: 'judul', wajib: true, nilaiAwal: perihal }],
    });
    await lainDitolak(DISPOSISI, diRedaktur, 'buat-liputan', ['redaktur-pelaksana'], {
      judul: 'Judul',
    });
    const sebelum = await potret(strapi, diRedaktur, DISPOSISI);
    for (const judul of [undefined, '   ']) {
      const tanpaJudul = await transisi(DISPOSISI, diRedaktur, 'redaktur-pelaksana', {
        action: 'buat-liputan',
        ...(judul === undefined ? {} : { judul }),
      }).expect(400);
      expect(tanpaJudul.body.error.details.syarat).toEqual([
        expect.objectContaining({ kode: 'masukan-wajib', field: 'judul' }),
      ]);
    }
    await transisi(DISPOSISI, diRedaktur, 'redaktur-pelaksana', {
      action: 'buat-liputan',
      judul: 'x'.repeat(256),
    }).expect(400);
    expect(await potret(strapi, diRedaktur, DISPOSISI)).toEqual(sebelum);
    expect(
      await strapi.db.query(LIPUTAN).count({ where: { disposisi: { documentId: diRedaktur } } }),
    ).toBe(0);

    const dibuat = await transisi(DISPOSISI, diRedaktur, 'redaktur-pelaksana', {
      action: 'buat-liputan',
      judul: '  KPU Sumbar Tetapkan DPT  ',
    }).expect(200);
    const [liputan] = await strapi.db
      .query(LIPUTAN)
      .findMany({ where: { disposisi: { documentId: diRedaktur } } });
    const id = liputan.documentId as string;
    expect(liputan.judul).toBe('KPU Sumbar Tetapkan DPT');
    // The panel opens the new Liputan from the answer.
    expect(dibuat.body.meta).toEqual({ dibuat: { uid: LIPUTAN, documentId: id } });
    expect(await tahap(LIPUTAN, id)).toBe('penugasan');
    // The form locks what nobody edits by hand: the sheet's engine fields, the article's link.
    expect(lembar.body.data.sunting.mesin).toEqual(['nomorAgenda', 'induk', 'turunan', 'liputan']);
    const tampilanLiputan = await http(strapi, p['redaktur-pelaksana'])
      .get(redaksi(LIPUTAN, id))
      .expect(200);
    expect(tampilanLiputan.body.data.sunting).toMatchObject({
      tetap: [{ field: 'disposisi', pesan: expect.stringContaining('dikaitkan sekali') }],
    });

    // tugaskan: names the coverage team; only they see it in their queue.
    await lainDitolak(LIPUTAN, id, 'tugaskan', ['redaktur-pelaksana'], {
      assignees: [p['tim-peliputan'].id],
    });
    await transisi(LIPUTAN, id, 'redaktur-pelaksana', {
      action: 'tugaskan',
      assignees: [p['tim-peliputan'].id, p['tim-pasca-produksi'].id],
    }).expect(200);
    const antreanTim = await http(strapi, p['tim-peliputan']).get('/redaksi/queue').expect(200);
    expect(antreanTim.body.data.map((i: { documentId: string }) => i.documentId)).toContain(id);
    const antreanLain = await http(strapi, p['tim-peliputan-lain'])
      .get('/redaksi/queue')
      .query({ pageSize: 100 })
      .expect(200);
    // The whole queue on one page: the item is not merely on a later one.
    expect(antreanLain.body.meta.pagination.pageCount).toBeLessThanOrEqual(1);
    expect(antreanLain.body.data.map((i: { documentId: string }) => i.documentId)).not.toContain(
      id,
    );

    // ajukan needs judul, isi, ringkasan and the photos.
    const kurang = await transisi(LIPUTAN, id, 'tim-peliputan', { action: 'ajukan' }).expect(400);
    expect(kurang.body.error.details.syarat.map((s: { kode: string }) => s.kode)).toEqual([
      'isi-terisi',
      'ringkasan-terisi',
      'foto-minimal',
    ]);
    await lengkapiLiputan(id);
    await lainDitolak(LIPUTAN, id, 'ajukan', ['tim-peliputan', 'tim-pasca-produksi']);
    await transisi(LIPUTAN, id, 'tim-pasca-produksi', { action: 'ajukan' }).expect(200);

    // koreksi -> kembalikan (note) -> penyusunan -> ajukan -> koreksi -> teruskan
    await transisi(LIPUTAN, id, 'sekretaris-redaksi', { action: 'kembalikan' }).expect(400);
    await kembalikan(id, 'sekretaris-redaksi', 'Lengkapi kutipan ketua', 'penyusunan');
    await transisi(LIPUTAN, id, 'tim-peliputan', { action: 'ajukan' }).expect(200);
    await lainDitolak(LIPUTAN, id, 'teruskan', ['sekretaris-redaksi']);
    await transisi(LIPUTAN, id, 'sekretaris-redaksi', { action: 'teruskan' }).expect(200);

    // verifikasi -> kembalikan (note) -> koreksi -> teruskan -> verifikasi -> setujui
    await kembalikan(id, 'verifikator', 'Angka DPT perlu dicek', 'koreksi');
    await transisi(LIPUTAN, id, 'sekretaris-redaksi', { action: 'teruskan' }).expect(200);
    await lainDitolak(LIPUTAN, id, 'setujui', ['verifikator']);
    // Langkah 7 under UU 14/2008: the Verifikator classifies what they verify, then verifies it.
    await klasifikasikan(strapi, p.verifikator, id);
    await transisi(LIPUTAN, id, 'verifikator', { action: 'setujui' }).expect(200);
    expect(await tahap(LIPUTAN, id)).toBe('terverifikasi');

    // Publish: only staf-sekretariat or pemimpin-redaksi (content-manager permission, then the SOP role).
    for (const kode of ['tim-peliputan', 'verifikator', 'sekretaris-redaksi']) {
      await http(strapi, p[kode])
        .post(`${cm(LIPUTAN, id)}/actions/publish`)
        .expect(403);
    }
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(200);
    expect(await tahap(LIPUTAN, id)).toBe('tayang');

    // The disposition chain is done, in the same transaction as the publication's history.
    for (const documentId of [root.documentId, diPimpinan, diSekretariat, diRedaktur]) {
      expect(await tahap(DISPOSISI, documentId)).toBe('selesai');
    }
    const akhir = await http(strapi, p['redaktur-pelaksana'])
      .get(redaksi(DISPOSISI, diRedaktur))
      .expect(200);
    expect(akhir.body.data.riwayat.at(-1)).toMatchObject({ aksi: 'selesaikan', ke: 'selesai' });
  });
});

describe('liputan yang sudah tayang', () => {
  async function liputanTayang(): Promise<string> {
    const id = await buatLiputan(strapi, p, { judul: 'Sosialisasi Pilkada di Bukittinggi' });
    expect(await tahap(LIPUTAN, id)).toBe('proyeksi');
    await lainDitolak(LIPUTAN, id, 'teruskan', [
      'pemimpin-redaksi',
      'wakil-pemimpin-redaksi',
      'koordinator-liputan',
    ]);
    await transisi(LIPUTAN, id, 'koordinator-liputan', { action: 'teruskan' }).expect(200);
    await transisi(LIPUTAN, id, 'redaktur-pelaksana', {
      action: 'tugaskan',
      assignees: [p['tim-peliputan'].id],
    }).expect(200);
    await lengkapiLiputan(id);
    await transisi(LIPUTAN, id, 'tim-peliputan', { action: 'ajukan' }).expect(200);
    await transisi(LIPUTAN, id, 'sekretaris-redaksi', { action: 'teruskan' }).expect(200);
    await klasifikasikan(strapi, p.verifikator, id);
    await transisi(LIPUTAN, id, 'verifikator', { action: 'setujui' }).expect(200);
    await http(strapi, p['pemimpin-redaksi'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(200);
    return id;
  }

  it('sends an edited draft back to koreksi while the published version stays online unchanged', async () => {
    const id = await liputanTayang();
    const judulTayang = (
      await strapi.db
        .query(LIPUTAN)
        .findOne({ where: { documentId: id, publishedAt: { $notNull: true } } })
    ).judul;

    await http(strapi, p['sekretaris-redaksi'])
      .put(cm(LIPUTAN, id), {
        ringkasan: 'Ringkasan yang diperbaiki.',
        catatanKoreksi: 'Ringkasan diperbaiki agar sesuai isi berita.',
      })
      .expect(200);
    expect(await tahap(LIPUTAN, id)).toBe('koreksi');
    const view = await http(strapi, p['sekretaris-redaksi']).get(redaksi(LIPUTAN, id)).expect(200);
    expect(view.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'sunting',
      dari: 'tayang',
      ke: 'koreksi',
      aktor: { id: p['sekretaris-redaksi'].id },
    });

    const terbit = await strapi.db
      .query(LIPUTAN)
      .findMany({ where: { documentId: id, publishedAt: { $notNull: true } } });
    expect(terbit).toHaveLength(1);
    expect(terbit[0].judul).toBe(judulTayang);
    expect(terbit[0].ringkasan).not.toBe('Ringkasan yang diperbaiki.');

    // Not again online until verified: publish is refused, then allowed after verification.
    const tolak = await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(400);
    expect(tolak.body.error.details.syarat[0].kode).toBe('tahap-siap-terbit');
    await transisi(LIPUTAN, id, 'sekretaris-redaksi', { action: 'teruskan' }).expect(200);
    await transisi(LIPUTAN, id, 'verifikator', { action: 'setujui' }).expect(200);
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(200);
    const baru = await strapi.db
      .query(LIPUTAN)
      .findOne({ where: { documentId: id, publishedAt: { $notNull: true } } });
    expect(baru.ringkasan).toBe('Ringkasan yang diperbaiki.');
  });

  it('lets the publisher add social-media links at tayang without a correction cycle or a broken fingerprint (langkah 7-8)', async () => {
    const id = await liputanTayang();
    const ig = { platform: 'instagram', url: 'https://www.instagram.com/p/liputan/' };
    const fb = { platform: 'facebook', url: 'https://www.facebook.com/kpusumbar/posts/1' };
    const riwayatAwal = await jumlahRiwayat(id);

    await http(strapi, p['staf-sekretariat'])
      .put(cm(LIPUTAN, id), { tautan: [ig] })
      .expect(200);
    await http(strapi, p['pemimpin-redaksi'])
      .put(cm(LIPUTAN, id), { tautan: [ig, fb] })
      .expect(200);
    expect(await tahap(LIPUTAN, id)).toBe('tayang');
    expect(await jumlahRiwayat(id)).toBe(riwayatAwal);
    const view = await http(strapi, p['staf-sekretariat']).get(redaksi(LIPUTAN, id)).expect(200);
    expect(view.body.data.sidik.berubah).toEqual([]);
    expect(view.body.data.sunting).toMatchObject({ boleh: true, field: ['tautan'] });

    // Adding only: a recorded link is neither replaced nor removed, and nothing else is the publisher's.
    const draf = () =>
      strapi.documents(LIPUTAN).findOne({ documentId: id, status: 'draft', populate: ['tautan'] });
    const sebelum = await draf();
    for (const [siapa, data] of [
      ['staf-sekretariat', { tautan: [fb] }],
      ['pemimpin-redaksi', { tautan: [ig, fb], judul: 'Judul diganti penerbit' }],
    ] as const) {
      const res = await http(strapi, p[siapa]).put(cm(LIPUTAN, id), data).expect(403);
      expect(res.body.error.details.kode).toMatch(/^sunting-(hanya-tambah|bukan-peran)$/);
    }
    expect(await draf()).toEqual(sebelum);
    expect(await tahap(LIPUTAN, id)).toBe('tayang');
    expect(await jumlahRiwayat(id)).toBe(riwayatAwal);

    // The writers' edit is still a correction, and the links go through it unharmed.
    await http(strapi, p['sekretaris-redaksi'])
      .put(cm(LIPUTAN, id), { ringkasan: 'Ringkasan setelah dibagikan.' })
      .expect(200);
    expect(await tahap(LIPUTAN, id)).toBe('koreksi');
    expect((await draf())?.tautan).toMatchObject([ig, fb]);
  });

  it('takes an article down only by the Pemimpin Redaksi with a reason; every other unpublish is refused', async () => {
    const id = await liputanTayang();
    const tarik = await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/unpublish`)
      .expect(400);
    expect(tarik.body.error.details).toEqual({ kode: 'tarik-ditolak' });
    await expect(strapi.documents(LIPUTAN).unpublish({ documentId: id })).rejects.toMatchObject({
      name: 'ValidationError',
      details: { kode: 'tarik-ditolak' },
    });
    await lainDitolak(LIPUTAN, id, 'turunkan', ['pemimpin-redaksi']);
    const tanpaAlasan = await transisi(LIPUTAN, id, 'pemimpin-redaksi', {
      action: 'turunkan',
    }).expect(400);
    expect(
      tanpaAlasan.body.error.details.syarat.map((syarat: { kode: string }) => syarat.kode),
    ).toEqual(['catatan-wajib', 'kategori-penurunan', 'alasan-publik']);
    expect(
      await strapi.db
        .query(LIPUTAN)
        .count({ where: { documentId: id, publishedAt: { $notNull: true } } }),
    ).toBe(1);

    const turun = await transisi(LIPUTAN, id, 'pemimpin-redaksi', {
      action: 'turunkan',
      note: 'Data keliru, akan diperbaiki',
      kategori: 'kesalahan-fakta',
      alasanPublik: 'Angka dalam berita keliru.',
    }).expect(200);
    harapLangkahTerakhir(turun, 'diturunkan', {
      aksi: 'turunkan',
      note: 'Data keliru, akan diperbaiki',
      peran: 'pemimpin-redaksi',
    });
    expect(
      await strapi.db
        .query(LIPUTAN)
        .count({ where: { documentId: id, publishedAt: { $notNull: true } } }),
    ).toBe(0);

    // Nothing online any more: a second takedown has nothing to take down.
    const lagi = await transisi(LIPUTAN, id, 'pemimpin-redaksi', {
      action: 'turunkan',
      note: 'x',
      kategori: 'lainnya',
      alasanPublik: 'x',
    });
    expect(lagi.status).toBe(409);
  });

  it('keeps the slug stable after first publication, and generates a unique one from judul', async () => {
    const id = await liputanTayang();
    const slug = (
      await strapi.db.query(LIPUTAN).findOne({ where: { documentId: id, publishedAt: null } })
    ).slug;
    // Made as "Sosialisasi Pilkada di Bukittinggi", retitled by the team before it went online.
    expect(slug).toMatch(/^kpu-sumbar-tetapkan-dpt-pemilihan-2025(-\d+)?$/);
    const res = await http(strapi, p['sekretaris-redaksi'])
      .put(cm(LIPUTAN, id), { slug: 'alamat-baru' })
      .expect(400);
    expect(res.body.error.details.syarat[0].kode).toBe('slug-tetap');

    const kedua = await strapi
      .documents(LIPUTAN)
      .create({ data: { judul: 'KPU Sumbar Tetapkan DPT Pemilihan 2025' } as never });
    expect((kedua as { slug: string }).slug).toMatch(
      /^kpu-sumbar-tetapkan-dpt-pemilihan-2025-\d+$/,
    );
    expect((kedua as { slug: string }).slug).not.toBe(slug);
  });

  it('lets the slug follow the title until first publication, unless the editor wrote one', async () => {
    const koordinator = http(strapi, p['koordinator-liputan']);
    const buat = await koordinator.post(cm(LIPUTAN), { judul: 'Rapat pleno terbuka' }).expect(201);
    const id = buat.body.data.documentId as string;
    expect(buat.body.data.slug).toBe('rapat-pleno-terbuka');
    // The panel sends back the slug it loaded with every save: the slug follows the new title.
    const ganti = await koordinator
      .put(cm(LIPUTAN, id), {
        judul: 'Rapat pleno rekapitulasi suara',
        slug: 'rapat-pleno-terbuka',
      })
      .expect(200);
    expect(ganti.body.data.slug).toBe('rapat-pleno-rekapitulasi-suara');
    // A retitling that makes the same slug keeps it (no "-1" against itself).
    const ejaan = await koordinator
      .put(cm(LIPUTAN, id), {
        judul: 'Rapat Pleno: Rekapitulasi Suara',
        slug: 'rapat-pleno-rekapitulasi-suara',
      })
      .expect(200);
    expect(ejaan.body.data.slug).toBe('rapat-pleno-rekapitulasi-suara');
    // A slug of the editor's own is their choice: a later retitling leaves it.
    await koordinator.put(cm(LIPUTAN, id), { slug: 'pleno-2026' }).expect(200);
    const lagi = await koordinator
      .put(cm(LIPUTAN, id), { judul: 'Rapat pleno penetapan', slug: 'pleno-2026' })
      .expect(200);
    expect(lagi.body.data.slug).toBe('pleno-2026');

    // Once online, a retitled article keeps its address.
    const tayang = await liputanTayang();
    const sebelum = (
      await strapi.db.query(LIPUTAN).findOne({ where: { documentId: tayang, publishedAt: null } })
    ).slug as string;
    await http(strapi, p['sekretaris-redaksi'])
      .put(cm(LIPUTAN, tayang), { judul: 'Judul yang diperbaiki setelah tayang', slug: sebelum })
      .expect(200);
    expect(
      (await strapi.db.query(LIPUTAN).findOne({ where: { documentId: tayang, publishedAt: null } }))
        .slug,
    ).toBe(sebelum);
  });

  it('links an article to a disposition only once the chain reached a Redaktur, and closes that chain on publication', async () => {
    const d = await buatDisposisi({ perihal: 'Dikaitkan langsung di content manager' });
    const jumlah = await strapi.db.query(LIPUTAN).count({});
    // A sheet the PPID has only just recorded: linking would skip SOP 20 langkah 1-3.
    for (const siapa of ['koordinator-liputan', 'redaktur-pelaksana']) {
      const terlalu = await http(strapi, p[siapa])
        .post(cm(LIPUTAN), {
          judul: 'Liputan dari disposisi yang baru dicatat',
          disposisi: { connect: [{ documentId: d.documentId }] },
        })
        .expect(400);
      expect(terlalu.body.error.details.syarat[0].kode).toBe('tautan-belum-sampai');
      expect(terlalu.body.error.message).toContain('Dicatat PPID Pembantu');
    }
    expect(await strapi.db.query(LIPUTAN).count({})).toBe(jumlah);
    expect(await tahap(DISPOSISI, d.documentId)).toBe('ppid');

    const diRedaktur = await disposisiSampaiRedaktur(strapi, p, d.documentId);
    const id = await buatLiputan(
      strapi,
      p,
      { judul: 'Liputan dari disposisi yang baru dicatat' },
      diRedaktur,
    );
    expect(await tahap(LIPUTAN, id)).toBe('penugasan');
    await transisi(LIPUTAN, id, 'redaktur-pelaksana', {
      action: 'tugaskan',
      assignees: [p['tim-peliputan'].id],
    }).expect(200);
    await lengkapiLiputan(id);
    await jalankanLangkah(strapi, p, LIPUTAN, id, LANGKAH_SOP_20_SESUDAH_DITULIS);
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(200);
    expect(await tahap(DISPOSISI, d.documentId)).toBe('selesai');
    expect(await tahap(DISPOSISI, diRedaktur)).toBe('selesai');
  });

  it('refuses deletion of an article once it entered the SOP', async () => {
    const id = await liputanTayang();
    await http(strapi, p['koordinator-liputan']).delete(cm(LIPUTAN, id)).expect(400);
  });
});

describe('penjaga publikasi Liputan di semua jalur', () => {
  it('refuses every publish path before terverifikasi, leaving nothing online or behind', async () => {
    const id = await buatLiputan(strapi, p, { judul: 'Belum diverifikasi' });
    await lengkapiLiputan(id, 1, 'koordinator-liputan');
    const token = await tokenApi(strapi);
    const jumlah = await strapi.db.query(LIPUTAN).count({});

    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(400);
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN)}/actions/bulkPublish`, { documentIds: [id] })
      .expect(400);
    await http(strapi, token).put(`/api/liputans/${id}?status=published`, { data: {} }).expect(400);
    // An API token holds no SOP role: the edit itself is refused before publication is considered.
    await http(strapi, token)
      .put(`/api/liputans/${id}?status=published`, { data: { judul: 'Lewat API' } })
      .expect(403);
    await http(strapi, token)
      .post('/api/liputans?status=published', { data: { judul: 'Langsung tayang' } })
      .expect(403);
    await expect(strapi.documents(LIPUTAN).publish({ documentId: id })).rejects.toMatchObject({
      name: 'ValidationError',
      details: { syarat: [expect.objectContaining({ kode: 'tahap-siap-terbit' })] },
    });

    expect(await strapi.db.query(LIPUTAN).count({})).toBe(jumlah);
    expect(
      await strapi.db
        .query(LIPUTAN)
        .count({ where: { publishedAt: { $notNull: true }, documentId: id } }),
    ).toBe(0);
    expect(await tahap(LIPUTAN, id)).toBe('proyeksi');
    expect((await strapi.db.query(LIPUTAN).findOne({ where: { documentId: id } })).judul).not.toBe(
      'Lewat API',
    );
  });
});

describe('lembar disposisi yang dapat dicetak', () => {
  it('renders the sheet as the paper form: the letter, one row per person with paraf, room for notes', async () => {
    const root = await buatDisposisi({
      perihal: 'Undangan peliputan debat publik',
      sifat: 'sangat-segera',
      batasWaktu: '2025-05-07',
      nomorSurat: '045/PP.01/KPU-Kota/V/2025',
      tanggalSurat: '2025-05-02',
      instruksi: 'Mohon dipublikasikan di laman',
    });
    await transisi(DISPOSISI, root.documentId, 'ppid-pembantu', {
      action: 'teruskan',
      note: 'Mohon arahan',
    }).expect(200);
    const diPimpinan = await anakDari(root.documentId);
    await transisi(DISPOSISI, diPimpinan, 'pemimpin-redaksi', {
      action: 'teruskan',
      note: 'Agar diliput dan ditayangkan',
    }).expect(200);
    const diSekretariat = await anakDari(diPimpinan);
    await transisi(DISPOSISI, diSekretariat, 'sekretaris-redaksi', {
      action: 'teruskan',
      note: 'Tugaskan tim peliputan',
      assignees: [p['redaktur-pelaksana'].id],
    }).expect(200);

    // The PPID officer sees where the letter is now, not the root sheet's own last step.
    const { body: diPpid } = await http(strapi, p['ppid-pembantu'])
      .get(`/redaksi/documents/${DISPOSISI}/${root.documentId}`)
      .expect(200);
    expect(diPpid.data.sekarangDi).toEqual({
      tahapLabel: 'Di Redaktur Pelaksana',
      menunggu: ['Redaktur Pelaksana'],
      ditugaskan: [expect.stringContaining('redaktur-pelaksana')],
    });

    // Every forwarded copy shows the incoming letter read-only, as the PPID officer recorded it;
    // the first sheet is the letter itself.
    expect(diPpid.data.asalRantai).toBeNull();
    const { body: salinan } = await http(strapi, p['redaktur-pelaksana'])
      .get(`/redaksi/documents/${DISPOSISI}/${await anakDari(diSekretariat)}`)
      .expect(200);
    expect(salinan.data.asalRantai).toEqual({
      documentId: root.documentId,
      field: [
        { field: 'nomorAgenda', nilai: root.nomorAgenda },
        { field: 'asal', nilai: 'PPID KPU Provinsi Sumatera Barat' },
        { field: 'nomorSurat', nilai: '045/PP.01/KPU-Kota/V/2025' },
        { field: 'tanggalSurat', nilai: '2025-05-02' },
        { field: 'perihal', nilai: 'Undangan peliputan debat publik' },
        { field: 'instruksi', nilai: 'Mohon dipublikasikan di laman' },
      ],
    });

    // The SOP panel offers it as a button, on any sheet of the chain, by the admin route.
    const { body: panel } = await http(strapi, p['sekretaris-redaksi'])
      .get(`/redaksi/documents/${DISPOSISI}/${diSekretariat}`)
      .expect(200);
    expect(panel.data.lembarCetak).toEqual({
      label: 'Cetak lembar disposisi',
      jalur: `/redaksi/disposisi/${diSekretariat}/lembar.pdf`,
    });

    // Any sheet of the chain prints the whole sheet.
    const res = await http(strapi, p['sekretaris-redaksi'])
      .get(panel.data.lembarCetak.jalur)
      .buffer(true)
      .parse(parserBiner)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const teks = await teksPdf(res.body as Buffer);
    for (const bagian of [
      'KOMISI PEMILIHAN UMUM PROVINSI SUMATERA BARAT',
      'LEMBAR DISPOSISI',
      root.nomorAgenda,
      'Undangan peliputan debat publik',
      'Surat dari : PPID KPU Provinsi Sumatera Barat',
      'Nomor Surat : 045/PP.01/KPU-Kota/V/2025',
      'Tanggal Surat : 2 Mei 2025',
      '7 Mei 2025',
      'Sangat Segera',
      'No Dari Kepada Isi Disposisi / Instruksi Tanggal Paraf',
      'Catatan',
      'Halaman 1 dari 1',
    ]) {
      expect(teks).toContain(bagian);
    }
    // Row 1: the PPID officer's own instruction on the letter, then the forward's note; people by
    // name (demo names carry a number), each with the office they acted as.
    // A narrow column breaks a hyphenated name after its hyphen ("pemimpin- redaksi").
    const orang = (peran: string) => `Uji ${peran.replace('-', '- ?')}[ -]*\\d*`;
    for (const baris of [
      `1 ${orang('ppid-pembantu')} \\(PPID Pembantu\\) ${orang('pemimpin-redaksi')} \\(Pemimpin Redaksi\\) Mohon dipublikasikan di laman Mohon arahan \\d+ \\w+ \\d{4} \\d{2}\\.\\d{2}`,
      `2 ${orang('pemimpin-redaksi')} \\(Pemimpin Redaksi\\) ${orang('sekretaris-redaksi')} \\(Sekretaris Redaksi\\) Agar diliput dan ditayangkan`,
      // Addressed by name: the Redaktur Pelaksana the secretariat assigned.
      `3 ${orang('sekretaris-redaksi')} \\(Sekretaris Redaksi\\) Uji redaktur- ?pelaksana \\d* ?Tugaskan tim peliputan`,
    ])
      expect(teks).toMatch(new RegExp(baris));
  });

  it('refuses people outside SOP 20 and unknown sheets', async () => {
    const root = await buatDisposisi();
    await http(strapi, p['tim-pelaksana'])
      .get(`/redaksi/disposisi/${root.documentId}/lembar.pdf`)
      .expect(403);
    await http(strapi, p['ppid-pembantu'])
      .get('/redaksi/disposisi/tidakada/lembar.pdf')
      .expect(404);
    await http(strapi).get(`/redaksi/disposisi/${root.documentId}/lembar.pdf`).expect(401);
  });
});

describe('nomor agenda dan disposisi terlambat', () => {
  it('issues agenda numbers in sequence per year, unique when recorded at the same moment', async () => {
    const hasil = await Promise.all(Array.from({ length: 5 }, () => buatDisposisi()));
    const nomor = hasil.map((d) => Number(d.nomorAgenda.split('/')[0])).sort((a, b) => a - b);
    expect(new Set(nomor).size).toBe(5);
    expect(nomor[4] - nomor[0]).toBe(4);
  });

  it('puts overdue dispositions first in the queue, flagged', async () => {
    const terlambat = await buatDisposisi({
      perihal: 'Disposisi yang terlambat',
      batasWaktu: tanggalWibRelatif(-2),
    });
    await buatDisposisi({ perihal: 'Disposisi yang masih lama', batasWaktu: tanggalWibRelatif(5) });
    const antrean = await http(strapi, p['ppid-pembantu']).get('/redaksi/queue').expect(200);
    expect(antrean.body.data[0]).toMatchObject({
      documentId: terlambat.documentId,
      lewat: true,
      nomorAgenda: terlambat.nomorAgenda,
    });
  });

  it('counts a disposition as overdue from 00:00 WIB after its batasWaktu', async () => {
    const d = await buatDisposisi({ batasWaktu: '2025-05-05' });
    const terlambatPada = (instant: string) =>
      padaJam(strapi, instant, async () => {
        const res = await http(strapi, p['ppid-pembantu'])
          .get(redaksi(DISPOSISI, d.documentId))
          .expect(200);
        return res.body.data.terlambat.ya;
      });
    expect(await terlambatPada('2025-05-05T16:59:59Z')).toBe(false); // 23:59:59 WIB
    expect(await terlambatPada('2025-05-05T17:00:00Z')).toBe(true); // 00:00 WIB the next day
  });
});
