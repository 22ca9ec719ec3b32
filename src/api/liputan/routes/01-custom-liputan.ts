import { cacheRute } from '../../../middlewares/cache-rute-publik';

/** Loaded before the core routes (file order), so `/liputans/slug/:slug` is not taken for a documentId. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/liputans/slug/:slug',
      handler: 'liputan.bySlug',
      config: { middlewares: [cacheRute('liputanMenurutSlug')] },
    },
    {
      method: 'POST',
      path: '/liputans/:documentId/views',
      handler: 'liputan.views',
      // Reporting a read is open to every visitor by design, bounded per address by the rate limit:
      // no role to look up on each report (the public role's check costs as much as the report).
      config: { auth: false, middlewares: ['global::batas-laju-pembaca'] },
    },
  ],
};
