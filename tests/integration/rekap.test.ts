/**
 * The monthly recap of May 2025 on a fixed dataset across the month boundaries in WIB: items at
 * 23:59 and 00:01 WIB on the 1st fall in different months than their UTC dates suggest. Every
 * figure of the JSON is asserted; the XLSX and CSV are read back and must hold the same. The
 * public-information figures (UU 14/2008) come from real decisions walked over HTTP, and the
 * public registers read from the same history rows must count the same (#25).
 */
import type { Core } from '@strapi/strapi';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { teksPdf, unggahBerkas } from '../helpers/berkas';
import { http, parserBiner } from '../helpers/http';
import { type Pengguna, penggunaPerPeran, PERAN_SOP_20, PERAN_SOP_21 } from '../helpers/pengguna';
import {
  buatLiputan,
  disposisiSampaiRedaktur,
  jalankanLangkah,
  kecualikanLiputan,
  liputanSampaiTahap,
  LANGKAH_SOP_20_SESUDAH_DITULIS,
  narasi,
  padaJam,
} from '../helpers/sop';
import { alamat, hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

const LIPUTAN = 'api::liputan.liputan';
const MEDSOS = 'api::konten-medsos.konten-medsos';
const cm = (uid: string, documentId = '') =>
  `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
const transisi = (uid: string, documentId: string) =>
  `/redaksi/documents/${uid}/${documentId}/transitions`;

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let foto: number[];

async function liputanTerbit(
  judul: string,
  kategori: string,
  waktuTerbit: string,
  disposisi?: string,
): Promise<string> {
  return padaJam(strapi, waktuTerbit, async () => {
    // From the coverage plan, or made by the Redaktur Pelaksana from a disposition that reached them.
    const pembuat = disposisi ? 'redaktur-pelaksana' : 'koordinator-liputan';
    const res = await http(strapi, p[pembuat])
      .post(cm(LIPUTAN), {
        judul,
        kategori,
        ringkasan: `Ringkasan ${judul}`,
        isi: narasi,
        foto,
        ...(disposisi ? { disposisi: { connect: [{ documentId: disposisi }] } } : {}),
      })
      .expect(201);
    const id = res.body.data.documentId as string;
    if (!disposisi)
      await http(strapi, p['koordinator-liputan'])
        .post(transisi(LIPUTAN, id), { action: 'teruskan' })
        .expect(200);
    await http(strapi, p['redaktur-pelaksana'])
      .post(transisi(LIPUTAN, id), { action: 'tugaskan', assignees: [p['tim-peliputan'].id] })
      .expect(200);
    await verifikasiDanTayangkan(id);
    return id;
  });
}

/**
 * SOP 20 from the article's stage (written, or edited online: `koreksi`) through verification to
 * publication by the Staf Sekretariat.
 */
async function verifikasiDanTayangkan(documentId: string): Promise<void> {
  await jalankanLangkah(strapi, p, LIPUTAN, documentId, LANGKAH_SOP_20_SESUDAH_DITULIS);
  await http(strapi, p['staf-sekretariat'])
    .post(`${cm(LIPUTAN, documentId)}/actions/publish`)
    .expect(200);
}

/**
 * SOP 20 "Suntingan setelah tayang": the Sekretaris Redaksi edits the article online with its
 * public correction note at `waktuSunting`; forwarded, verified and published again at `waktuTayang`.
 */
async function koreksiTayang(
  documentId: string,
  data: Record<string, unknown>,
  waktuSunting: string,
  waktuTayang: string,
): Promise<void> {
  await padaJam(strapi, waktuSunting, () =>
    http(strapi, p['sekretaris-redaksi']).put(cm(LIPUTAN, documentId), data).expect(200),
  );
  await padaJam(strapi, waktuTayang, () => verifikasiDanTayangkan(documentId));
}

/** A written article the Verifikator exempts at `waktu` (UU 14/2008 Pasal 17). */
const liputanDikecualikan = (judul: string, dasarPengecualian: string, waktu: string) =>
  padaJam(strapi, waktu, async () => {
    const id = await buatLiputan(strapi, p, { judul });
    await liputanSampaiTahap(strapi, p, id, 'verifikasi', {
      ringkasan: `Ringkasan ${judul}`,
      foto,
      tanggalKegiatan: waktu.slice(0, 10),
    });
    await kecualikanLiputan(strapi, p.verifikator, id, dasarPengecualian);
  });

/** The Penanggung Jawab takes an article down, with the note, category and public reason it asks. */
const turunkan = (documentId: string, kategori: string, waktu: string) =>
  padaJam(strapi, waktu, () =>
    http(strapi, p['pemimpin-redaksi'])
      .post(transisi(LIPUTAN, documentId), {
        action: 'turunkan',
        note: `Diturunkan: ${kategori}`,
        kategori,
        alasanPublik: `Liputan ini diturunkan (${kategori}).`,
      })
      .expect(200),
  );

const baca = (documentId: string, waktu: string, ip: string) =>
  padaJam(strapi, waktu, () =>
    request(alamat(strapi))
      .post(`/api/liputans/${documentId}/views`)
      .set('X-Forwarded-For', ip)
      .expect(200),
  );

async function kontenMedsos(data: Record<string, unknown>): Promise<string> {
  const res = await http(strapi, p['tim-pelaksana'])
    .post(cm(MEDSOS), { dokumentasi: foto, narasi, caption: 'Caption', ...data })
    .expect(201);
  return res.body.data.documentId;
}

const aksi = (documentId: string, siapa: string, body: object, waktu: string) =>
  padaJam(strapi, waktu, () =>
    http(strapi, p[siapa]).post(transisi(MEDSOS, documentId), body).expect(200),
  );

/** An item's SOP 21 steps at their instants: who, what they sent, when (UTC). */
async function linimasa(documentId: string, langkah: Array<[string, object, string]>) {
  for (const [siapa, body, waktu] of langkah) await aksi(documentId, siapa, body, waktu);
}

/** The late submission's reason, the same both times M2 is submitted. */
const TERLAMBAT = 'Jaringan putus';

const terbitkanMedsos = (documentId: string, waktu: string) =>
  padaJam(strapi, waktu, () =>
    http(strapi, p['admin-medsos'])
      .post(`${cm(MEDSOS, documentId)}/actions/publish`)
      .expect(200),
  );

const disposisi = (data: Record<string, unknown>, waktu: string) =>
  padaJam(
    strapi,
    waktu,
    async () =>
      (
        await strapi
          .documents('api::disposisi.disposisi')
          .create({ data: { asal: 'PPID', ...data } as never })
      ).documentId,
  );

beforeAll(async () => {
  strapi = await mulaiStrapi();
  Object.assign(
    p,
    await penggunaPerPeran(strapi, ['ppid-pembantu', ...PERAN_SOP_20, ...PERAN_SOP_21]),
  );
  foto = await unggahBerkas(strapi, 4);

  // Dispositions: one received in May and carried out by C, one from April left overdue.
  const d1 = await disposisi(
    {
      perihal: 'Publikasi pengumuman seleksi',
      tanggalDiterima: '2025-05-02',
      batasWaktu: '2025-05-05',
    },
    '2025-05-02T02:00:00Z',
  );
  await disposisi(
    {
      perihal: 'Publikasi jadwal kampanye',
      tanggalDiterima: '2025-04-28',
      batasWaktu: '2025-04-30',
    },
    '2025-04-28T02:00:00Z',
  );

  // Website: A 23:59 WIB 30 Apr (April), B 00:01 WIB 1 May (May, though 30 Apr in UTC), C mid-May
  // (carries d1, corrected after publication), D 23:59 WIB 31 May (May), E 00:01 WIB 1 Jun (June).
  const a = await liputanTerbit('Liputan A akhir April', 'berita', '2025-04-30T16:59:00Z');
  const b = await liputanTerbit('Liputan B awal Mei', 'berita', '2025-04-30T17:01:00Z');
  const d1DiRedaktur = await padaJam(strapi, '2025-05-02T03:00:00Z', () =>
    disposisiSampaiRedaktur(strapi, p, d1),
  );
  const c = await liputanTerbit(
    'Liputan C pertengahan Mei',
    'pengumuman',
    '2025-05-15T03:00:00Z',
    d1DiRedaktur,
  );
  const dLiputan = await liputanTerbit('Liputan D akhir Mei', 'kegiatan', '2025-05-31T16:59:00Z');
  const e = await liputanTerbit('Liputan E awal Juni', 'berita', '2025-05-31T17:01:00Z');
  // SOP 20 langkah 7-8: the publishers record where the articles were shared (at `tayang`, no
  // correction cycle). Counted with the month the article was first published in: B (Instagram,
  // Facebook) and D (Instagram) in May; A (April) and E (June) elsewhere.
  const ig = (id: string) => ({ platform: 'instagram', url: `https://instagram.com/p/${id}` });
  const fb = (id: string) => ({ platform: 'facebook', url: `https://facebook.com/kpu/${id}` });
  for (const [id, siapa, tautan] of [
    [b, 'staf-sekretariat', [ig(b), fb(b)]],
    [dLiputan, 'pemimpin-redaksi', [ig(dLiputan)]],
    [a, 'staf-sekretariat', [fb(a)]],
    [e, 'staf-sekretariat', [ig(e)]],
  ] as const)
    await http(strapi, p[siapa]).put(cm(LIPUTAN, id), { tautan }).expect(200);
  // C corrected online and published again in May: one correction of May.
  await koreksiTayang(
    c,
    { ringkasan: 'Ringkasan diperbaiki', catatanKoreksi: 'Ringkasan disesuaikan dengan isi.' },
    '2025-05-20T03:00:00Z',
    '2025-05-20T04:00:00Z',
  );

  // Readers: A twice on 1 May WIB (still 30 Apr in UTC), B once on 31 May WIB and once on 1 Jun WIB, C three times.
  await baca(a, '2025-04-30T17:30:00Z', '10.0.0.1');
  await baca(a, '2025-04-30T17:31:00Z', '10.0.0.2');
  await baca(b, '2025-05-31T16:30:00Z', '10.0.0.3');
  await baca(b, '2025-05-31T17:30:00Z', '10.0.0.3');
  for (const ip of ['10.0.1.1', '10.0.1.2', '10.0.1.3']) await baca(c, '2025-05-16T03:00:00Z', ip);

  // UU 14/2008, counted by the WIB month of the history row. Exempted in May: two under Pasal 17
  // huruf h, one under huruf c; in June (00:05 WIB 1 Jun, still 31 May in UTC): one under huruf a.
  await liputanDikecualikan('Identitas pelapor pelanggaran', 'pasal-17-h', '2025-05-12T03:00:00Z');
  await liputanDikecualikan('Alamat rumah saksi', 'pasal-17-h', '2025-05-13T03:00:00Z');
  await liputanDikecualikan('Rencana pengamanan gudang', 'pasal-17-c', '2025-05-14T03:00:00Z');
  await liputanDikecualikan('Jadwal pengawalan surat suara', 'pasal-17-a', '2025-05-31T17:05:00Z');
  // D corrected in June: edited at 00:00 WIB 1 Jun and published again a minute later (May in UTC).
  await koreksiTayang(
    dLiputan,
    { ringkasan: 'Ringkasan D diperbaiki', catatanKoreksi: 'Nama kegiatan diperbaiki.' },
    '2025-05-31T17:00:10Z',
    '2025-05-31T17:00:40Z',
  );
  // Takedowns (after the readers above: a taken-down article counts no reader): A (published in
  // April) and B at 23:59 WIB 31 May in May; E at 00:02 WIB 1 Jun, still 31 May in UTC, in June.
  await turunkan(a, 'permintaan-pihak', '2025-05-25T03:00:00Z');
  await turunkan(b, 'kesalahan-fakta', '2025-05-31T16:59:50Z');
  await turunkan(e, 'kesalahan-fakta', '2025-05-31T17:02:00Z');

  // Social media: M3 submitted in April, rejected in May; M1 on time; M2 late, sent back once, uploaded with permission.
  const m3 = await kontenMedsos({
    judul: 'M3 kegiatan April',
    tanggalKegiatan: '2025-04-29',
    unitPelaksana: 'Divisi Data',
    // Rejected, never uploaded: not counted on any target platform.
    platformTujuan: ['x'],
  });
  await linimasa(m3, [
    ['tim-pelaksana', { action: 'serahkan' }, '2025-04-30T10:00:00Z'],
    ['admin-medsos', { action: 'terima' }, '2025-04-30T11:00:00Z'],
    ['wakil-pemimpin-redaksi', { action: 'teruskan' }, '2025-04-30T12:00:00Z'],
    ['pemimpin-redaksi', { action: 'tolak', note: 'Tidak sesuai' }, '2025-05-02T03:00:00Z'],
  ]);

  const m1 = await kontenMedsos({
    judul: 'M1 tepat waktu',
    tanggalKegiatan: '2025-05-10',
    unitPelaksana: 'Divisi Teknis',
    platformTujuan: ['x', 'instagram'],
    tautan: [
      { platform: 'instagram', url: 'https://instagram.com/p/m1' },
      { platform: 'facebook', url: 'https://facebook.com/m1' },
    ],
  });
  await linimasa(m1, [
    ['tim-pelaksana', { action: 'serahkan' }, '2025-05-10T05:00:00Z'],
    ['admin-medsos', { action: 'terima' }, '2025-05-10T08:00:00Z'],
    ['wakil-pemimpin-redaksi', { action: 'teruskan' }, '2025-05-10T08:00:00Z'],
    ['pemimpin-redaksi', { action: 'setujui' }, '2025-05-10T08:00:00Z'],
  ]);
  await terbitkanMedsos(m1, '2025-05-11T02:00:00Z');

  const m2 = await kontenMedsos({
    judul: 'M2 terlambat',
    tanggalKegiatan: '2025-05-20',
    unitPelaksana: 'Divisi Sosdiklih',
    platformTujuan: ['instagram'],
    tautan: [{ platform: 'instagram', url: 'https://instagram.com/p/m2' }],
  });
  await linimasa(m2, [
    ['tim-pelaksana', { action: 'serahkan', alasanTerlambat: TERLAMBAT }, '2025-05-23T03:00:00Z'],
    ['admin-medsos', { action: 'terima' }, '2025-05-23T03:10:00Z'],
    [
      'wakil-pemimpin-redaksi',
      { action: 'kembalikan', note: 'Caption kurang' },
      '2025-05-23T03:20:00Z',
    ],
    ['tim-pelaksana', { action: 'serahkan', alasanTerlambat: TERLAMBAT }, '2025-05-23T05:00:00Z'],
    ['admin-medsos', { action: 'terima' }, '2025-05-23T06:00:00Z'],
    ['wakil-pemimpin-redaksi', { action: 'teruskan' }, '2025-05-23T06:00:00Z'],
    ['pemimpin-redaksi', { action: 'setujui' }, '2025-05-23T06:00:00Z'],
    [
      'pemimpin-redaksi',
      { action: 'izinkan-terlambat', note: 'Tetap relevan' },
      '2025-05-24T01:00:00Z',
    ],
  ]);
  await terbitkanMedsos(m2, '2025-05-24T03:00:00Z');
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

/** Counts per code (`kunci`) added up over lists of `{ [kunci]: code, jumlah }`: months, registers. */
function jumlahPer(kunci: string, ...daftar: Array<Array<Record<string, unknown>>>) {
  const jumlah: Record<string, number> = {};
  for (const item of daftar.flat()) {
    const kode = String(item[kunci]);
    jumlah[kode] = (jumlah[kode] ?? 0) + Number(item.jumlah);
  }
  return jumlah;
}

const rekap = (format = 'json', bulan = '2025-05', siapa = 'pemimpin-redaksi') =>
  http(strapi, p[siapa]).get(`/redaksi/recap?month=${bulan}&format=${format}`);

describe('rekapitulasi Mei 2025', () => {
  it('holds every figure of the month, in WIB', async () => {
    const { body } = await rekap().expect(200);
    const { website, mediaSosial, disposisi: d, register } = body.data;

    expect(body.data.rentang).toEqual({
      mulai: '2025-04-30T17:00:00.000Z',
      selesai: '2025-05-31T17:00:00.000Z',
    });
    expect(website.artikel.map((x: { judul: string }) => x.judul)).toEqual([
      'Liputan B awal Mei',
      'Liputan C pertengahan Mei',
      'Liputan D akhir Mei',
    ]);
    expect(website.artikelTerbit).toBe(3);
    expect(website.perKategori).toEqual([
      { kategori: 'berita', jumlah: 1 },
      { kategori: 'kegiatan', jumlah: 1 },
      { kategori: 'pengumuman', jumlah: 1 },
    ]);
    expect(website.pembaca.total).toBe(6);
    expect(
      website.terbanyakDibaca.map((x: { judul: string; pembaca: number }) => [x.judul, x.pembaca]),
    ).toEqual([
      ['Liputan C pertengahan Mei', 3],
      ['Liputan A akhir April', 2],
      ['Liputan B awal Mei', 1],
    ]);
    expect(website.pembaca.perHari).toEqual([
      { tanggal: '2025-05-01', jumlah: 2 },
      { tanggal: '2025-05-16', jumlah: 3 },
      { tanggal: '2025-05-31', jumlah: 1 },
    ]);
    expect(website.dikoreksiSetelahTayang).toBe(1);
    expect(website.tautanPerPlatform).toEqual([
      { platform: 'facebook', jumlah: 1 },
      { platform: 'instagram', jumlah: 2 },
    ]);
    expect(website.informasiPublik).toEqual({
      dikecualikanPerDasar: [
        { dasarPengecualian: 'pasal-17-c', jumlah: 1 },
        { dasarPengecualian: 'pasal-17-h', jumlah: 2 },
      ],
      koreksi: 1,
      penurunanPerKategori: [
        { kategori: 'kesalahan-fakta', jumlah: 1 },
        { kategori: 'permintaan-pihak', jumlah: 1 },
      ],
    });

    expect(mediaSosial).toMatchObject({
      diunggah: 2,
      perPlatform: [
        { platform: 'facebook', jumlah: 1 },
        { platform: 'instagram', jumlah: 2 },
      ],
      perPlatformTujuan: [
        { platform: 'instagram', jumlah: 2 },
        { platform: 'x', jumlah: 1 },
      ],
      tepatWaktu: 1,
      terlambat: 1,
      diserahkanTerlambat: 1,
      dikembalikan: 1,
      ditolak: 1,
      waktuProsesJam: { median: 21.5, terlama: 22 },
      perUnit: [
        { unit: 'Divisi Sosdiklih', jumlah: 1 },
        { unit: 'Divisi Teknis', jumlah: 1 },
      ],
    });
    expect(mediaSosial.alasanTerlambat).toEqual([
      expect.objectContaining({
        judul: 'M2 terlambat',
        alasan: 'Jaringan putus',
        nomorRegister: 'REG/2025/05/0002',
      }),
    ]);

    expect(d).toEqual({ diterima: 1, selesai: 1, terlambat: 1 });
    expect(
      register.map((r: { nomorRegister: string; kegiatan: string; tahap: string }) => [
        r.nomorRegister,
        r.kegiatan,
        r.tahap,
      ]),
    ).toEqual([
      ['REG/2025/05/0001', 'M1 tepat waktu', 'diunggah'],
      ['REG/2025/05/0002', 'M2 terlambat', 'diunggah'],
    ]);
    expect(register[1]).toMatchObject({
      diserahkanPada: '2025-05-23T03:00:00.000Z',
      unit: 'Divisi Sosdiklih',
      tanggalKegiatan: '2025-05-20',
    });
  });

  it('puts the same figures in the XLSX: sheets, numbers as numbers, dates as WIB dates, frozen headers', async () => {
    const res = await rekap('xlsx').buffer(true).parse(parserBiner).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('rekapitulasi-redaksi-2025-05.xlsx');
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load(res.body);
    expect(buku.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan',
      'Website',
      'Media Sosial',
      'Disposisi',
      'Register',
    ]);

    const ringkasan = buku.getWorksheet('Ringkasan')!;
    const nilai = (uraian: string) => {
      let hasil: unknown;
      ringkasan.eachRow((row) => {
        if (row.getCell(1).value === uraian) hasil = row.getCell(2).value;
      });
      return hasil;
    };
    expect(nilai('Liputan terbit (pertama kali)')).toBe(3);
    expect(nilai('Jumlah pembaca laman')).toBe(6);
    expect(nilai('Unggahan per platform: Instagram')).toBe(2);
    expect(nilai('Unggahan per platform tujuan: Instagram')).toBe(2);
    expect(nilai('Unggahan per platform tujuan: X')).toBe(1);
    expect(nilai('Waktu proses median, penyerahan sampai unggah (jam)')).toBe(21.5);
    expect(nilai('Disposisi melewati batas waktu')).toBe(1);
    expect(ringkasan.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    // The public-information figures (UU 14/2008), as numbers, wherever their section sits.
    const diBuku = (uraian: string) => {
      const hasil: unknown[] = [];
      buku.eachSheet((lembar) =>
        lembar.eachRow((row) => {
          if (row.getCell(1).value === uraian) hasil.push(row.getCell(2).value);
        }),
      );
      return hasil;
    };
    expect(diBuku('Keputusan dikecualikan: Pasal 17 huruf h: rahasia pribadi')).toEqual([2]);
    expect(diBuku('Koreksi yang ditayangkan')).toEqual([1]);
    expect(diBuku('Penurunan: Kesalahan fakta')).toEqual([1]);
    expect(diBuku('Penurunan: Permintaan pihak terkait')).toEqual([1]);
    expect(ringkasan.getColumn(1).width).toBe(48);

    const register = buku.getWorksheet('Register')!;
    expect(register.getRow(2).values).toEqual(
      expect.arrayContaining(['Nomor register', 'Diserahkan', 'Kegiatan']),
    );
    const diserahkan = register.getRow(4).getCell(2).value as Date;
    expect(diserahkan).toBeInstanceOf(Date);
    expect(diserahkan.toISOString()).toBe('2025-05-23T10:00:00.000Z'); // 10:00 WIB as the clock showed
    expect(register.getRow(4).getCell(1).value).toBe('REG/2025/05/0002');
  });

  it('puts the same figures in the CSV, UTF-8 with BOM', async () => {
    const res = await rekap('csv').buffer(true).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const teks = Buffer.from(res.text, 'utf8');
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const baris: string[][] = parse(teks, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
    const nilai = (uraian: string) => baris.find((b) => b[0] === uraian)?.[1];
    expect(nilai('Liputan terbit (pertama kali)')).toBe('3');
    expect(nilai('Jumlah pembaca laman')).toBe('6');
    expect(nilai('Disposisi selesai')).toBe('1');
    expect(nilai('Liputan dibagikan ke media sosial: Instagram')).toBe('2');
    expect(nilai('Liputan dibagikan ke media sosial: Facebook')).toBe('1');
    expect(nilai('Keputusan dikecualikan: Pasal 17 huruf h: rahasia pribadi')).toBe('2');
    expect(nilai('Keputusan dikecualikan: Pasal 17 huruf c: pertahanan dan keamanan negara')).toBe(
      '1',
    );
    expect(nilai('Koreksi yang ditayangkan')).toBe('1');
    expect(nilai('Penurunan: Kesalahan fakta')).toBe('1');
    expect(nilai('Penurunan: Permintaan pihak terkait')).toBe('1');
    // June's exemption is June's.
    expect(baris.some((b) => b[0].includes('Pasal 17 huruf a'))).toBe(false);
    expect(baris.find((b) => b[0] === 'REG/2025/05/0002')).toEqual([
      'REG/2025/05/0002',
      '2025-05-23 10:00',
      'M2 terlambat',
      '2025-05-20',
      'Divisi Sosdiklih',
      'Diunggah',
    ]);
  });

  it('prints the same recap as a PDF for the hardcopy: landscape, labels, pages, signature', async () => {
    const res = await rekap('pdf').buffer(true).parse(parserBiner).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('rekapitulasi-redaksi-2025-05.pdf');
    const pdf = res.body as Buffer;
    const teks = await teksPdf(pdf);
    for (const bagian of [
      'KOMISI PEMILIHAN UMUM PROVINSI SUMATERA BARAT',
      'REKAPITULASI REDAKSI MEI 2025',
      // The line under the title: what the recap rests on, and its time zone.
      'SOP 20/2025 (Pengelolaan Laman) dan SOP 21/2025 (Pengunggahan Konten Media Sosial); waktu WIB',
      'Liputan terbit (pertama kali) 3',
      // Labels, not the stored codes.
      'Liputan terbit: Berita 1',
      'Liputan terbit: Kegiatan 1',
      'Unggahan per platform: Instagram 2',
      'Unggahan per platform tujuan: X 1',
      'Liputan dibagikan ke media sosial: Instagram 2',
      'Jumlah pembaca laman 6',
      'Liputan C pertengahan Mei Pengumuman 15 Mei 2025 10.00 3',
      // Dates in Indonesian, in WIB; the activity date as the calendar day it is.
      'REG/2025/05/0002 23 Mei 2025 10.00 M2 terlambat 20 Mei 2025 Divisi Sosdiklih Diunggah',
      'Jaringan putus',
      'Disposisi melewati batas waktu 1',
      'Mengetahui, Sekretaris KPU Provinsi Sumatera Barat',
      'NIP. ....',
    ]) {
      expect(teks).toContain(bagian);
    }
    expect(teks).not.toContain('instagram');
    expect(teks).toMatch(/Padang, \d{1,2} [A-Z][a-z]+ \d{4}/);
    // Every page numbered out of the total; A4 landscape (842 x 595 points).
    const halaman = [...teks.matchAll(/Halaman (\d+) dari (\d+)/g)];
    expect(halaman.length).toBeGreaterThan(1);
    expect(halaman.map((m) => Number(m[1]))).toEqual(halaman.map((_, i) => i + 1));
    expect(new Set(halaman.map((m) => m[2]))).toEqual(new Set([String(halaman.length)]));
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89\d* 595\.28\d*\]/);
  });

  it('prints the register alone, signed by whom the configuration names', async () => {
    const cetak = strapi.config.get<Record<string, unknown>>('plugin::redaksi.cetak');
    strapi.config.set('plugin::redaksi.cetak', {
      ...cetak,
      tempat: 'Bukittinggi',
      penandatangan: {
        jabatan: 'Kepala Bagian Teknis',
        nama: 'Rina Marlina',
        nip: '19800101 200501 2 001',
      },
    });
    try {
      const res = await http(strapi, p['pemimpin-redaksi'])
        .get('/redaksi/recap?month=2025-05&format=pdf&part=register')
        .buffer(true)
        .parse(parserBiner)
        .expect(200);
      expect(res.headers['content-disposition']).toContain('register-dokumentasi-2025-05.pdf');
      const teks = await teksPdf(res.body as Buffer);
      for (const bagian of [
        'REGISTER DOKUMENTASI DAN KONTEN MEI 2025',
        'Nomor register Diserahkan Kegiatan Tanggal kegiatan Unit Status',
        'REG/2025/05/0002 23 Mei 2025 10.00 M2 terlambat 20 Mei 2025 Divisi Sosdiklih Diunggah',
        'Mengetahui, Kepala Bagian Teknis',
        'Rina Marlina NIP. 19800101 200501 2 001',
        'Halaman 1 dari',
      ])
        expect(teks).toContain(bagian);
      expect(teks).toMatch(/Bukittinggi, \d{1,2} [A-Z][a-z]+ \d{4}/);
      // The register only: none of the recap's other tables.
      expect(teks).not.toContain('Jumlah pembaca laman');
      expect(teks).not.toContain('Disposisi melewati batas waktu');
    } finally {
      strapi.config.set('plugin::redaksi.cetak', cetak);
    }
  });
});

