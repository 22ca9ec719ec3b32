/**
 * #25: corrections and takedowns on the public record (UU 14/2008). A version of an article that
 * replaces one the public read goes online only with a new public correction note (SOP 20
 * "Suntingan setelah tayang": the edit sends it to `koreksi`; the secretary's `teruskan`, the
 * Verifikator's `setujui` and the publication require the note); each published correction is
 * listed on the article and in GET /api/koreksi. A takedown records its category and public
 * reason; the article's address then answers 410, and GET /api/penurunan lists it. An online
 * article the Verifikator exempts (UU 14/2008 Pasal 17) is withdrawn, and that withdrawal is such a
 * takedown too, under `informasi-dikecualikan`; exempting what was never online takes nothing down.
 */
import type { Core } from '@strapi/strapi';
import { unggahBerkas } from '../helpers/berkas';
import { cmUid, http, jalur, UID_LIPUTAN } from '../helpers/http';
import {
  buatPengguna,
  type Pengguna,
  penggunaPerPeran,
  PERAN_SOP_20,
  sebagai,
} from '../helpers/pengguna';
import {
  buatLiputan,
  kecualikanLiputan,
  liputanSampaiTahap,
  liputanSampaiTayang,
  potret,
} from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let foto: number[];

const publik = () => http(strapi);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

beforeAll(async () => {
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, [...PERAN_SOP_20, 'pemimpin-redaksi']));
  p.super = await buatPengguna(strapi, ['strapi-super-admin']);
  foto = await unggahBerkas(strapi, 1);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const transisi = (documentId: string, siapa: string, body: Record<string, unknown>) =>
  http(strapi, p[siapa]).post(jalur.transisi(documentId, UID_LIPUTAN), body);
const terbitkan = (documentId: string, siapa = 'staf-sekretariat') =>
  http(strapi, p[siapa]).post(`${cmUid(UID_LIPUTAN, documentId)}/actions/publish`);
const sunting = (documentId: string, data: Record<string, unknown>, siapa = 'sekretaris-redaksi') =>
  http(strapi, p[siapa]).put(cmUid(UID_LIPUTAN, documentId), data);
const kodeSyarat = (res: { body: { error: { details: { syarat: { kode: string }[] } } } }) =>
  res.body.error.details.syarat.map((syarat) => syarat.kode);

async function liputanTayang(judul: string): Promise<{ documentId: string; slug: string }> {
  const documentId = await buatLiputan(strapi, p, { judul });
  await liputanSampaiTayang(strapi, p, documentId, { ringkasan: `Ringkasan ${judul}`, foto });
  const baris = await strapi.db
    .query(UID_LIPUTAN)
    .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  return { documentId, slug: baris.slug };
}

/** The correction cycle after an edit online: forwarded, verified and published again. */
async function koreksiSampaiTayang(documentId: string): Promise<void> {
  await transisi(documentId, 'sekretaris-redaksi', { action: 'teruskan' }).expect(200);
  await transisi(documentId, 'verifikator', { action: 'setujui' }).expect(200);
  await terbitkan(documentId).expect(200);
}

const TURUNKAN = {
  action: 'turunkan',
  note: 'Angka DPT dalam berita keliru; diperbaiki redaksi.',
  kategori: 'kesalahan-fakta',
  alasanPublik: 'Angka daftar pemilih tetap dalam berita ini keliru.',
};

