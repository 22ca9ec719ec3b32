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
  // Runs after every plugin registered its widgets: the editor's homepage starts with the work
  // (Meja Redaksi: what waits for me, what is overdue), Strapi's own widgets after it. A person
  // who arranges the homepage keeps their own order.
  register(app: StrapiApp) {
    app.widgets.register((semua) => [
      ...semua.filter((widget) => widget.pluginId === 'redaksi'),
      ...semua.filter((widget) => widget.pluginId !== 'redaksi'),
    ]);
  },
  bootstrap(_app: StrapiApp) {},
};