describe('informasi publik: rekap dan register menghitung sama', () => {
  it("counts the next month's decisions in June, by the WIB month of their history rows", async () => {
    const { body } = await rekap('json', '2025-06').expect(200);
    expect(body.data.website.informasiPublik).toEqual({
      dikecualikanPerDasar: [{ dasarPengecualian: 'pasal-17-a', jumlah: 1 }],
      koreksi: 1,
      penurunanPerKategori: [{ kategori: 'kesalahan-fakta', jumlah: 1 }],
    });
  });

  it('agrees with the public registers read from the same history, and lists no exempt content', async () => {
    const mei = (await rekap().expect(200)).body.data.website.informasiPublik;
    const juni = (await rekap('json', '2025-06').expect(200)).body.data.website.informasiPublik;
    const publik = (rute: string) => http(strapi).get(rute).expect(200);

    // The dataset's corrections and takedowns all fall in May and June: the registers over
    // everything count what the two recaps count.
    const koreksi = await publik('/api/koreksi?pagination[pageSize]=100');
    expect(koreksi.body.meta.pagination.total).toBe(mei.koreksi + juni.koreksi);
    const penurunan = await publik('/api/penurunan?pagination[pageSize]=100');
    const perKategori = jumlahPer(
      'kategori',
      penurunan.body.data.map((item: { kategori: string }) => ({ ...item, jumlah: 1 })),
    );
    expect(perKategori).toEqual({ 'kesalahan-fakta': 2, 'permintaan-pihak': 1 });
    expect(perKategori).toEqual(
      jumlahPer('kategori', mei.penurunanPerKategori, juni.penurunanPerKategori),
    );

    // The year's exempt decisions per legal basis: May's and June's, nothing else in 2025.
    const dip = await publik('/api/daftar-informasi-publik?tahun=2025');
    expect(dip.body.meta.dikecualikan).toEqual([
      { dasarPengecualian: 'pasal-17-a', jumlah: 1 },
      { dasarPengecualian: 'pasal-17-c', jumlah: 1 },
      { dasarPengecualian: 'pasal-17-h', jumlah: 2 },
    ]);
    expect(jumlahPer('dasarPengecualian', dip.body.meta.dikecualikan)).toEqual(
      jumlahPer('dasarPengecualian', mei.dikecualikanPerDasar, juni.dikecualikanPerDasar),
    );
    // Online: C and D (corrected); A, B and E taken down; the exempt ones never published.
    expect(dip.body.data.map((item: { judul: string }) => item.judul)).toEqual([
      'Liputan C pertengahan Mei',
      'Liputan D akhir Mei',
    ]);
    const teks = JSON.stringify(dip.body.data);
    for (const judul of [
      'Identitas pelapor',
      'Alamat rumah saksi',
      'Rencana pengamanan',
      'Jadwal pengawalan',
    ])
      expect(teks).not.toContain(judul);
  });
});

