import { factories } from '@strapi/strapi';
import { cacheRute } from '../../../middlewares/cache-rute-publik';

export default factories.createCoreRouter('api::konten-medsos.konten-medsos', {
  config: {
    find: { middlewares: [cacheRute('daftarKontenMedsos')] },
    findOne: { middlewares: [cacheRute('satuKontenMedsos')] },
  },
});
