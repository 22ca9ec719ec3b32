/**
 * What the server and the admin panel say alike about a workflow: a stage's name, and where an
 * item opens. Pure and without imports, so that both builds can take it.
 */

interface DenganTahap {
  tahap: ReadonlyArray<{ kode: string; label: string }>;
}

/** A stage's label; its code when the workflow does not know it; a dash for none. */
export function labelTahap(alur: DenganTahap | undefined, kode: string | null): string {
  if (!kode) return '–';
  return alur?.tahap.find((tahap) => tahap.kode === kode)?.label ?? kode;
}

/** Where an item opens, below the admin panel's root: its edit view in the content manager. */
export const jalurEditDokumen = (uid: string, documentId: string): string =>
  `/content-manager/collection-types/${uid}/${documentId}`;
