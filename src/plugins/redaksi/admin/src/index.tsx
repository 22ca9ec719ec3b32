import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Calendar, ChartBubble, Clock, Layout } from '@strapi/icons';
import { susunAksiDokumen, UnduhanSop } from './components/AksiDokumen';
import { PanelSop } from './components/PanelSop';
import { TombolBuatDaftar } from './components/TombolBuatDaftar';
import { useKunciField } from './hooks/useKunciField';
import { IZIN_REKAP, PLUGIN_ID } from './pluginId';
import { translationKey } from './utils/text';

type Terjemahan = Record<string, string>;

declare global {
  // The content manager's field renderer reads it (patched in src/admin/vite.config.ts).
  var __redaksiKunciField: typeof useKunciField | undefined;
}

const awalan = (data: Terjemahan): Terjemahan =>
  Object.fromEntries(Object.entries(data).map(([kunci, teks]) => [translationKey(kunci), teks]));

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    // Each field the SOP locks for this user renders disabled with its reason: the content
    // manager's field renderer, patched at bundle time, asks this hook. Set before anything
    // renders, so every render calls it (a hook's order never changes).
    globalThis.__redaksiKunciField = useKunciField;

    // The plugin's pages: the queue, the month at a glance, the SOP drawn as a flow, and the recap
    // (its own permission).
    const halaman = [
      {
        to: '',
        icon: Clock,
        intlLabel: { id: translationKey('menu.antrean'), defaultMessage: 'Meja Redaksi' },
        permissions: [],
        Component: () => import('./pages/MejaRedaksi'),
      },
      {
        to: '/kalender',
        icon: Calendar,
        intlLabel: { id: translationKey('menu.kalender'), defaultMessage: 'Kalender' },
        permissions: [],
        Component: () => import('./pages/Kalender'),
      },
      {
        to: '/alur',
        icon: Layout,
        intlLabel: { id: translationKey('menu.alur'), defaultMessage: 'Alur SOP' },
        permissions: [],
        Component: () => import('./pages/AlurSop'),
      },
      {
        to: '/rekapitulasi',
        icon: ChartBubble,
        intlLabel: { id: translationKey('menu.rekap'), defaultMessage: 'Rekapitulasi' },
        permissions: IZIN_REKAP,
        Component: () => import('./pages/Rekapitulasi'),
      },
    ];
    for (const { to, ...menu } of halaman)
      app.addMenuLink({ ...menu, to: `plugins/${PLUGIN_ID}${to}` });

    // Issue #26: the platforms a Konten Medsos is meant for (its attribute `platformTujuan`).
    app.customFields.register({
      name: 'platform-tujuan',
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: translationKey('platform.field'), defaultMessage: 'Platform tujuan' },
      intlDescription: {
        id: translationKey('platform.deskripsi'),
        defaultMessage: 'Platform media sosial tujuan unggahan, dipilih di tahap draf',
      },
      // The content manager passes the field's props; its type declares none.
      components: {
        Input: async () => ({
          default: (await import('./components/PilihPlatform'))
            .default as unknown as React.ComponentType,
        }),
      },
    });

    app.widgets.register({
      id: 'antrean',
      pluginId: PLUGIN_ID,
      icon: Clock,
      title: { id: translationKey('widget.judul'), defaultMessage: 'Meja Redaksi' },
      link: {
        label: { id: translationKey('widget.buka'), defaultMessage: 'Buka Meja Redaksi' },
        href: `/plugins/${PLUGIN_ID}`,
      },
      component: async () => (await import('./components/WidgetAntrean')).WidgetAntrean,
    });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager')
      .apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([PanelSop]);
    // The SOP step's action is the edit view's primary button; Strapi's own follow (AksiDokumen).
    contentManager.addDocumentAction((bawaan) => susunAksiDokumen(bawaan, UnduhanSop));
    // "Buat Liputan" / "Buat Konten Medsos" on the lists too, as on Meja Redaksi.
    app.getPlugin('content-manager').injectComponent('listView', 'actions', {
      name: 'redaksi-buat',
      Component: TombolBuatDaftar,
    });

    app.addSettingsLink(
      {
        id: PLUGIN_ID,
        intlLabel: { id: translationKey('pengaturan.bagian'), defaultMessage: 'Redaksi' },
      },
      {
        id: 'pemberitahuan',
        to: `${PLUGIN_ID}/pemberitahuan`,
        intlLabel: {
          id: translationKey('pengaturan.pemberitahuan'),
          defaultMessage: 'Pemberitahuan',
        },
        permissions: [],
        Component: () => import('./pages/Pemberitahuan'),
      },
    );
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Terjemahan;
          };
          return { data: awalan(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
