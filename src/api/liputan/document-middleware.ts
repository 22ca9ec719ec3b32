import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
// The admin panel's own slug generator (content-manager's uid service), so a slug that follows the
// title is exactly the one the panel would have proposed for it.
import slugify from '@sindresorhus/slugify';
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

/** A slug generated from this title: the title's slug, or it with the number that made it unique. */
export function slugDariJudul(slug: string | null | undefined, judul: unknown): boolean {
  if (!slug || typeof judul !== 'string' || !judul.trim()) return false;
  const dasar = slugify(judul);
  const nomor = slug.startsWith(`${dasar}-`) ? slug.slice(dasar.length + 1) : null;
  return slug === dasar || (nomor !== null && /^\d+$/.test(nomor));
}

/**
 * The slug of a Liputan is its public address on the website: generated from `judul` when none
 * is given (unique, like the admin panel's own generator); until the article is first published
 * it follows a retitling, unless someone wrote a slug of their own; once the article has been
 * published it is frozen, so that links shared by the public keep working.
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

    const slugDiubah = typeof data.slug === 'string';
    const judulDiubah = typeof data.judul === 'string';
    if (context.action === 'update' && (slugDiubah || judulDiubah) && params.documentId) {
      const sekarang = (await strapi.db
        .query(UID_LIPUTAN)
        .findOne({ where: { documentId: params.documentId, publishedAt: null } })) as {
        slug: string | null;
        judul: string | null;
      } | null;
      const slugDiminta = slugDiubah && sekarang?.slug !== data.slug;
      // The panel sends the slug it loaded with every save: the same slug is no choice of the
      // editor's, and a slug still generated from the old title follows the new one.
      const ikutiJudul =
        sekarang !== null &&
        judulDiubah &&
        data.judul !== sekarang.judul &&
        !slugDiminta &&
        slugDariJudul(sekarang.slug, sekarang.judul) &&
        !slugDariJudul(sekarang.slug, data.judul);
      if (ikutiJudul && !(await pernahTayang(params.documentId))) {
        data.slug = await strapi
          .plugin('content-manager')
          .service<LayananUid>('uid')
          .generateUIDField({ contentTypeUID: UID_LIPUTAN, field: 'slug', data });
        params.data = data;
      }
      if (sekarang && slugDiminta && (await pernahTayang(params.documentId))) {
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
