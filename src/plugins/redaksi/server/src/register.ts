import type { Core } from '@strapi/strapi';
import { installDocumentGuard } from './document-middleware';
import { installPlatformTujuan } from './document-middleware/platform-tujuan';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Issue #26: a list of platform codes stored as JSON, drawn as one box per platform in the
  // admin (admin/src/components/PilihPlatform.tsx); its values are held on every path below.
  strapi.customFields.register({ name: 'platform-tujuan', plugin: 'redaksi', type: 'json' });
  installPlatformTujuan(strapi);
  installDocumentGuard(strapi);
};
