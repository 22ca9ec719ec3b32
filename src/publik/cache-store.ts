import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import { redis } from './redis';

/** A public response as it is served again: its body, validator and type. */
export interface CacheEntry {
  body: string;
  etag: string;
  tipe: string;
  /** `body` holds a file's bytes in base64 (a CSV or PDF download), served as those bytes. */
  base64?: boolean;
  /** The download's Content-Disposition (its file name). */
  disposisi?: string;
}

/**
 * The response cache of the public read routes: in this process's memory, bounded by bytes
 * (`publik.cacheMb`), or in Redis when several instances share one (`REDIS_URL`). Entries live
 * one cache period; a publication does not need to evict anything, since it changes the public
 * version stamp that is part of every key.
 */
let tembolok: ReturnType<typeof createResponseCache> | null = null;

/** The process's one response cache, shared by the pre-routing hit path and the routes. */
export function responseCache(strapi: Core.Strapi) {
  tembolok ??= createResponseCache(strapi);
  return tembolok;
}

function createResponseCache(strapi: Core.Strapi) {
  const detik = () => Math.max(1, strapi.config.get<number>('publik.cacheDetik', 60));
  const memori = new LRUCache<string, CacheEntry>({
    maxSize: Math.max(1, strapi.config.get<number>('publik.cacheMb', 64)) * 1024 * 1024,
    sizeCalculation: (entri, kunci) => entri.body.length + entri.etag.length + kunci.length + 64,
    ttl: detik() * 1000,
  });
  const kunciRedis = (kunci: string) => `respons:${kunci}`;

  return {
    async get(kunci: string): Promise<CacheEntry | undefined> {
      const bersama = redis(strapi);
      if (bersama?.status === 'ready') {
        try {
          const isi = await bersama.get(kunciRedis(kunci));
          return isi ? (JSON.parse(isi) as CacheEntry) : undefined;
        } catch {
          // Redis unavailable: this process's own memory serves meanwhile.
        }
      }
      return memori.get(kunci);
    },

    async set(kunci: string, entri: CacheEntry): Promise<void> {
      const bersama = redis(strapi);
      if (bersama?.status === 'ready') {
        try {
          await bersama.set(kunciRedis(kunci), JSON.stringify(entri), 'EX', detik());
          return;
        } catch {
          // fall through to memory
        }
      }
      memori.set(kunci, entri);
    },
  };
}
