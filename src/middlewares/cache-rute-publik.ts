import type { Core } from '@strapi/strapi';
import { publicCache } from '../publik/cache';
import { type PublicRouteName, PUBLIC_ROUTES } from '../publik/routes';

/**
 * Route middleware `global::cache-rute-publik` of the public reads: `config.rute` names the row of
 * src/publik/routes.ts whose query rules and version stamp key its cache (ETag, 304, HIT/MISS). The
 * routers get it from that table too; the cache hits of anonymous reads are answered before
 * routing (src/middlewares/cache-publik.ts).
 */
export default (config: { rute?: PublicRouteName }, { strapi }: { strapi: Core.Strapi }) => {
  const rute = config.rute ? PUBLIC_ROUTES[config.rute] : undefined;
  if (!rute)
    throw new Error(`cache-rute-publik: rute publik "${String(config.rute)}" tidak dikenal`);
  return publicCache(strapi, rute);
};
