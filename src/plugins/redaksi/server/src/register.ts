import type { Core } from '@strapi/strapi';
import { pasangPenjagaDokumen } from './document-middleware';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  pasangPenjagaDokumen(strapi);
};
