import type { Core } from '@strapi/strapi';
import { bacaanPublik } from './cache';
import { publicRouteFor } from './routes';
import { type Ctx, parameterRute } from '../utils/koa';

export type Hasil = { data: unknown; meta?: unknown } | null | undefined;

/**
 * The website addresses content by `documentId`; the numeric row ids (of the entry, its photos,
 * its components) are the database's own and are what the upload plugin's `refId` and the media
 * library's `?id=` aim at. Nothing public needs them, so nothing public shows them.
 */
export function withoutRowIds<T>(nilai: T): T {
  if (Array.isArray(nilai)) return (nilai as unknown[]).map((item) => withoutRowIds(item)) as T;
  if (!nilai || typeof nilai !== 'object' || nilai instanceof Date) return nilai;
  return Object.fromEntries(
    Object.entries(nilai)
      .filter(([kunci]) => kunci !== 'id')
      .map(([kunci, isi]) => [kunci, withoutRowIds(isi)]),
  ) as T;
}

/** A public answer: its entries without row ids (`meta` keeps its pagination as it is). */
export function publicResponse(hasil: Hasil): Hasil {
  return hasil?.data ? { ...hasil, data: withoutRowIds(hasil.data) } : hasil;
}

/**
 * Replace whatever the client asked with the public query of this action's row in PUBLIC_ROUTES
 * (routes.ts): the query the response cache already shaped and keyed for this request (cache.ts),
 * or, were the action reached without it, the same query shaped here.
 */
export function applyPublicQuery(strapi: Core.Strapi, ctx: Ctx, uid: string, aksi: string): void {
  const rute = publicRouteFor(uid, aksi);
  // A programming error, not a request's: an action that is no public read has no public query.
  if (!rute) throw new Error(`${uid}.${aksi} has no row in PUBLIC_ROUTES (src/publik/routes.ts)`);
  ctx.query = bacaanPublik(strapi, ctx, rute, parameterRute(ctx)).kueri;
}
