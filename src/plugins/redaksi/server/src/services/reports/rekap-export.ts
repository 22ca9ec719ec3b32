import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  formatBulan,
  formatDate,
  formatPendekWib,
  formatSingkatWib,
  formatTanggalWib,
  formatWib,
  jamDindingWib,
} from '../../domain/tenggat';
import type { KonfigurasiCetak } from '../../config';
import { barisTabel, blokTandaTangan, HURUF, mulaiPdf } from '../../utils/pdf';
import {
  LABEL_DASAR_PENGECUALIAN,
  LABEL_KATEGORI_LIPUTAN,
  LABEL_KATEGORI_PENURUNAN,
  LABEL_PLATFORM,
  labelDari,
} from '../../../../shared/label';
import type { Rekap } from './rekap';

/** `tanggal` is an instant (shown in WIB), `hari` a calendar date (YYYY-MM-DD, no zone). */
type Jenis = 'teks' | 'angka' | 'tanggal' | 'hari';
type Nilai = string | number | Date | null;

interface Tabel {
  /** The XLSX sheet; tables of one sheet are written one under the other. */
  lembar: 'Ringkasan' | 'Website' | 'Media Sosial' | 'Disposisi' | 'Register';
  judul: string;
  kolom: Array<{ header: string; jenis: Jenis; lebar: number }>;
  baris: Nilai[][];
}

const tanggal = (iso: string | null) => (iso ? new Date(iso) : null);

/** Dates of the tables are instants; each rendering shows them in WIB. */

/**
 * The recap as tables, defined once: the CSV and the XLSX are two renderings of these, so they
 * can never disagree with each other (nor with the JSON they come from).
 */
