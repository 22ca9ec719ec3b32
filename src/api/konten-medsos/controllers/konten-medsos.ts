import { factories } from '@strapi/strapi';
import { ATURAN_KONTEN_MEDSOS } from '../../../publik/aturan';
import { jawabanPublik, terapkanKueriPublik } from '../../../publik/controller';

/** The website's "Media Sosial" section reads uploaded items only, and only their public fields. */
export default factories.createCoreController('api::konten-medsos.konten-medsos', () => ({
  async find(ctx) {
    terapkanKueriPublik(ctx, ATURAN_KONTEN_MEDSOS);
    return jawabanPublik(await super.find(ctx));
  },

  async findOne(ctx) {
    terapkanKueriPublik(ctx, ATURAN_KONTEN_MEDSOS, { filters: undefined, sort: undefined });
    return jawabanPublik(await super.findOne(ctx));
  },
}));
