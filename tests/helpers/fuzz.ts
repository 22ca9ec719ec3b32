/**
 * Hostile requests generated from a seed, for the fuzz test: the same seed gives the same requests,
 * so a failure printed with its seed is replayed exactly (FUZZ_SEED=<seed>).
 */

/** mulberry32: a small, fast PRNG with a 32-bit state; plenty for picking request shapes. */
export function acak(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Acak = ReturnType<typeof acak>;

/** Strings a query or body may carry: numbers out of range, operators, unicode, injections. */
export const NILAI_TEKS = [
  '',
  'x',
  'pleno',
  'judul',
  'judul:asc',
  'judul:DESC',
  'publishedAt:desc',
  'createdBy.email:asc',
  'foto.name:asc',
  '*',
  '0',
  '1',
  '2',
  '25',
  '-1',
  '-99999999',
  '100000',
  '2147483648',
  '1e18',
  '9'.repeat(40),
  '1.5',
  '0x10',
  'NaN',
  'Infinity',
  'true',
  'false',
  'null',
  'undefined',
  'draft',
  'published',
  'modified',
  'id',
  'documentId',
  'en',
  'id-ID',
  '$eq',
  '$foo',
  '$or',
  '__proto__',
  'constructor',
  'toString',
  '日本語',
  'ñandú',
  'Rapat Pleno 🙂',
  '\u202eterbalik',
  '\u0000',
  "' OR 1=1 --",
  '"; DROP TABLE liputans; --',
  '%',
  '_',
  '\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '[object Object]',
  'a'.repeat(3000),
  'tahap',
  'disposisi',
  'foto',
  'kategori',
  'berita',
  'sop-21',
  'menunggu-admin-medsos',
  'xlsx',
  'pdf',
  '2025-13-45',
  '2026-11-23',
];

/** Keys of nested objects: Strapi's operators and some it does not know, prototypes, fields. */
export const KUNCI = [
  '$eq',
  '$eqi',
  '$ne',
  '$in',
  '$notIn',
  '$lt',
  '$lte',
  '$gt',
  '$between',
  '$contains',
  '$containsi',
  '$startsWith',
  '$null',
  '$notNull',
  '$or',
  '$and',
  '$not',
  '$foo',
  '$',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '0',
  '1',
  '101',
  'judul',
  'slug',
  'id',
  'documentId',
  'publishedAt',
  'createdAt',
  'createdBy',
  'updatedBy',
  'email',
  'password',
  'foto',
  'dokumentasi',
  'disposisi',
  'kategori',
  'tautan',
  'populate',
  'fields',
  'filters',
  'sort',
  'on',
  'count',
  'page',
  'pageSize',
  'start',
  'limit',
  'name',
  'url',
  'folder',
  'path',
  'locale',
  '日本',
  '',
];

/** Top-level query parameters: those Strapi, the plugin and the public API read, and strangers. */
export const PARAMETER = [
  '_q',
  'filters',
  'sort',
  'populate',
  'fields',
  'pagination',
  'page',
  'pageSize',
  'start',
  'limit',
  'status',
  'locale',
  'plugins',
  'idsToOmit',
  'idsToInclude',
  '_filter',
  'id',
  'cari',
  'folder',
  'folderPath',
  'publicationState',
  'hasPublishedVersion',
  'withCount',
  'format',
  'bulan',
  'tahun',
  'alur',
  'tahap',
  'registrationToken',
  'code',
  'uid',
  '__proto__',
  'constructor',
  '$foo',
  'a',
];

type Nilai = string | null | Nilai[] | { [key: string]: Nilai };

/** A query value: mostly a string, else a list, an object, or a nesting chain deeper than qs parses. */
export function nilaiKueri(r: Acak, depth = 0): Nilai {
  const roll = r.next();
  if (roll < 0.5 || depth > 3) return r.chance(0.05) ? null : r.pick(NILAI_TEKS);
  if (roll < 0.65) return Array.from({ length: 1 + r.int(3) }, () => nilaiKueri(r, depth + 1));
  if (roll < 0.95) {
    const obj: Record<string, Nilai> = {};
    for (let i = 0; i <= r.int(3); i += 1) obj[r.pick(KUNCI)] = nilaiKueri(r, depth + 1);
    return obj;
  }
  let deep: Nilai = r.pick(NILAI_TEKS);
  for (let i = 0; i < 5 + r.int(30); i += 1) deep = { [r.pick(KUNCI)]: deep };
  return deep;
}

const enc = (s: string) => encodeURIComponent(s);

/** qs's bracket notation, written by hand so that null (`?key`), `a[]` and raw brackets all occur. */
export function tulisKueri(r: Acak, key: string, value: Nilai): string[] {
  if (value === null) return [enc(key)];
  if (typeof value === 'string') return [`${enc(key)}=${enc(value)}`];
  if (Array.isArray(value))
    return value.flatMap((item, i) =>
      tulisKueri(r, r.chance(0.3) && typeof item === 'string' ? `${key}[]` : `${key}[${i}]`, item),
    );
  return Object.entries(value).flatMap(([inner, item]) => tulisKueri(r, `${key}[${inner}]`, item));
}

/** Raw query strings qs has to make sense of on its own. */
export const KUERI_MENTAH = [
  'a[b',
  '[]=1',
  '=x',
  '&&&',
  'page=1&page=2',
  '_q=a&_q=b',
  'sort=judul:asc&sort[judul]=asc',
  'filters=x',
  'filters[$or]=x',
  'populate[0][a]=b',
  'pagination=1',
  '%E0%A4%A',
  '%',
  'a=%ZZ',
  `${'a'.repeat(5000)}=1`,
  Array.from({ length: 150 }, (_, i) => `fields[${i}]=judul`).join('&'),
  Array.from({ length: 120 }, () => 'sort[]=judul').join('&'),
];

/** A JSON body: any JSON value, Strapi's field names with the wrong types, or no JSON at all. */
export function isiAcak(r: Acak, depth = 0): unknown {
  const roll = r.next();
  if (depth > 4 || roll < 0.3) {
    return r.pick<unknown>([
      null,
      true,
      false,
      0,
      -1,
      1.5,
      1e308,
      -1e308,
      2 ** 53 + 1,
      Number.MAX_SAFE_INTEGER,
      ...NILAI_TEKS,
    ]);
  }
  if (roll < 0.45) return Array.from({ length: r.int(4) }, () => isiAcak(r, depth + 1));
  const obj: Record<string, unknown> = {};
  for (let i = 0; i <= r.int(4); i += 1) obj[r.pick([...KUNCI, ...BIDANG])] = isiAcak(r, depth + 1);
  return obj;
}

/** The fields the panel, the plugin and Strapi's admin read from bodies. */
export const BIDANG = [
  'data',
  'judul',
  'ringkasan',
  'isi',
  'narasi',
  'caption',
  'tanggalKegiatan',
  'dokumentasi',
  'foto',
  'kategori',
  'disposisi',
  'perihal',
  'action',
  'note',
  'assignees',
  'alasanTerlambat',
  'surelAktif',
  'documentIds',
  'ids',
  'fileIds',
  'folderIds',
  'destinationFolder',
  'fileInfo',
  'email',
  'password',
  'firstname',
  'registrationToken',
  'resetPasswordToken',
  'passwordConfirmation',
  'userInfo',
  'identifier',
  'contentTypeUID',
  'field',
  'value',
  'locale',
  'status',
];
