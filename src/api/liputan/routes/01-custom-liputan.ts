import { ATURAN_LIPUTAN } from '../../../publik/aturan';
import { batasLajuPembaca } from '../../../publik/batas-laju';
import { cachePublik } from '../../../publik/cache';

/** Loaded before the core routes (file order), so `/liputans/slug/:slug` is not taken for a documentId. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/liputans/slug/:slug',
      handler: 'liputan.bySlug',
      config: {
        middlewares: [
          cachePublik('api::liputan.liputan', ATURAN_LIPUTAN, (ctx) => ({ filters: { slug: { $eq: ctx.params.slug } }, sort: undefined })),
        ],
      },
    },
    {
      method: 'POST',
      path: '/liputans/:documentId/views',
      handler: 'liputan.views',
      config: { middlewares: [batasLajuPembaca()] },
    },
  ],
};