export function tabelRekap(rekap: Rekap): Tabel[] {
  const { website, mediaSosial, disposisi } = rekap;
  const uraian = (judul: string, baris: Array<[string, number | null]>): Tabel => ({
    lembar: 'Ringkasan',
    judul,
    kolom: [
      { header: 'Uraian', jenis: 'teks', lebar: 48 },
      { header: 'Nilai', jenis: 'angka', lebar: 14 },
    ],
    baris,
  });
  const pembacaPer = new Map(website.pembaca.perArtikel.map((item) => [item.documentId, item]));
  const artikel = new Map(website.artikel.map((item) => [item.documentId, item]));
  const semuaArtikel = [...new Set([...artikel.keys(), ...pembacaPer.keys()])];

  return [
    uraian(`Rekapitulasi bulan ${rekap.bulan} (WIB)`, [
      ['Liputan terbit (pertama kali)', website.artikelTerbit],
      ...website.perKategori.map((item): [string, number] => [
        `Liputan terbit: ${labelDari(LABEL_KATEGORI_LIPUTAN, item.kategori)}`,
        item.jumlah,
      ]),
      ['Jumlah pembaca laman', website.pembaca.total],
      ['Liputan dikoreksi setelah tayang', website.dikoreksiSetelahTayang],
      ['Suntingan Liputan di luar SOP (Super Admin)', website.suntinganLuarSop],
      ['Konten media sosial diunggah', mediaSosial.diunggah],
      ...mediaSosial.perPlatform.map((item): [string, number] => [
        `Unggahan per platform: ${labelDari(LABEL_PLATFORM, item.platform)}`,
        item.jumlah,
      ]),
      ...mediaSosial.perPlatformTujuan.map((item): [string, number] => [
        `Unggahan per platform tujuan: ${labelDari(LABEL_PLATFORM, item.platform)}`,
        item.jumlah,
      ]),
      ['Unggahan tepat waktu', mediaSosial.tepatWaktu],
      ['Unggahan terlambat', mediaSosial.terlambat],
      ['Penyerahan terlambat', mediaSosial.diserahkanTerlambat],
      ['Dikembalikan', mediaSosial.dikembalikan],
      ['Ditolak', mediaSosial.ditolak],
      ['Suntingan Konten Medsos di luar SOP (Super Admin)', mediaSosial.suntinganLuarSop],
      ['Waktu proses median, penyerahan sampai unggah (jam)', mediaSosial.waktuProsesJam.median],
      ['Waktu proses terlama (jam)', mediaSosial.waktuProsesJam.terlama],
      ...mediaSosial.perUnit.map((item): [string, number] => [
        `Unggahan per unit: ${item.unit}`,
        item.jumlah,
      ]),
      ['Disposisi diterima', disposisi.diterima],
      ['Disposisi selesai', disposisi.selesai],
      ['Disposisi melewati batas waktu', disposisi.terlambat],
    ]),
    {
      lembar: 'Ringkasan',
      judul: '10 liputan terbanyak dibaca',
      kolom: [
        { header: 'Judul', jenis: 'teks', lebar: 48 },
        { header: 'Pembaca', jenis: 'angka', lebar: 14 },
      ],
      baris: website.terbanyakDibaca.map((item) => [item.judul, item.pembaca]),
    },
    {
      lembar: 'Website',
      judul: 'Liputan terbit dan dibaca bulan ini',
      kolom: [
        { header: 'Judul', jenis: 'teks', lebar: 56 },
        { header: 'Kategori', jenis: 'teks', lebar: 16 },
        { header: 'Terbit pertama', jenis: 'tanggal', lebar: 20 },
        { header: 'Pembaca bulan ini', jenis: 'angka', lebar: 18 },
      ],
      baris: semuaArtikel.map((id) => {
        const terbit = artikel.get(id);
        return [
          terbit?.judul ?? pembacaPer.get(id)?.judul ?? id,
          // Read this month but published before it: its category is not in this month's rows.
          terbit ? labelDari(LABEL_KATEGORI_LIPUTAN, terbit.kategori) : null,
          tanggal(terbit?.terbitPertama ?? null),
          pembacaPer.get(id)?.pembaca ?? 0,
        ];
      }),
    },
    {
      lembar: 'Website',
      judul: 'Informasi publik (UU 14/2008) dan media sosial Liputan',
      kolom: [
        { header: 'Uraian', jenis: 'teks', lebar: 56 },
        { header: 'Jumlah', jenis: 'angka', lebar: 14 },
      ],
      // Articles published per category head the summary sheet; these are what UU 14/2008 and
      // SOP 20 langkah 7-8 add to them.
      baris: [
        ...website.informasiPublik.dikecualikanPerDasar.map((item): [string, number] => [
          `Keputusan dikecualikan: ${labelDari(LABEL_DASAR_PENGECUALIAN, item.dasarPengecualian)}`,
          item.jumlah,
        ]),
        ['Koreksi yang ditayangkan', website.informasiPublik.koreksi],
        ...website.informasiPublik.penurunanPerKategori.map((item): [string, number] => [
          `Penurunan: ${labelDari(LABEL_KATEGORI_PENURUNAN, item.kategori)}`,
          item.jumlah,
        ]),
        ...website.tautanPerPlatform.map((item): [string, number] => [
          `Liputan dibagikan ke media sosial: ${labelDari(LABEL_PLATFORM, item.platform)}`,
          item.jumlah,
        ]),
      ],
    },
    {
      lembar: 'Media Sosial',
      judul: 'Konten media sosial diunggah',
      kolom: [
        { header: 'Judul', jenis: 'teks', lebar: 56 },
        { header: 'Nomor register', jenis: 'teks', lebar: 20 },
        { header: 'Diunggah', jenis: 'tanggal', lebar: 20 },
        { header: 'Terlambat', jenis: 'teks', lebar: 12 },
        { header: 'Alasan terlambat', jenis: 'teks', lebar: 48 },
      ],
      baris: mediaSosial.unggahan.map((item) => [
        item.judul,
        item.nomorRegister,
        tanggal(item.diunggahPada),
        item.terlambat ? 'Ya' : 'Tidak',
        mediaSosial.alasanTerlambat.find((alasan) => alasan.documentId === item.documentId)
          ?.alasan ?? null,
      ]),
    },
    {
      lembar: 'Disposisi',
      judul: 'Disposisi',
      kolom: [
        { header: 'Uraian', jenis: 'teks', lebar: 36 },
        { header: 'Jumlah', jenis: 'angka', lebar: 12 },
      ],
      baris: [
        ['Diterima', disposisi.diterima],
        ['Selesai', disposisi.selesai],
        ['Melewati batas waktu', disposisi.terlambat],
      ],
    },
    {
      lembar: 'Register',
      judul: 'Register dokumentasi dan konten',
      kolom: [
        { header: 'Nomor register', jenis: 'teks', lebar: 20 },
        { header: 'Diserahkan', jenis: 'tanggal', lebar: 20 },
        { header: 'Kegiatan', jenis: 'teks', lebar: 56 },
        { header: 'Tanggal kegiatan', jenis: 'hari', lebar: 16 },
        { header: 'Unit', jenis: 'teks', lebar: 24 },
        { header: 'Status', jenis: 'teks', lebar: 28 },
      ],
      baris: rekap.register.map((item) => [
        item.nomorRegister,
        tanggal(item.diserahkanPada),
        item.kegiatan,
        item.tanggalKegiatan,
        item.unit,
        item.tahapLabel,
      ]),
    },
  ];
}

