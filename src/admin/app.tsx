import type { StrapiApp } from '@strapi/strapi/admin';
import en from './translations/en.json';
import id from './translations/id.json';

export default {
  config: {
    // Editors of KPU Sumbar work in Bahasa Indonesia; English stays available.
    locales: ['id'],
    // Field labels of the SOP content types, and Strapi's own labels its Indonesian panel lacks
    // (the e2e suite lists the ones it meets untranslated).
    translations: { id, en },
  },
  bootstrap(_app: StrapiApp) {},
};