describe('koreksi setelah tayang', () => {
  it('asks no note of a first publication and lists nothing for it', async () => {
    const { documentId } = await liputanTayang('Rapat koordinasi logistik');
    const satu = await publik().get(`/api/liputans/${documentId}`).expect(200);
    expect(satu.body.data.koreksi).toEqual([]);
    expect(satu.body.data.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Rapat koordinasi logistik',
      correction: [],
    });
    const daftar = await publik().get('/api/koreksi?pagination[pageSize]=100').expect(200);
    expect(daftar.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(
      documentId,
    );
  });

  it('refuses a correction without its note at every step, changing nothing; lists each published one', async () => {
    const { documentId, slug } = await liputanTayang('Penetapan DPT Pemilihan 2025');
    await sunting(documentId, { ringkasan: 'Ringkasan yang diperbaiki.' }).expect(200);
    const view = await http(strapi, p['sekretaris-redaksi'])
      .get(jalur.redaksi(documentId, UID_LIPUTAN))
      .expect(200);
    expect(view.body.data.tahap).toBe('koreksi');
    expect(view.body.data.syarat).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kode: 'catatan-koreksi-baru', terpenuhi: false }),
      ]),
    );

    // The secretary's submission: refused, and the item and its history read back unchanged.
    const sebelum = await potret(strapi, documentId, UID_LIPUTAN);
    const tolak = await transisi(documentId, 'sekretaris-redaksi', { action: 'teruskan' }).expect(
      400,
    );
    expect(tolak.body.error.name).toBe('ValidationError');
    expect(kodeSyarat(tolak)).toEqual(['catatan-koreksi-baru']);
    expect(tolak.body.error.message).toContain('Catatan koreksi wajib diisi');
    expect(await potret(strapi, documentId, UID_LIPUTAN)).toEqual(sebelum);
    // Nothing of it reaches the public record either.
    const online = await publik().get(`/api/liputans/${documentId}`).expect(200);
    expect(online.body.data.koreksi).toEqual([]);

    // The note written through the document service, as code in the secretary's request would.
    const catatan1 = 'Ringkasan diperbaiki agar sesuai isi berita.';
    await sebagai(strapi, p['sekretaris-redaksi'], () =>
      strapi
        .documents(UID_LIPUTAN)
        .update({ documentId, data: { catatanKoreksi: catatan1 } as never }),
    );
    await koreksiSampaiTayang(documentId);

    const satu = await publik().get(`/api/liputans/${documentId}`).expect(200);
    expect(satu.body.data.ringkasan).toBe('Ringkasan yang diperbaiki.');
    expect(satu.body.data.koreksi).toEqual([
      { tanggal: expect.stringMatching(ISO), catatan: catatan1 },
    ]);
    expect(satu.body.data.jsonLd.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: catatan1,
        datePublished: satu.body.data.koreksi[0].tanggal,
      },
    ]);
    const menurutSlug = await publik().get(`/api/liputans/slug/${slug}`).expect(200);
    expect(menurutSlug.body.data.koreksi).toEqual(satu.body.data.koreksi);
    // The internal note field itself is no public field: the note is public through `koreksi`.
    expect(satu.body.data).not.toHaveProperty('catatanKoreksi');

    // A second correction: the note of the last publication again is refused at each step.
    await sunting(documentId, {
      isi: [{ type: 'paragraph', children: [{ type: 'text', text: 'Isi kedua.' }] }],
    }).expect(200);
    const sama = await transisi(documentId, 'sekretaris-redaksi', { action: 'teruskan' }).expect(
      400,
    );
    expect(kodeSyarat(sama)).toEqual(['catatan-koreksi-baru']);
    expect(sama.body.error.message).toContain('masih sama dengan catatan pada penayangan terakhir');
    const catatan2 = 'Isi berita dilengkapi dengan hasil rapat pleno.';
    await sunting(documentId, { catatanKoreksi: catatan2 }).expect(200);
    await transisi(documentId, 'sekretaris-redaksi', { action: 'teruskan' }).expect(200);
    // At verification nobody edits; a Super Admin who reverts the note (an edit outside the SOP)
    // leaves the Verifikator nothing to approve.
    await sunting(documentId, { catatanKoreksi: catatan1 }, 'super').expect(200);
    const sebelumSetujui = await potret(strapi, documentId, UID_LIPUTAN);
    const setujui = await transisi(documentId, 'verifikator', { action: 'setujui' }).expect(400);
    expect(kodeSyarat(setujui)).toEqual(['catatan-koreksi-baru']);
    expect(await potret(strapi, documentId, UID_LIPUTAN)).toEqual(sebelumSetujui);
    await transisi(documentId, 'verifikator', {
      action: 'kembalikan',
      note: 'Catatan koreksi',
    }).expect(200);
    await sunting(documentId, { catatanKoreksi: catatan2 }).expect(200);
    await koreksiSampaiTayang(documentId);

    const dua = await publik().get(`/api/liputans/${documentId}`).expect(200);
    expect(dua.body.data.koreksi.map((item: { catatan: string }) => item.catatan)).toEqual([
      catatan1,
      catatan2,
    ]);
    expect(dua.body.data.jsonLd.correction.map((item: { text: string }) => item.text)).toEqual([
      catatan1,
      catatan2,
    ]);
    // The register: newest first, one page at a time.
    const register = await publik()
      .get('/api/koreksi?pagination[page]=1&pagination[pageSize]=1')
      .expect(200);
    expect(register.body.data).toEqual([
      { documentId, slug, tanggal: dua.body.data.koreksi[1].tanggal, catatan: catatan2 },
    ]);
    expect(register.body.meta.pagination).toMatchObject({ page: 1, pageSize: 1 });
    const halaman2 = await publik()
      .get('/api/koreksi?pagination[page]=2&pagination[pageSize]=1')
      .expect(200);
    expect(halaman2.body.data[0]).toMatchObject({ documentId, catatan: catatan1 });
  });

  it('refuses the publication of a re-publication whose note went missing, on every publish path', async () => {
    const { documentId } = await liputanTayang('Bimbingan teknis PPK');
    await sunting(documentId, {
      ringkasan: 'Ringkasan baru',
      catatanKoreksi: 'Ringkasan diperjelas.',
    }).expect(200);
    await transisi(documentId, 'sekretaris-redaksi', { action: 'teruskan' }).expect(200);
    await transisi(documentId, 'verifikator', { action: 'setujui' }).expect(200);
    // A Super Admin empties the note after verification (an edit outside the SOP, recorded).
    await sunting(documentId, { catatanKoreksi: '' }, 'super').expect(200);
    const sebelum = await potret(strapi, documentId, UID_LIPUTAN);
    const cm = await terbitkan(documentId).expect(400);
    expect(kodeSyarat(cm)).toContain('catatan-koreksi-baru');
    const bulk = await http(strapi, p['staf-sekretariat'])
      .post(`${cmUid(UID_LIPUTAN)}/actions/bulkPublish`, { documentIds: [documentId] })
      .expect(400);
    expect(JSON.stringify(bulk.body.error)).toContain('catatan-koreksi-baru');
    await expect(strapi.documents(UID_LIPUTAN).publish({ documentId })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    expect(await potret(strapi, documentId, UID_LIPUTAN)).toEqual(sebelum);
  });
});

