import type { Core } from '@strapi/strapi';

/** Who reported a read: kept only inside a salted hash, never stored as such. */
export interface Pengunjung {
  ip: string;
  userAgent: string;
}

/** One reported read: whether it counted (the visitor's first today), and the article's total. */
export interface HasilBaca {
  dihitung: boolean;
  total: number;
}

/**
 * The reader counter (SOP 20, "jumlah pembaca") as the public API uses it. Implemented by the
 * application's service `api::pembaca.pembaca` (src/api/pembaca/services/pembaca.ts), beside its
 * two collections; the public side depends on this surface, not on that file.
 */
export interface LayananPembaca {
  /** Count one read of a published Liputan, once per visitor per WIB day; 404 otherwise. */
  hitung(documentId: string, pengunjung: Pengunjung, sekarang: Date): Promise<HasilBaca>;
  /** Total readers per Liputan (0 for one never read). */
  total(documentIds: string[]): Promise<Map<string, number>>;
}

/** The reader service, typed (Strapi's container hands services out untyped). */
export const pembaca = (strapi: Core.Strapi): LayananPembaca =>
  strapi.service('api::pembaca.pembaca') as unknown as LayananPembaca;
