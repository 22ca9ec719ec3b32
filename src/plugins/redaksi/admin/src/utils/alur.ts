import type { DefinisiAlur } from '../types';

/** The label of an action code in a workflow (codes repeat across workflows with different steps). */
export const labelAksi = (alur: DefinisiAlur | undefined, kode: string) =>
  alur?.aksi.find((aksi) => aksi.kode === kode)?.label ?? alur?.catatanMesin?.[kode] ?? kode;

export const labelTahap = (alur: DefinisiAlur | undefined, kode: string | null) =>
  kode ? alur?.tahap.find((tahap) => tahap.kode === kode)?.label ?? kode : '–';

/** "SOP 21/2025" */
export const namaSop = (alur: DefinisiAlur | undefined, cadangan: string) => (alur ? `SOP ${alur.sop.nomor}` : cadangan);
