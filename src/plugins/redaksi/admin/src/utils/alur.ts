import type { DefinisiAlur } from '../types';

/**
 * The label of an action code as taken from a stage: one code names different steps of a
 * workflow (`teruskan` is "Teruskan ke Penanggung Jawab" from the PPID, "... ke Sekretariat" from
 * the leadership), so the stage it leaves picks the step.
 */
export const labelAksi = (
  alur: DefinisiAlur | undefined,
  kode: string,
  dariTahap?: string | null,
) => {
  const sama = alur?.aksi.filter((aksi) => aksi.kode === kode) ?? [];
  const aksi = sama.find((item) => dariTahap && item.dari.includes(dariTahap)) ?? sama[0];
  return aksi?.label ?? alur?.catatanMesin?.[kode] ?? kode;
};

export { labelTahap } from '../../../shared/alur';

/** "SOP 21/2025" */
export const namaSop = (alur: DefinisiAlur | undefined, cadangan: string) =>
  alur ? `SOP ${alur.sop.nomor}` : cadangan;

/** Where an item opens: its edit view in the content manager. */
export { jalurEditDokumen as tautanDokumen } from '../../../shared/alur';
