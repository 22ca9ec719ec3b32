import type { Core } from '@strapi/strapi';
import { jalurEditDokumen } from '../../../shared/alur';

/** An address in the admin panel, absolute, for mails (e.g. `/plugins/redaksi`). */
export function adminUrl(strapi: Core.Strapi, jalur: string): string {
  const admin = String(strapi.config.get('admin.absoluteUrl') ?? '/admin').replace(/\/$/, '');
  return `${admin}${jalur}`;
}

/** Where an item opens: its edit view in the content manager, absolute. */
export const documentUrl = (strapi: Core.Strapi, uid: string, documentId: string) =>
  adminUrl(strapi, jalurEditDokumen(uid, documentId));
