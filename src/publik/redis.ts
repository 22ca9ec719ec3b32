import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';

/**
 * The one Redis connection of this process, when `REDIS_URL` is set: the instances behind a load
 * balancer share through it the response cache, the public version stamps and the readers' rate
 * limit. Without it every process keeps its own, and nothing needs setting up.
 *
 * A Redis that is down never takes the public API with it: commands fail fast (no offline queue)
 * and the callers fall back to the database or to their own memory.
 */
let klien: Redis | null = null;

export function redis(strapi: Core.Strapi): Redis | null {
  const url = strapi.config.get<string>('publik.redisUrl', '');
  if (!url) return null;
  if (!klien) {
    klien = new Redis(url, {
      keyPrefix: strapi.config.get<string>('publik.redisPrefix', 'redaksi:'),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: false,
    });
    klien.on('error', (error) => strapi.log.warn(`Redis (${url}): ${error.message}`));
  }
  return klien;
}

/** At start: wait (a few seconds at most) for Redis, so that the first requests already share. */
export async function siapkanRedis(strapi: Core.Strapi): Promise<void> {
  const aktif = redis(strapi);
  if (!aktif || aktif.status === 'ready') return;
  const siap = await new Promise<boolean>((resolve) => {
    const batas = setTimeout(() => resolve(false), 5000);
    aktif.once('ready', () => {
      clearTimeout(batas);
      resolve(true);
    });
  });
  if (!siap)
    strapi.log.warn(
      'Redis belum tersambung: tiap proses memakai cache dan batas lajunya sendiri sampai tersambung.',
    );
}

export async function tutupRedis(): Promise<void> {
  const aktif = klien;
  klien = null;
  if (aktif) await aktif.quit().catch(() => aktif.disconnect());
}
