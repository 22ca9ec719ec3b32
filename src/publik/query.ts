import { errors } from '@strapi/utils';
import skemaLiputan from '../api/liputan/content-types/liputan/schema.json';

/**
 * What the public website may ask of a content type. The server decides: fields, filters and
 * sorts outside these lists are refused with a 400 naming them, populate is fixed to the
 * public relations, and only published versions are ever read, whatever the client sends.
 */
export interface PublicQueryRules {
  fields: readonly string[];
  /** The relations and media always populated, with the fields shown of each. */
  populate: Record<string, true | { fields: readonly string[] }>;
  filters: readonly string[];
  sort: readonly string[];
  /** Fields searched by `cari` (case-insensitive containment). */
  cari: readonly string[];
  sortBawaan: string;
}

type Kueri = Record<string, unknown>;

const OPERATOR = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$null',
  '$notNull',
  '$between',
  '$startsWith',
  '$endsWith',
]);

function tolak(pesan: string): never {
  throw new errors.ValidationError(pesan, { kode: 'kueri-publik' });
}

const daftar = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((item) => String(item).trim())
    .filter(Boolean);

/** A value under an allowed field: a literal, or operators applied to literals (no nested relation). */
function periksaNilai(field: string, nilai: unknown): void {
  if (nilai === null || typeof nilai !== 'object') return;
  for (const [operator, isi] of Object.entries(nilai as Record<string, unknown>)) {
    if (!OPERATOR.has(operator))
      tolak(`Operator atau kolom "${field}.${operator}" tidak diizinkan pada filter publik`);
    if (isi !== null && typeof isi === 'object' && !Array.isArray(isi))
      tolak(`Filter "${field}.${operator}" tidak boleh bersarang`);
  }
}

function saringFilter(filters: unknown, izin: readonly string[]): Kueri {
  if (filters === undefined || filters === null || filters === '') return {};
  if (typeof filters !== 'object' || Array.isArray(filters)) tolak('filters harus berupa objek');
  const hasil: Kueri = {};
  for (const [kunci, nilai] of Object.entries(filters as Kueri)) {
    if (kunci === '$and' || kunci === '$or') {
      const bagian = Array.isArray(nilai)
        ? nilai
        : typeof nilai === 'object' && nilai
          ? Object.values(nilai)
          : [];
      hasil[kunci] = bagian.map((item) => saringFilter(item, izin));
    } else if (kunci === '$not') {
      hasil[kunci] = saringFilter(nilai, izin);
    } else if (izin.includes(kunci)) {
      periksaNilai(kunci, nilai);
      hasil[kunci] = nilai;
    } else {
      tolak(`Filter pada "${kunci}" tidak diizinkan. Filter yang tersedia: ${izin.join(', ')}`);
    }
  }
  return hasil;
}

function saringSort(sort: unknown, aturan: PublicQueryRules): string[] {
  const permintaan = daftar(sort);
  if (permintaan.length === 0) return [aturan.sortBawaan];
  return permintaan.map((item) => {
    const [field, arah = 'asc'] = item.split(':');
    if (!aturan.sort.includes(field))
      tolak(`Urutan menurut "${field}" tidak tersedia. Pilihan: ${aturan.sort.join(', ')}`);
    if (!['asc', 'desc'].includes(arah.toLowerCase()))
      tolak(`Arah urutan "${arah}" harus asc atau desc`);
    return `${field}:${arah.toLowerCase()}`;
  });
}

function saringFields(fields: unknown, aturan: PublicQueryRules): readonly string[] {
  const permintaan = daftar(fields);
  if (permintaan.length === 0) return aturan.fields;
  const ditolak = permintaan.filter((field) => !aturan.fields.includes(field));
  if (ditolak.length > 0) tolak(`Kolom tidak tersedia untuk publik: ${ditolak.join(', ')}`);
  return permintaan;
}

/** Strapi's REST pagination limits (config/api.ts). */
export interface PaginationLimits {
  bawaan: number;
  maks: number;
}

/** Public pages are at most this deep: a reader never pages a million pages down. */
const HALAMAN_MAKS = 100_000;

function bilanganBulat(nama: string, value: unknown, min: number, maks: number): number {
  const angka =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value.trim())
        ? Number(value)
        : NaN;
  if (!Number.isSafeInteger(angka) || angka < min || angka > maks) {
    tolak(`pagination[${nama}] harus bilangan bulat dari ${min} sampai ${maks}`);
  }
  return angka;
}

/**
 * Pagination with Strapi's defaults applied and its bounds checked, so that the same page asked
 * two ways is one query (and one cache entry), and `page=1e18` is a 400, not a 500.
 */
