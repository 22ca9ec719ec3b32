/**
 * The recap's shape: answered by GET /redaksi/recap and drawn by the admin page "Rekapitulasi",
 * which imports these types. Types only, so that the admin build does not reach into server code.
 */
export interface RekapWebsite {
  artikelTerbit: number;
  artikel: Array<{ documentId: string; judul: string; kategori: string; terbitPertama: string }>;
  perKategori: Array<{ kategori: string; jumlah: number }>;
  pembaca: {
    total: number;
    perArtikel: Array<{ documentId: string; judul: string; pembaca: number }>;
    perHari: Array<{ tanggal: string; jumlah: number }>;
  };
  terbanyakDibaca: Array<{ documentId: string; judul: string; pembaca: number }>;
  dikoreksiSetelahTayang: number;
  /** Edits outside a stage's editing rule (Super Admin, system), recorded in the history. */
  suntinganLuarSop: number;
  /**
   * UU 14/2008, from the month's history rows' public records: the Verifikator's decisions to
   * exempt information per legal basis, corrected versions published, takedowns per reason.
   */
  informasiPublik: {
    dikecualikanPerDasar: Array<{ dasarPengecualian: string; jumlah: number }>;
    koreksi: number;
    penurunanPerKategori: Array<{ kategori: string; jumlah: number }>;
  };
  /**
   * SOP 20 langkah 7-8: the month's articles shared on social media, per platform (an article on
   * three platforms counts once on each), as the publisher recorded their links.
   */
  tautanPerPlatform: Array<{ platform: string; jumlah: number }>;
}

export interface RekapMediaSosial {
  diunggah: number;
  unggahan: Array<{
    documentId: string;
    judul: string;
    nomorRegister: string | null;
    diunggahPada: string;
    terlambat: boolean;
  }>;
  perPlatform: Array<{ platform: string; jumlah: number }>;
  /** Issue #26: the month's uploads per platform they were meant for (`platformTujuan`). */
  perPlatformTujuan: Array<{ platform: string; jumlah: number }>;
  tepatWaktu: number;
  terlambat: number;
  alasanTerlambat: Array<{
    documentId: string;
    judul: string;
    nomorRegister: string | null;
    alasan: string | null;
  }>;
  diserahkanTerlambat: number;
  dikembalikan: number;
  ditolak: number;
  suntinganLuarSop: number;
  waktuProsesJam: { median: number | null; terlama: number | null };
  perUnit: Array<{ unit: string; jumlah: number }>;
}

export interface BarisRegister {
  nomorRegister: string;
  diserahkanPada: string;
  kegiatan: string;
  tanggalKegiatan: string | null;
  unit: string | null;
  tahap: string;
  tahapLabel: string;
}

export interface Rekap {
  bulan: string;
  zonaWaktu: string;
  rentang: { mulai: string; selesai: string };
  website: RekapWebsite;
  mediaSosial: RekapMediaSosial;
  disposisi: { diterima: number; selesai: number; terlambat: number };
  register: BarisRegister[];
}
