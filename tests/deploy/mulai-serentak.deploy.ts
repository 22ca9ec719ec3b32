/**
 * Both instances started at the same moment on an empty PostgreSQL database, as the README's
 * `systemctl enable --now kpu-sumbar-redaksi@1337 kpu-sumbar-redaksi@1338` does (#22 item 5):
 * one prepares the database (migrations, schema, roles and permissions) while the other waits,
 * then both serve the same data. Without the lock one of them crashed on a duplicate pg_type in
 * every run measured, and Strapi's internal migrations were recorded twice; the wait is bounded,
 * and a holder that dies releases the lock.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { internalMigrations } from '@strapi/database/dist/migrations/internal-migrations';
import { Client } from 'pg';
import request from 'supertest';
import {
  PREPARE_LOCK_KEYS,
  WAITING_MESSAGE,
  waitExceededMessage,
} from '../../src/operations/prepare-lock';
import { PERAN } from '../../src/plugins/redaksi/shared/peran';
import { APP_DIR, hentikanProses, portBebas } from '../helpers/proses';
import {
  daftarkanAdminPertama,
  type Instans,
  jalankanInstans,
  kueri as kueriPada,
  lingkunganProduksi,
  siapkanFolderProduksi,
  tungguInstans,
  tungguLog,
} from '../helpers/produksi';
import { koneksiPostgres, sqlAdmin } from '../helpers/strapi';

/** Two, as deploy/ runs; every run without the lock failed with two already. */
const JUMLAH = 2;

let folder: string;
let database: string;
let env: NodeJS.ProcessEnv;
const instans: Instans[] = [];
/** Processes standing for an instance that holds the lock, stopped at the end whatever happened. */
const pemegangLain: ChildProcess[] = [];

const kueri = <T extends object>(sql: string) => kueriPada<T>(koneksiPostgres(database), sql);

beforeAll(async () => {
  ({ folder } = siapkanFolderProduksi('redaksi-mulai-'));
  database = `redaksi_mulai_${process.pid}`;
  await sqlAdmin(`CREATE DATABASE "${database}"`);
  // info: the line saying an instance waits is part of what is checked.
  env = lingkunganProduksi(folder, database, { LOG_LEVEL: 'info' });
  const port: number[] = [];
  for (let i = 0; i < JUMLAH; i += 1) port.push(await portBebas());
  // The same moment: spawned one after the other in one synchronous loop.
  for (const satu of port) instans.push(jalankanInstans(env, satu));
});

afterAll(async () => {
  for (const proses of pemegangLain) await hentikanProses(proses, 'SIGKILL');
  for (const { proses } of instans) await hentikanProses(proses);
  await sqlAdmin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  rmSync(folder, { recursive: true, force: true });
}, 60_000);

