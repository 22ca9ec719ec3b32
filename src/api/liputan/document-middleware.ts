import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { redaksi } from '../../publik/redaksi';
import { UID } from '../../utils/uid';

const UID_LIPUTAN = UID.liputan;

type Middleware = Modules.Documents.Middleware.Middleware;
type Context = Parameters<Middleware>[0];
type Params = { documentId?: string; data?: Record<string, unknown> };

/** content-manager's uid service (the admin panel's slug generator), as far as this uses it. */
interface LayananUid {
  generateUIDField(params: {
    contentTypeUID: string;
    field: string;
    data: Record<string, unknown>;
  }): Promise<string>;
}

/**
 * The slug of a Liputan is its public address on the website: generated from `judul` when none
 * is given (unique, like the admin panel's own generator), and frozen once the article has been
 * published, so that links shared by the public keep working.
 */
export function installSlugRule(strapi: Core.Strapi): void {
  const pernahTayang = (documentId: string) =>
    redaksi(strapi).pernahTayang(UID_LIPUTAN, documentId);

  const aturan = async (context: Context, next: () => Promise<unknown>) => {
    if (context.uid !== UID_LIPUTAN || (context.action !== 'create' && context.action !== 'update'))
      return next();
    const params = context.params as Params;
    const data = params.data ?? {};

    if (context.action === 'create' && !data.slug && typeof data.judul === 'string') {
      data.slug = await strapi
        .plugin('content-manager')
        .service<LayananUid>('uid')
        .generateUIDField({ contentTypeUID: UID_LIPUTAN, field: 'slug', data });
      params.data = data;
    }

    if (context.action === 'update' && typeof data.slug === 'string' && params.documentId) {
      const sekarang = (await strapi.db
        .query(UID_LIPUTAN)
        .findOne({ where: { documentId: params.documentId, publishedAt: null } })) as {
        slug: string | null;
      } | null;
      if (sekarang && sekarang.slug !== data.slug && (await pernahTayang(params.documentId))) {
        const pesan = `Slug "${sekarang.slug}" tidak dapat diubah setelah liputan pernah tayang: tautan yang sudah dibagikan harus tetap berfungsi`;
        throw new errors.ValidationError(pesan, {
          syarat: [{ kode: 'slug-tetap', pesan, field: 'slug' }],
          errors: [{ path: ['slug'], message: pesan, name: 'ValidationError' }],
        });
      }
    }
    return next();
  };

  strapi.documents.use(aturan as unknown as Middleware);
}