describe('penurunan', () => {
  it('refuses a takedown without its category and public reason, changing nothing', async () => {
    const { documentId } = await liputanTayang('Sosialisasi pemilih pemula');
    const sebelum = await potret(strapi, documentId, UID_LIPUTAN);
    const tanpa = await transisi(documentId, 'pemimpin-redaksi', {
      action: 'turunkan',
      note: TURUNKAN.note,
    }).expect(400);
    expect(kodeSyarat(tanpa)).toEqual(['kategori-penurunan', 'alasan-publik']);
    const kosong = await transisi(documentId, 'pemimpin-redaksi', {
      ...TURUNKAN,
      alasanPublik: '   ',
    }).expect(400);
    expect(kodeSyarat(kosong)).toEqual(['alasan-publik']);
    await transisi(documentId, 'pemimpin-redaksi', { ...TURUNKAN, kategori: 'rahasia' }).expect(
      400,
    );
    expect(await potret(strapi, documentId, UID_LIPUTAN)).toEqual(sebelum);
    await publik().get(`/api/liputans/${documentId}`).expect(200);

    // The panel is told which inputs the action asks for.
    const view = await http(strapi, p['pemimpin-redaksi'])
      .get(jalur.redaksi(documentId, UID_LIPUTAN))
      .expect(200);
    expect(
      view.body.data.aksi.find((aksi: { kode: string }) => aksi.kode === 'turunkan'),
    ).toMatchObject({
      catatanWajib: true,
      masukan: [
        {
          kolom: 'kategori',
          label: 'Kategori alasan penurunan',
          wajib: true,
          bentuk: 'pilihan',
          pilihan: expect.arrayContaining([{ kode: 'kesalahan-fakta', label: 'Kesalahan fakta' }]),
        },
        { kolom: 'alasanPublik', label: 'Alasan publik penurunan', wajib: true, bentuk: 'teks' },
      ],
      siap: true,
    });
  });

  it('answers 410 with the date and public reason, lists the takedown, and serves the article again once re-published', async () => {
    const { documentId, slug } = await liputanTayang('Rekapitulasi DPT kabupaten');
    // Read (and cached) before the takedown: the register's cache follows what is online.
    const kosong = await publik().get('/api/penurunan').expect(200);
    const sebelumnya = kosong.body.meta.pagination.total as number;

    const turun = await transisi(documentId, 'pemimpin-redaksi', TURUNKAN).expect(200);
    expect(turun.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'turunkan',
      publik: { kategori: TURUNKAN.kategori, alasanPublik: TURUNKAN.alasanPublik },
    });

    for (const alamat of [`/api/liputans/${documentId}`, `/api/liputans/slug/${slug}`]) {
      const res = await publik().get(alamat).expect(410);
      expect(res.body).toEqual({
        data: null,
        error: {
          status: 410,
          name: 'GoneError',
          message: expect.stringContaining(`Alasan: ${TURUNKAN.alasanPublik}`),
          details: {
            tanggal: expect.stringMatching(ISO),
            kategori: 'kesalahan-fakta',
            alasanPublik: TURUNKAN.alasanPublik,
          },
        },
      });
      expect(res.body.error.message).toMatch(/^Liputan ini telah diturunkan dari laman pada /);
      expect(res.headers['cache-control']).toBe('no-store');
    }
    // What was never online stays a 404.
    const draf = await buatLiputan(strapi, p, { judul: 'Belum pernah tayang' });
    await publik().get(`/api/liputans/${draf}`).expect(404);
    await publik().get('/api/liputans/slug/belum-pernah-tayang').expect(404);

    const register = await publik().get('/api/penurunan').expect(200);
    expect(register.headers['x-cache']).toBe('MISS');
    expect(register.body.meta.pagination.total).toBe(sebelumnya + 1);
    expect(register.body.data[0]).toEqual({
      documentId,
      slug,
      tanggal: (await publik().get(`/api/liputans/${documentId}`)).body.error.details.tanggal,
      kategori: 'kesalahan-fakta',
      alasanPublik: TURUNKAN.alasanPublik,
    });

    // Corrected and published again (a new note: it replaces what the public read): online again,
    // and the takedown stays in its append-only register.
    await sunting(documentId, {
      ringkasan: 'Ringkasan dengan angka yang benar',
      catatanKoreksi: 'Angka DPT diperbaiki; berita ditayangkan kembali.',
    }).expect(200);
    await koreksiSampaiTayang(documentId);
    const kembali = await publik().get(`/api/liputans/${documentId}`).expect(200);
    expect(kembali.body.data.koreksi.at(-1).catatan).toBe(
      'Angka DPT diperbaiki; berita ditayangkan kembali.',
    );
    const tetap = await publik().get('/api/penurunan').expect(200);
    expect(tetap.body.data[0]).toMatchObject({ documentId });
  });
});

