/**
 * What people read for the codes the schemas store (enumeration values), the same on screen, in
 * the exports and on paper. The content manager shows the same words from the admin's
 * translations (src/admin/translations/id.json); a unit test holds every enumeration of the
 * schemas against this table, so a new value cannot reach a printed sheet as a bare code.
 */
export const LABEL_KATEGORI_LIPUTAN: Record<string, string> = {
  berita: 'Berita',
  pengumuman: 'Pengumuman',
  kegiatan: 'Kegiatan',
  'siaran-pers': 'Siaran pers',
  opini: 'Opini',
  'tanpa-kategori': 'Tanpa kategori',
};

export const LABEL_PLATFORM: Record<string, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
};

export const LABEL_SIFAT_DISPOSISI: Record<string, string> = {
  biasa: 'Biasa',
  segera: 'Segera',
  'sangat-segera': 'Sangat segera',
  rahasia: 'Rahasia',
};

/** The label of a code, or the code itself when the table does not know it (never an empty cell). */
export const labelDari = (tabel: Record<string, string>, kode: string): string =>
  tabel[kode] ?? kode;
