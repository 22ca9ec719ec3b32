import { factories } from '@strapi/strapi';
import { ATURAN_LIPUTAN } from '../../../publik/aturan';
import { cachePublik } from '../../../publik/cache';

const UID = 'api::liputan.liputan';

export default factories.createCoreRouter(UID, {
  config: {
    find: { middlewares: [cachePublik(UID, ATURAN_LIPUTAN)] },
    findOne: { middlewares: [cachePublik(UID, ATURAN_LIPUTAN, () => ({ filters: undefined, sort: undefined }))] },
  },
});
