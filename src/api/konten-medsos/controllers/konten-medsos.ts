import { factories } from '@strapi/strapi';
import { publicResponse, applyPublicQuery } from '../../../publik/response';

/**
 * The website's "Media Sosial" section reads uploaded items only, and only their public fields:
 * the query of each read is its row's in src/publik/routes.ts.
 */
export default factories.createCoreController('api::konten-medsos.konten-medsos', ({ strapi }) => ({
  async find(ctx) {
    applyPublicQuery(strapi, ctx, 'api::konten-medsos.konten-medsos', 'find');
    return publicResponse(await super.find(ctx));
  },

  async findOne(ctx) {
    applyPublicQuery(strapi, ctx, 'api::konten-medsos.konten-medsos', 'findOne');
    return publicResponse(await super.findOne(ctx));
  },
}));
