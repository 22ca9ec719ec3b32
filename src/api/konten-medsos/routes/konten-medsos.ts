import { factories } from '@strapi/strapi';
import { ATURAN_KONTEN_MEDSOS } from '../../../publik/aturan';
import { cachePublik } from '../../../publik/cache';

const UID = 'api::konten-medsos.konten-medsos';

export default factories.createCoreRouter(UID, {
  config: {
    find: { middlewares: [cachePublik(UID, ATURAN_KONTEN_MEDSOS)] },
    findOne: { middlewares: [cachePublik(UID, ATURAN_KONTEN_MEDSOS, () => ({ filters: undefined, sort: undefined }))] },
  },
});
