import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::liputan.liputan');