function saringPaginasi(pagination: unknown, batas: PaginationLimits): Kueri {
  if (pagination === undefined || pagination === null || pagination === '')
    return { page: 1, pageSize: batas.bawaan };
  if (typeof pagination !== 'object' || Array.isArray(pagination))
    tolak('pagination harus berupa objek');
  const { page, pageSize, start, limit, withCount, ...lain } = pagination as Kueri;
  const asing = Object.keys(lain);
  if (asing.length > 0)
    tolak(`pagination[${asing[0]}] tidak dikenal: gunakan page dan pageSize, atau start dan limit`);
  // Text over HTTP (query-shape admits nothing else here), a boolean from code.
  const hitung =
    withCount === undefined
      ? {}
      : { withCount: typeof withCount === 'boolean' ? withCount : withCount !== 'false' };
  if (start !== undefined || limit !== undefined) {
    if (page !== undefined || pageSize !== undefined)
      tolak('pagination memakai page/pageSize atau start/limit, tidak keduanya');
    return {
      start: start === undefined ? 0 : bilanganBulat('start', start, 0, HALAMAN_MAKS * batas.maks),
      limit: limit === undefined ? batas.bawaan : bilanganBulat('limit', limit, 1, batas.maks),
      ...hitung,
    };
  }
  return {
    page: page === undefined ? 1 : bilanganBulat('page', page, 1, HALAMAN_MAKS),
    pageSize:
      pageSize === undefined ? batas.bawaan : bilanganBulat('pageSize', pageSize, 1, batas.maks),
    ...hitung,
  };
}

/** The query the core controller will run for an anonymous reader. */
export function shapePublicQuery(
  query: Kueri,
  aturan: PublicQueryRules,
  batas: PaginationLimits = { bawaan: 25, maks: 100 },
): Kueri {
  const filters = saringFilter(query.filters, aturan.filters);
  const cari = typeof query.cari === 'string' ? query.cari.trim() : '';
  if (cari) {
    const pencarian = { $or: aturan.cari.map((field) => ({ [field]: { $containsi: cari } })) };
    filters.$and = [...((filters.$and as Kueri[]) ?? []), pencarian];
  }
  return {
    fields: [...saringFields(query.fields, aturan)],
    populate: Object.fromEntries(
      Object.entries(aturan.populate).map(([relasi, isi]) => [
        relasi,
        isi === true ? true : { fields: [...isi.fields] },
      ]),
    ),
    filters,
    sort: saringSort(query.sort, aturan),
    pagination: saringPaginasi(query.pagination, batas),
    status: 'published',
  };
}

/** What GET /api/daftar-informasi-publik takes: the year of first publication, the category, the format. */
export interface ParameterDaftarInformasiPublik {
  tahun?: number;
  kategori?: string;
  format: 'json' | 'csv' | 'pdf';
  /** JSON only, as Strapi's lists take it (page/pageSize or start/limit); the files hold the whole register. */
  pagination?: { page?: number; pageSize?: number; start?: number; limit?: number };
}

const KATEGORI_LIPUTAN: readonly string[] = skemaLiputan.attributes.kategori.enum;
const FORMAT_DIP = ['json', 'csv', 'pdf'] as const;

/**
 * The Daftar Informasi Publik's parameters, validated (a 400 naming the one at fault, as the
 * other public reads do) and normalised: the same register asked two ways is one cache entry.
 */
export function shapeParameterDaftarInformasiPublik(
  query: Kueri,
  batas: PaginationLimits = { bawaan: 25, maks: 100 },
): ParameterDaftarInformasiPublik & Kueri {
  const { tahun, kategori, format, pagination, ...lain } = query;
  const asing = Object.keys(lain);
  if (asing.length > 0)
    tolak(
      `Parameter "${asing[0]}" tidak dikenal. Parameter yang tersedia: tahun, kategori, format, pagination`,
    );
  const hasil: ParameterDaftarInformasiPublik & Kueri = { format: 'json' };
  if (tahun !== undefined && tahun !== '') {
    const angka = typeof tahun === 'string' && /^\d{4}$/.test(tahun.trim()) ? Number(tahun) : NaN;
    if (!(angka >= 2000 && angka <= 2999)) tolak('tahun harus empat angka, misalnya 2026');
    hasil.tahun = angka;
  }
  if (kategori !== undefined && kategori !== '') {
    if (typeof kategori !== 'string' || !KATEGORI_LIPUTAN.includes(kategori))
      tolak(`kategori tidak dikenal. Pilihan: ${KATEGORI_LIPUTAN.join(', ')}`);
    hasil.kategori = kategori;
  }
  if (format !== undefined && format !== '') {
    if (!FORMAT_DIP.includes(format as (typeof FORMAT_DIP)[number]))
      tolak(`format harus salah satu dari: ${FORMAT_DIP.join(', ')}`);
    hasil.format = format as ParameterDaftarInformasiPublik['format'];
  }
  // Validated whatever the format (a malformed page is a 400 everywhere), kept for JSON only.
  const halaman = saringPaginasi(pagination, batas);
  if (hasil.format === 'json') hasil.pagination = halaman;
  return hasil;
}
