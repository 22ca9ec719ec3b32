import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { redis } from '../publik/redis';
import type { Ctx } from '../utils/koa';

/**
 * Global middleware `global::admin-auth-limit`: a budget of failed attempts on the admin's
 * password and reset endpoints, per client address across all accounts and per account, shared
 * by every instance through Redis (REDIS_URL; each process's memory without it).
 *
 * Strapi's own limit (admin::rateLimit, koa2-ratelimit in memory) is keyed by e-mail, path and
 * address together: one address may try as many accounts as it likes, each instance counts on its
 * own, and successful logins count as much as failed ones. Here only what failed counts (400, 401
 * or 403 from the handler: wrong password, bad token); a success gives its address point back
 * and clears its account's count, so an office behind one NAT address is never locked out by its
 * own colleagues logging in. Each attempt takes its points before the handler runs (atomic in
 * Redis), so parallel guesses cannot all slip through before the first failure is counted.
 */

export interface AdminAuthLimitConfig {
  /** Failed attempts allowed per account (lower-cased e-mail) per window. */
  perAccount: number;
  /** Failed attempts allowed per client address, across accounts, per window. */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULTS: AdminAuthLimitConfig = {
  perAccount: 10,
  perAddress: 30,
  windowSeconds: 900,
};

interface Endpoint {
  /** Where the account's e-mail is in the body, when the endpoint names one. */
  email?: (body: Record<string, unknown>) => unknown;
  /** Every request counts, success or not: the answer does not tell (a reset mail). */
  countsEveryRequest?: boolean;
}

/** The admin's endpoints that take a password or a reset token, or send a reset mail. */
const ENDPOINTS: Record<string, Endpoint> = {
  '/admin/login': { email: (body) => body.email },
  '/admin/register-admin': { email: (body) => body.email },
  '/admin/register': {
    email: (body) => (body.userInfo as Record<string, unknown> | undefined)?.email,
  },
  '/admin/reset-password': {},
  '/admin/forgot-password': { email: (body) => body.email, countsEveryRequest: true },
};

export interface LoginLimiters {
  address: RateLimiterAbstract;
  account: RateLimiterAbstract;
}

/** The two budgets; on Redis when given one (with this process's memory while Redis is down). */
export function createLoginLimiters(
  config: AdminAuthLimitConfig,
  store: Redis | null,
): LoginLimiters {
  const make = (points: number, keyPrefix: string) => {
    const memory = new RateLimiterMemory({ points, duration: config.windowSeconds, keyPrefix });
    return store
      ? new RateLimiterRedis({
          storeClient: store,
          keyPrefix,
          points,
          duration: config.windowSeconds,
          insuranceLimiter: memory,
        })
      : memory;
  };
  return {
    address: make(config.perAddress, 'batas-masuk-alamat'),
    account: make(config.perAccount, 'batas-masuk-akun'),
  };
}

/** The route the router will match: it ignores case, a trailing slash and percent-encoding. */
function endpointOf(ctx: Ctx): Endpoint | undefined {
  if (ctx.method !== 'POST') return undefined;
  let raw = ctx.path;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // A malformed escape never matches a route; request-errors.ts answers it.
  }
  const normalized = path.posix.normalize(raw).toLowerCase().replace(/\/+$/, '');
  return Object.hasOwn(ENDPOINTS, normalized) ? ENDPOINTS[normalized] : undefined;
}

/** The status a thrown error will be answered with (as strapi::errors and request-errors.ts do). */
function statusOf(error: unknown): number {
  if (error instanceof errors.UnauthorizedError) return 401;
  if (error instanceof errors.ForbiddenError) return 403;
  if (error instanceof errors.NotFoundError) return 404;
  if (error instanceof errors.RateLimitError) return 429;
  if (error instanceof errors.PayloadTooLargeError) return 413;
  if (error instanceof errors.ApplicationError) return 400;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : 500;
}

const FAILED = new Set([400, 401, 403]);

function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 120 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`;
}

export default (config: Partial<AdminAuthLimitConfig>, { strapi }: { strapi: Core.Strapi }) => {
  const settings: AdminAuthLimitConfig = { ...DEFAULTS, ...config };
  let limiters: LoginLimiters | null = null;

  const refuse = (ctx: Ctx, result: RateLimiterRes, whose: 'alamat' | 'akun'): never => {
    const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    ctx.set('Retry-After', String(seconds));
    ctx.state.alasanPenolakan = `batas percobaan masuk per ${whose}`;
    throw new errors.RateLimitError(
      whose === 'akun'
        ? `Terlalu banyak percobaan yang gagal untuk akun ini. Coba lagi dalam ${waitText(result.msBeforeNext)}, atau minta Super Admin mengatur ulang kata sandi.`
        : `Terlalu banyak percobaan yang gagal dari alamat ini. Coba lagi dalam ${waitText(result.msBeforeNext)}.`,
      {
        batas: whose === 'akun' ? settings.perAccount : settings.perAddress,
        jendelaDetik: settings.windowSeconds,
        cobaLagiDetik: seconds,
      },
    );
  };

  /** A take that the budget refused; anything else (a broken store) is the server's fault. */
  const take = async (limiter: RateLimiterAbstract, key: string) => {
    try {
      await limiter.consume(key);
      return null;
    } catch (result) {
      if (result instanceof RateLimiterRes) return result;
      throw result;
    }
  };
  const giveBack = (limiter: RateLimiterAbstract, key: string) =>
    limiter.reward(key, 1).catch(() => undefined);

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const endpoint = endpointOf(ctx);
    if (!endpoint) return next();
    limiters ??= createLoginLimiters(settings, redis(strapi));
    const { address: perAddress, account: perAccount } = limiters;

    const address = ctx.request.ip;
    const body = (ctx.request as { body?: unknown }).body;
    const email =
      endpoint.email && body && typeof body === 'object'
        ? endpoint.email(body as Record<string, unknown>)
        : undefined;
    const account = typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null;

    const refusedAddress = await take(perAddress, address);
    if (refusedAddress) return refuse(ctx, refusedAddress, 'alamat');
    if (account) {
      const refusedAccount = await take(perAccount, account);
      if (refusedAccount) {
        // No password was tried: the address keeps its point.
        await giveBack(perAddress, address);
        return refuse(ctx, refusedAccount, 'akun');
      }
    }

    let status = 500;
    try {
      await next();
      status = ctx.status;
    } catch (error) {
      status = statusOf(error);
      throw error;
    } finally {
      if (!endpoint.countsEveryRequest && !FAILED.has(status)) {
        await giveBack(perAddress, address);
        if (account) {
          // A success clears the account's failures; anything else that is not a failure
          // (the server's own error) just gives the point back.
          if (status >= 200 && status < 300)
            await perAccount.delete(account).catch(() => undefined);
          else await giveBack(perAccount, account);
        }
      }
    }
  };
};
