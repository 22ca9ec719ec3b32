import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import stringify from 'safe-stable-stringify';
import { type AturanPublik, kueriPublik } from './kueri';
import { type EntriTembolok, tembolokRespons } from './tembolok';
import { versiPublik } from './versi';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
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
function cacheControl(): string {
  const detik = strapi.config.get<number>('publik.cacheDetik', 60);
  const swr = strapi.config.get<number>('publik.staleWhileRevalidateDetik', 60);
  const sie = strapi.config.get<number>('publik.staleIfErrorDetik', 86_400);
  return `public, max-age=${detik}, stale-while-revalidate=${swr}, stale-if-error=${sie}`;
}

/**
 * The public read routes, served from a response cache. `tambahan` is what the route itself
 * fixes in the query (one article: no filters or sort; by slug: the slug). The key is the route, the query after
 * validation and normalisation (kueri.ts: defaults applied, only what passed) and the public
 * version stamp of the type (versi.ts), so a publication, unpublication or deletion makes every
 * cached page of that type stale at once, on every instance. A hit answers from the cache alone:
 * no content table is read. Only a 200 is kept; a 400 or 404 is answered fresh, marked no-store.
 *
 * The ETag is the body's hash: a conditional request gets 304 whenever the body it holds is
 * still the one served, including reader totals, which may be up to one cache period old.
 */
export function cachePublik(uid: string, aturan: AturanPublik, tambahan: (ctx: Ctx) => Record<string, unknown> = () => ({})) {
  let tembolok: ReturnType<typeof tembolokRespons> | null = null;

  const layani = (ctx: Ctx, entri: EntriTembolok, asal: 'HIT' | 'MISS') => {
    ctx.set({ ETag: entri.etag, 'Cache-Control': cacheControl(), 'X-Cache': asal });
    if (cocokIfNoneMatch(ctx.get('if-none-match'), entri.etag)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.status = 200;
    ctx.type = entri.tipe;
    ctx.body = entri.body;
  };

  return async (ctx: Ctx, next: Next) => {
    tembolok ??= tembolokRespons(strapi);
    // Validated first: a malformed query is a 400 and never reaches the cache.
    const batas = { bawaan: strapi.config.get<number>('api.rest.defaultLimit', 25), maks: strapi.config.get<number>('api.rest.maxLimit', 100) };
    const kueri = kueriPublik({ ...ctx.query, ...tambahan(ctx) }, aturan, batas);
    // The controller runs exactly this query (controller.ts), the one the key names.
    ctx.state.kueriPublik = kueri;
    ctx.query = kueri;
    const kunci = `${uid}|v${await versiPublik(strapi, uid)}|${sha1(`${ctx.path}|${stringify(kueri)}`)}`;

    const ada = await tembolok.ambil(kunci);
    if (ada) return layani(ctx, ada, 'HIT');

    await next();
    if (ctx.status !== 200) {
      ctx.set('Cache-Control', 'no-store');
      return undefined;
    }
    const body = JSON.stringify(ctx.body);
    const entri: EntriTembolok = { body, etag: `"${sha1(body)}"`, tipe: 'application/json; charset=utf-8' };
    await tembolok.simpan(kunci, entri);
    return layani(ctx, entri, 'MISS');
  };
}
