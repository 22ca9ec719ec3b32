/**
 * Production needs its secrets to start, not to build: a container build or a CI pipeline holds
 * none. `strapi build` loads the configuration through createStrapi() (without load()); starting
 * runs load(), whose register() checks the secrets. Both are run here as in production, each in
 * a process of its own with no secret in its environment.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const APP_DIR = path.resolve(__dirname, '..', '..');

function jalankan(
  kode: string,
  env: Record<string, string>,
): Promise<{ code: number; keluaran: string }> {
  const bersih = Object.fromEntries(
    Object.entries(process.env).filter(([nama]) => !/SECRET|SALT|KEYS|ENCRYPTION/.test(nama)),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-e', kode],
      {
        cwd: APP_DIR,
        env: { ...bersih, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', ...env },
        timeout: 120_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, keluaran: `${stdout}${stderr}` }),
    );
  });
}

const buat = `
  const path = require('node:path');
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: process.cwd(), distDir: path.join(process.cwd(), 'dist') });
`;

describe('produksi: build tanpa rahasia, start hanya dengan rahasia', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'redaksi-produksi-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads the configuration as `strapi build` does, with NODE_ENV=production and no secret', async () => {
    const hasil = await jalankan(
      `${buat} console.log('URL ADMIN', app.config.get('admin.absoluteUrl'));`,
      {
        DATABASE_FILENAME: path.join(folder, 'build.db'),
      },
    );
    expect(hasil.keluaran).toContain('URL ADMIN');
    expect(hasil.code).toBe(0);
  });

  it('refuses to start, naming each missing or example secret', async () => {
    const hasil = await jalankan(
      `${buat} app.load().then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); });`,
      {
        DATABASE_FILENAME: path.join(folder, 'start.db'),
        JWT_SECRET: 'ubah-saya',
        ADMIN_JWT_SECRET: 'pendek',
      },
    );
    expect(hasil.code).toBe(3);
    expect(hasil.keluaran).toContain('Server tidak dapat mulai di produksi');
    for (const bagian of [
      'APP_KEYS belum diisi',
      'API_TOKEN_SALT belum diisi',
      'ADMIN_JWT_SECRET terlalu pendek',
      'JWT_SECRET masih berisi nilai contoh',
    ]) {
      expect(hasil.keluaran).toContain(bagian);
    }
  });
});
