import { cachePublik } from '../publik/cache';
import { RUTE_PUBLIK } from '../publik/rute';

export type NamaRutePublik = keyof typeof RUTE_PUBLIK;

/**
 * Route middleware `global::cache-rute-publik` of the public reads: `config.rute` names the route
 * in src/publik/rute.ts whose query rules and version stamp key its cache (ETag, 304, HIT/MISS).
 * The cache hits themselves are answered before routing (src/middlewares/cache-publik.ts).
 */
export default (config: { rute?: NamaRutePublik }) => {
  const rute = config.rute ? RUTE_PUBLIK[config.rute] : undefined;
  if (!rute)
    throw new Error(`cache-rute-publik: rute publik "${String(config.rute)}" tidak dikenal`);
  return cachePublik(rute);
};

/** How a router names it. */
export const cacheRute = (rute: NamaRutePublik) => ({
  name: 'global::cache-rute-publik',
  config: { rute },
});
