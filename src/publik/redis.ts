import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';

/**
 * The one Redis connection of this process, when `REDIS_URL` is set: the instances behind a load
 * balancer share through it the response cache, the public version stamps and the readers' rate
 * limit. Without it every process keeps its own, and nothing needs setting up.
 *
 * A Redis that is down or hung never takes the public API with it: commands fail fast (no offline
 * queue) or time out (`REDIS_TIMEOUT_MS`), and the callers fall back to the database or to their
 * own memory.
 */
let klien: Redis | null = null;

/**
 * A hung Redis costs each command its whole timeout, and one public read makes several (the
 * cache before routing, the version stamp, the route's cache, storing the answer). After a
 * command timed out, Redis rests for a while: every command fails at once and the callers fall
 * back, so one request per rest period, not every request, waits for the timeout.
 */
const ISTIRAHAT_MS = 2000;
const PESAN_ISTIRAHAT = 'Redis diistirahatkan sesudah perintah yang tidak dijawab';
let istirahatSampai = 0;

function istirahatkanBilaMacet(aktif: Redis): void {
  const kirim = aktif.sendCommand.bind(aktif);
  aktif.sendCommand = (perintah, aliran) => {
    if (Date.now() < istirahatSampai) {
      perintah.reject(new Error(PESAN_ISTIRAHAT));
      return perintah.promise;
    }
    perintah.promise.catch((error: Error) => {
      if (error.message === 'Command timed out') istirahatSampai = Date.now() + ISTIRAHAT_MS;
    });
    return kirim(perintah, aliran);
  };
}

/** The address as logs may show it: never the password (REDIS_URL may carry one). */
export function alamatTanpaSandi(url: string): string {
  try {
    const alamat = new URL(url);
    if (alamat.password) alamat.password = '***';
    return alamat.toString();
  } catch {
    return '(REDIS_URL tidak terbaca)';
  }
}

/** ioredis reports every reconnect attempt; the operator needs the change of state, once. */
function laporkanKeadaan(strapi: Core.Strapi, aktif: Redis, url: string, nama: string): void {
  const alamat = alamatTanpaSandi(url);
  let galatTerakhir: string | null = null;
  aktif.on('error', (error) => {
    if (error.message === galatTerakhir) return;
    galatTerakhir = error.message;
    strapi.log.warn(`${nama} (${alamat}) tidak tersedia: ${error.message}`);
  });
  aktif.on('ready', () => {
    if (galatTerakhir) strapi.log.info(`${nama} (${alamat}) tersambung lagi`);
    galatTerakhir = null;
  });
}

/**
 * A connection of its own for BullMQ (the scheduled publications' delayed jobs), when `REDIS_URL`
 * is set. The worker's connection blocks waiting for jobs and must retry forever (BullMQ's
 * requirement); the queue's fails fast, and its callers bound each call, so a hung Redis never
 * holds up a request or a transition (redaksi's services/engine/jadwal-tayang.ts).
 */
export function koneksiAntrean(strapi: Core.Strapi, pekerja: boolean): Redis | null {
  const url = strapi.config.get<string>('publik.redisUrl', '');
  if (!url) return null;
  const batasMs = strapi.config.get<number>('publik.redisTimeoutMs', 250);
  const aktif = new Redis(url, {
    maxRetriesPerRequest: pekerja ? null : 1,
    enableOfflineQueue: pekerja,
    connectTimeout: Math.max(1000, batasMs * 4),
  });
  laporkanKeadaan(strapi, aktif, url, `Redis antrean jadwal tayang${pekerja ? ' (pekerja)' : ''}`);
  return aktif;
}

export function redis(strapi: Core.Strapi): Redis | null {
  const url = strapi.config.get<string>('publik.redisUrl', '');
  if (!url) return null;
  if (!klien) {
    const batasMs = strapi.config.get<number>('publik.redisTimeoutMs', 250);
    const aktif = new Redis(url, {
      keyPrefix: strapi.config.get<string>('publik.redisPrefix', 'redaksi:'),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: false,
      // A hung Redis answers nothing and refuses nothing: bound every command and the connect.
      commandTimeout: batasMs,
      connectTimeout: Math.max(1000, batasMs * 4),
    });
    istirahatkanBilaMacet(aktif);
    laporkanKeadaan(strapi, aktif, url, 'Redis');
    klien = aktif;
  }
  return klien;
}

/** At start: wait (a few seconds at most) for Redis, so that the first requests already share. */
export async function connectRedis(strapi: Core.Strapi): Promise<void> {
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

export async function closeRedis(): Promise<void> {
  const aktif = klien;
  klien = null;
  if (aktif) await aktif.quit().catch(() => aktif.disconnect());
}
