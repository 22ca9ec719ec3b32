import type { Core } from '@strapi/strapi';

/**
 * The public website's API: how long responses may be cached, and how many reads one address
 * may report per minute before it gets 429.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  cacheDetik: env.int('PUBLIK_CACHE_DETIK', 60),
  batasPembacaPerMenit: env.int('PEMBACA_BATAS_PER_MENIT', 60),
});
