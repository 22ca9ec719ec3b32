import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Per-address limit on reporting reads (`publik.batasPembacaPerMenit`): a script hammering the
 * counter gets a clear 429 with Retry-After. Kept in each process's memory; behind several
 * processes the effective limit is per process.
 */
export function batasLajuPembaca() {
  let limiter: RateLimiterMemory | null = null;
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const batas = strapi.config.get<number>('publik.batasPembacaPerMenit', 60);
    limiter ??= new RateLimiterMemory({ points: batas, duration: 60 });
    try {
      await limiter.consume(ctx.request.ip);
    } catch (hasil) {
      if (!(hasil instanceof RateLimiterRes)) throw hasil;
      const detik = Math.max(1, Math.ceil(hasil.msBeforeNext / 1000));
      ctx.set('Retry-After', String(detik));
      throw new errors.RateLimitError(`Terlalu banyak laporan pembaca dari alamat ini: coba lagi dalam ${detik} detik`, {
        batasPerMenit: batas,
      });
    }
    return next();
  };
}
