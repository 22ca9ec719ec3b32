/**
 * The Daftar Informasi Publik as a spreadsheet: what a PPID officer opens in Excel or LibreOffice.
 */
import type { DaftarInformasiPublik } from '../../../../../shared/contracts/publik';
import { dipKeCsv } from '../daftar-informasi-publik-export';

const dip: DaftarInformasiPublik = {
  data: [
    {
      kategori: 'siaran-pers',
      judul: 'Penetapan DPT, "final"',
      ringkasan: 'KPU menetapkan daftar pemilih tetap.',
      terbitPertama: '2026-03-01T17:30:00.000Z',
      penanggungJawab: 'Humas KPU Provinsi Sumatera Barat',
      klasifikasi: 'serta-merta',
      tanggalKlasifikasi: '2026-03-01T16:00:00.000Z',
      slug: 'penetapan-dpt-final',
    },
  ],
  meta: {
    tahun: 2026,
    kategori: null,
    jumlah: 1,
    dikecualikan: [
      { dasarPengecualian: 'pasal-17-h', jumlah: 2 },
      { dasarPengecualian: 'tanpa-dasar', jumlah: 1 },
    ],
  },
};

describe('dipKeCsv', () => {
  const csv = dipKeCsv(dip);
  const teks = csv.toString('utf8').replace(/^\uFEFF/, '');
  const baris = teks.trim().split(/\r?\n/);

  it('starts with a UTF-8 BOM and Indonesian headers', () => {
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(baris[0]).toBe(
      'No.,Kategori,Judul informasi,Ringkasan isi informasi,Tanggal pertama terbit,Penanggung jawab,Klasifikasi,Tanggal klasifikasi,Tautan (slug)',
    );
  });

  it('writes labels and WIB dates, quoting what needs quoting', () => {
    expect(baris[1]).toBe(
      '1,Siaran pers,"Penetapan DPT, ""final""",KPU menetapkan daftar pemilih tetap.,2026-03-02 00:30,Humas KPU Provinsi Sumatera Barat,Informasi serta-merta (Pasal 10),2026-03-01 23:00,penetapan-dpt-final',
    );
  });

  it('lists exempt information only as a count per legal basis', () => {
    expect(baris.slice(3)).toEqual([
      'Informasi yang dikecualikan (UU 14/2008 Pasal 17)',
      'Dasar pengecualian,Jumlah',
      'Pasal 17 huruf h: rahasia pribadi,2',
      'Tanpa dasar pengecualian tercatat,1',
    ]);
  });
});
