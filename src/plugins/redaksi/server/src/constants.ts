/**
 * One place for the names DOMAIN.md fixes as a contract (UIDs, role codes) and for the
 * names this plugin gives its own collections. Other tools rely on these strings.
 */
export const PLUGIN_ID = 'redaksi';

export const UID = {
  kontenMedsos: 'api::konten-medsos.konten-medsos',
  liputan: 'api::liputan.liputan',
  disposisi: 'api::disposisi.disposisi',
  statusAlur: 'plugin::redaksi.status-alur',
  riwayat: 'plugin::redaksi.riwayat',
  penomoran: 'plugin::redaksi.penomoran',
  kirimanSurel: 'plugin::redaksi.kiriman-surel',
  preferensiSurel: 'plugin::redaksi.preferensi-surel',
} as const;

/** Collections of the engine itself: written only by the engine, never through the document service. */
export const ENGINE_UIDS = [
  UID.statusAlur,
  UID.riwayat,
  UID.penomoran,
  UID.kirimanSurel,
  UID.preferensiSurel,
] as const;

/** The SOP roles (DOMAIN.md, "Roles"). `kode` is stored in the admin role's `code`. */
export const PERAN = [
  { kode: 'pemimpin-redaksi', nama: 'Pemimpin Redaksi (Penanggung Jawab)', sop: ['20', '21'] },
  { kode: 'wakil-pemimpin-redaksi', nama: 'Wakil Pemimpin Redaksi', sop: ['20', '21'] },
  { kode: 'koordinator-liputan', nama: 'Koordinator Liputan', sop: ['20'] },
  { kode: 'redaktur-pelaksana', nama: 'Redaktur Pelaksana', sop: ['20'] },
  { kode: 'sekretaris-redaksi', nama: 'Sekretaris Redaksi', sop: ['20'] },
  {
    kode: 'verifikator',
    nama: 'Verifikator (Pengolahan Data dan Klasifikasi Informasi)',
    sop: ['20'],
  },
  { kode: 'tim-peliputan', nama: 'Tim Peliputan', sop: ['20'] },
  { kode: 'tim-pasca-produksi', nama: 'Tim Pasca Produksi', sop: ['20'] },
  { kode: 'staf-sekretariat', nama: 'Staf Sekretariat', sop: ['20'] },
  { kode: 'ppid-pembantu', nama: 'PPID Pembantu', sop: ['20'] },
  { kode: 'tim-pelaksana', nama: 'Tim Pelaksana Kegiatan', sop: ['21'] },
  { kode: 'admin-medsos', nama: 'Admin Media Sosial', sop: ['21'] },
] as const;

export type KodePeran = (typeof PERAN)[number]['kode'];

/** Strapi's own code for the Super Admin role: may take every action, recorded like any other. */
export const SUPER_ADMIN_CODE = 'strapi-super-admin';

export { ZONA_WAKTU } from '../../shared/waktu';

/** Admin RBAC actions of the plugin (registered at bootstrap, granted per role in services/peran.ts). */
export const AKSI_ADMIN = {
  rekap: 'plugin::redaksi.rekap.read',
} as const;

export const PLATFORM_MEDSOS = [
  'instagram',
  'facebook',
  'x',
  'youtube',
  'tiktok',
  'threads',
] as const;
