import { factories } from '@strapi/strapi';
import { cachePublik } from '../../../publik/cache';

const UID = 'api::konten-medsos.konten-medsos';

export default factories.createCoreRouter(UID, {
  config: {
    find: { middlewares: [cachePublik(UID)] },
    findOne: { middlewares: [cachePublik(UID)] },
  },
});
