import type { UID as StrapiUID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

type Params = Record<string, unknown>;
type Dokumen = Record<string, unknown> & { documentId: string; locale?: string };

/**
 * The document service of a workflow-governed content type. The engine treats every such type
 * alike (a uid from a workflow definition), so it uses this loose view instead of the generated
 * per-type signatures, which only exist once `strapi develop` has generated them.
 */
interface DocumentService {
  findOne(params: Params): Promise<Dokumen | null>;
  findMany(params: Params): Promise<Dokumen[]>;
  create(params: Params): Promise<Dokumen>;
  publish(params: Params): Promise<unknown>;
  unpublish(params: Params): Promise<unknown>;
}

export function documentService(uid: string): DocumentService {
  return strapi.documents(uid as StrapiUID.ContentType) as unknown as DocumentService;
}

/**
 * The `where` that picks an item's draft in a database query: the row without `publishedAt`
 * under Draft & Publish; the only row otherwise (Strapi stamps those at creation).
 */
export function draftFilter(uid: string): { publishedAt?: null } {
  return contentTypes.hasDraftAndPublish(strapi.contentType(uid as StrapiUID.ContentType))
    ? { publishedAt: null }
    : {};
}
