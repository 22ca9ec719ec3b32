/**
 * Production needs its secrets to start, not to build: a container build or a CI pipeline holds
 * none. `strapi build` loads the configuration through createStrapi() (without load()); starting
 * runs load(), whose register() checks the secrets and stops with status 78 (EX_CONFIG), on which
 * the systemd unit does not restart. Both are run here as in production, each in a process of its
 * own with no secret in its environment. A start with its secrets removes the API tokens Strapi
 * makes on its first start.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KELUAR_KONFIGURASI_SALAH, NAMA_RAHASIA } from '../../src/utils/secrets';
import { portBebas } from '../helpers/proses';
import { rahasiaProduksi } from '../helpers/produksi';

const APP_DIR = path.resolve(__dirname, '..', '..');

function jalankan(
  kode: string,
  env: Record<string, string>,
  perintah: [string, string[]] = [process.execPath, ['-e', kode]],
): Promise<{ code: number; keluaran: string }> {
  const bersih = Object.fromEntries(
    Object.entries(process.env).filter(([nama]) => !/SECRET|SALT|KEYS|ENCRYPTION/.test(nama)),
  );
  return new Promise((resolve) => {
    execFile(
      perintah[0],
      perintah[1],
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

  it('refuses to start, naming each missing or example secret, with the status systemd does not restart on', async () => {
    const hasil = await jalankan(
      `${buat} app.load().then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); });`,
      {
        DATABASE_FILENAME: path.join(folder, 'start.db'),
        JWT_SECRET: 'ubah-saya',
        ADMIN_JWT_SECRET: 'pendek',
      },
    );
    expect(hasil.code).toBe(KELUAR_KONFIGURASI_SALAH);
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

  it('exits 78 through `npm run start` too, the command of the systemd unit (RestartPreventExitStatus=78)', async () => {
    const hasil = await jalankan('', { DATABASE_FILENAME: path.join(folder, 'npm.db') }, [
      'npm',
      ['run', '--silent', 'start'],
    ]);
    expect(hasil.keluaran).toContain('APP_KEYS belum diisi');
    expect(hasil.code).toBe(78);
  });

  it('removes the API tokens Strapi makes on its first start, before listening, and says so', async () => {
    const rahasia = Object.fromEntries(
      NAMA_RAHASIA.map((nama) => [
        nama,
        nama === 'APP_KEYS'
          ? [1, 2].map(() => randomBytes(32).toString('base64')).join(',')
          : randomBytes(32).toString('base64'),
      ]),
    );
    const hitung = `
      ${buat}
      app.load().then(async () => {
        const tokens = await app.db.query('admin::api-token').findMany({ select: ['name'] });
        console.log('TOKEN', JSON.stringify(tokens.map((t) => t.name)));
        await app.destroy();
        process.exit(0);
      }, (e) => { console.error(e); process.exit(3); });`;
    // A new database of its own, SQLite also in the PostgreSQL run: what Strapi's admin does at
    // its first start does not depend on the database.
    const env = {
      ...rahasia,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(folder, 'token.db'),
    };
    for (const mulai of ['pertama', 'kedua']) {
      // Still no admin user at the second start: Strapi makes them again, and they go again.
      const hasil = await jalankan(hitung, env);
      expect({ mulai, code: hasil.code }).toEqual({ mulai, code: 0 });
      expect(hasil.keluaran).toContain('TOKEN []');
      for (const nama of ['Read Only', 'Full Access'])
        expect(hasil.keluaran).toContain(`Token API bawaan Strapi "${nama}"`);
    }
  });

  it('starts with one line per event: no banner, no colours, no version notice', async () => {
    mkdirSync(path.join(folder, 'public', 'uploads'), { recursive: true });
    const hasil = await jalankan(
      `${buat} app.start().then(() => setTimeout(() => process.exit(0), 200), (e) => { console.error(e); process.exit(3); });`,
      {
        // A file of its own, whichever database the run uses: only what is printed is looked at.
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(folder, 'mulai.db'),
        PUBLIC_DIR: path.join(folder, 'public'),
        RIWAYAT_JANGKAR_FILE: path.join(folder, 'jangkar.jsonl'),
        HOST: '127.0.0.1',
        PORT: String(await portBebas()),
        LOG_LEVEL: 'info',
        ...rahasiaProduksi(),
      },
    );
    expect(hasil.code).toBe(0);
    const baris = hasil.keluaran.split('\n').filter(Boolean);
    expect(baris).toContainEqual(expect.stringMatching(/ info \[-\] Strapi started successfully$/));
    expect(hasil.keluaran).not.toContain('Project information');
    expect(hasil.keluaran).not.toContain('\u001b[');
    for (const satu of baris)
      expect(satu).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00 \w+ \[/);
  });
});
