export const PLUGIN_ID = 'redaksi';

/** The plugin's own admin permission (server constants AKSI_ADMIN.rekap). */
export const IZIN_REKAP = [{ action: 'plugin::redaksi.rekap.read', subject: null }];

/**
 * How many SOP actions the edit view can offer at once (components/AksiDokumen.tsx). A unit test
 * checks that no stage of any workflow opens more to one person, the Super Admin included.
 */
export const JUMLAH_SLOT_AKSI = 6;
