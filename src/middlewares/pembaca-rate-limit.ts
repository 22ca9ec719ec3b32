import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { redis } from '../publik/redis';
import type { Ctx } from '../utils/koa';

/**
 * Route middleware `global::pembaca-rate-limit` of POST /api/liputans/:documentId/views.
 * Per-address limit on reporting reads (`publik.batasPembacaPerMenit`): a script hammering the
 * counter gets a clear 429 with Retry-After. With Redis the limit holds across every instance
 * (rate-limiter-flexible's Redis store, falling back to this process's memory while Redis is
 * down); without it, each process counts on its own.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let limiter: RateLimiterMemory | RateLimiterRedis | null = null;
  const buat = () => {
    const batas = strapi.config.get<number>('publik.batasPembacaPerMenit', 60);
    const memori = new RateLimiterMemory({ points: batas, duration: 60 });
    const bersama = redis(strapi);
    return bersama
      ? new RateLimiterRedis({
          storeClient: bersama,
          keyPrefix: 'batas-pembaca',
          points: batas,
          duration: 60,
          insuranceLimiter: memori,
        })
      : memori;
  };

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    limiter ??= buat();
    try {
      await limiter.consume(ctx.request.ip);
    } catch (hasil) {
      if (!(hasil instanceof RateLimiterRes)) throw hasil;
      const detik = Math.max(1, Math.ceil(hasil.msBeforeNext / 1000));
      ctx.set('Retry-After', String(detik));
      throw new errors.RateLimitError(
        `Terlalu banyak laporan pembaca dari alamat ini: coba lagi dalam ${detik} detik`,
        {
          batasPerMenit: limiter.points,
        },
      );
    }
    return next();
  };
};