describe('akses dan masukan', () => {
  it('is for the leadership: Pemimpin and Wakil Pemimpin Redaksi, not other roles', async () => {
    await rekap('json', '2025-05', 'wakil-pemimpin-redaksi').expect(200);
    for (const kode of ['verifikator', 'tim-pelaksana', 'admin-medsos'])
      await rekap('json', '2025-05', kode).expect(403);
    await http(strapi).get('/redaksi/recap?month=2025-05').expect(401);
  });

  it.each([
    ['month=2025-13', 'YYYY-MM'],
    ['month=Mei', 'YYYY-MM'],
    ['', 'wajib'],
    ['month=2025-05&format=docx', 'json, csv, xlsx atau pdf'],
    ['month=2025-05&format=csv&part=register', 'part=register hanya tersedia untuk format pdf'],
    ['month=2025-05&format=pdf&part=lampiran', 'part harus semua atau register'],
  ])('refuses %s with a clear 400', async (kueri, pesan) => {
    const res = await http(strapi, p['pemimpin-redaksi'])
      .get(`/redaksi/recap?${kueri}`)
      .expect(400);
    expect(res.body.error.message).toContain(pesan);
  });

  it('gives an honest empty recap for a month without data', async () => {
    const { body } = await rekap('json', '2024-01').expect(200);
    expect(body.data.website).toMatchObject({
      artikelTerbit: 0,
      perKategori: [],
      pembaca: { total: 0 },
      dikoreksiSetelahTayang: 0,
    });
    expect(body.data.mediaSosial).toMatchObject({
      diunggah: 0,
      perPlatform: [],
      perPlatformTujuan: [],
      waktuProsesJam: { median: null, terlama: null },
    });
    expect(body.data.register).toEqual([]);
    await rekap('xlsx', '2024-01').expect(200);
  });
});