describe('penurunan karena dikecualikan (UU 14/2008 Pasal 17)', () => {
  const ALASAN_PASAL_17_H =
    'Materi ini ditetapkan sebagai informasi yang dikecualikan menurut UU 14/2008 Pasal 17 huruf h (rahasia pribadi).';
  const totalPenurunan = async () =>
    (await publik().get('/api/penurunan').expect(200)).body.meta.pagination.total as number;
  const slugDaftarInformasiPublik = async () =>
    (
      await publik().get('/api/daftar-informasi-publik?pagination[pageSize]=100').expect(200)
    ).body.data.map((item: { slug: string }) => item.slug);
  const riwayatSistem = (documentId: string) =>
    strapi.db
      .query('plugin::redaksi.riwayat')
      .count({ where: { dokumenId: documentId, aksi: 'turunkan-dikecualikan' } });

  it('puts the withdrawal of an online article on the takedown register; its address answers 410', async () => {
    const { documentId, slug } = await liputanTayang('Alamat rumah pelapor pelanggaran');
    expect(await slugDaftarInformasiPublik()).toContain(slug);
    const awal = await totalPenurunan();

    // Edited online, forwarded with its correction note, and exempted at verification.
    await sunting(documentId, {
      ringkasan: 'Ringkasan dengan alamat lengkap pelapor',
      catatanKoreksi: 'Alamat pelapor dilengkapi.',
    }).expect(200);
    await transisi(documentId, 'sekretaris-redaksi', { action: 'teruskan' }).expect(200);
    await kecualikanLiputan(strapi, p.verifikator, documentId, 'pasal-17-h');

    for (const alamat of [`/api/liputans/${documentId}`, `/api/liputans/slug/${slug}`]) {
      const res = await publik().get(alamat).expect(410);
      expect(res.body.error).toMatchObject({
        name: 'GoneError',
        message: expect.stringContaining(`Alasan: ${ALASAN_PASAL_17_H}`),
        details: { kategori: 'informasi-dikecualikan', alasanPublik: ALASAN_PASAL_17_H },
      });
    }
    const register = await publik().get('/api/penurunan').expect(200);
    expect(register.body.meta.pagination.total).toBe(awal + 1);
    // Exactly this: the legal basis, never the consequence test or anything of the content.
    expect(register.body.data[0]).toEqual({
      documentId,
      slug,
      tanggal: expect.stringMatching(ISO),
      kategori: 'informasi-dikecualikan',
      alasanPublik: ALASAN_PASAL_17_H,
    });
    expect(await slugDaftarInformasiPublik()).not.toContain(slug);

    // The history says both acts, in the order they happened, and its chain holds.
    const view = await http(strapi, p.verifikator)
      .get(jalur.redaksi(documentId, UID_LIPUTAN))
      .expect(200);
    expect(view.body.data.tahap).toBe('dikecualikan');
    expect(view.body.data.riwayat.slice(-2)).toMatchObject([
      {
        aksi: 'kecualikan',
        dari: 'verifikasi',
        ke: 'dikecualikan',
        publik: { klasifikasi: 'dikecualikan', dasarPengecualian: 'pasal-17-h' },
      },
      {
        aksi: 'turunkan-dikecualikan',
        dari: 'dikecualikan',
        ke: 'dikecualikan',
        aktor: { nama: 'Sistem' },
        peran: 'sistem',
        publik: { kategori: 'informasi-dikecualikan', alasanPublik: ALASAN_PASAL_17_H },
      },
    ]);
    expect(view.body.data.riwayat.at(-1).waktu).toBe(register.body.data[0].tanggal);
    // The chain (in the order rows were written) has the exemption first, then its consequence.
    const baris = (await strapi.db.query('plugin::redaksi.riwayat').findMany({
      where: { dokumenId: documentId },
      orderBy: { id: 'asc' },
      select: ['aksi', 'waktu'],
    })) as Array<{ aksi: string; waktu: string }>;
    expect(baris.slice(-2).map((item) => item.aksi)).toEqual([
      'kecualikan',
      'turunkan-dikecualikan',
    ]);
    const waktu = baris.map((item) => new Date(item.waktu).getTime());
    expect([...waktu].sort((a, b) => a - b)).toEqual(waktu);
    expect(view.body.data.rantai).toMatchObject({
      utuh: true,
      jumlah: view.body.data.riwayat.length,
      alasan: null,
    });
    // Nothing of it waits for anyone, and no button offers the engine's own step.
    expect(view.body.data.aksi.map((aksi: { kode: string }) => aksi.kode)).not.toContain(
      'turunkan-dikecualikan',
    );
  });

  it('takes nothing down when the article exempted was never online', async () => {
    const documentId = await buatLiputan(strapi, p, { judul: 'Identitas saksi pelanggaran' });
    await liputanSampaiTahap(strapi, p, documentId, 'verifikasi', {
      ringkasan: 'Ringkasan identitas saksi',
      foto,
    });
    const awal = await totalPenurunan();
    await kecualikanLiputan(strapi, p.verifikator, documentId, 'pasal-17-h');

    const register = await publik().get('/api/penurunan?pagination[pageSize]=100').expect(200);
    expect(register.body.meta.pagination.total).toBe(awal);
    expect(register.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(
      documentId,
    );
    expect(await riwayatSistem(documentId)).toBe(0);
    const { slug } = await strapi.db
      .query(UID_LIPUTAN)
      .findOne({ where: { documentId, publishedAt: null }, select: ['slug'] });
    await publik().get(`/api/liputans/slug/${slug}`).expect(404);
    await publik().get(`/api/liputans/${documentId}`).expect(404);
  });
});

describe('register publik', () => {
  it('counts exactly: every correction and takedown once, across pages, newest first', async () => {
    const awal = {
      koreksi: (await publik().get('/api/koreksi').expect(200)).body.meta.pagination.total,
      penurunan: (await publik().get('/api/penurunan').expect(200)).body.meta.pagination.total,
    };
    const artikel: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { documentId } = await liputanTayang(`Liputan register ${i}`);
      artikel.push(documentId);
      await sunting(documentId, {
        ringkasan: `Ringkasan ${i} diperbaiki`,
        catatanKoreksi: `Koreksi ${i}`,
      }).expect(200);
      await koreksiSampaiTayang(documentId);
    }
    await transisi(artikel[0], 'pemimpin-redaksi', TURUNKAN).expect(200);
    await transisi(artikel[2], 'pemimpin-redaksi', {
      ...TURUNKAN,
      kategori: 'permintaan-pihak',
    }).expect(200);

    const semua = async (rute: string) => {
      const butir: Array<{ documentId: string; tanggal: string }> = [];
      for (let page = 1; ; page += 1) {
        const res = await publik()
          .get(`${rute}?pagination[page]=${page}&pagination[pageSize]=2`)
          .expect(200);
        butir.push(...res.body.data);
        if (page >= res.body.meta.pagination.pageCount) return { butir, meta: res.body.meta };
      }
    };
    const koreksi = await semua('/api/koreksi');
    expect(koreksi.meta.pagination.total).toBe(awal.koreksi + 3);
    expect(koreksi.butir).toHaveLength(awal.koreksi + 3);
    expect(koreksi.butir.slice(0, 3).map((item) => item.documentId)).toEqual(
      [...artikel].reverse(),
    );
    const penurunan = await semua('/api/penurunan');
    expect(penurunan.meta.pagination.total).toBe(awal.penurunan + 2);
    expect(penurunan.butir).toHaveLength(awal.penurunan + 2);
    expect(penurunan.butir.slice(0, 2)).toEqual([
      expect.objectContaining({ documentId: artikel[2], kategori: 'permintaan-pihak' }),
      expect.objectContaining({ documentId: artikel[0], kategori: 'kesalahan-fakta' }),
    ]);
    // Newest first, with no entry twice.
    const waktu = koreksi.butir.map((item) => item.tanggal);
    expect([...waktu].sort().reverse()).toEqual(waktu);
    expect(new Set(penurunan.butir.map((item) => `${item.documentId}|${item.tanggal}`)).size).toBe(
      penurunan.butir.length,
    );
    // The register's query is the server's: nothing to filter or sort.
    await publik().get('/api/koreksi?sort=tanggal:asc').expect(400);
    await publik().get('/api/penurunan?filters[kategori]=lainnya').expect(400);
  });

  it('is in the OpenAPI document', async () => {
    const res = await http(strapi, p['koordinator-liputan'])
      .get('/api-publik/openapi.json')
      .expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/koreksi', '/penurunan']));
    expect(res.body.paths['/koreksi'].get.description).toContain('Daftar koreksi publik');
    expect(res.body.paths['/penurunan'].get.description).toContain('410');
  });
});
