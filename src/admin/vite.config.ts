import type { Plugin, UserConfig } from 'vite';

/**
 * Changes to Strapi's admin code made while the panel is bundled, for what its translations cannot
 * reach: English written in the code rather than through a translation key, marketing, and an
 * attribute that fails WCAG. Each names the module (its path's end) and the exact code it replaces;
 * a replacement that no longer finds its code fails the build, so an upgrade of Strapi shows which
 * to drop or redo (tests/e2e/bahasa.e2e.ts shows the screen). Strapi's server code, and admin
 * changes too large for a replacement (the upload dialog's order and alt-text field), are patched in
 * patches/ instead (patch-package).
 */
interface StrapiPatch {
  module: string;
  why: string;
  replace: [string | RegExp, string][];
}

/** The design system's default labels, used wherever Strapi passes none (dialogs, date pickers). */
const DESIGN_SYSTEM_DEFAULTS: [string, string][] = [
  ['Close modal', 'Tutup'],
  ['Clear', 'Kosongkan'],
  ['Loading content...', 'Memuat konten...'],
  ['Select or enter a value', 'Pilih atau ketik nilai'],
  ['Choose date', 'Pilih tanggal'],
  ['Choose time', 'Pilih waktu'],
  ['Month', 'Bulan'],
  ['Year', 'Tahun'],
  ['Pagination', 'Navigasi halaman'],
];

