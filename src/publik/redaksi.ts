import type { Core } from '@strapi/strapi';
import type { LayananPublikRedaksi } from '../plugins/redaksi/shared/contracts/publik';

/**
 * The SOP engine as the application may use it: the plugin's declared surface, typed, rather
 * than its source files or its tables.
 */
export const redaksi = (strapi: Core.Strapi): LayananPublikRedaksi =>
  strapi.plugin('redaksi').service<LayananPublikRedaksi>('publik');