describe('instans yang dimulai serentak pada basis data kosong', () => {
  it('brings every instance up: one prepares the database while the others wait', async () => {
    await Promise.all(instans.slice(0, JUMLAH).map(tungguInstans));
    for (const { log } of instans) expect(log.join('')).not.toMatch(/ error \[/);
    // The race did happen (otherwise this test would prove nothing): of two, the one that did
    // not get the lock first waited, and only that one.
    const menunggu = instans.filter(({ log }) => log.join('').includes(WAITING_MESSAGE));
    expect(menunggu).toHaveLength(JUMLAH - 1);
  }, 180_000);

  it('prepared the database once and completely: the schema Strapi recorded, each migration, each role', async () => {
    const [{ schema }] = await kueri<{
      schema: { tables: Array<{ name: string; columns: Array<{ name: string }> }> };
    }>('SELECT schema FROM strapi_database_schema');
    expect(await kueri('SELECT id FROM strapi_database_schema')).toHaveLength(1);
    const kolom = await kueri<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const ada = new Set(kolom.map((k) => `${k.table_name}.${k.column_name}`));
    const hilang = schema.tables.flatMap((tabel) =>
      tabel.columns.map((c) => `${tabel.name}.${c.name}`).filter((nama) => !ada.has(nama)),
    );
    expect(hilang).toEqual([]);
    expect(schema.tables.length).toBeGreaterThan(30);

    // The project's migrations ran once each, recorded as Strapi runs them (compiled, from dist/).
    const migrasi = await kueri<{ name: string }>(
      'SELECT name FROM strapi_migrations ORDER BY name',
    );
    expect(migrasi.map((m) => m.name)).toEqual(
      readdirSync(path.join(APP_DIR, 'database', 'migrations'))
        .filter((berkas) => berkas.endsWith('.ts'))
        .map((berkas) => berkas.replace(/\.ts$/, '.js'))
        .sort(),
    );
    // Strapi's own: each once, and recorded at all (those of @strapi/database among them).
    const internal = (
      await kueri<{ name: string }>('SELECT name FROM strapi_migrations_internal ORDER BY name')
    ).map((m) => m.name);
    expect(internal).toEqual(expect.arrayContaining(internalMigrations.map((m) => m.name)));
    expect(internal).toEqual([...new Set(internal)]);

    // Strapi's three admin roles and the SOP roles, each once; the two users-permissions roles.
    const peran = await kueri<{ code: string }>('SELECT code FROM admin_roles ORDER BY code');
    expect(peran.map((p) => p.code)).toEqual(
      ['strapi-super-admin', 'strapi-editor', 'strapi-author', ...PERAN.map((p) => p.kode)].sort(),
    );
    const peranUp = await kueri<{ type: string }>('SELECT type FROM up_roles ORDER BY type');
    expect(peranUp.map((p) => p.type)).toEqual(['authenticated', 'public']);
    // No permission granted twice to a role.
    expect(
      await kueri(
        `SELECT p.action, p.subject, p.properties::text, l.role_id
           FROM admin_permissions p JOIN admin_permissions_role_lnk l ON l.permission_id = p.id
          GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`,
      ),
    ).toEqual([]);
    expect(
      await kueri(
        `SELECT p.action, l.role_id
           FROM up_permissions p JOIN up_permissions_role_lnk l ON l.permission_id = p.id
          GROUP BY 1, 2 HAVING count(*) > 1`,
      ),
    ).toEqual([]);
  }, 30_000);

  it('answers the same data on every instance: the first administrator, the roles, the public API', async () => {
    const token = await daftarkanAdminPertama(instans[0].base);
    const jawaban: unknown[] = [];
    for (const { base } of instans.slice(0, JUMLAH)) {
      const init = await request(base).get('/admin/init').expect(200);
      expect(init.body.data.hasAdmin).toBe(true);
      const roles = await request(base)
        .get('/admin/roles')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      jawaban.push(
        (roles.body.data as Array<{ id: number; code: string; usersCount: number }>)
          .map(({ id, code, usersCount }) => ({ id, code, usersCount }))
          .sort((a, b) => a.id - b.id),
      );
      await request(base).get('/api/liputans').expect(200);
    }
    expect(jawaban[1]).toEqual(jawaban[0]);
    expect(jawaban[0]).toEqual(
      expect.arrayContaining(PERAN.map((p) => expect.objectContaining({ code: p.kode }))),
    );
  }, 30_000);

  it('bounds the wait: an instance that waits longer than DATABASE_PREPARE_TIMEOUT_MS stops with the reason', async () => {
    const pemegang = new Client(koneksiPostgres(database));
    await pemegang.connect();
    try {
      await pemegang.query('SELECT pg_advisory_lock($1, $2)', [...PREPARE_LOCK_KEYS]);
      const lambat = jalankanInstans(
        { ...env, DATABASE_PREPARE_TIMEOUT_MS: '2000' },
        await portBebas(),
      );
      instans.push(lambat);
      const kode = await new Promise<number | null>((resolve) =>
        lambat.proses.once('exit', (code) => resolve(code)),
      );
      // Strapi's own stop on a failed start (stopWithError): exit code 1.
      expect(kode).toBe(1);
      const log = lambat.log.join('');
      expect(log).toContain(WAITING_MESSAGE);
      expect(log).toContain(waitExceededMessage(2000));
    } finally {
      await pemegang.end();
    }
  }, 60_000);

  it('carries on when the instance preparing the database dies: PostgreSQL releases its lock', async () => {
    // A process holding the lock as a starting instance does, killed without a chance to unlock.
    const pemegang = spawn(
      process.execPath,
      [
        '-e',
        `const { Client } = require('pg');
         const c = new Client(JSON.parse(process.env.KONEKSI));
         c.connect()
           .then(() => c.query('SELECT pg_advisory_lock($1, $2)', JSON.parse(process.env.KUNCI)))
           .then(() => console.log('DIKUNCI'));
         setInterval(() => {}, 1000);`,
      ],
      {
        cwd: APP_DIR,
        env: {
          ...process.env,
          KONEKSI: JSON.stringify(koneksiPostgres(database)),
          KUNCI: JSON.stringify(PREPARE_LOCK_KEYS),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    pemegangLain.push(pemegang);
    try {
      await new Promise<void>((resolve) =>
        pemegang.stdout!.on('data', (d) => String(d).includes('DIKUNCI') && resolve()),
      );
      const berikut = jalankanInstans(env, await portBebas());
      instans.push(berikut);
      await tungguLog(berikut, WAITING_MESSAGE);
      await hentikanProses(pemegang, 'SIGKILL');
      await tungguInstans(berikut);
    } finally {
      await hentikanProses(pemegang, 'SIGKILL');
    }
  }, 120_000);
});
