/**
 * A production instance as deploy/ runs it, for the deploy tests: `strapi start` from dist/ with
 * NODE_ENV=production, the secrets /etc/kpu-sumbar-redaksi/env holds, PostgreSQL, Redis and a
 * public folder shared by the instances. The test creates and drops its database itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, type ClientConfig } from 'pg';
import request from 'supertest';
import { APP_DIR } from './proses';

/** Strapi's own command line, as `npm run start` runs it. */
export const CLI = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json')),
  'bin',
  'strapi.js',
);

/** A temporary folder standing for the server's: public/uploads, shared by the instances, and the anchor file. */
export function siapkanFolderProduksi(awalan = 'redaksi-deploy-'): {
  folder: string;
  uploads: string;
} {
  const folder = mkdtempSync(path.join(tmpdir(), awalan));
  // nginx's workers (user nobody, or www-data) read the uploads as the production folder allows.
  chmodSync(folder, 0o755);
  const uploads = path.join(folder, 'public', 'uploads');
  mkdirSync(uploads, { recursive: true });
  return { folder, uploads };
}

/** Every secret a production start requires, fresh and each its own. */
export function rahasiaProduksi(): NodeJS.ProcessEnv {
  const rahasia = () => randomBytes(24).toString('base64');
  return {
    APP_KEYS: [rahasia(), rahasia()].join(','),
    API_TOKEN_SALT: rahasia(),
    ADMIN_JWT_SECRET: rahasia(),
    TRANSFER_TOKEN_SALT: rahasia(),
    JWT_SECRET: rahasia(),
    ENCRYPTION_KEY: rahasia(),
    RIWAYAT_HMAC_KEY: rahasia(),
  };
}

/**
 * The environment of deploy/.env.production.example, filled: fresh secrets (each its own),
 * the given database on the run's PostgreSQL, the run's Redis under a prefix of this database,
 * the proxy trusted, the folder's public/ and anchor file. `tambahan` overrides (LOG_LEVEL, ...).
 */
export function lingkunganProduksi(
  folder: string,
  database: string,
  tambahan: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    ...rahasiaProduksi(),
    RIWAYAT_JANGKAR_FILE: path.join(folder, 'jangkar-riwayat.jsonl'),
    DATABASE_CLIENT: 'postgres',
    // The settings below, not a connection string that the run's environment may carry.
    DATABASE_URL: undefined,
    DATABASE_NAME: database,
    DATABASE_HOST: process.env.DATABASE_HOST ?? '127.0.0.1',
    DATABASE_USERNAME: process.env.DATABASE_USERNAME ?? 'postgres',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    // Per database, so that a test file never reads another's cached pages or version stamps.
    REDIS_PREFIX: `${database}:`,
    SERVER_PROXY: 'true',
    PUBLIC_DIR: path.join(folder, 'public'),
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
    ...tambahan,
  };
}

export interface Instans {
  proses: ChildProcess;
  port: number;
  base: string;
  /** Everything the instance wrote (stdout and stderr), in order. */
  log: string[];
}

/** One `strapi start` on `port`, not waited for: several can be started at the very same moment. */
export function jalankanInstans(env: NodeJS.ProcessEnv, port: number): Instans {
  const log: string[] = [];
  const proses = spawn(process.execPath, [CLI, 'start'], {
    cwd: APP_DIR,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proses.stdout!.on('data', (d) => log.push(String(d)));
  proses.stderr!.on('data', (d) => log.push(String(d)));
  return { proses, port, base: `http://127.0.0.1:${port}`, log };
}

/** Until `base` answers /_ready 200 (2.5 minutes at most); fails with the log if the process ends first. */
export async function tungguSiap(
  base: string,
  proses?: ChildProcess,
  log?: string[],
): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (proses && proses.exitCode !== null)
      throw new Error(`Instans berhenti (${proses.exitCode}):\n${log?.join('')}`);
    const ok = await fetch(`${base}/_ready`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${base} tidak siap:\n${log?.join('')}`);
}

export const tungguInstans = ({ base, proses, log }: Instans) => tungguSiap(base, proses, log);

/**
 * The ids of the requests an instance answered, from its own access lines
 * (src/middlewares/request.ts, at LOG_LEVEL http: `<time> http [<id>] GET /path 200 3.1 ms ...`,
 * warn or error for a refusal): the id nginx sent in X-Request-Id, as its own log names it.
 */
export function idDijawab(instans: Instans): Set<string> {
  const id = new Set<string>();
  for (const baris of instans.log.join('').split('\n')) {
    const cocok = /^\S+ (?:http|warn|error) \[([^\]\s]+)\] [A-Z]+ \S+ \d{3} [\d.]+ ms /.exec(baris);
    if (cocok) id.add(cocok[1]);
  }
  return id;
}

/** The first Super Admin of a fresh production database, as the README's first step registers it. */
export const ADMIN_PERTAMA = {
  email: 'admin@kpu-sumbarprov.go.id',
  firstname: 'Admin',
  lastname: 'Humas',
  password: 'SandiProduksi2026',
} as const;

/** Registers ADMIN_PERTAMA on `base` (an instance or the proxy); answers the admin's token. */
export async function daftarkanAdminPertama(base: string): Promise<string> {
  const daftar = await request(base).post('/admin/register-admin').send(ADMIN_PERTAMA).expect(200);
  return daftar.body.data.token as string;
}

/** One query on the database the instances use, on a connection of its own. */
export async function kueri<T extends object>(koneksi: ClientConfig, sql: string): Promise<T[]> {
  const db = new Client(koneksi);
  await db.connect();
  try {
    return (await db.query<T>(sql)).rows;
  } finally {
    await db.end();
  }
}

/** Until the instance's log contains `teks` (or it ends, or `batasMs` passes). */
export async function tungguLog(instans: Instans, teks: string, batasMs = 60_000): Promise<void> {
  const akhir = Date.now() + batasMs;
  while (!instans.log.join('').includes(teks)) {
    if (instans.proses.exitCode !== null || Date.now() > akhir)
      throw new Error(`"${teks}" tidak muncul di log instans:\n${instans.log.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
