import { factories } from '@strapi/strapi';
import { publicRouterConfig } from '../../../publik/routes';

export default factories.createCoreRouter('api::liputan.liputan', {
  config: publicRouterConfig('api::liputan.liputan'),
});
