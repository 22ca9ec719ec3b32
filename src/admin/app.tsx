import type { StrapiApp } from '@strapi/strapi/admin';
import en from './translations/en.json';
import id from './translations/id.json';

/** Where Strapi's panel keeps the chosen language (@strapi/admin reducer, read before it renders). */
const KUNCI_BAHASA = 'strapi-admin-language';

export default {
  config: {
    // Editors of KPU Sumbar work in Bahasa Indonesia; English stays available.
    locales: ['id'],
    // Field labels of the SOP content types, and Strapi's own labels its Indonesian panel lacks
    // (the e2e suite lists the ones it meets untranslated).
    translations: { id, en },
  },
  register(app: StrapiApp) {
    // Strapi opens in English until a language is stored, and only a logged-in user's saved
    // choice stores one: the login and forgot-password screens of a fresh browser, and a user
    // whose profile names none, would be English. The office works in Indonesian; a person who
    // chose English in their profile gets it back at login (Strapi applies preferedLanguage).
    if (!localStorage.getItem(KUNCI_BAHASA)) localStorage.setItem(KUNCI_BAHASA, 'id');
    // Runs after every plugin registered its widgets: the editor's homepage starts with the work
    // (Meja Redaksi: what waits for me, what is overdue), Strapi's own widgets after it. A person
    // who arranges the homepage keeps their own order.
    app.widgets.register((semua) => [
      ...semua.filter((widget) => widget.pluginId === 'redaksi'),
      ...semua.filter((widget) => widget.pluginId !== 'redaksi'),
    ]);
  },
  bootstrap(_app: StrapiApp) {},
};
