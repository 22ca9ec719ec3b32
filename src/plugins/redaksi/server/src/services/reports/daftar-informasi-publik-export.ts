import { stringify } from 'csv-stringify/sync';
import type { KonfigurasiCetak } from '../../config';
import { formatSingkatWib, formatTanggalWib, formatWib } from '../../domain/tenggat';
import { TANPA_DASAR } from '../../domain/register-publik';
import { barisTabel, blokTandaTangan, HURUF, mulaiPdf } from '../../utils/pdf';
import {
  LABEL_DASAR_PENGECUALIAN,
  LABEL_KATEGORI_LIPUTAN,
  LABEL_KLASIFIKASI_INFORMASI,
  labelDari,
} from '../../../../shared/label';
import type { DaftarInformasiPublik } from '../../../../shared/contracts/publik';

const LABEL_DASAR: Record<string, string> = {
  ...LABEL_DASAR_PENGECUALIAN,
  [TANPA_DASAR]: 'Tanpa dasar pengecualian tercatat',
};

/** The register's columns, the same in the spreadsheet and on paper (the printout leaves out the link). */
const KOLOM = [
  'No.',
  'Kategori',
  'Judul informasi',
  'Ringkasan isi informasi',
  'Tanggal pertama terbit',
  'Penanggung jawab',
  'Klasifikasi',
  'Tanggal klasifikasi',
  'Tautan (slug)',
] as const;

function baris(dip: DaftarInformasiPublik, tanggal: (iso: string) => string): string[][] {
  return dip.data.map((item, i) => [
    String(i + 1),
    labelDari(LABEL_KATEGORI_LIPUTAN, item.kategori),
    item.judul,
    item.ringkasan ?? '',
    tanggal(item.terbitPertama),
    item.penanggungJawab,
    item.klasifikasi ? labelDari(LABEL_KLASIFIKASI_INFORMASI, item.klasifikasi) : '',
    item.tanggalKlasifikasi ? tanggal(item.tanggalKlasifikasi) : '',
    item.slug ?? '',
  ]);
}

const dikecualikan = (dip: DaftarInformasiPublik) =>
  dip.meta.dikecualikan.map((item) => [
    labelDari(LABEL_DASAR, item.dasarPengecualian),
    String(item.jumlah),
  ]);

/**
 * The register as one CSV, UTF-8 with BOM and Indonesian headers so that a spreadsheet opens it
 * right; below it, the exempt information as counts per legal basis (never its content).
 */
export function dipKeCsv(dip: DaftarInformasiPublik): Buffer {
  const isi = [
    [...KOLOM],
    ...baris(dip, (iso) => formatSingkatWib(new Date(iso))),
    [],
    ['Informasi yang dikecualikan (UU 14/2008 Pasal 17)'],
    ['Dasar pengecualian', 'Jumlah'],
    ...dikecualikan(dip),
  ];
  return Buffer.from(`\uFEFF${stringify(isi)}`, 'utf8');
}

/**
 * The yearly printout for the annual report: landscape A4 under the letterhead, the register's
 * table (header repeated on every page), the exempt counts, and the PPID's signature block.
 */
export async function dipKePdf(
  dip: DaftarInformasiPublik,
  tahun: number,
  dicetakPada: Date,
  cetak: KonfigurasiCetak,
): Promise<Buffer> {
  const pdf = mulaiPdf({
    judulDokumen: `Daftar Informasi Publik Tahun ${tahun}`,
    judulHalaman: `DAFTAR INFORMASI PUBLIK TAHUN ${tahun}`,
    subjudul:
      `UU 14/2008 Pasal 7 ayat (3) dan Perki 1/2010 Pasal 13; penanggung jawab: ${cetak.unitPenanggungJawab}` +
      (dip.meta.kategori
        ? `; kategori: ${labelDari(LABEL_KATEGORI_LIPUTAN, dip.meta.kategori)}`
        : '') +
      '; waktu WIB',
    kop: cetak.kop,
    lanskap: true,
  });
  const { doc, lebar } = pdf;

  // Text columns (title, summary) take what the dates and codes leave.
  const bobot = [0.04, 0.08, 0.2, 0.28, 0.1, 0.12, 0.1, 0.08];
  const lebarKolom = bobot.map((b) => b * lebar);
  const kepala = KOLOM.slice(0, bobot.length);
  barisTabel(pdf, lebarKolom, [...kepala], true);
  const isi = baris(dip, (iso) => formatTanggalWib(new Date(iso)));
  if (isi.length === 0)
    barisTabel(pdf, [lebar], ['Tidak ada informasi yang terbit pada tahun ini']);
  for (const item of isi)
    barisTabel(pdf, lebarKolom, item.slice(0, bobot.length), false, [...kepala]);

  doc.moveDown(1);
  if (doc.y > doc.page.height - 160) doc.addPage();
  doc
    .font(HURUF.tebal)
    .fontSize(11)
    .text('Informasi yang dikecualikan (UU 14/2008 Pasal 17): jumlah per dasar pengecualian', 50);
  doc.moveDown(0.3);
  const lebarPengecualian = [lebar * 0.8, lebar * 0.2];
  barisTabel(pdf, lebarPengecualian, ['Dasar pengecualian', 'Jumlah'], true);
  const kecuali = dikecualikan(dip);
  if (kecuali.length === 0) barisTabel(pdf, [lebar], ['Tidak ada informasi yang dikecualikan']);
  for (const item of kecuali) barisTabel(pdf, lebarPengecualian, item);

  blokTandaTangan(
    pdf,
    { tempat: cetak.tempat, penandatangan: cetak.ppid },
    formatTanggalWib(dicetakPada),
  );
  doc.moveDown(1);
  doc
    .font(HURUF.biasa)
    .fontSize(8)
    .text(`Dicetak dari Sistem Redaksi ${cetak.kop.instansi}, ${formatWib(dicetakPada)}`, 50);
  return pdf.selesai();
}
