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
}
