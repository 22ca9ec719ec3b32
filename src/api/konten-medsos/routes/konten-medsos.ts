import { factories } from '@strapi/strapi';
import { publicRouterConfig } from '../../../publik/routes';

export default factories.createCoreRouter('api::konten-medsos.konten-medsos', {
  config: publicRouterConfig('api::konten-medsos.konten-medsos'),
});
