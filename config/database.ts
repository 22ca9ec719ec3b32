import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite (embedded, zero set-up) by default; PostgreSQL, the production database, with
 * DATABASE_CLIENT=postgres and either DATABASE_URL or the host/port/name/user/password variables.
 */
const APP_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Data migrations (database/migrations) are TypeScript like the rest of the project: compiled
 * with it, run from dist/ by Strapi's own migration mechanism before the schema sync.
 */
const settings = { useTypescriptMigrations: true };

/**
 * DATABASE_SSL_CA is the CA's PEM or a path to it (as libpq's PGSSLROOTCERT, which the backup
 * commands hand it to): node-postgres takes only the PEM, and would read a path as a PEM with no
 * certificate in it and trust nothing.
 */
const pemCa = (nilai: string | undefined) =>
  !nilai || nilai.includes('-----BEGIN') ? nilai : readFileSync(nilai, 'utf8');

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false)
      ? {
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          ca: pemCa(env('DATABASE_SSL_CA', undefined)),
        }
      : false;
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'kpu_sumbar_redaksi'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
      settings,
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT "${client}" tidak didukung: gunakan "sqlite" atau "postgres"`);
  }
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(APP_ROOT, env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      pool: {
        /**
         * Write-ahead log, synced at checkpoints: each commit (a transition, a reader counted) no
         * longer waits for two disk syncs, and readers never wait for a writer. Safe against a
         * crash of the server (SQLite's documented setting for WAL); only a power loss may lose
         * the last commits, which is why production runs on PostgreSQL.
         */
        afterCreate: (conn: unknown, done: (error?: Error, conn?: unknown) => void) => {
          const sqlite = conn as { pragma: (sql: string) => unknown };
          sqlite.pragma('journal_mode = WAL');
          sqlite.pragma('synchronous = NORMAL');
          done(undefined, conn);
        },
      },
    },
    settings,
  };
};

export default config;
