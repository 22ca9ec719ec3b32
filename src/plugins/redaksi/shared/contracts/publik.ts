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
}
