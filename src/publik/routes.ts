import type { UID as StrapiUID } from '@strapi/strapi';
import { type PublicQueryRules, shapeParameterDaftarInformasiPublik } from './query';
import { UID } from '../utils/uid';

/**
 * The public read routes, in one table. Everything about them is generated from it: the routers'
 * config (routes/*.ts: the response cache on each route, the custom routes themselves), the query
 * each one runs (query.ts, applied once per request by the cache, cache.ts), its cache key, the
 * pre-routing cache hits (src/middlewares/cache-publik.ts), the public role's permissions
 * (permissions.ts), the content types whose version stamp is followed (version.ts) and what the OpenAPI
 * document says of them (openapi.ts). A new public field is a line in its type's rules below; a
 * new public route is a row (and, unless it is Strapi's core `find` or `findOne`, its controller
 * action).
 */

/** What the website reads of a Liputan: the article, its photos (all formats), category and dates. */
const LIPUTAN: PublicQueryRules = {
  fields: [
    'judul',
    'slug',
    'tanggalKegiatan',
    'kategori',
    'lokasi',
    'penulis',
    'ringkasan',
    'isi',
    'publishedAt',
    'updatedAt',
  ],
  populate: { foto: true },
  filters: ['kategori', 'publishedAt', 'tanggalKegiatan', 'slug'],
  sort: ['publishedAt', 'tanggalKegiatan', 'judul'],
  cari: ['judul', 'ringkasan'],
  sortBawaan: 'publishedAt:desc',
};

/** The website's "Media Sosial" section: title, date, caption, photos and the platform links. */
const KONTEN_MEDSOS: PublicQueryRules = {
  fields: ['judul', 'tanggalKegiatan', 'caption', 'publishedAt', 'updatedAt'],
  populate: { dokumentasi: true, tautan: true },
  filters: ['tanggalKegiatan', 'publishedAt'],
  sort: ['publishedAt', 'tanggalKegiatan'],
  cari: ['judul', 'caption'],
  sortBawaan: 'publishedAt:desc',
};

/**
 * A public register read from the history (corrections, takedowns): newest first, in pages; what
 * each entry shows is fixed by the server, so there is nothing to choose, filter or sort.
 */
const REGISTER: PublicQueryRules = {
  fields: [],
  populate: {},
  filters: [],
  sort: [],
  cari: [],
  sortBawaan: 'tanggal:desc',
};

type Params = Record<string, string>;

export interface PublicRoute {
  /** The address the website calls; the pre-routing cache matches it (path-to-regexp). */
  jalur: string;
  /** The content type read, whose public version stamp is part of the route's cache keys. */
  uid: StrapiUID.ContentType;
  /**
   * The controller action answering it: Strapi's core `find` or `findOne` (the core router's
   * path, which `jalur` must be), or the type's own action, whose route is made from `jalur`.
   */
  aksi: string;
  /** The Strapi query the route runs, shaped from the client's (query.ts); or `parameter`. */
  aturan?: PublicQueryRules;
  /**
   * For a route that runs no Strapi query (a register the engine builds): its own parameters,
   * validated (a 400 otherwise) and normalised, which key its cache as `aturan`'s query would.
   */
  parameter?: (query: Record<string, unknown>) => Record<string, unknown>;
  /** What the route itself fixes in the query, over whatever the client sent. */
  tambahan: (params: Params) => Record<string, unknown>;
  /** What the OpenAPI document says of it, beyond what the generator knows. */
  keterangan?: string;
}

const semua = () => ({});
/** One item: the route names it, so the client's filters and sort have nothing to do. */
const satu = () => ({ filters: undefined, sort: undefined });

