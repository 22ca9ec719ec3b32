/**
 * The Daftar Informasi Publik (UU 14/2008 Pasal 7 ayat 3): GET /api/daftar-informasi-publik lists
 * every article online with its first publication, the unit responsible and its classification,
 * read from the history; anonymous, cached and validated as the other public reads; as JSON, as a
 * CSV a spreadsheet opens, and as the yearly printout signed by the PPID. The Verifikator's real
 * decisions to exempt (UU 14/2008 Pasal 17) are counted per legal basis in `meta.dikecualikan`,
 * by the year (WIB) of the decision in force, and nothing of an exempt article is ever listed.
 */
import type { Core } from '@strapi/strapi';
import { parse } from 'csv-parse/sync';
import { teksPdf, unggahBerkas } from '../helpers/berkas';
import { cmUid, http, parserBiner, UID_LIPUTAN as LIPUTAN } from '../helpers/http';
import { buatPengguna, type Pengguna, penggunaPerPeran, PERAN_SOP_20 } from '../helpers/pengguna';
import {
  buatLiputan,
  jalankanLangkah,
  kecualikanLiputan,
  LANGKAH_SOP_20_SESUDAH_DITULIS,
  liputanSampaiTahap,
  liputanSampaiTayang,
  padaJam,
} from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';
import { formatSingkatWib } from '../../src/plugins/redaksi/server/src/domain/tenggat';
import { LABEL_KLASIFIKASI_INFORMASI } from '../../src/plugins/redaksi/shared/label';

const JALUR = '/api/daftar-informasi-publik';
/** The printout's signer and the unit responsible, as an installation sets them (.env). */
const CETAK = {
  CETAK_UNIT_PENANGGUNG_JAWAB: 'Subbagian Humas dan Hubungan Antar Lembaga',
  CETAK_PPID_JABATAN: 'PPID KPU Provinsi Sumatera Barat',
  CETAK_PPID_NAMA: 'Dra. Rahmi Yulianti',
  CETAK_PPID_NIP: '197805122005022001',
};

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let foto: number[];
const tahunIni = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()),
);

const publik = () => http(strapi);

/** A Liputan walked through SOP 20 to publication, its steps at `waktu` when given (the engine's clock). */
async function liputanTayang(
  judul: string,
  kategori: string,
  waktu?: string,
): Promise<{ documentId: string; slug: string }> {
  const jalan = async () => {
    const documentId = await buatLiputan(strapi, p, { judul });
    await liputanSampaiTayang(strapi, p, documentId, {
      ringkasan: `Ringkasan ${judul}`,
      foto,
      kategori,
      ...(waktu ? { tanggalKegiatan: waktu.slice(0, 10) } : {}),
    });
    const baris = await strapi.db
      .query(LIPUTAN)
      .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
    return { documentId, slug: baris.slug as string };
  };
  return waktu ? padaJam(strapi, waktu, jalan) : jalan();
}

/**
 * A Liputan written and exempted by the Verifikator at verification under `dasarPengecualian`
 * (never online), its steps at `waktu` when given.
 */
async function liputanDikecualikan(
  judul: string,
  kategori: string,
  dasarPengecualian: string,
  waktu?: string,
): Promise<void> {
  const jalan = async () => {
    const documentId = await buatLiputan(strapi, p, { judul });
    await liputanSampaiTahap(strapi, p, documentId, 'verifikasi', {
      ringkasan: `Ringkasan ${judul}`,
      foto,
      kategori,
      ...(waktu ? { tanggalKegiatan: waktu.slice(0, 10) } : {}),
    });
    await kecualikanLiputan(strapi, p.verifikator, documentId, dasarPengecualian);
  };
  return waktu ? padaJam(strapi, waktu, jalan) : jalan();
}

let lama: { documentId: string; slug: string };
/** Online, then exempted in its correction cycle: its old version is still online. */
let terbukaLaluDikecualikan: { documentId: string; slug: string };
/** What must never be listed: the exempt articles' titles and summaries (and the one online's slug). */
const JUDUL_DIKECUALIKAN = [
  'Nomor Rekening Bendahara',
  'Identitas Pelapor Pelanggaran',
  'Rencana Pengamanan Gudang Logistik',
  'Alamat Rumah Anggota PPK',
];

/**
 * The classification the history records for an article, read straight from its rows: the last
 * row carrying one (the Verifikator's decision), or none while the workflow records none.
 */
