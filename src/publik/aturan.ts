import type { AturanPublik } from './kueri';

/** What the website reads of a Liputan: the article, its photos (all formats), category and dates. */
export const ATURAN_LIPUTAN: AturanPublik = {
  fields: [
    'judul',
    'slug',
    'tanggalKegiatan',
    'kategori',
    'lokasi',
    'penulis',
    'ringkasan',
    'isi',
    'publishedAt',
    'updatedAt',
  ],
  populate: { foto: true },
  filters: ['kategori', 'publishedAt', 'tanggalKegiatan', 'slug'],
  sort: ['publishedAt', 'tanggalKegiatan', 'judul'],
  cari: ['judul', 'ringkasan'],
  sortBawaan: 'publishedAt:desc',
};

/** The website's "Media Sosial" section: title, date, caption, photos and the platform links. */
export const ATURAN_KONTEN_MEDSOS: AturanPublik = {
  fields: ['judul', 'tanggalKegiatan', 'caption', 'publishedAt', 'updatedAt'],
  populate: { dokumentasi: true, tautan: true },
  filters: ['tanggalKegiatan', 'publishedAt'],
  sort: ['publishedAt', 'tanggalKegiatan'],
  cari: ['judul', 'caption'],
  sortBawaan: 'publishedAt:desc',
};
