import { factories } from '@strapi/strapi';
import { jawabanPublik, terapkanKueriPublik } from '../../../publik/controller';

/**
 * The website's "Media Sosial" section reads uploaded items only, and only their public fields:
 * the query of each read is its row's in src/publik/rute.ts.
 */
export default factories.createCoreController('api::konten-medsos.konten-medsos', ({ strapi }) => ({
  async find(ctx) {
    terapkanKueriPublik(strapi, ctx, 'api::konten-medsos.konten-medsos', 'find');
    return jawabanPublik(await super.find(ctx));
  },

  async findOne(ctx) {
    terapkanKueriPublik(strapi, ctx, 'api::konten-medsos.konten-medsos', 'findOne');
    return jawabanPublik(await super.findOne(ctx));
  },
}));