/** One CSV file of titled sections, UTF-8 with BOM so that Excel shows Indonesian text right. */
export function rekapKeCsv(rekap: Rekap): Buffer {
  const baris: Array<Array<string | number>> = [];
  for (const tabel of tabelRekap(rekap)) {
    baris.push(
      [`${tabel.lembar}: ${tabel.judul}`],
      tabel.kolom.map((kolom) => kolom.header),
    );
    for (const isi of tabel.baris)
      baris.push(
        isi.map((nilai) => (nilai instanceof Date ? formatSingkatWib(nilai) : (nilai ?? ''))),
      );
    baris.push([]);
  }
  return Buffer.from(`\uFEFF${stringify(baris)}`, 'utf8');
}

/** The workbook: one sheet per part, numbers as numbers, dates as dates, frozen headers. */
export async function rekapKeXlsx(rekap: Rekap): Promise<Buffer> {
  const buku = new ExcelJS.Workbook();
  buku.creator = 'Sistem Redaksi KPU Provinsi Sumatera Barat';
  buku.created = new Date();
  for (const tabel of tabelRekap(rekap)) {
    const lembar = buku.getWorksheet(tabel.lembar) ?? buku.addWorksheet(tabel.lembar);
    const pertama = lembar.rowCount === 0;
    if (!pertama) lembar.addRow([]);
    lembar.addRow([tabel.judul]).font = { bold: true, size: 12 };
    const kepala = lembar.addRow(tabel.kolom.map((kolom) => kolom.header));
    kepala.font = { bold: true };
    kepala.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    if (pertama) {
      lembar.views = [{ state: 'frozen', ySplit: kepala.number }];
      tabel.kolom.forEach((kolom, i) => {
        lembar.getColumn(i + 1).width = kolom.lebar;
      });
    }
    for (const isi of tabel.baris) {
      const row = lembar.addRow(
        isi.map((nilai) => (nilai instanceof Date ? jamDindingWib(nilai) : nilai)),
      );
      tabel.kolom.forEach((kolom, i) => {
        if (kolom.jenis === 'tanggal') row.getCell(i + 1).numFmt = 'dd/mm/yyyy hh:mm';
      });
    }
  }
  return Buffer.from(await buku.xlsx.writeBuffer());
}

/** Which part of the recap a printout holds: all of it, or the register alone (SOP 21 langkah 1). */
export type BagianCetak = 'semua' | 'register';

const JUDUL_CETAK: Record<BagianCetak, { dokumen: string; halaman: string }> = {
  semua: { dokumen: 'Rekapitulasi Redaksi', halaman: 'REKAPITULASI REDAKSI' },
  register: {
    dokumen: 'Register Dokumentasi dan Konten',
    halaman: 'REGISTER DOKUMENTASI DAN KONTEN',
  },
};

