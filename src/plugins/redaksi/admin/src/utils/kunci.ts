import type { TampilanDokumen } from '../types';

/**
 * What the edit view needs to know to show a field as locked: the view's `sunting` (may this user
 * edit now, which fields, which are the engine's or frozen) and the stage's name. For a new item
 * (no view yet) the panel builds it from the workflow: only the engine's fields are locked.
 */
export type KeadaanSunting = Pick<TampilanDokumen, 'sunting' | 'tahapLabel'>;

/**
 * Why a content field cannot be edited by this user now, in Indonesian, or null when it can. Pure:
 * the server decides (domain/sunting.ts), this only reads its answer, so the form shows before a
 * save what a save would be refused for. A field inside a component (`ujiKonsekuensi.akibat`)
 * follows its top-level field, as the server's rule does.
 */
export function kunciField(
  keadaan: KeadaanSunting | null | undefined,
  nama: string,
): string | null {
  if (!keadaan) return null;
  const field = nama.split('.')[0];
  const { sunting, tahapLabel } = keadaan;
  if (sunting.mesin.includes(field))
    return 'Diisi oleh sistem redaksi: tidak dapat diisi atau diubah sendiri.';
  const tetap = sunting.tetap.find((item) => item.field === field);
  if (tetap) return tetap.pesan;
  if (!sunting.boleh)
    return sunting.pesan ?? `Terkunci di tahap "${tahapLabel}": Anda tidak dapat mengubah isinya.`;
  if (sunting.field && !sunting.field.includes(field))
    return `Terkunci di tahap "${tahapLabel}": hanya ${sunting.field.join(', ')} yang dapat diubah; isi lain sudah diputuskan.`;
  return null;
}
