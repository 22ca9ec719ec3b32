import { batasLajuPembaca } from '../../../publik/batas-laju';
import { cachePublik } from '../../../publik/cache';
import { RUTE_PUBLIK } from '../../../publik/rute';

/** Loaded before the core routes (file order), so `/liputans/slug/:slug` is not taken for a documentId. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/liputans/slug/:slug',
      handler: 'liputan.bySlug',
      config: { middlewares: [cachePublik(RUTE_PUBLIK.liputanMenurutSlug)] },
    },
    {
      method: 'POST',
      path: '/liputans/:documentId/views',
      handler: 'liputan.views',
      // Reporting a read is open to every visitor by design, bounded per address by the rate limit:
      // no role to look up on each report (the public role's check costs as much as the report).
      config: { auth: false, middlewares: [batasLajuPembaca()] },
    },
  ],
};
