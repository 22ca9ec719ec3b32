/**
 * What "English left on screen" means, read from Strapi itself rather than from a hand list: the
 * English value of every translation key the admin panel knows, translated or not (the packages'
 * `en.json`, built into `dist/.../translations/en.json.js`, the plugin's and ours), and the English
 * Strapi writes outside its translations (design-system defaults, the server's messages, a
 * language's name). A visible text equal to one of them is English the editor sees, whether the
 * key has no Indonesian value (the panel falls back to English) or the text bypasses the key (a
 * default message, a hard-coded label). The only exceptions are the words both languages share,
 * listed on purpose in SAMA_DALAM_BAHASA_INDONESIA, each of which must be an Indonesian value too.
 *
 * Also caught: codes shown to people in place of their label (an enumeration value such as
 * `berita`, a stage such as `diunggah`, a field name such as `nomorAgenda`, a document id).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import idKami from '../../src/admin/translations/id.json';
import enKami from '../../src/admin/translations/en.json';
import idPlugin from '../../src/plugins/redaksi/admin/src/translations/id.json';
import enPlugin from '../../src/plugins/redaksi/admin/src/translations/en.json';
import config from '../../src/plugins/redaksi/server/src/config';
import { PERAN } from '../../src/plugins/redaksi/server/src/constants';
import { alurSop20 } from '../../src/plugins/redaksi/server/src/workflows/sop-20';
import { alurSop21 } from '../../src/plugins/redaksi/server/src/workflows/sop-21';
import { alurDisposisi } from '../../src/plugins/redaksi/server/src/workflows/disposisi';

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

/**
 * English the panel shows without a translation key, each with where it comes from: the design
 * system's default labels (`@strapi/design-system` dist/index.mjs: a component's prop default,
 * used wherever Strapi passes none), labels Strapi hard-codes, the name Strapi gives Indonesian in
 * the language menus (translations/languageNativeNames), and what its server answers in English
 * (core services/auth, admin services/auth, utils errors; the HTTP status names `ctx.forbidden()`
 * and its siblings answer by default are added below).
 */
const INGGRIS_TANPA_KUNCI: Record<string, string> = {
  'Close modal': 'design-system Modal.Close closeLabel',
  Clear: 'design-system clearLabel',
  'Loading content...': 'design-system loadingMessage',
  'Select or enter a value': 'design-system Combobox placeholder',
  'No results found': 'design-system Combobox noOptionsMessage',
  'Choose date': 'design-system DatePicker label',
  'Choose time': 'design-system TimePicker label',
  Month: 'design-system DatePicker monthSelectLabel',
  Year: 'design-system DatePicker yearSelectLabel',
  Pagination: 'design-system Pagination label',
  Search: 'upload AssetDialog SearchAsset label',
  Indonesian: 'admin languageNativeNames.id',
  'Missing or invalid credentials': 'core auth (401)',
  'Invalid credentials': 'admin auth (login)',
  'Forbidden access': 'utils ForbiddenError',
  'Unauthorized access': 'utils UnauthorizedError',
  'An error occurred': 'notification.error (default message)',
};

/**
 * Words an English key has and Indonesian uses too, as the Indonesian panel writes them: each is
 * also the Indonesian value of some key (checked when the detector is made), so nothing English
 * can hide here. Anything else equal to an English value is English on screen.
 */