export const PUBLIC_ROUTES = {
  daftarLiputan: {
    jalur: '/api/liputans',
    uid: UID.liputan,
    aksi: 'find',
    aturan: LIPUTAN,
    tambahan: semua,
  },
  satuLiputan: {
    jalur: '/api/liputans/:documentId',
    uid: UID.liputan,
    aksi: 'findOne',
    aturan: LIPUTAN,
    tambahan: satu,
  },
  liputanMenurutSlug: {
    jalur: '/api/liputans/slug/:slug',
    uid: UID.liputan,
    aksi: 'bySlug',
    aturan: LIPUTAN,
    tambahan: (params) => ({ filters: { slug: { $eq: params.slug } }, sort: undefined }),
    keterangan: 'Satu Liputan yang tayang menurut slug-nya (alamat tetap setelah pertama tayang).',
  },
  daftarKoreksi: {
    jalur: '/api/koreksi',
    uid: UID.liputan,
    aksi: 'koreksi',
    aturan: REGISTER,
    tambahan: semua,
    keterangan:
      'Daftar koreksi publik: setiap penayangan ulang Liputan yang dikoreksi setelah tayang, dengan ' +
      'catatan koreksinya (apa yang diubah dan mengapa), terbaru lebih dulu. Setiap butir: documentId, ' +
      'slug, tanggal, catatan. Berhalaman (pagination[page], pagination[pageSize]).',
  },
  daftarPenurunan: {
    jalur: '/api/penurunan',
    uid: UID.liputan,
    aksi: 'penurunan',
    aturan: REGISTER,
    tambahan: semua,
    keterangan:
      'Daftar penurunan: setiap Liputan yang diturunkan dari laman, dengan tanggal, kategori alasan ' +
      '(permintaan-pihak, kesalahan-fakta, informasi-dikecualikan, lainnya) dan alasan publiknya, ' +
      'terbaru lebih dulu. Alamat Liputan yang diturunkan menjawab 410 (GoneError) dengan tanggal dan ' +
      'alasannya. Berhalaman (pagination[page], pagination[pageSize]).',
  },
  daftarKontenMedsos: {
    jalur: '/api/konten-medsos-list',
    uid: UID.kontenMedsos,
    aksi: 'find',
    aturan: KONTEN_MEDSOS,
    tambahan: semua,
  },
  satuKontenMedsos: {
    jalur: '/api/konten-medsos-list/:documentId',
    uid: UID.kontenMedsos,
    aksi: 'findOne',
    aturan: KONTEN_MEDSOS,
    tambahan: satu,
  },
  daftarInformasiPublik: {
    jalur: '/api/daftar-informasi-publik',
    uid: UID.liputan,
    aksi: 'daftarInformasiPublik',
    parameter: shapeParameterDaftarInformasiPublik,
    tambahan: semua,
    keterangan:
      'Daftar Informasi Publik (UU 14/2008 Pasal 7 ayat 3; Perki 1/2010 Pasal 13): setiap Liputan yang tayang ' +
      'dengan kategori, judul, ringkasan, tanggal pertama terbit, penanggung jawab, klasifikasi dan tanggalnya, ' +
      'serta slug. Informasi yang dikecualikan hanya dihitung per dasar pengecualian (meta.dikecualikan). ' +
      'Parameter: tahun (tahun pertama terbit, WIB), kategori, format=json|csv|pdf (CSV UTF-8 ber-BOM; PDF ' +
      'tahunan bertanda tangan PPID, tahun berjalan bila tahun tidak diberikan); JSON berhalaman seperti ' +
      'daftar lain (pagination[page], pagination[pageSize]), CSV dan PDF memuat seluruh daftar.',
  },
} satisfies Record<string, PublicRoute>;

export type PublicRouteName = keyof typeof PUBLIC_ROUTES;

const BARIS = Object.entries(PUBLIC_ROUTES) as Array<[PublicRouteName, PublicRoute]>;

/** Every row, as a list. */
export const ALL_PUBLIC_ROUTES: PublicRoute[] = BARIS.map(([, rute]) => rute);

/** A row's path as the content API's routers write it: without the `/api` prefix they are mounted under. */
export const routerPath = (rute: PublicRoute) => rute.jalur.replace(/^\/api(?=\/)/, '');

/** Strapi's core read actions, whose routes its core router makes. */
const AKSI_INTI = new Set(['find', 'findOne']);

/** The row of a content type's action, if that action is a public read. */
export function publicRouteFor(uid: string, aksi: string): PublicRoute | undefined {
  return ALL_PUBLIC_ROUTES.find((rute) => rute.uid === uid && rute.aksi === aksi);
}

/** The route middleware that caches a public read (src/middlewares/cache-rute-publik.ts). */
const cacheRute = (nama: PublicRouteName) => ({
  name: 'global::cache-rute-publik',
  config: { rute: nama },
});

/** The core router's per-action config of a content type: its public reads get the cache. */
export function publicRouterConfig(uid: string) {
  return Object.fromEntries(
    BARIS.filter(([, rute]) => rute.uid === uid && AKSI_INTI.has(rute.aksi)).map(([nama, rute]) => [
      rute.aksi,
      { middlewares: [cacheRute(nama)] },
    ]),
  );
}

/**
 * A content type's public reads beyond Strapi's core ones, as routes of its custom router (the
 * router's file sorts before the core router's, so `/liputans/slug/:slug` is not taken for a
 * documentId). The handler is the type's own controller action of the same name.
 */
export function publicCustomRoutes(uid: string) {
  return BARIS.filter(([, rute]) => rute.uid === uid && !AKSI_INTI.has(rute.aksi)).map(
    ([nama, rute]) => ({
      method: 'GET' as const,
      path: routerPath(rute),
      handler: `${uid.slice(uid.lastIndexOf('.') + 1)}.${rute.aksi}`,
      config: { middlewares: [cacheRute(nama)] },
    }),
  );
}

/** What an anonymous visitor of the website may do: read through these routes, nothing else. */
export const PUBLIC_ACTIONS: string[] = [
  ...new Set(ALL_PUBLIC_ROUTES.map((rute) => `${rute.uid}.${rute.aksi}`)),
];

/** The content types the public website reads, whose online versions the cache follows. */
export const PUBLIC_UIDS: string[] = [...new Set(ALL_PUBLIC_ROUTES.map((rute) => rute.uid))];
