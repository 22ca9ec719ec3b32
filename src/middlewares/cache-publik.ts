import type { Core } from '@strapi/strapi';
import { match } from 'path-to-regexp';
import { layaniSebelumRouting } from '../publik/cache';
import { ALL_PUBLIC_ROUTES } from '../publik/routes';

/**
 * Election night: the public reads' cache hits answered before routing. An anonymous request
 * otherwise pays, before any route middleware, for the users-permissions public role (a
 * permissions query and an ability built per request), about as much again as the server's
 * whole floor (`/_health`). A hit here skips that: what is cached was computed by a request that
 * passed the public role's check, for readers who need no credentials.
 *
 * Misses, malformed queries and requests carrying credentials go on to the router, where
 * authentication, the route's own cache middleware (which stores, and does not look a miss up
 * again) and the controller run as usual. Consequence, documented in the README: a page stays
 * served to anonymous readers for at most one cache period after the public role loses its read
 * permission.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const rute = ALL_PUBLIC_ROUTES.map((item) => ({
    rute: item,
    cocok: match<Record<string, string>>(item.jalur, { decode: decodeURIComponent }),
  }));

  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<unknown>) => {
    if (ctx.method !== 'GET' || ctx.get('authorization')) return next();
    for (const item of rute) {
      const hasil = item.cocok(ctx.path);
      if (!hasil) continue;
      if (await layaniSebelumRouting(strapi, ctx, item.rute, hasil.params)) return undefined;
      return next();
    }
    return next();
  };
};