async function klasifikasiTercatat(
  documentId: string,
): Promise<{ klasifikasi: string; waktu: Date } | null> {
  const baris = (await strapi.db.query('plugin::redaksi.riwayat').findMany({
    where: { dokumenId: documentId, publik: { $notNull: true } },
    orderBy: { waktu: 'asc' },
  })) as Array<{ publik: { klasifikasi?: string } | string; waktu: string }>;
  const ada = baris
    .map((row) => ({
      publik: (typeof row.publik === 'string' ? JSON.parse(row.publik) : row.publik) as {
        klasifikasi?: string;
      },
      waktu: new Date(row.waktu),
    }))
    .filter((row) => row.publik.klasifikasi)
    .at(-1);
  return ada ? { klasifikasi: ada.publik.klasifikasi as string, waktu: ada.waktu } : null;
}

beforeAll(async () => {
  Object.assign(process.env, CETAK);
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, [...PERAN_SOP_20, 'pemimpin-redaksi']));
  foto = await unggahBerkas(strapi, 1);
  // 00:30 WIB on 1 January 2025 is 2025 in WIB, though still 2024 in UTC (17:30 on 31 December).
  lama = await liputanTayang('Rekapitulasi Suara Akhir Tahun', 'berita', '2024-12-31T17:30:00Z');
  await liputanTayang('Rapat Pleno Terbuka DPT', 'berita');
  await liputanTayang('Pengumuman Seleksi PPK', 'pengumuman');
  // Never online: not in the register.
  await buatLiputan(strapi, p, { judul: 'Draf yang belum terbit' });

  // Exempt (UU 14/2008 Pasal 17): one decided at 00:45 WIB 1 Jan 2025 (2024 in UTC), two this
  // year under different letters, and one this year on an article already online: edited with
  // its correction note, forwarded, and exempted at verification, which withdraws its old version.
  await liputanDikecualikan(JUDUL_DIKECUALIKAN[0], 'berita', 'pasal-17-h', '2024-12-31T17:45:00Z');
  await liputanDikecualikan(JUDUL_DIKECUALIKAN[1], 'berita', 'pasal-17-h');
  await liputanDikecualikan(JUDUL_DIKECUALIKAN[2], 'pengumuman', 'pasal-17-c');
  terbukaLaluDikecualikan = await liputanTayang(JUDUL_DIKECUALIKAN[3], 'berita');
  const { documentId } = terbukaLaluDikecualikan;
  await http(strapi, p['sekretaris-redaksi'])
    .put(cmUid(LIPUTAN, documentId), {
      ringkasan: 'Ringkasan dengan alamat lengkap',
      catatanKoreksi: 'Alamat dilengkapi.',
    })
    .expect(200);
  await jalankanLangkah(strapi, p, LIPUTAN, documentId, LANGKAH_SOP_20_SESUDAH_DITULIS, {
    sampai: 'verifikasi',
  });
  await kecualikanLiputan(strapi, p.verifikator, documentId, 'pasal-17-h');
});
afterAll(async () => {
  await hentikanStrapi(strapi);
  for (const kunci of Object.keys(CETAK)) delete process.env[kunci];
});

