import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import fresh from 'fresh';
import { versiPublik } from './versi';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<unknown>;

/**
 * ETag and Cache-Control for the public read routes. The ETag comes from the content type's
 * public version (versi.ts: raised by every publish, unpublish and delete) and the request URL,
 * computed before the controller runs: a conditional request from the website or a CDN gets 304
 * from one indexed lookup, without loading any article. Reader counts in the body refresh with
 * the cache period (`publik.cacheDetik`), which is part of the validator too.
 */
export function cachePublik(uid: string) {
  return async (ctx: Ctx, next: Next) => {
    const detik = strapi.config.get<number>('publik.cacheDetik', 60);
    const versi = await versiPublik(strapi, uid);
    const periode = detik > 0 ? Math.floor(Date.now() / 1000 / detik) : Date.now();
    const etag = `W/"${createHash('sha1').update(`${ctx.url}|${versi}|${periode}`).digest('base64url')}"`;

    const cache = { ETag: etag, 'Cache-Control': `public, max-age=${detik}` };
    if (fresh(ctx.req.headers, { etag })) {
      ctx.set(cache);
      ctx.status = 304;
      return;
    }
    await next();
    // Only a successful read is cacheable; a 404 or 400 must not stick in a CDN.
    ctx.set(ctx.status === 200 ? cache : { 'Cache-Control': 'no-store' });
  };
}