/** A cell as printed: instants as WIB dates in Indonesian, calendar dates as themselves, none as a dash. */
function selCetak(nilai: Nilai, jenis: Jenis): string {
  if (nilai === null) return '-';
  if (nilai instanceof Date) return formatPendekWib(nilai);
  if (jenis === 'hari' && typeof nilai === 'string') return formatDate(nilai);
  return typeof nilai === 'number' ? nilai.toLocaleString('id-ID') : nilai;
}

/**
 * The hardcopy the SOP asks to keep ("dalam bentuk softcopy dan hardcopy"): the same tables, in
 * landscape A4 under the letterhead, numbered pages, a column header again on every page a table
 * runs onto, and the signature block ("Mengetahui", position, name, NIP; place and date in WIB).
 */
export async function rekapKePdf(
  rekap: Rekap,
  dicetakPada: Date,
  cetak: KonfigurasiCetak,
  bagian: BagianCetak = 'semua',
): Promise<Buffer> {
  const judul = JUDUL_CETAK[bagian];
  const bulan = formatBulan(rekap.bulan);
  const pdf = mulaiPdf({
    judulDokumen: `${judul.dokumen} ${bulan}`,
    judulHalaman: `${judul.halaman} ${bulan.toUpperCase()}`,
    subjudul:
      'SOP 20/2025 (Pengelolaan Laman) dan SOP 21/2025 (Pengunggahan Konten Media Sosial); waktu WIB',
    kop: cetak.kop,
    lanskap: true,
  });
  const { doc, lebar } = pdf;
  const tabel = tabelRekap(rekap).filter(
    (item) => bagian === 'semua' || item.lembar === 'Register',
  );
  for (const item of tabel) {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc
      .font(HURUF.tebal)
      .fontSize(11)
      .text(bagian === 'semua' ? `${item.lembar}: ${item.judul}` : item.judul, 50);
    doc.moveDown(0.3);
    const teks = item.baris.map((isi) =>
      isi.map((nilai, i) => selCetak(nilai, item.kolom[i].jenis)),
    );
    // Each column as wide as its longest cell; when that is too wide for the page, the widest
    // (free text, which wraps well) gives way first, so numbers and dates stay on one line.
    doc.font(HURUF.tebal).fontSize(9);
    const alami = item.kolom.map((kolom, i) =>
      Math.max(
        ...[kolom.header, ...teks.map((isi) => isi[i])].map((sel) => doc.widthOfString(sel) + 10),
      ),
    );
    const total = alami.reduce((jumlah, nilai) => jumlah + nilai, 0);
    const terlebar = alami.indexOf(Math.max(...alami));
    const sisaUntukTerlebar = lebar - (total - alami[terlebar]);
    const lebarKolom =
      total <= lebar
        ? alami.map((nilai) => (nilai / total) * lebar)
        : sisaUntukTerlebar >= 100
          ? alami.map((nilai, i) => (i === terlebar ? sisaUntukTerlebar : nilai))
          : alami.map((nilai) => (nilai / total) * lebar);
    const kepala = item.kolom.map((kolom) => kolom.header);
    barisTabel(pdf, lebarKolom, kepala, true);
    if (teks.length === 0) barisTabel(pdf, [lebar], ['Tidak ada data pada bulan ini']);
    for (const isi of teks) barisTabel(pdf, lebarKolom, isi, false, kepala);
    doc.moveDown(0.8);
  }
  blokTandaTangan(pdf, cetak, formatTanggalWib(dicetakPada));
  doc.moveDown(1);
  doc
    .font(HURUF.biasa)
    .fontSize(8)
    .text(`Dicetak dari Sistem Redaksi ${cetak.kop.instansi}, ${formatWib(dicetakPada)}`, 50);
  return pdf.selesai();
}
