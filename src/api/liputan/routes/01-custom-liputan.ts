import { publicCustomRoutes } from '../../../publik/routes';

/** Loaded before the core routes (file order), so `/liputans/slug/:slug` is not taken for a documentId. */
export default {
  routes: [
    // The public reads that are not Strapi's core find and findOne (src/publik/routes.ts).
    ...publicCustomRoutes('api::liputan.liputan'),
    {
      method: 'POST',
      path: '/liputans/:documentId/views',
      handler: 'liputan.views',
      // Reporting a read is open to every visitor by design, bounded per address by the rate limit:
      // no role to look up on each report (the public role's check costs as much as the report).
      config: { auth: false, middlewares: ['global::pembaca-rate-limit'] },
    },
  ],
};
