import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import stringify from 'safe-stable-stringify';
import { shapePublicQuery } from './query';
import type { PublicRoute } from './routes';
import { type CacheEntry, responseCache } from './cache-store';
import { publicVersion } from './version';
import { type Ctx, parameterRute } from '../utils/koa';

type Next = () => Promise<unknown>;
type Kueri = Record<string, unknown>;

const sha1 = (teks: string) => createHash('sha1').update(teks).digest('base64url');

/**
 * If-None-Match, weak comparison (RFC 9110 §13.1.2). Not the `fresh` package: it refuses any
 * validator on a request that says `Cache-Control: no-cache`, which the Fetch standard adds to
 * every conditional request from Node's `fetch`, so the website's server-side renders never got
 * a 304. An origin server may answer the validator whatever the request's cache directives.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const tanpaLemah = (tag: string) => tag.trim().replace(/^W\//, '');
  const dicari = tanpaLemah(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || tanpaLemah(tag) === dicari);
}

/** Cache-Control of a public read: fresh one period, then a CDN may serve it stale while it revalidates or while we fail. */
function cacheControl(strapi: Core.Strapi): string {
  const detik = strapi.config.get<number>('publik.cacheDetik', 60);
  const swr = strapi.config.get<number>('publik.staleWhileRevalidateDetik', 60);
  const sie = strapi.config.get<number>('publik.staleIfErrorDetik', 86_400);
  return `public, max-age=${detik}, stale-while-revalidate=${swr}, stale-if-error=${sie}`;
}

/**
 * One public read as this request makes it, kept in `ctx.state` so that each step is done once:
 * the query shaped before routing is the one the route keys and the controller runs, and a cache
 * that missed before routing is not asked again by the route.
 */
interface BacaanPublik {
  rute: PublicRoute;
  /** What the client asked, before it was replaced by the public query. */
  asal: Kueri;
  kueri: Kueri;
  kunci?: string;
  /** The response cache was asked for `kunci` before routing and had nothing. */
  meleset?: boolean;
}

/**
 * The query of a public read: the client's, validated and normalised by its route's rules
 * (query.ts: defaults applied, only what passed; a malformed query throws the 400 here), with
 * what the route fixes (routes.ts). It becomes the request's query, once per request and route.
 */
export function bacaanPublik(
  strapi: Core.Strapi,
  ctx: Ctx,
  rute: PublicRoute,
  params: Record<string, string>,
): BacaanPublik {
  const ada = ctx.state.bacaanPublik as BacaanPublik | undefined;
  if (ada?.rute === rute) return ada;
  const asal = ada?.asal ?? ctx.query;
  const batas = {
    bawaan: strapi.config.get<number>('api.rest.defaultLimit', 25),
    maks: strapi.config.get<number>('api.rest.maxLimit', 100),
  };
  const diminta = { ...asal, ...rute.tambahan(params) };
  let kueri: Kueri;
  if (rute.parameter) kueri = rute.parameter(diminta);
  else if (rute.aturan) kueri = shapePublicQuery(diminta, rute.aturan, batas);
  // A programming error, not a request's: the table's row says neither how to read its query.
  else throw new Error(`${rute.jalur} has neither aturan nor parameter (src/publik/routes.ts)`);
  const bacaan: BacaanPublik = { rute, asal, kueri };
  ctx.state.bacaanPublik = bacaan;
  ctx.query = kueri;
  return bacaan;
}

/**
 * The cache key of a public read: the route, its public query and the public version stamp of
 * the type (version.ts), so that a publication, unpublication or deletion makes every cached page
 * of that type stale at once, on every instance. The stamp is read before the content is: an
 * entry is never stored under a stamp newer than what it holds.
 */
export async function responseKey(
  strapi: Core.Strapi,
  ctx: Ctx,
  bacaan: BacaanPublik,
): Promise<string> {
  const { rute, kueri } = bacaan;
  bacaan.kunci ??= `${rute.uid}|${await publicVersion(strapi, rute.uid)}|${sha1(`${ctx.path}|${stringify(kueri)}`)}`;
  return bacaan.kunci;
}

/** Answer from a cached response: 304 when the reader holds this very body. */
export function serveResponse(
  strapi: Core.Strapi,
  ctx: Ctx,
  entri: CacheEntry,
  asal: 'HIT' | 'MISS',
): void {
  ctx.set({ ETag: entri.etag, 'Cache-Control': cacheControl(strapi), 'X-Cache': asal });
  if (matchesIfNoneMatch(ctx.get('if-none-match'), entri.etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.type = entri.tipe;
  if (entri.disposisi) ctx.set('Content-Disposition', entri.disposisi);
  ctx.body = entri.base64 ? Buffer.from(entri.body, 'base64') : entri.body;
}

/**
 * Before routing (src/middlewares/cache-publik.ts): answer a cache hit of an anonymous read, and
 * say whether it did. A miss is noted, so that the route does not look it up again.
 */
export async function layaniSebelumRouting(
  strapi: Core.Strapi,
  ctx: Ctx,
  rute: PublicRoute,
  params: Record<string, string>,
): Promise<boolean> {
  let bacaan: BacaanPublik;
  let kunci: string;
  try {
    bacaan = bacaanPublik(strapi, ctx, rute, params);
    kunci = await responseKey(strapi, ctx, bacaan);
  } catch {
    // The route answers a malformed query with its 400 (and a database away with its 503).
    return false;
  }
  const ada = await responseCache(strapi).get(kunci);
  if (!ada) {
    bacaan.meleset = true;
    return false;
  }
  serveResponse(strapi, ctx, ada, 'HIT');
  return true;
}

/**
 * The route's side of the response cache (src/middlewares/cache-rute-publik.ts): the hit of a
 * request the pre-routing side did not look up (one carrying credentials), and storing what the
 * controller answered. Only a 200 is kept; a 400 or 404 is answered fresh, marked no-store. The
 * ETag is the body's hash: a conditional request gets 304 whenever the body it holds is still the
 * one served, reader totals included (up to one cache period old).
 */
export function publicCache(strapi: Core.Strapi, rute: PublicRoute) {
  return async (ctx: Ctx, next: Next) => {
    // Validated first: a malformed query is a 400 and never reaches the cache.
    const bacaan = bacaanPublik(strapi, ctx, rute, parameterRute(ctx));
    const kunci = await responseKey(strapi, ctx, bacaan);
    const tembolok = responseCache(strapi);
    if (!bacaan.meleset) {
      const ada = await tembolok.get(kunci);
      if (ada) return serveResponse(strapi, ctx, ada, 'HIT');
    }

    await next();
    if (ctx.status !== 200) {
      ctx.set('Cache-Control', 'no-store');
      return undefined;
    }
    // A download (the register's CSV or PDF) is kept as its bytes, with its type and file name.
    const berkas = Buffer.isBuffer(ctx.body) ? ctx.body : null;
    const body = berkas ? berkas.toString('base64') : JSON.stringify(ctx.body);
    const disposisi = ctx.response.get('Content-Disposition');
    const entri: CacheEntry = {
      body,
      etag: `"${sha1(body)}"`,
      tipe: berkas ? String(ctx.response.get('Content-Type')) : 'application/json; charset=utf-8',
      ...(berkas ? { base64: true } : {}),
      ...(disposisi ? { disposisi: String(disposisi) } : {}),
    };
    await tembolok.set(kunci, entri);
    return serveResponse(strapi, ctx, entri, 'MISS');
  };
}
