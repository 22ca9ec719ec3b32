import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import stringify from 'safe-stable-stringify';
import { kueriPublik } from './kueri';
import type { RutePublik } from './rute';
import { type EntriTembolok, tembolokRespons } from './tembolok';
import { versiPublik } from './versi';
import type { Ctx } from '../utils/koa';

type Next = () => Promise<unknown>;

const sha1 = (teks: string) => createHash('sha1').update(teks).digest('base64url');

/**
 * If-None-Match, weak comparison (RFC 9110 §13.1.2). Not the `fresh` package: it refuses any
 * validator on a request that says `Cache-Control: no-cache`, which the Fetch standard adds to
 * every conditional request from Node's `fetch`, so the website's server-side renders never got
 * a 304. An origin server may answer the validator whatever the request's cache directives.
 */
export function cocokIfNoneMatch(header: string | undefined, etag: string): boolean {
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
 * The cache key of a public read: the route, the query after validation and normalisation
 * (kueri.ts: defaults applied, only what passed; a malformed query throws the 400 here) and the
 * public version stamp of the type (versi.ts), so that a publication, unpublication or deletion
 * makes every cached page of that type stale at once, on every instance. The controller then
 * runs exactly this query (controller.ts).
 */
export async function kunciRespons(
  strapi: Core.Strapi,
  rute: RutePublik,
  ctx: Ctx,
  params: Record<string, string>,
): Promise<string> {
  const batas = {
    bawaan: strapi.config.get<number>('api.rest.defaultLimit', 25),
    maks: strapi.config.get<number>('api.rest.maxLimit', 100),
  };
  // Normalised once per request: a miss before routing hands its query on to the route.
  const kueri =
    (ctx.state.kueriPublik as Record<string, unknown> | undefined) ??
    kueriPublik({ ...ctx.query, ...rute.tambahan(params) }, rute.aturan, batas);
  ctx.state.kueriPublik = kueri;
  ctx.query = kueri;
  return `${rute.uid}|${await versiPublik(strapi, rute.uid)}|${sha1(`${ctx.path}|${stringify(kueri)}`)}`;
}

/** Answer from a cached response: 304 when the reader holds this very body. */
export function layaniRespons(
  strapi: Core.Strapi,
  ctx: Ctx,
  entri: EntriTembolok,
  asal: 'HIT' | 'MISS',
): void {
  ctx.set({ ETag: entri.etag, 'Cache-Control': cacheControl(strapi), 'X-Cache': asal });
  if (cocokIfNoneMatch(ctx.get('if-none-match'), entri.etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.type = entri.tipe;
  ctx.body = entri.body;
}

/**
 * The route's side of the response cache (the hit side also runs before routing, see
 * src/middlewares/cache-publik.ts). Only a 200 is kept; a 400 or 404 is answered fresh, marked
 * no-store. The ETag is the body's hash: a conditional request gets 304 whenever the body it
 * holds is still the one served, reader totals included (up to one cache period old).
 */
export function cachePublik(rute: RutePublik) {
  return async (ctx: Ctx, next: Next) => {
    // Validated first: a malformed query is a 400 and never reaches the cache.
    const kunci = await kunciRespons(strapi, rute, ctx, ctx.params ?? {});
    const tembolok = tembolokRespons(strapi);
    const ada = await tembolok.ambil(kunci);
    if (ada) return layaniRespons(strapi, ctx, ada, 'HIT');

    await next();
    if (ctx.status !== 200) {
      ctx.set('Cache-Control', 'no-store');
      return undefined;
    }
    const body = JSON.stringify(ctx.body);
    const entri: EntriTembolok = {
      body,
      etag: `"${sha1(body)}"`,
      tipe: 'application/json; charset=utf-8',
    };
    await tembolok.simpan(kunci, entri);
    return layaniRespons(strapi, ctx, entri, 'MISS');
  };
}
