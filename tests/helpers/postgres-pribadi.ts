/**
 * A PostgreSQL of a test file's own (initdb into a temporary folder, a free loopback port), so
 * that the file can stop and restart it under a running Strapi without touching the machine's
 * server. The run's PostgreSQL settings are pointed at it (DATABASE_PORT, DATABASE_ADMIN_NAME):
 * start it before mulaiStrapi().
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { portBebas } from './proses';
import { isPostgres } from './strapi';

const PG_BIN = existsSync('/usr/lib/postgresql')
  ? path.join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql')[0], 'bin')
  : '';

/** Whether this run can have one: on PostgreSQL, with the server's programs installed. */
export const postgresPribadiTersedia = () => isPostgres() && PG_BIN !== '';

export interface PostgresPribadi {
  data: string;
  port: number;
  /** `fast` ends the sessions and shuts down cleanly; `immediate` is a crash. */
  hentikan(mode?: 'fast' | 'immediate'): void;
  mulai(): void;
  mulaiUlang(): void;
  /**
   * The same restart without holding the test's event loop: for a test that keeps sending
   * requests (from this process) while the database restarts.
   */
  mulaiUlangLatar(): Promise<void>;
  /** Stops it and removes its folder (afterAll). */
  buang(): void;
}

export async function mulaiPostgresPribadi(): Promise<PostgresPribadi> {
  const data = mkdtempSync(path.join(tmpdir(), 'redaksi-pg-'));
  chownSync(
    data,
    Number(execFileSync('id', ['-u', 'postgres']).toString()),
    Number(execFileSync('id', ['-g', 'postgres']).toString()),
  );
  const sebagaiPostgres = (program: string, ...argumen: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, program), ...argumen], {
      // The server's own output goes to its log file (-l): an inherited pipe would keep pg_ctl's caller waiting.
      stdio: 'ignore',
      timeout: 60_000,
    });
  sebagaiPostgres('initdb', '-D', data, '-A', 'trust', '-U', 'postgres');
  const port = await portBebas();
  const opsi = `-p ${port} -k ${data} -c listen_addresses=127.0.0.1`;
  const pgCtl = (...argumen: string[]) =>
    sebagaiPostgres('pg_ctl', '-l', path.join(data, 'server.log'), '-D', data, ...argumen);

  pgCtl('-o', opsi, '-w', 'start');
  process.env.DATABASE_PORT = String(port);
  process.env.DATABASE_ADMIN_NAME = 'postgres';
  return {
    data,
    port,
    hentikan: (mode = 'fast') => pgCtl('-m', mode, '-w', 'stop'),
    mulai: () => pgCtl('-o', opsi, '-w', 'start'),
    mulaiUlang: () => pgCtl('-m', 'fast', '-o', opsi, '-w', 'restart'),
    mulaiUlangLatar: () =>
      new Promise<void>((resolve, reject) => {
        const argumen = ['-l', path.join(data, 'server.log'), '-D', data];
        const anak = spawn(
          'runuser',
          [
            '-u',
            'postgres',
            '--',
            path.join(PG_BIN, 'pg_ctl'),
            ...argumen,
            '-m',
            'fast',
            '-o',
            opsi,
            '-w',
            'restart',
          ],
          { stdio: 'ignore' },
        );
        anak.once('error', reject);
        anak.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`pg_ctl restart: keluar ${code}`)),
        );
      }),
    buang: () => {
      try {
        pgCtl('-m', 'immediate', 'stop');
      } catch {
        // Already stopped.
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/** Waits until the server answers /_ready again (the database came back), at most ten seconds. */
export async function tungguSiap(base: string): Promise<number> {
  let status = 0;
  for (let i = 0; i < 40 && status !== 200; i += 1) {
    status = (await request(base).get('/_ready')).status;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return status;
}
