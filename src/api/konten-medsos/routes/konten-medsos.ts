import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::konten-medsos.konten-medsos');
