/**
 * What "English left on screen" means, read from Strapi itself rather than from a hand list: the
 * English value of every translation key the admin panel's packages ship (their `en.json`, built
 * into `dist/.../translations/en.json.js`) for which the Indonesian panel has no value, neither
 * the package's own `id.json` nor ours (src/admin/translations/id.json). The panel falls back to
 * English for exactly those keys (its LanguageProvider merges `en` under `id`), so a visible text
 * equal to one of those values is English the editor sees.
 */
import path from 'node:path';
import idKami from '../../src/admin/translations/id.json';

type Pesan = Record<string, string>;

/**
 * The packages whose translations the admin panel loads, where their built translations live and
 * the prefix the panel gives their keys (plugins register theirs under their plugin id; the admin's
 * own keys are global).
 */
const PAKET: { paket: string; folder: string; awalan: string }[] = [
  { paket: '@strapi/admin', folder: 'dist/admin/admin/src/translations', awalan: '' },
  {
    paket: '@strapi/content-manager',
    folder: 'dist/admin/translations',
    awalan: 'content-manager.',
  },
  { paket: '@strapi/upload', folder: 'dist/admin/translations', awalan: 'upload.' },
  { paket: '@strapi/i18n', folder: 'dist/admin/translations', awalan: 'i18n.' },
  { paket: '@strapi/email', folder: 'dist/admin/translations', awalan: 'email.' },
  {
    paket: '@strapi/content-releases',
    folder: 'dist/admin/translations',
    awalan: 'content-releases.',
  },
  {
    paket: '@strapi/review-workflows',
    folder: 'dist/admin/translations',
    awalan: 'review-workflows.',
  },
  {
    paket: '@strapi/content-type-builder',
    folder: 'dist/admin/translations',
    awalan: 'content-type-builder.',
  },
  {
    paket: '@strapi/plugin-users-permissions',
    folder: 'dist/admin/translations',
    awalan: 'users-permissions.',
  },
];

function muat(paket: string, folder: string, bahasa: string): Pesan {
  const akar = path.dirname(require.resolve(`${paket}/package.json`));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const modul = require(path.join(akar, folder, `${bahasa}.json.js`)) as
      | Pesan
      | { default: Pesan };
    return ('default' in modul ? modul.default : modul) as Pesan;
  } catch {
    return {};
  }
}

/** Every key the panel knows, with its English value and its Indonesian value where one exists. */
export function kunciPanel(): { kunci: string; en: string; id?: string }[] {
  const kami = idKami as Pesan;
  return PAKET.flatMap(({ paket, folder, awalan }) => {
    const en = muat(paket, folder, 'en');
    const id = muat(paket, folder, 'id');
    return Object.entries(en).map(([kunci, nilai]) => ({
      kunci: awalan + kunci,
      en: nilai,
      id: kami[awalan + kunci] ?? id[kunci],
    }));
  });
}

const normal = (teks: string) => teks.replace(/\s+/g, ' ').trim();

/**
 * A matcher of English texts: each untranslated key's English value as written or as the panel
 * upper-cases some labels, whatever the spacing; a value's simple arguments (`{name}`) match any
 * text. (A lower-case field name such as `caption` is data, not the label "Caption".) A value that is also an Indonesian value of some key (a shared word such as
 * "Status" or "Media") is not English on its own, and product names are never counted.
 */
export function pendeteksiInggris(namaProduk: string[] = ['Strapi']) {
  const semua = kunciPanel();
  // Our own values count too, those of keys Strapi only gives a default message in code.
  const nilaiId = [...semua.map(({ id }) => id), ...Object.values(idKami as Pesan)];
  const indonesia = new Set(
    nilaiId.flatMap((id) => (id ? [normal(id), normal(id).toUpperCase()] : [])),
  );
  for (const nama of namaProduk) indonesia.add(normal(nama));
  const tepat = new Map<string, string>();
  const pola: { regex: RegExp; kunci: string }[] = [];
  for (const { kunci, en, id } of semua) {
    if (id !== undefined) continue;
    const teks = normal(en.replace(/<\/?[a-z]+>/gi, ''));
    // Plurals and selects render one of several texts; their parts are not matched on their own.
    if (!teks || indonesia.has(teks) || /,\s*(plural|select)/.test(teks)) continue;
    if (!teks.includes('{')) {
      for (const bentuk of [teks, teks.toUpperCase()])
        if (!tepat.has(bentuk)) tepat.set(bentuk, kunci);
      continue;
    }
    const sumber = teks
      .split(/\{[^{}]+\}/)
      .map((bagian) => bagian.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    // A value made of arguments alone says nothing English.
    if (/[a-z]{3}/i.test(teks.replace(/\{[^{}]+\}/g, '')))
      pola.push({ regex: new RegExp(`^${sumber}$`, 'i'), kunci });
  }
  return (teks: string): string | undefined => {
    const t = normal(teks);
    if (!t || indonesia.has(t)) return undefined;
    return tepat.get(t) ?? pola.find(({ regex }) => regex.test(t))?.kunci;
  };
}
