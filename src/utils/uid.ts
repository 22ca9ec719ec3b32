/**
 * The application's content-type UIDs, named once for the code outside the plugin (the plugin has
 * its own list, `src/plugins/redaksi/server/src/constants.ts`). Strapi's factories keep theirs
 * written out, as Strapi's generators write them.
 */
export const UID = {
  liputan: 'api::liputan.liputan',
  kontenMedsos: 'api::konten-medsos.konten-medsos',
  pembacaHarian: 'api::pembaca.pembaca-harian',
  kunjunganHarian: 'api::pembaca.kunjungan-harian',
} as const;
