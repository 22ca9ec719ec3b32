/**
 * One place for the names fixed as a contract (UIDs, role codes; docs/ISTILAH.md) and for the
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
  cuplikan: 'plugin::redaksi.cuplikan',
  jadwalTayang: 'plugin::redaksi.jadwal-tayang',
} as const;

/** Collections of the engine itself: written only by the engine, never through the document service. */
export const ENGINE_UIDS = [
  UID.statusAlur,
  UID.riwayat,
  UID.penomoran,
  UID.kirimanSurel,
  UID.preferensiSurel,
  UID.cuplikan,
  UID.jadwalTayang,
] as const;

export { PERAN, type KodePeran } from '../../shared/peran';

/** Strapi's own code for the Super Admin role: may take every action, recorded like any other. */
export const SUPER_ADMIN_CODE = 'strapi-super-admin';

export { TIME_ZONE } from '../../shared/time';

/** Admin RBAC actions of the plugin (registered at bootstrap, granted per role in services/engine/peran.ts). */
export const AKSI_ADMIN = {
  rekap: 'plugin::redaksi.rekap.read',
} as const;

/** The platforms of `tautan` (medsos.tautan) and of `platformTujuan`, one list for both. */
export { KODE_PLATFORM as PLATFORM_MEDSOS } from '../../shared/contracts/platform';