export const SAMA_DALAM_BAHASA_INDONESIA = [
  'Status',
  'Media',
  'Filter',
  'Folder',
  'Unit',
  'X',
  'Platform',
  'Admin',
  'Editor',
  'Plugin',
  'Email',
  'Caption',
  'Label',
  'Desktop',
  'URL',
  'ID',
  'Strapi',
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

const berawalan = (awalan: string, pesan: Pesan): Pesan =>
  Object.fromEntries(Object.entries(pesan).map(([kunci, teks]) => [awalan + kunci, teks]));

/** Every key the panel knows, with its English value and its Indonesian value where one exists. */
export function kunciPanel(): { kunci: string; en: string; id?: string }[] {
  const kami = { ...(idKami as Pesan), ...berawalan('redaksi.', idPlugin as Pesan) };
  const paket = PAKET.flatMap(({ paket, folder, awalan }) => {
    const en = muat(paket, folder, 'en');
    const id = muat(paket, folder, 'id');
    return Object.entries(en).map(([kunci, nilai]) => ({
      kunci: awalan + kunci,
      en: nilai,
      id: kami[awalan + kunci] ?? id[kunci],
    }));
  });
  const milikKami = Object.entries({
    ...(enKami as Pesan),
    ...berawalan('redaksi.', enPlugin as Pesan),
  }).map(([kunci, en]) => ({ kunci, en, id: kami[kunci] }));
  return [...paket, ...milikKami];
}

const normal = (teks: string) => teks.replace(/\s+/g, ' ').trim();
const escape = (teks: string) => teks.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An ICU message (react-intl's format) as a regular expression source matching every text it can
 * render: an argument matches any text, a plural or select any of its branches, a tag its content.
 * Answers too its literal words (any branch) and the shortest text it can render with arguments
 * left empty (the branch with the fewest letters each time): a message whose shortest rendering
 * holds no word says nothing English on its own (`{min}{divider}{max}` hints, `{a} ({b})`).
 */
export function polaIcu(
  pesan: string,
  sama: ReadonlySet<string> = new Set(),
): { sumber: string; literal: string; minimal: string } {
  let i = 0;
  let literal = '';
  const kataDi = (teks: string) => teks.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  const huruf = (teks: string) => (teks.match(/[a-z]/gi) ?? []).length;
  function bagian(dalamPlural: boolean, akhir: string): { sumber: string; minimal: string } {
    let sumber = '';
    let minimal = '';
    const tambah = (teks: string) => {
      sumber += escape(teks);
      minimal += teks;
      literal += teks;
    };
    while (i < pesan.length && !akhir.includes(pesan[i])) {
      const c = pesan[i];
      if (c === '{') {
        i += 1;
        const hasil = argumen();
        sumber += hasil.sumber;
        minimal += hasil.minimal;
      } else if (c === '<') {
        // Rich-text tags (<b>, </b>, <a>) render their content only.
        const tutup = pesan.indexOf('>', i);
        if (tutup > i && /^<\/?[a-z]+>$/i.test(pesan.slice(i, tutup + 1))) i = tutup + 1;
        else {
          tambah(c);
          i += 1;
        }
      } else if (c === '#' && dalamPlural) {
        sumber += '.+?';
        i += 1;
      } else if (c === "'" && pesan[i + 1] === "'") {
        tambah("'");
        i += 2;
      } else {
        tambah(c);
        i += 1;
      }
    }
    return { sumber, minimal };
  }
  function argumen(): { sumber: string; minimal: string } {
    const akhirNama = pesan.slice(i).search(/[,}]/);
    const nama = pesan.slice(i, i + akhirNama);
    i += akhirNama;
    if (pesan[i] === '}') {
      i += 1;
      return { sumber: nama.trim() ? '.+?' : '', minimal: '' };
    }
    // `, type` then, for plural/select, `, key {message} key {message}...`.
    i += 1;
    const akhirJenis = pesan.slice(i).search(/[,}]/);
    const jenis = pesan.slice(i, i + akhirJenis).trim();
    i += akhirJenis;
    if (pesan[i] === '}') {
      i += 1;
      return { sumber: '.+?', minimal: '' };
    }
    i += 1;
    const cabang: { sumber: string; minimal: string }[] = [];
    while (i < pesan.length && pesan[i] !== '}') {
      const buka = pesan.indexOf('{', i);
      if (buka < 0) break;
      i = buka + 1;
      const awal = literal.length;
      const satu = bagian(jenis !== 'select', '}');
      // A branch whose words are all shared by both languages (`# folder`) says nothing English:
      // kept, it would match any Indonesian text ending so ("Belum ada folder").
      const kata = kataDi(literal.slice(awal));
      if (kata.length === 0 || kata.some((k) => !sama.has(k))) cabang.push(satu);
      i += 1;
      while (/\s/.test(pesan[i] ?? '')) i += 1;
    }
    i += 1;
    if (cabang.length === 0) return { sumber: '(?!)', minimal: '' };
    const terpendek = cabang.reduce<string | null>(
      (pendek, { minimal }) =>
        pendek === null || huruf(minimal) < huruf(pendek) ? minimal : pendek,
      null,
    );
    return {
      sumber: `(?:${cabang.map(({ sumber }) => sumber).join('|')})`,
      minimal: terpendek ?? '',
    };
  }
  const { sumber, minimal } = bagian(false, '');
  return { sumber, literal, minimal };
}

