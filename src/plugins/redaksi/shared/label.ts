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

/** UU 14/2008 (KIP): the categories of public information the Verifikator classifies an article in. */
export const LABEL_KLASIFIKASI_INFORMASI: Record<string, string> = {
  berkala: 'Informasi berkala (Pasal 9)',
  'serta-merta': 'Informasi serta-merta (Pasal 10)',
  'setiap-saat': 'Informasi setiap saat (Pasal 11)',
  dikecualikan: 'Informasi dikecualikan (Pasal 17)',
};

/**
 * What each category means, told to the Verifikator who chooses it (the SOP panel at
 * `verifikasi`): UU 14/2008 Pasal 9, 10, 11 and 17, in a sentence each.
 */
export const PENJELASAN_KLASIFIKASI_INFORMASI: Record<string, string> = {
  berkala:
    'Wajib diumumkan secara rutin dan berkala, paling singkat 6 bulan sekali: profil dan kegiatan badan publik, kinerja, laporan keuangan, tahapan pemilu yang berjalan.',
  'serta-merta':
    'Wajib diumumkan segera tanpa penundaan karena dapat mengancam hajat hidup orang banyak dan ketertiban umum: peringatan, bencana, perubahan jadwal pemungutan suara yang mendesak.',
  'setiap-saat':
    'Wajib tersedia setiap saat dan diberikan kepada siapa pun yang meminta: keputusan dan pertimbangannya, kebijakan, rencana kerja, perjanjian dengan pihak ketiga.',
  dikecualikan:
    'Tidak boleh dibuka kepada publik karena menurut Pasal 17 membahayakan kepentingan yang dilindungi (misalnya rahasia pribadi atau penegakan hukum). Wajib menyebut huruf Pasal 17, hasil uji konsekuensi, dan masa berlakunya; materi ini tidak akan pernah tayang.',
};

/** UU 14/2008 Pasal 17: the letter that exempts an item of information, and what it protects. */
export const LABEL_DASAR_PENGECUALIAN: Record<string, string> = {
  'pasal-17-a': 'Pasal 17 huruf a: menghambat proses penegakan hukum',
  'pasal-17-b': 'Pasal 17 huruf b: hak atas kekayaan intelektual dan persaingan usaha',
  'pasal-17-c': 'Pasal 17 huruf c: pertahanan dan keamanan negara',
  'pasal-17-d': 'Pasal 17 huruf d: kekayaan alam Indonesia',
  'pasal-17-e': 'Pasal 17 huruf e: ketahanan ekonomi nasional',
  'pasal-17-f': 'Pasal 17 huruf f: hubungan luar negeri',
  'pasal-17-g': 'Pasal 17 huruf g: isi akta otentik atau wasiat seseorang',
  'pasal-17-h': 'Pasal 17 huruf h: rahasia pribadi',
  'pasal-17-i':
    'Pasal 17 huruf i: memorandum atau surat antar/intra Badan Publik yang dirahasiakan',
  'pasal-17-j': 'Pasal 17 huruf j: informasi yang tidak boleh diungkapkan menurut undang-undang',
};

/** Why an article was taken down, as the public takedown register (GET /api/penurunan) says it. */
export const LABEL_KATEGORI_PENURUNAN: Record<string, string> = {
  'permintaan-pihak': 'Permintaan pihak terkait',
  'kesalahan-fakta': 'Kesalahan fakta',
  'informasi-dikecualikan': 'Informasi yang dikecualikan',
  lainnya: 'Lainnya',
};

/** The label of a code, or the code itself when the table does not know it (never an empty cell). */
export const labelDari = (tabel: Record<string, string>, kode: string): string =>
  tabel[kode] ?? kode;
