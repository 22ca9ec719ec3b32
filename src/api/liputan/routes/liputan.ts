import { factories } from '@strapi/strapi';
import { konfigurasiRouterPublik } from '../../../publik/rute';

export default factories.createCoreRouter('api::liputan.liputan', {
  config: konfigurasiRouterPublik('api::liputan.liputan'),
});
