import type { Modules } from '@strapi/strapi';

export type Middleware = Modules.Documents.Middleware.Middleware;
export type Context = Parameters<Middleware>[0];
/** The rest of the chain; what it resolves to depends on the action, and is passed back unchanged. */
export type Next = () => Promise<unknown>;
export type Params = Record<string, unknown> & {
  documentId?: string;
  status?: string;
  locale?: string;
};
