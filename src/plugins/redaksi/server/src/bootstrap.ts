import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

/**
 * Only what must hold before the first request. The SOP roles and the demo data are set up by
 * the application's bootstrap (src/index.ts), which runs after the admin panel has created its
 * own roles and registered every permission action.
 */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  getService('riwayat').lindungi();
  // SOP 20 and 21 records: downloading the monthly recap is a permission of its own.
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany([
      { section: 'plugins', displayName: 'Unduh rekapitulasi bulanan', uid: 'rekap.read', pluginName: 'redaksi' },
    ]);
};
