import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';

/**
 * The session-level advisory lock every instance holds while it prepares the database, as two
 * int4 keys ('KPU', 'SMBR'). PostgreSQL scopes advisory locks to the current database, so
 * instances of other databases on the same server (the tests' databases) never wait for each other.
 */
export const PREPARE_LOCK_KEYS = [0x4b5055, 0x534d4252] as const;

/** How long an instance waits for another to finish preparing: 5 minutes unless configured. */
export const DEFAULT_WAIT_MS = 5 * 60_000;

export const WAITING_MESSAGE =
  'Menunggu instans lain selesai menyiapkan basis data (skema, migrasi, peran dan izin)';

/** DATABASE_PREPARE_TIMEOUT_MS, in milliseconds; anything that is not a positive number is the default. */
export function waitLimitMs(nilai: string | undefined): number {
  const ms = Number(nilai);
  return nilai && Number.isFinite(ms) && ms > 0 ? Math.floor(ms) : DEFAULT_WAIT_MS;
}

export function waitExceededMessage(batasMs: number): string {
  const lama = batasMs >= 60_000 ? `${Math.round(batasMs / 60_000)} menit` : `${batasMs} ms`;
  return (
    `Instans lain masih menyiapkan basis data setelah ${lama} (DATABASE_PREPARE_TIMEOUT_MS): ` +
    'instans ini berhenti tanpa menyentuh skema. Periksa log instans yang sedang mulai (migrasi ' +
    'yang panjang?) atau naikkan DATABASE_PREPARE_TIMEOUT_MS, lalu jalankan lagi.'
  );
}

interface Kunci {
  lepas(): Promise<void>;
}

/**
 * Takes the lock on a connection of its own (node-postgres, the settings knex hands to the same
 * driver), not one of Strapi's pool: a session lock lives as long as its connection, and Strapi's
 * pool may not exist yet, recycle connections or run the migrations in a transaction of its own.
 * If this process dies while holding it, PostgreSQL closes the session and the lock goes with it.
 */
export async function acquirePrepareLock(
  koneksi: ClientConfig,
  batasMs: number,
  log: { info(pesan: string): void; warn(pesan: string): void },
): Promise<Kunci> {
  const client = new Client({ ...koneksi, application_name: 'kpu-sumbar-redaksi (persiapan)' });
  // A connection lost while holding the lock only means the lock is gone; not worth a crash.
  client.on('error', (error) =>
    log.warn(`Koneksi kunci persiapan basis data terputus: ${error.message}`),
  );
  await client.connect();
  try {
    const { rows } = await client.query<{ dapat: boolean }>(
      'SELECT pg_try_advisory_lock($1, $2) AS dapat',
      [...PREPARE_LOCK_KEYS],
    );
    if (!rows[0].dapat) {
      log.info(WAITING_MESSAGE);
      // lock_timeout bounds the wait for an advisory lock like any other lock; SET takes no parameters.
      await client.query(`SET lock_timeout = ${batasMs}`);
      await client.query('SELECT pg_advisory_lock($1, $2)', [...PREPARE_LOCK_KEYS]);
    }
  } catch (error) {
    await client.end().catch(() => undefined);
    // 55P03 lock_not_available: lock_timeout ran out.
    if ((error as { code?: string }).code === '55P03')
      throw new Error(waitExceededMessage(batasMs), { cause: error });
    throw error;
  }
  return {
    async lepas() {
      // Ending the session would release it too; unlocking first frees the next instance at once.
      await client
        .query('SELECT pg_advisory_unlock($1, $2)', [...PREPARE_LOCK_KEYS])
        .catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/**
 * Instances started together on an empty database (`systemctl enable --now` of both units) both
 * created the same tables, and one crashed on a duplicate pg_type. Whatever changes the schema
 * or seeds data at start runs in Strapi's bootstrap(): the database init, the project's
 * migrations and Strapi's own, the schema sync, then every plugin's bootstrap (the admin's roles
 * and permissions, the redaksi plugin's SOP roles), the providers' and the project's. So one
 * instance at a time runs the whole of bootstrap(), under a PostgreSQL advisory lock; the next
 * finds the schema ready and its sync changes nothing.
 *
 * The project's register() installs it: it runs after every plugin's register and before
 * bootstrap(), whose first step (db.init) loads the models and opens the pool; nothing earlier
 * touches the database. Wrapping only db.schema.sync would leave the seeding after it (the admin's
 * roles, the SOP roles) racing into duplicates; taking the lock in register() and releasing it at
 * the end of the project's bootstrap would hold it for ever in a command that only registers
 * (`strapi ts:generate-types`). Wrapping bootstrap() bounds it exactly, and a bootstrap that throws
 * releases it at once, so a waiting instance carries on while this one exits.
 * On SQLite nothing changes: one file, one process.
 */
export function installPrepareLock(strapi: Core.Strapi): void {
  const { client, connection } = strapi.config.get<{
    client: string;
    connection: ClientConfig;
  }>('database.connection');
  if (client !== 'postgres') return;
  const batasMs = waitLimitMs(process.env.DATABASE_PREPARE_TIMEOUT_MS);
  const bootstrapAsli = strapi.bootstrap.bind(strapi);
  strapi.bootstrap = async () => {
    const kunci = await acquirePrepareLock(connection, batasMs, strapi.log);
    try {
      return await bootstrapAsli();
    } finally {
      await kunci.lepas();
    }
  };
}