/** A matcher of English texts: the text, else the key (or source) whose English it is. */
export type Pendeteksi = (teks: string) => string | undefined;

/**
 * Each English value as written or as the panel upper-cases some labels, whatever the spacing;
 * an argument matches any text, a plural or select any of its forms. A value made of arguments,
 * punctuation and shared words alone says nothing English and is left out. The words `sama` lists
 * are not English on their own; each must be an Indonesian value of some key (the product name
 * "Strapi" aside), or the detector is not made.
 */
export function pendeteksiInggris(
  sama: readonly string[] = SAMA_DALAM_BAHASA_INDONESIA,
): Pendeteksi {
  const semua = kunciPanel();
  const nilaiId = new Set(
    [...semua.map(({ id }) => id), ...Object.values(idKami as Pesan)].flatMap((id) =>
      id ? [normal(id)] : [],
    ),
  );
  const bukanIndonesia = sama.filter((kata) => !nilaiId.has(kata) && kata !== 'Strapi');
  if (bukanIndonesia.length > 0)
    throw new Error(
      `SAMA_DALAM_BAHASA_INDONESIA memuat kata yang bukan nilai Indonesia kunci mana pun: ${bukanIndonesia.join(', ')}`,
    );
  const boleh = new Set(sama.flatMap((kata) => [kata, kata.toUpperCase()]));
  const samaKecil = new Set(sama.map((kata) => kata.toLowerCase()));

  const tepat = new Map<string, string>();
  const tambahTepat = (teks: string, kunci: string) => {
    for (const bentuk of [teks, teks.toUpperCase()])
      if (!boleh.has(bentuk) && !tepat.has(bentuk)) tepat.set(bentuk, kunci);
  };
  /**
   * Patterns under each of their literal words (lower case): a text that can match one holds at
   * least one of them, so only the patterns of its own words are tried.
   */
  const polaPerKata = new Map<string, { regex: RegExp; kunci: string }[]>();
  const kata = (teks: string) => new Set(teks.toLowerCase().match(/[a-z]{3,}/g) ?? []);

  for (const { kunci, en } of semua) {
    const teks = normal(en);
    if (!teks) continue;
    if (!/[{<]/.test(teks)) {
      tambahTepat(teks, kunci);
      continue;
    }
    const { sumber, literal, minimal } = polaIcu(teks, samaKecil);
    // Its shortest rendering must say something English: a word, and not only a shared one.
    if ([...kata(minimal)].every((satu) => samaKecil.has(satu))) continue;
    if (!sumber.includes('.+?') && !sumber.includes('(?:')) {
      tambahTepat(normal(literal), kunci);
      continue;
    }
    const pola = { regex: new RegExp(`^${sumber}$`, 'is'), kunci };
    for (const satu of kata(literal))
      polaPerKata.set(satu, [...(polaPerKata.get(satu) ?? []), pola]);
  }
  for (const [teks, sumber] of Object.entries(INGGRIS_TANPA_KUNCI)) tambahTepat(teks, sumber);
  for (const [kode, nama] of Object.entries(STATUS_CODES))
    if (Number(kode) >= 400 && nama) tambahTepat(nama, `HTTP ${kode} (ctx default message)`);

  const ingatan = new Map<string, string | undefined>();
  return (teks: string) => {
    const t = normal(teks);
    if (ingatan.has(t)) return ingatan.get(t);
    let hasil: string | undefined;
    if (t && !boleh.has(t)) {
      hasil = tepat.get(t);
      if (!hasil)
        for (const satu of kata(t)) {
          hasil = polaPerKata.get(satu)?.find(({ regex }) => regex.test(t))?.kunci;
          if (hasil) break;
        }
    }
    ingatan.set(t, hasil);
    return hasil;
  };
}

/** The content types' and components' schemas: their attribute names and enumeration values. */
function skema(): { atribut: string[]; enumerasi: string[] } {
  const akar = path.resolve(__dirname, '..', '..', 'src');
  const dalam = (folder: string) =>
    existsSync(folder) ? readdirSync(folder).map((nama) => path.join(folder, nama)) : [];
  const berkas = [
    ...dalam(path.join(akar, 'api')).flatMap((api) =>
      dalam(path.join(api, 'content-types'))
        .map((tipe) => path.join(tipe, 'schema.json'))
        .filter((berkas) => existsSync(berkas)),
    ),
    ...dalam(path.join(akar, 'components', 'medsos')),
  ];
  const atribut = new Set<string>();
  const enumerasi = new Set<string>();
  for (const satu of berkas) {
    const isi = JSON.parse(readFileSync(satu, 'utf8')) as {
      attributes?: Record<string, { enum?: string[] }>;
    };
    for (const [nama, definisi] of Object.entries(isi.attributes ?? {})) {
      atribut.add(nama);
      for (const nilai of definisi.enum ?? []) enumerasi.add(nilai);
    }
  }
  return { atribut: [...atribut], enumerasi: [...enumerasi] };
}

/** The fields Strapi adds to every type, shown by their names where no label is given. */
const FIELD_SISTEM = [
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
];

/**
 * Codes people should see as labels: the types' field names (`nomorAgenda`, `createdAt`), their enumeration
 * values (`berita`, `instagram`), the workflows' stage and action codes (`diunggah`, `selesai`) and
 * role codes, as whole texts, written as the code is (a label starts with a capital or has
 * spaces), unless the panel writes the same word as an Indonesian label. A document id (24
 * lower-case letters and digits) is caught too.
 */
export function pendeteksiKodeMentah(): Pendeteksi {
  const { atribut, enumerasi } = skema();
  const alur = [
    alurSop21(config.default.sop21),
    alurSop20(config.default.sop20),
    alurDisposisi(config.default.sop20),
  ];
  const kode = new Map<string, string>();
  for (const nama of [...atribut, ...FIELD_SISTEM]) kode.set(nama, 'nama field');
  for (const nilai of enumerasi) kode.set(nilai, 'nilai enumerasi');
  for (const satu of alur) {
    for (const tahap of satu.tahap) kode.set(tahap.kode, `kode tahap ${satu.kode}`);
    for (const aksi of satu.aksi) kode.set(aksi.kode, `kode aksi ${satu.kode}`);
  }
  for (const peran of PERAN) kode.set(peran.kode, 'kode peran');
  // A code that is also an Indonesian word the panel writes (`draf`) is not shown raw there.
  for (const { id } of kunciPanel()) if (id) kode.delete(normal(id));
  return (teks: string) => {
    const t = normal(teks);
    if (/^[a-z0-9]{24}$/.test(t) && /[0-9]/.test(t) && /[a-z]/.test(t)) return 'documentId';
    return kode.get(t);
  };
}
