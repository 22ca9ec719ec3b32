import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors of KPU Sumbar work in Bahasa Indonesia; English stays available.
    locales: ['id'],
  },
  bootstrap(_app: StrapiApp) {},
};
