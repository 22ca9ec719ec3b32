import { factories } from '@strapi/strapi';
import { cachePublik } from '../../../publik/cache';
import { RUTE_PUBLIK } from '../../../publik/rute';

export default factories.createCoreRouter('api::liputan.liputan', {
  config: {
    find: { middlewares: [cachePublik(RUTE_PUBLIK.daftarLiputan)] },
    findOne: { middlewares: [cachePublik(RUTE_PUBLIK.satuLiputan)] },
  },
});