export const STRAPI_PATCHES: StrapiPatch[] = [
  {
    module: '@strapi/design-system/dist/index.mjs',
    why: 'default labels in English, not translatable (the office works in Indonesian; an English session sees these few in Indonesian)',
    replace: [
      ...DESIGN_SYSTEM_DEFAULTS.map(([en, id]): [RegExp, string] => [
        new RegExp(`= "${en.replace(/\./g, '\\.')}"`, 'g'),
        `= "${id}"`,
      ]),
      ['=> "No results found"', '=> "Tidak ada hasil"'],
      // A field's icon button (show password, regenerate a slug) is 16 px: at least 24 px to hit
      // (WCAG 2.5.8).
      [
        /(Ei = u\(C\)`\s*font-size: 1\.6rem;\s*padding: 0;)/,
        '$1\n  min-width: 2.4rem;\n  min-height: 2.4rem;',
      ],
    ],
  },
  {
    module: '@strapi/admin/dist/admin/admin/src/translations/languageNativeNames.mjs',
    why: 'the language menus name Indonesian in English ("Indonesian")',
    replace: [["id: 'Indonesian',", "id: 'Bahasa Indonesia',"]],
  },
  {
    module: '@strapi/admin/dist/admin/admin/src/layouts/AuthenticatedLayout.mjs',
    why: 'marketing on every screen ("Introducing the new Media Library", a blog link)',
    replace: [['/*#__PURE__*/ jsx(MediaLibraryBanner, {}),', '']],
  },
  {
    module:
      '@strapi/admin/dist/admin/admin/src/pages/Settings/pages/ApplicationInfo/ApplicationInfoPage.mjs',
    why: 'marketing in Settings > Overview ("See all pricing plans")',
    replace: [
      [
        /\/\*#__PURE__\*\/ jsx\(Link, \{\s*href: "https:\/\/strapi\.io\/pricing-self-hosted",[\s\S]*?defaultMessage: 'See all pricing plans'\s*\}\)\s*\}\)/,
        'null',
      ],
    ],
  },
  {
    module: '@strapi/admin/dist/admin/admin/src/components/FormInputs/Password.mjs',
    why: 'autocomplete="password" is no autofill token (WCAG 1.3.5); a field that wants another passes its own',
    replace: [['autoComplete: "password",', 'autoComplete: "current-password",']],
  },
  {
    module:
      '@strapi/upload/dist/admin/components/AssetDialog/BrowseStep/SearchAsset/SearchAsset.mjs',
    why: 'the media picker\'s search button is labelled "Search" outside the translations',
    replace: [
      [
        'label: "Search",',
        "label: formatMessage({ id: 'global.search', defaultMessage: 'Search' }),",
      ],
    ],
  },
  {
    module: '@strapi/content-manager/dist/admin/pages/EditView/components/DocumentStatus.mjs',
    why: 'the status badge is labelled with the raw status ("draft", "published") for screen readers',
    replace: [
      [
        '"aria-label": status,',
        '"aria-label": formatMessage({ id: `content-manager.containers.List.${status}`, defaultMessage: capitalise(status) }),',
      ],
    ],
  },
  {
    module:
      '@strapi/content-manager/dist/admin/pages/ListView/components/BulkActions/PublishAction.mjs',
    why: 'the bulk publish dialog lists document ids, which mean nothing to people; the entry is named by its title',
    replace: [
      [
        "TABLE_HEADERS.filter((head)=>head.name !== 'name' || shouldDisplayMainField)",
        "TABLE_HEADERS.filter((head)=>head.name !== 'documentId' && (head.name !== 'name' || shouldDisplayMainField))",
      ],
      [
        /\/\*#__PURE__\*\/ jsx\(Table\.Cell, \{\s*children: \/\*#__PURE__\*\/ jsx\(Typography, \{\s*children: row\.documentId\s*\}\)\s*\}\),/,
        '',
      ],
    ],
  },
  {
    module: '@strapi/admin/dist/admin/admin/src/pages/Auth/components/Register.mjs',
    why: 'marketing: the invitation and first-admin forms offer Strapi\'s newsletter ("Keep me updated about new features")',
    replace: [
      [
        /(name: 'news',\s*size: 12,\s*type: 'checkbox'\s*\}\s*\])\.map\(/,
        "$1.filter(({ name })=>name !== 'news').map(",
      ],
    ],
  },
  {
    module: '@strapi/upload/dist/admin/components/AssetCard/AssetCardBase.mjs',
    why: 'a media card is a button holding a checkbox and buttons, named by its title alone (WCAG 4.1.2, 2.5.3); it stays clickable, and the controls inside it are the ones reached by keyboard',
    replace: [['role: "button",\n        height: "100%",', 'height: "100%",']],
  },
  {
    module:
      '@strapi/content-manager/dist/admin/pages/EditView/components/FormInputs/BlocksInput/BlocksInput.mjs',
    why: 'the rich-text editor is labelled by the id of its field, not of its label, so it has no name (WCAG 4.1.2)',
    replace: [['ariaLabelId: id,', 'ariaLabelId: `${id}-label`,']],
  },
  {
    module: '@strapi/upload/dist/admin/components/MediaLibraryInput/Carousel/CarouselAssets.mjs',
    why: 'the media field marks the photo shown with aria-selected, which its slide role does not take (WCAG 4.1.2); aria-current says it',
    replace: [
      [
        '"aria-selected": currentAsset.id === asset.id,',
        '"aria-current": currentAsset.id === asset.id ? true : undefined,',
      ],
    ],
  },
  {
    module: '@strapi/upload/dist/admin/components/MediaLibraryInput/MediaLibraryInput.mjs',
    why: 'photos uploaded into a field went before the ones already there, not in upload order (#24 item 6)',
    replace: [
      [
        /initiallySelectedAssets = multiple \? \[\s*\.\.\.allowedUploadedFiles,\s*\.\.\.selectedAssets\s*\]/,
        'initiallySelectedAssets = multiple ? [...selectedAssets, ...allowedUploadedFiles]',
      ],
    ],
  },
  {
    module: '@strapi/upload/dist/admin/future/pages/Assets/AssetsPage.mjs',
    why: "the media library's file input has no name (WCAG 4.1.2)",
    replace: [
      [
        /(jsx\("input", \{\s*type: "file",\s*ref: fileInputRef,)/,
        "$1 \"aria-label\": formatMessage({ id: 'upload.header.actions.upload-assets', defaultMessage: 'Upload assets' }),",
      ],
    ],
  },
  {
    module: '@strapi/content-manager/dist/admin/pages/EditView/components/InputRenderer.mjs',
    why: "a field the SOP locks for this user (the stage is someone else's, the engine writes it, an action froze it) looks editable until the save is refused (#24 item 1): it renders disabled, its reason as its hint (aria-describedby), from the SOP view's `sunting` (redaksi admin/src/hooks/useKunciField.ts, set on globalThis by the plugin's register)",
    replace: [
      [
        'const hint = useFieldHint(providedHint, props.attribute);',
        'const hintBawaan = useFieldHint(providedHint, props.attribute);\n    const kunciRedaksi = globalThis.__redaksiKunciField?.(currentDocumentMeta.model, currentDocumentMeta.documentId, props.name) ?? null;\n    const hint = kunciRedaksi ?? hintBawaan;',
      ],
      [
        'const fieldIsDisabled = !canUserEditField && !shouldIgnorePermissions || props.disabled || isFormDisabled;',
        'const fieldIsDisabled = !canUserEditField && !shouldIgnorePermissions || props.disabled || isFormDisabled || kunciRedaksi !== null;',
      ],
    ],
  },
];

/** The module's code with its patches applied; throws if one no longer finds its code. */
function patch(id: string, code: string): string | undefined {
  const path = id.split('?')[0].replace(/\\/g, '/');
  const found = STRAPI_PATCHES.find(({ module }) => path.endsWith(`/node_modules/${module}`));
  if (!found) return undefined;
  let result = code;
  for (const [from, to] of found.replace) {
    const next = result.replace(from, to);
    if (next === result)
      throw new Error(
        `src/admin/vite.config.ts: ${found.module} no longer holds ${String(from)} (${found.why}); Strapi changed, redo or drop this patch`,
      );
    result = next;
  }
  applied.add(found.module);
  return result;
}

const applied = new Set<string>();

/** The production bundle (`strapi build`): Rollup hands every module through `transform`. */
const bundlePatches = (): Plugin => ({
  name: 'redaksi-strapi-patches',
  enforce: 'pre',
  buildStart() {
    applied.clear();
  },
  transform(code, id) {
    const result = patch(id, code);
    return result === undefined ? null : { code: result, map: null };
  },
  buildEnd(error) {
    const missing = STRAPI_PATCHES.filter(({ module }) => !applied.has(module));
    if (!error && this.meta.watchMode === false && missing.length > 0)
      this.error(
        `Strapi modules not bundled any more, redo or drop their patches: ${missing.map(({ module }) => module).join(', ')}`,
      );
  },
});

/**
 * `strapi develop` pre-bundles the packages with esbuild, where Vite's transforms do not run: the
 * same patches, on load.
 */
const devPatches = {
  name: 'redaksi-strapi-patches',
  setup(build: {
    onLoad(
      options: { filter: RegExp },
      callback: (args: { path: string }) => Promise<{ contents: string; loader: 'js' } | undefined>,
    ): void;
  }) {
    build.onLoad({ filter: /node_modules[\\/]@strapi[\\/].*\.mjs$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const result = patch(path, await readFile(path, 'utf8'));
      return result === undefined ? undefined : { contents: result, loader: 'js' };
    });
  },
};

export default (config: UserConfig): UserConfig => ({
  ...config,
  plugins: [...(config.plugins ?? []), bundlePatches()],
  optimizeDeps: {
    ...config.optimizeDeps,
    esbuildOptions: {
      ...config.optimizeDeps?.esbuildOptions,
      plugins: [...(config.optimizeDeps?.esbuildOptions?.plugins ?? []), devPatches],
    },
  },
});
