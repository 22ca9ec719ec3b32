/**
 * The recap's table definition, alone: every download (CSV, XLSX, PDF) renders these tables, so
 * a wrong join or a misplaced cell here is wrong in all three.
 */
import type { Rekap } from '../../../../../shared/contracts/rekap';
import { rekapKeCsv, tabelRekap } from '../rekap-export';

const rekap: Rekap = {
  bulan: '2026-10',
  zonaWaktu: 'Asia/Jakarta',
  rentang: { mulai: '2026-09-30T17:00:00.000Z', selesai: '2026-10-31T17:00:00.000Z' },
  website: {
    artikelTerbit: 1,
    artikel: [
      {
        documentId: 'terbit-baru',
        judul: 'Rapat pleno, "terbuka" untuk umum',
        kategori: 'berita',
        terbitPertama: '2026-10-02T03:00:00.000Z',
      },
    ],
    perKategori: [{ kategori: 'berita', jumlah: 1 }],
    pembaca: {
      total: 7,
      perArtikel: [{ documentId: 'terbit-lama', judul: 'Liputan bulan lalu', pembaca: 7 }],
      perHari: [{ tanggal: '2026-10-03', jumlah: 7 }],
    },
    terbanyakDibaca: [{ documentId: 'terbit-lama', judul: 'Liputan bulan lalu', pembaca: 7 }],
    dikoreksiSetelahTayang: 0,
    suntinganLuarSop: 0,
    informasiPublik: {
      dikecualikanPerDasar: [{ dasarPengecualian: 'pasal-17-h', jumlah: 2 }],
      koreksi: 1,
      penurunanPerKategori: [{ kategori: 'kesalahan-fakta', jumlah: 1 }],
    },
    tautanPerPlatform: [{ platform: 'facebook', jumlah: 1 }],
  },
  mediaSosial: {
    diunggah: 2,
    unggahan: [
      {
        documentId: 'tepat',
        judul: 'Sosialisasi di kampus',
        nomorRegister: 'REG/2026/10/0001',
        diunggahPada: '2026-10-05T02:00:00.000Z',
        terlambat: false,
      },
      {
        documentId: 'telat',
        judul: 'Bimtek PPK',
        nomorRegister: 'REG/2026/10/0002',
        diunggahPada: '2026-10-09T02:00:00.000Z',
        terlambat: true,
      },
    ],
    perPlatform: [{ platform: 'instagram', jumlah: 2 }],
    perPlatformTujuan: [{ platform: 'x', jumlah: 1 }],
    tepatWaktu: 1,
    terlambat: 1,
    alasanTerlambat: [
      {
        documentId: 'telat',
        judul: 'Bimtek PPK',
        nomorRegister: 'REG/2026/10/0002',
        alasan: 'Jaringan di lokasi terputus',
      },
    ],
    diserahkanTerlambat: 0,
    dikembalikan: 1,
    ditolak: 0,
    suntinganLuarSop: 0,
    waktuProsesJam: { median: null, terlama: null },
    perUnit: [],
  },
  disposisi: { diterima: 3, selesai: 2, terlambat: 1 },
  register: [
    {
      nomorRegister: 'REG/2026/10/0001',
      diserahkanPada: '2026-10-04T09:00:00.000Z',
      kegiatan: 'Sosialisasi di kampus',
      tanggalKegiatan: '2026-10-04',
      unit: 'Divisi Sosialisasi',
      tahap: 'diunggah',
      tahapLabel: 'Diunggah',
    },
  ],
};

describe('tabelRekap', () => {
  const tabel = tabelRekap(rekap);
  const cari = (judul: string) => {
    const hasil = tabel.find((item) => item.judul === judul);
    if (!hasil) throw new Error(`Tabel "${judul}" tidak ada`);
    return hasil;
  };

  it('gives every cell the kind its column declares, in every table', () => {
    const cocok = { teks: 'string', angka: 'number', tanggal: 'object', hari: 'string' } as const;
    // Cells with a value checked per kind: the loop below is not allowed to check nothing.
    const diperiksa = { teks: 0, angka: 0, tanggal: 0, hari: 0 };
    for (const { judul, kolom, baris } of tabel) {
      for (const sel of baris) {
        expect({ judul, lebar: sel.length }).toEqual({ judul, lebar: kolom.length });
        sel.forEach((nilai, i) => {
          if (nilai === null) return;
          diperiksa[kolom[i].jenis] += 1;
          expect({ judul, kolom: kolom[i].header, jenis: typeof nilai }).toEqual({
            judul,
            kolom: kolom[i].header,
            jenis: cocok[kolom[i].jenis],
          });
          if (kolom[i].jenis === 'tanggal') expect(nilai).toBeInstanceOf(Date);
          if (kolom[i].jenis === 'hari') expect(nilai).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        });
      }
    }
    expect(Object.entries(diperiksa).filter(([, jumlah]) => jumlah === 0)).toEqual([]);
  });

  it("lists the month's articles: those published now (unread: 0) and older ones read now", () => {
    expect(cari('Liputan terbit dan dibaca bulan ini').baris).toEqual([
      ['Rapat pleno, "terbuka" untuk umum', 'Berita', new Date('2026-10-02T03:00:00.000Z'), 0],
      ['Liputan bulan lalu', null, null, 7],
    ]);
  });

  it('puts the late reason beside the upload it explains, and none beside one on time', () => {
    expect(cari('Konten media sosial diunggah').baris).toEqual([
      [
        'Sosialisasi di kampus',
        'REG/2026/10/0001',
        new Date('2026-10-05T02:00:00.000Z'),
        'Tidak',
        null,
      ],
      [
        'Bimtek PPK',
        'REG/2026/10/0002',
        new Date('2026-10-09T02:00:00.000Z'),
        'Ya',
        'Jaringan di lokasi terputus',
      ],
    ]);
  });

  it('summarises with one row per category and platform, and leaves an unknown median empty', () => {
    const ringkasan = cari('Rekapitulasi bulan 2026-10 (WIB)').baris;
    expect(ringkasan).toContainEqual(['Liputan terbit: Berita', 1]);
    expect(ringkasan).toContainEqual(['Unggahan per platform: Instagram', 2]);
    expect(ringkasan).toContainEqual(['Unggahan per platform tujuan: X', 1]);
    expect(ringkasan).toContainEqual(['Waktu proses median, penyerahan sampai unggah (jam)', null]);
    expect(ringkasan).toContainEqual(['Disposisi melewati batas waktu', 1]);
  });
});

describe('informasi publik dan media sosial Liputan', () => {
  it('names each legal basis, reason and platform by its label, with its count', () => {
    const tabel = tabelRekap(rekap).find((item) => item.judul.startsWith('Informasi publik'));
    expect(tabel?.lembar).toBe('Website');
    expect(tabel?.baris).toEqual([
      ['Keputusan dikecualikan: Pasal 17 huruf h: rahasia pribadi', 2],
      ['Koreksi yang ditayangkan', 1],
      ['Penurunan: Kesalahan fakta', 1],
      ['Liputan dibagikan ke media sosial: Facebook', 1],
    ]);
  });
});

describe('rekapKeCsv', () => {
  it('writes UTF-8 with a BOM for Excel, every table titled, and quotes what needs quoting', () => {
    const csv = rekapKeCsv(rekap);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const teks = csv.toString('utf8');
    for (const { judul } of tabelRekap(rekap)) expect(teks).toContain(judul);
    expect(teks).toContain('"Rapat pleno, ""terbuka"" untuk umum"');
  });
});
