import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

const APP_DIR = path.resolve(__dirname, '..', '..');

export const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

let sementara: string | null = null;
let databaseUji: string | null = null;

/** PostgreSQL settings of the run, from the environment (.ci/run sets them). */
export function koneksiPostgres(database: string) {
  return {
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database,
  };
}

/** One statement on the run's admin database (creating and dropping test databases). */
export async function sqlAdmin(sql: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client(koneksiPostgres(process.env.DATABASE_ADMIN_NAME ?? 'postgres'));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Boot one real Strapi for a test file: compiled code from dist/ (global setup compiled it),
 * a fresh temporary SQLite file, or the PostgreSQL database named by the environment.
 */
export async function mulaiStrapi(): Promise<Core.Strapi> {
  process.env.NODE_ENV = 'test';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.BROWSER = 'none';
  if (isPostgres()) {
    // Each test file gets a database of its own, created here and dropped afterwards.
    databaseUji = `redaksi_uji_${process.pid}_${Date.now()}`;
    await sqlAdmin(`CREATE DATABASE "${databaseUji}"`);
    delete process.env.DATABASE_URL;
    process.env.DATABASE_NAME = databaseUji;
  } else {
    sementara = mkdtempSync(path.join(tmpdir(), 'redaksi-test-'));
    process.env.DATABASE_FILENAME = path.join(sementara, 'data.db');
  }
  const { createStrapi } = await import('@strapi/strapi');
  const instance = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
  }).load();
  instance.log.level = process.env.LOG_LEVEL ?? 'error';
  // Bound once to an ephemeral loopback port: supertest would otherwise listen() again for every
  // request, which breaks when requests run in parallel (the concurrency tests).
  await new Promise<void>((resolve) => {
    instance.server.listen(0, '127.0.0.1', () => resolve());
  });
  return instance;
}

/** The base URL of the running test server. */
export function alamat(instance: Core.Strapi): string {
  const address = instance.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Server uji belum mendengarkan');
  return `http://127.0.0.1:${address.port}`;
}

export async function hentikanStrapi(instance: Core.Strapi | undefined): Promise<void> {
  if (instance) await instance.destroy();
  if (databaseUji) {
    await sqlAdmin(`DROP DATABASE IF EXISTS "${databaseUji}" WITH (FORCE)`);
    databaseUji = null;
  }
  if (sementara) {
    rmSync(sementara, { recursive: true, force: true });
    sementara = null;
  }
}