describe('daftar informasi publik', () => {
  it('lists every article online, oldest first, with what the register needs and nothing else', async () => {
    const res = await publik().get(JALUR).expect(200);
    const tercatat = await klasifikasiTercatat(lama.documentId);
    expect(res.body.data.map((item: { judul: string }) => item.judul)).toEqual([
      'Rekapitulasi Suara Akhir Tahun',
      'Rapat Pleno Terbuka DPT',
      'Pengumuman Seleksi PPK',
    ]);
    expect(res.body.data[0]).toEqual({
      kategori: 'berita',
      judul: 'Rekapitulasi Suara Akhir Tahun',
      ringkasan: 'Ringkasan Rekapitulasi Suara Akhir Tahun',
      // The first publication as the history records it (the engine's clock), not publishedAt.
      terbitPertama: '2024-12-31T17:30:00.000Z',
      penanggungJawab: CETAK.CETAK_UNIT_PENANGGUNG_JAWAB,
      // The classification in force and its date, as the Verifikator's history row holds them.
      klasifikasi: tercatat?.klasifikasi ?? null,
      tanggalKlasifikasi: tercatat?.waktu.toISOString() ?? null,
      slug: lama.slug,
    });
    expect(res.body.meta).toEqual({
      tahun: null,
      kategori: null,
      jumlah: 3,
      dikecualikan: [
        { dasarPengecualian: 'pasal-17-c', jumlah: 1 },
        { dasarPengecualian: 'pasal-17-h', jumlah: 3 },
      ],
      pagination: { page: 1, pageSize: 25, pageCount: 1, total: 3 },
    });
  });

  it('counts the exempt decisions in force per legal basis, by year (WIB) and category, and lists none of their content', async () => {
    const dikecualikan = async (query: string) =>
      (await publik().get(`${JALUR}?${query}`).expect(200)).body.meta.dikecualikan;
    expect(await dikecualikan('tahun=2025')).toEqual([
      { dasarPengecualian: 'pasal-17-h', jumlah: 1 },
    ]);
    expect(await dikecualikan(`tahun=${tahunIni}`)).toEqual([
      { dasarPengecualian: 'pasal-17-c', jumlah: 1 },
      { dasarPengecualian: 'pasal-17-h', jumlah: 2 },
    ]);
    expect(await dikecualikan('kategori=pengumuman')).toEqual([
      { dasarPengecualian: 'pasal-17-c', jumlah: 1 },
    ]);

    // The exempt article still online is not listed; no row holds anything of an exempt one.
    const semua = await publik().get(`${JALUR}?pagination[pageSize]=100`).expect(200);
    const csv = await publik().get(`${JALUR}?format=csv`).buffer(true).expect(200);
    for (const teks of [JSON.stringify(semua.body.data), csv.text]) {
      for (const judul of JUDUL_DIKECUALIKAN) {
        expect(teks).not.toContain(judul);
        expect(teks).not.toContain(`Ringkasan ${judul}`);
      }
      expect(teks).not.toContain('Ringkasan dengan alamat lengkap');
      expect(teks).not.toContain(terbukaLaluDikecualikan.slug);
    }
    // Exempt information is never public: the exemption withdrew the version that was online, a
    // takedown on the public record (410, #25) that names the legal basis and nothing of the content.
    const ditarik = await publik()
      .get(`/api/liputans/${terbukaLaluDikecualikan.documentId}`)
      .expect(410);
    expect(ditarik.body.error.details.kategori).toBe('informasi-dikecualikan');
    expect(ditarik.body.error.details.alasanPublik).toContain('Pasal 17 huruf h');
    expect(JSON.stringify(ditarik.body)).not.toContain(JUDUL_DIKECUALIKAN[3]);
    expect(JSON.stringify(ditarik.body)).not.toContain('Ringkasan dengan alamat lengkap');
  });

  it('pages the JSON as the other public lists do', async () => {
    const res = await publik()
      .get(`${JALUR}?pagination[page]=2&pagination[pageSize]=2`)
      .expect(200);
    expect(res.body.data.map((item: { judul: string }) => item.judul)).toEqual([
      'Pengumuman Seleksi PPK',
    ]);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
  });

  it('filters by the year of first publication (WIB) and by category', async () => {
    const judul = async (query: string) =>
      (await publik().get(`${JALUR}?${query}`).expect(200)).body.data.map(
        (item: { judul: string }) => item.judul,
      );
    expect(await judul('tahun=2025')).toEqual(['Rekapitulasi Suara Akhir Tahun']);
    expect(await judul(`tahun=${tahunIni}`)).toEqual([
      'Rapat Pleno Terbuka DPT',
      'Pengumuman Seleksi PPK',
    ]);
    expect(await judul('kategori=pengumuman')).toEqual(['Pengumuman Seleksi PPK']);
    expect(await judul('kategori=berita&tahun=2025')).toEqual(['Rekapitulasi Suara Akhir Tahun']);
    expect(await judul('kategori=opini')).toEqual([]);
  });

  it.each([
    ['tahun=25', 'tahun'],
    ['kategori=rahasia', 'kategori'],
    ['format=xlsx', 'format'],
    ['filters[judul]=x', 'filters'],
  ])('refuses ?%s with a 400 naming %s, and caches nothing', async (query, nama) => {
    const res = await publik().get(`${JALUR}?${query}`).expect(400);
    expect(res.body.error).toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining(nama),
      details: { kode: 'kueri-publik' },
    });
    expect(res.headers['x-cache']).toBeUndefined();
  });

  it('is cached as the other public reads: ETag, 304, a hit, and a new publication shows at once', async () => {
    const pertama = await publik().get(`${JALUR}?kategori=siaran-pers`).expect(200);
    expect(pertama.body.data).toEqual([]);
    expect(pertama.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    const etag = pertama.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const kena = await publik().get(`${JALUR}?kategori=siaran-pers`).expect(200);
    expect(kena.headers['x-cache']).toBe('HIT');
    await publik().get(`${JALUR}?kategori=siaran-pers`).set('If-None-Match', etag).expect(304);

    await liputanTayang('Siaran Pers Hasil Pleno', 'siaran-pers');
    const baru = await publik().get(`${JALUR}?kategori=siaran-pers`).expect(200);
    expect(baru.headers['x-cache']).toBe('MISS');
    expect(baru.headers.etag).not.toBe(etag);
    expect(baru.body.data.map((item: { judul: string }) => item.judul)).toEqual([
      'Siaran Pers Hasil Pleno',
    ]);
  });

  it('opens in a spreadsheet: CSV with a UTF-8 BOM and Indonesian headers, labels and WIB dates', async () => {
    const res = await publik().get(`${JALUR}?format=csv&tahun=2025`).buffer(true).expect(200);
    const tercatat = await klasifikasiTercatat(lama.documentId);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="daftar-informasi-publik-2025.csv"',
    );
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const baris: string[][] = parse(Buffer.from(res.text, 'utf8'), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
    expect(baris.slice(0, 2)).toEqual([
      [
        'No.',
        'Kategori',
        'Judul informasi',
        'Ringkasan isi informasi',
        'Tanggal pertama terbit',
        'Penanggung jawab',
        'Klasifikasi',
        'Tanggal klasifikasi',
        'Tautan (slug)',
      ],
      [
        '1',
        'Berita',
        'Rekapitulasi Suara Akhir Tahun',
        'Ringkasan Rekapitulasi Suara Akhir Tahun',
        '2025-01-01 00:30',
        CETAK.CETAK_UNIT_PENANGGUNG_JAWAB,
        tercatat ? LABEL_KLASIFIKASI_INFORMASI[tercatat.klasifikasi] : '',
        tercatat ? formatSingkatWib(tercatat.waktu) : '',
        lama.slug,
      ],
    ]);
    expect(baris.slice(2)).toEqual([
      ['Informasi yang dikecualikan (UU 14/2008 Pasal 17)'],
      ['Dasar pengecualian', 'Jumlah'],
      ['Pasal 17 huruf h: rahasia pribadi', '1'],
    ]);
    // Served again from the cache as the same bytes.
    const lagi = await publik().get(`${JALUR}?format=csv&tahun=2025`).buffer(true).expect(200);
    expect(lagi.headers['x-cache']).toBe('HIT');
    expect(lagi.text).toBe(res.text);
  });

  it("prints the year's register for the annual report, with the letterhead and the PPID's signature block", async () => {
    const res = await publik()
      .get(`${JALUR}?format=pdf`)
      .buffer(true)
      .parse(parserBiner)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="daftar-informasi-publik-${tahunIni}.pdf"`,
    );
    const teks = await teksPdf(res.body as Buffer);
    for (const bagian of [
      'KOMISI PEMILIHAN UMUM PROVINSI SUMATERA BARAT',
      `DAFTAR INFORMASI PUBLIK TAHUN ${tahunIni}`,
      `penanggung jawab: ${CETAK.CETAK_UNIT_PENANGGUNG_JAWAB}`,
      'Rapat Pleno Terbuka DPT',
      'Pengumuman Seleksi PPK',
      'Informasi yang dikecualikan (UU 14/2008 Pasal 17)',
      'Pasal 17 huruf c: pertahanan dan keamanan negara 1',
      'Pasal 17 huruf h: rahasia pribadi 2',
      `Mengetahui, ${CETAK.CETAK_PPID_JABATAN}`,
      CETAK.CETAK_PPID_NAMA,
      `NIP. ${CETAK.CETAK_PPID_NIP}`,
      'Halaman 1 dari',
    ])
      expect(teks).toContain(bagian);
    // Only this year's articles; labels, not codes.
    expect(teks).not.toContain('Rekapitulasi Suara Akhir Tahun');
    expect(teks).not.toContain('Tidak ada informasi yang dikecualikan');
    for (const judul of JUDUL_DIKECUALIKAN) expect(teks).not.toContain(judul);
    expect(teks).toContain('Pengumuman');
    expect(teks).not.toContain('pengumuman ');
    expect(teks).toMatch(/Padang, \d{1,2} [A-Z][a-z]+ \d{4}/);

    const lalu = await publik()
      .get(`${JALUR}?format=pdf&tahun=2025`)
      .buffer(true)
      .parse(parserBiner)
      .expect(200);
    const teksLalu = await teksPdf(lalu.body as Buffer);
    expect(teksLalu).toContain('DAFTAR INFORMASI PUBLIK TAHUN 2025');
    expect(teksLalu).toContain('Rekapitulasi Suara Akhir Tahun');
    expect(teksLalu).not.toContain('Rapat Pleno Terbuka DPT');
    expect(teksLalu).toContain('Pasal 17 huruf h: rahasia pribadi 1');
    expect(teksLalu).not.toContain(JUDUL_DIKECUALIKAN[0]);
  });

  it('is listed in the OpenAPI document with what it takes', async () => {
    const admin = await buatPengguna(strapi, ['pemimpin-redaksi']);
    const res = await http(strapi, admin).get('/api-publik/openapi.json').expect(200);
    const operasi = res.body.paths['/daftar-informasi-publik']?.get;
    expect(operasi).toBeDefined();
    expect(operasi.description).toContain('Daftar Informasi Publik');
    expect(operasi.description).toContain('format=json|csv|pdf');
  });
});
