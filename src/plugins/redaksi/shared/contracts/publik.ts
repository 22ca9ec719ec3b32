import type { JenisCatatanPublik } from './alur';
import type { CatatanPublik } from './dokumen';

/** One entry of a public register, as the history recorded it: which item, when, and what. */
export interface CatatanPublikTercatat {
  documentId: string;
  /** When the act happened (ISO 8601). */
  tanggal: string;
  publik: CatatanPublik;
}

/** Which entries of a public register to read: of some items, or a page of all, in time order. */
export interface PermintaanCatatanPublik {
  documentIds?: readonly string[];
  halaman?: { start: number; limit: number };
  urutan: 'asc' | 'desc';
}

/**
 * What the application outside the plugin (the public website API, the Liputan slug rule) may
 * ask of the SOP engine, as `strapi.plugin('redaksi').service('publik')`. The rest of the
 * plugin (its tables, its services) is its own business and may change without notice.
 */
export interface LayananPublikRedaksi {
  /** The engine's clock: the one "now" of deadlines and WIB days (tests freeze it). */
  sekarang(): Date;
  /** The WIB calendar date (YYYY-MM-DD) an instant falls on. */
  tanggalWib(instant: Date): string;
  /**
   * Raise a named counter by one, inside the caller's transaction when there is one, and answer
   * its new value. Counters never go back and never repeat a value (the engine's register and
   * agenda numbers are such counters; the public cache's version stamps are others).
   */
  naikkanPenghitung(kunci: string): Promise<number>;
  /** A named counter's current value: 0 before it was first raised. */
  bacaPenghitung(kunci: string): Promise<number>;
  /** Whether an item ever reached its workflow's published stage, as its history records. */
  pernahTayang(uid: string, documentId: string): Promise<boolean>;
  /**
   * The entries a kind of act put on the public record (UU 14/2008: the corrections, the
   * takedowns), read from the append-only history, with how many there are in all.
   */
  catatanPublik(
    uid: string,
    jenis: JenisCatatanPublik,
    permintaan: PermintaanCatatanPublik,
  ): Promise<{ data: CatatanPublikTercatat[]; total: number }>;
  /**
   * The takedown an item stands under: its last takedown, when no publication came after it;
   * null otherwise. The caller knows whether a version is online (then there is none).
   */
  penurunanBerlaku(uid: string, documentId: string): Promise<CatatanPublikTercatat | null>;
  /** The Daftar Informasi Publik, read from the history's public records. */
  daftarInformasiPublik(saringan: SaringanDaftarInformasiPublik): Promise<DaftarInformasiPublik>;
  /** The same as a spreadsheet (CSV) or as the yearly printout signed by the PPID (PDF). */
  berkasDaftarInformasiPublik(
    saringan: SaringanDaftarInformasiPublik,
    format: 'csv' | 'pdf',
  ): Promise<BerkasDaftarInformasiPublik>;
}

/**
 * Daftar Informasi Publik (UU 14/2008 Pasal 7 ayat 3; Perki 1/2010 Pasal 13), as GET
 * /api/daftar-informasi-publik answers it: every article online, with its category, summary,
 * first publication, the unit responsible and the Verifikator's classification of it. Exempt
 * information is never listed: only how many items each legal basis exempted.
 */
export interface BarisDaftarInformasiPublik {
  kategori: string;
  judul: string;
  ringkasan: string | null;
  /** When the article first went online (the history's first publication), ISO. */
  terbitPertama: string;
  penanggungJawab: string;
  /** The classification in force (the last one the Verifikator recorded), and when (ISO). */
  klasifikasi: string | null;
  tanggalKlasifikasi: string | null;
  slug: string | null;
}

export interface DaftarInformasiPublik {
  data: BarisDaftarInformasiPublik[];
  meta: {
    tahun: number | null;
    kategori: string | null;
    jumlah: number;
    /** Items whose classification in force exempts them, per legal basis (Pasal 17 letter). */
    dikecualikan: Array<{ dasarPengecualian: string; jumlah: number }>;
    /** The page `data` is, as Strapi's lists say it (JSON only; the files hold every row). */
    pagination?:
      | { page: number; pageSize: number; pageCount: number; total: number }
      | { start: number; limit: number; total: number };
  };
}

/** What the register is narrowed to: the year of first publication (WIB), the category. */
export interface SaringanDaftarInformasiPublik {
  tahun?: number;
  kategori?: string;
  /** One page of the list (validated by the public route); absent: every row. */
  pagination?: { page?: number; pageSize?: number; start?: number; limit?: number };
}

/** The register as a download (`?format=csv`, `?format=pdf`): its file name, type and bytes. */
export interface BerkasDaftarInformasiPublik {
  nama: string;
  tipe: string;
  isi: Buffer;
}
