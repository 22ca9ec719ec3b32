import { factories } from '@strapi/strapi';
import { konfigurasiRouterPublik } from '../../../publik/rute';

export default factories.createCoreRouter('api::konten-medsos.konten-medsos', {
  config: konfigurasiRouterPublik('api::konten-medsos.konten-medsos'),
});
