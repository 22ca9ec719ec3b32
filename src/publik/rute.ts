import { ATURAN_KONTEN_MEDSOS, ATURAN_LIPUTAN } from './aturan';
import type { AturanPublik } from './kueri';
import { UID } from '../utils/uid';

/**
 * The public read routes, in one place: their path, the content type whose version stamp keys
 * their cache, the query rules, and what the route itself fixes in the query (one article: no
 * filters or sort; by slug: the slug). The routers mount the cache on them (routes/*.ts), and
 * the pre-routing middleware (src/middlewares/cache-publik.ts) answers their cache hits.
 */
export interface RutePublik {
  jalur: string;
  uid: string;
  aturan: AturanPublik;
  tambahan: (params: Record<string, string>) => Record<string, unknown>;
}

const UID_LIPUTAN = UID.liputan;
const UID_MEDSOS = UID.kontenMedsos;
const satu = () => ({ filters: undefined, sort: undefined });

export const RUTE_PUBLIK = {
  daftarLiputan: {
    jalur: '/api/liputans',
    uid: UID_LIPUTAN,
    aturan: ATURAN_LIPUTAN,
    tambahan: () => ({}),
  },
  satuLiputan: {
    jalur: '/api/liputans/:documentId',
    uid: UID_LIPUTAN,
    aturan: ATURAN_LIPUTAN,
    tambahan: satu,
  },
  liputanMenurutSlug: {
    jalur: '/api/liputans/slug/:slug',
    uid: UID_LIPUTAN,
    aturan: ATURAN_LIPUTAN,
    tambahan: (params) => ({ filters: { slug: { $eq: params.slug } }, sort: undefined }),
  },
  daftarKontenMedsos: {
    jalur: '/api/konten-medsos-list',
    uid: UID_MEDSOS,
    aturan: ATURAN_KONTEN_MEDSOS,
    tambahan: () => ({}),
  },
  satuKontenMedsos: {
    jalur: '/api/konten-medsos-list/:documentId',
    uid: UID_MEDSOS,
    aturan: ATURAN_KONTEN_MEDSOS,
    tambahan: satu,
  },
} satisfies Record<string, RutePublik>;
