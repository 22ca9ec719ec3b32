import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import fresh from 'fresh';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<unknown>;

/**
 * ETag and Cache-Control for the public read routes. The ETag comes from a cheap version stamp
 * of the content type (how many versions are online and the latest publication) plus the
 * request URL, computed before the controller runs: a conditional request from the website or a
 * CDN gets 304 from one aggregate query, without loading any article. Publishing, re-publishing
 * or taking down an article changes the stamp. Reader counts in the body refresh with the
 * cache period (`publik.cacheDetik`), which is part of the stamp too.
 */
export function cachePublik(uid: string) {
  return async (ctx: Ctx, next: Next) => {
    const detik = strapi.config.get<number>('publik.cacheDetik', 60);
    const tabel = strapi.db.metadata.get(uid as never).tableName;
    const [versi] = await strapi.db
      .connection(tabel)
      .whereNotNull('published_at')
      .count({ jumlah: '*' })
      .max({ terakhir: 'published_at' });
    const periode = detik > 0 ? Math.floor(Date.now() / 1000 / detik) : Date.now();
    const etag = `W/"${createHash('sha1').update(`${ctx.url}|${versi.jumlah}|${String(versi.terakhir)}|${periode}`).digest('base64url')}"`;

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
