import type { StrapiApp } from '@strapi/strapi/admin';
import en from './translations/en.json';
import id from './translations/id.json';

/** A filter of the content manager's list view, as its hook hands it over. */
interface Filter {
  name: string;
  label: string | { id: string; defaultMessage: string };
}

/** Where Strapi's panel keeps the chosen language (@strapi/admin reducer, read before it renders). */
const KUNCI_BAHASA = 'strapi-admin-language';

export default {
  config: {
    // Editors of KPU Sumbar work in Bahasa Indonesia; English stays available.
    locales: ['id'],
    // Field labels of the SOP content types, and Strapi's own labels its Indonesian panel lacks
    // (the e2e suite lists the ones it meets untranslated).
    translations: { id, en },
    // Strapi writes secondary text (widget titles, counts, empty states, hints) in neutral500,
    // #8e8ea9: 3.2:1 on white, short of WCAG's 4.5:1; and a primary button under the pointer is
    // white on primary500, #7b79ff: 3.5:1. The same colours, darker: 4.9:1 on white (4.5:1 on the
    // grey panels, neutral100), and white on 4.95:1, still lighter than the button at rest.
    theme: {
      light: {
        colors: { neutral500: '#6f6f8a', primary500: '#5a57ff', buttonPrimary500: '#5a57ff' },
      },
    },
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
  // The list view's filter names each field by its configured label, which Strapi sets to the
  // attribute's name ("tanggalKegiatan", "nomorAgenda", "createdAt"): the field's translated label
  // instead, the key the list's column headers use (translations/id.json).
  bootstrap(app: StrapiApp) {
    app.registerHook(
      'Admin/CM/pages/ListView/inject-in-filters',
      ({ displayedFilters, ...rest }: { displayedFilters: Filter[] }) => {
        const uid = /\/collection-types\/([^/?]+)/.exec(window.location.pathname)?.[1];
        return {
          ...rest,
          displayedFilters: displayedFilters.map((filter) =>
            uid && typeof filter.label === 'string'
              ? {
                  ...filter,
                  label: {
                    id: `content-manager.content-types.${uid}.${filter.name}`,
                    defaultMessage: filter.label,
                  },
                }
              : filter,
          ),
        };
      },
    );
  },
};
