import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alamatTanpaSandi } from '../redis';

const AKAR = path.resolve(__dirname, '../../..');

function berkasKode(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const lengkap = path.join(folder, entry.name);
    if (entry.isDirectory())
      return ['node_modules', '__tests__', 'dist', 'build'].includes(entry.name)
        ? []
        : berkasKode(lengkap);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [lengkap] : [];
  });
}

describe('klien Redis', () => {
  it('is created in src/publik/redis.ts only: every user of Redis in the server imports it', () => {
    // A value import of ioredis (a type import creates nothing).
    const membuat =
      /(import\s+(?!type\b)[^;]*from\s+'ioredis'|require\('ioredis'\)|import\('ioredis'\))/;
    const pembuat = [
      ...berkasKode(path.join(AKAR, 'src')),
      ...berkasKode(path.join(AKAR, 'config')),
    ]
      .filter((berkas) => membuat.test(readFileSync(berkas, 'utf8')))
      .map((berkas) => path.relative(AKAR, berkas));
    expect(pembuat).toEqual(['src/publik/redis.ts']);
  });

  it('shows its address in logs without the password', () => {
    const alamat = alamatTanpaSandi('redis://default:rahasia-sekali@redis.internal:6380/2');
    expect(alamat).toBe('redis://default:***@redis.internal:6380/2');
    expect(alamatTanpaSandi('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(alamatTanpaSandi('bukan alamat')).not.toContain('bukan');
  });
});
