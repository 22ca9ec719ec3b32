import { factories } from '@strapi/strapi';
import { cacheRute } from '../../../middlewares/cache-rute-publik';

export default factories.createCoreRouter('api::liputan.liputan', {
  config: {
    find: { middlewares: [cacheRute('daftarLiputan')] },
    findOne: { middlewares: [cacheRute('satuLiputan')] },
  },
});
