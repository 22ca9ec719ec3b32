import type { Core } from '@strapi/strapi';
import { installDocumentGuard } from './document-middleware';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  installDocumentGuard(strapi);
};
