import type { Core } from '@strapi/strapi';

/**
 * The public website's API: how long responses may be cached (by this server and by a CDN), how
 * much memory the response cache may take, how many reads one address may report per minute,
 * and the Redis that several instances share (none: each process keeps its own, zero set-up).
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  cacheDetik: env.int('PUBLIK_CACHE_DETIK', 60),
  /** A CDN may serve a stale copy this long while it fetches a fresh one in the background. */
  staleWhileRevalidateDetik: env.int('PUBLIK_SWR_DETIK', 60),
  /** ... and this long when this server answers with an error (election night: better stale than nothing). */
  staleIfErrorDetik: env.int('PUBLIK_SIE_DETIK', 86_400),
  /** The in-process response cache's bound, in MiB of response bodies. */
  cacheMb: env.int('PUBLIK_CACHE_MB', 64),
  batasPembacaPerMenit: env.int('PEMBACA_BATAS_PER_MENIT', 60),
  redisUrl: env('REDIS_URL', ''),
  /** Keys of this installation in a Redis shared with others. */
  redisPrefix: env('REDIS_PREFIX', 'redaksi:'),
  /**
   * How long one Redis command may take before its caller falls back to the database or its own
   * memory. A Redis that hangs (stopped, swapping, a network that drops packets) does not refuse
   * connections: without this bound every public read would wait on it for ever.
   */
  redisTimeoutMs: env.int('REDIS_TIMEOUT_MS', 250),
});
