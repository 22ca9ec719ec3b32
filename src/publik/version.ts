import type { Core, Modules } from '@strapi/strapi';
import { redaksi } from './redaksi';
import { redis } from './redis';
import { PUBLIC_UIDS } from './routes';

type Middleware = Modules.Documents.Middleware.Middleware;
type Context = Parameters<Middleware>[0];

const AKSI_MENGUBAH_TAYANG = new Set(['publish', 'unpublish', 'delete']);

const kunciVersi = (uid: string) => `versi-publik/${uid}`;

/**
 * Without Redis, each process reads the stamp from the database at most once a second: another
 * process learns of a publication within that second, while the lookup would otherwise run
 * before every public read.
 */
const MEMO_MS = 1000;
const memo = new Map<string, { nilai: number; sampai: number }>();

/**
 * With Redis, each process still reads the shared stamp at most every 200 ms: every public read
 * would otherwise pay a Redis round trip for it, and another instance still learns of a
 * publication well within a second. The publishing instance knows at once.
 */
const MEMO_REDIS_MS = 200;
const memoRedis = new Map<string, { nilai: string; sampai: number }>();

/**
 * Tell every instance that what is online changed. With Redis the shared stamp is Redis's own
 * counter, raised once per change whatever order the transactions commit in (and unaffected by
 * a database restored to an older stamp); this process's memo follows the database.
 */
async function umumkan(strapi: Core.Strapi, uid: string, nilai: number): Promise<void> {
  memo.set(uid, { nilai, sampai: Date.now() + MEMO_MS });
  const bersama = redis(strapi);
  if (bersama?.status === 'ready') {
    const baru = await bersama
      .incr(kunciVersi(uid))
      .catch((error: Error) =>
        strapi.log.warn(`Stempel versi publik di Redis tidak naik: ${error.message}`),
      );
    if (typeof baru === 'number')
      memoRedis.set(uid, { nilai: `r${baru}`, sampai: Date.now() + MEMO_REDIS_MS });
  }
}

/**
 * A version number per public content type, raised in the same transaction by every operation
 * that changes what is online: publish, unpublish, delete. It is part of every response-cache
 * key and validator, so a publication makes every cached page of that type stale at once. The
 * new stamp is announced (memo, Redis) only once the transaction committed: a reader that saw it
 * earlier could cache the old content under the new stamp.
 */
export function installPublicVersion(strapi: Core.Strapi): void {
  const penjaga = (context: Context, next: () => Promise<unknown>) => {
    if (!PUBLIC_UIDS.includes(context.uid) || !AKSI_MENGUBAH_TAYANG.has(context.action))
      return next();
    return strapi.db.transaction(async ({ onCommit }: { onCommit: (cb: () => void) => void }) => {
      const hasil = await next();
      const nilai = await redaksi(strapi).naikkanPenghitung(kunciVersi(context.uid));
      // umumkan catches its own failure (a Redis that does not answer): nothing to await here.
      onCommit(() => void umumkan(strapi, context.uid, nilai));
      return hasil;
    });
  };
  strapi.documents.use(penjaga as unknown as Middleware);
}

export async function publicVersion(strapi: Core.Strapi, uid: string): Promise<string> {
  const bersama = redis(strapi);
  if (bersama?.status === 'ready') {
    const tersimpan = memoRedis.get(uid);
    if (tersimpan && tersimpan.sampai > Date.now()) return tersimpan.nilai;
    const nilai = await bersama.get(kunciVersi(uid)).catch(() => undefined);
    if (nilai !== undefined) {
      memoRedis.set(uid, { nilai: `r${nilai ?? 0}`, sampai: Date.now() + MEMO_REDIS_MS });
      return `r${nilai ?? 0}`;
    }
  }
  const tersimpan = memo.get(uid);
  if (tersimpan && tersimpan.sampai > Date.now()) return `d${tersimpan.nilai}`;
  const nilai = await redaksi(strapi).bacaPenghitung(kunciVersi(uid));
  memo.set(uid, { nilai, sampai: Date.now() + MEMO_MS });
  return `d${nilai}`;
}
