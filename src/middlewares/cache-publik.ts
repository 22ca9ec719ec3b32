import type { Core } from '@strapi/strapi';
import { match } from 'path-to-regexp';
import { kunciRespons, layaniRespons } from '../publik/cache';
import { RUTE_PUBLIK } from '../publik/rute';
import { tembolokRespons } from '../publik/tembolok';

/**
 * Election night: the public reads' cache hits answered before routing. An anonymous request
 * otherwise pays, before any route middleware, for the users-permissions public role (a
 * permissions query and an ability built per request), about as much again as the server's
 * whole floor (`/_health`). A hit here skips that: what is cached was computed by a request that
 * passed the public role's check, for readers who need no credentials.
 *
 * Misses, malformed queries and requests carrying credentials go on to the router, where
 * authentication, the route's own cache middleware (which stores) and the controller run as
 * usual. Consequence, documented in the README: a page stays served to anonymous readers for at
 * most one cache period after the public role loses its read permission.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const rute = Object.values(RUTE_PUBLIK).map((item) => ({
    ...item,
    cocok: match<Record<string, string>>(item.jalur, { decode: decodeURIComponent }),
  }));

  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<unknown>) => {
    if (ctx.method !== 'GET' || ctx.get('authorization')) return next();
    for (const item of rute) {
      const hasil = item.cocok(ctx.path);
      if (!hasil) continue;
      let kunci: string;
      try {
        kunci = await kunciRespons(strapi, item, ctx, hasil.params);
      } catch {
        // The route answers a malformed query with its 400.
        return next();
      }
      const ada = await tembolokRespons(strapi).ambil(kunci);
      if (!ada) return next();
      return layaniRespons(strapi, ctx, ada, 'HIT');
    }
    return next();
  };
};
