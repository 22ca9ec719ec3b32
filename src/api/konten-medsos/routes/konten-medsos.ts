import { factories } from '@strapi/strapi';
import { cachePublik } from '../../../publik/cache';
import { RUTE_PUBLIK } from '../../../publik/rute';

export default factories.createCoreRouter('api::konten-medsos.konten-medsos', {
  config: {
    find: { middlewares: [cachePublik(RUTE_PUBLIK.daftarKontenMedsos)] },
    findOne: { middlewares: [cachePublik(RUTE_PUBLIK.satuKontenMedsos)] },
  },
});
