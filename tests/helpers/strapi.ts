import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

const APP_DIR = path.resolve(__dirname, '..', '..');

export const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

let sementara: string | null = null;

/**
 * Boot one real Strapi for a test file: compiled code from dist/ (global setup compiled it),
 * a fresh temporary SQLite file, or the PostgreSQL database named by the environment.
 */
export async function mulaiStrapi(): Promise<Core.Strapi> {
  process.env.NODE_ENV = 'test';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.BROWSER = 'none';
  if (!isPostgres()) {
    sementara = mkdtempSync(path.join(tmpdir(), 'redaksi-test-'));
    process.env.DATABASE_FILENAME = path.join(sementara, 'data.db');
  }
  const { createStrapi } = await import('@strapi/strapi');
  const instance = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false }).load();
  instance.log.level = process.env.LOG_LEVEL ?? 'error';
  instance.server.mount();
  return instance;
}

export async function hentikanStrapi(instance: Core.Strapi | undefined): Promise<void> {
  if (instance) await instance.destroy();
  if (sementara) {
    rmSync(sementara, { recursive: true, force: true });
    sementara = null;
  }
}
