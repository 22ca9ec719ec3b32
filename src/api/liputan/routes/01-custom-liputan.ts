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
      config: { middlewares: [batasLajuPembaca()] },
    },
  ],
};
