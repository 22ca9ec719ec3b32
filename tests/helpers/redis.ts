/**
 * The shared Redis of a test run (127.0.0.1:6379 here and in CI), under keys of one test file only,
 * removed afterwards.
 */
export interface RedisUji {
  url: string;
  prefix: string;
}

export function redisUji(nama: string): RedisUji {
  return {
    url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    prefix: `redaksi-uji-${nama}-${process.pid}-${Date.now()}:`,
  };
}

export async function hapusKunciRedisUji(uji: RedisUji | null): Promise<void> {
  if (!uji) return;
  const { Redis } = await import('ioredis');
  const klien = new Redis(uji.url);
  const kunci = await klien.keys(`${uji.prefix}*`);
  if (kunci.length) await klien.del(...kunci);
  await klien.quit();
}
