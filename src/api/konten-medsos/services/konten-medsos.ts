import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::konten-medsos.konten-medsos');
