import type { DefinisiAksi } from '../../../shared/contracts/alur';

/** The workflow definitions' types live with the admin panel's contract (shared/contracts/alur.ts). */
export * from '../../../shared/contracts/alur';

/**
 * Every step that hands an item back, in either SOP: counted as returned in the recap (and read
 * as a return by the panel and the queue), and told to whoever submitted it to the stage it goes
 * back to, by name, with the note.
 */
export const DIKEMBALIKAN: Pick<DefinisiAksi, 'rekap' | 'notifikasi'> = {
  rekap: 'dikembalikan',
  notifikasi: { surel: 'dikembalikan', penerima: 'pengaju-tahap-ke' },
};
