import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { daftarPlatformTujuan, salahPlatformTujuan } from '../domain/platform';
import type { Context, Middleware, Next, Params } from './types';

/** The custom field's uid, as the schemas name it (`"customField": "plugin::redaksi.platform-tujuan"`). */
export const CUSTOM_FIELD_PLATFORM_TUJUAN = 'plugin::redaksi.platform-tujuan';

const AKSI_DATA = new Set(['create', 'update', 'clone']);

/**
 * Issue #26: a `platform-tujuan` field holds a list of the codes of `tautan`'s platforms, on every
 * path (content manager, REST, `strapi.documents()`): a JSON field would take anything, and a
 * stray value would silently check no platform. Stored deduplicated, in the platforms' order, so
 * the same choice always gives the same fingerprint.
 */
export function installPlatformTujuan(strapi: Core.Strapi): void {
  const fieldDari = (uid: string) =>
    Object.entries(
      (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<
        string,
        { customField?: string }
      >,
    )
      .filter(([, atribut]) => atribut.customField === CUSTOM_FIELD_PLATFORM_TUJUAN)
      .map(([nama]) => nama);

  const periksa = async (context: Context, next: Next): Promise<unknown> => {
    const data = (context.params as Params).data as Record<string, unknown> | undefined;
    if (!AKSI_DATA.has(context.action) || !data || typeof data !== 'object') return next();
    for (const field of fieldDari(context.uid)) {
      if (!(field in data)) continue;
      const pesan = salahPlatformTujuan(data[field]);
      if (pesan)
        throw new errors.ValidationError(pesan, {
          errors: [{ path: [field], message: pesan, name: 'ValidationError' }],
        });
      if (Array.isArray(data[field])) data[field] = daftarPlatformTujuan(data[field]);
    }
    return next();
  };

  strapi.documents.use(periksa as unknown as Middleware);
}
