import type { Core } from '@strapi/strapi';
import { databaseUnavailable } from '../utils/errors';

type Koneksi = { __knex__disposed?: unknown };

/**
 * A new pool connection that dies while Strapi prepares it. Strapi runs its dialect's
 * initialize() on every connection the pool opens (on PostgreSQL: SET search_path) and hands the
 * connection to the pool only when that succeeds, with no handler for a failure
 * (@strapi/database index.js afterCreate). A database that restarts at that moment (found by
 * tests/integration/basis-data-pergi.test.ts) then leaves an unhandled rejection and a pool slot
 * waiting 30 s for a connection that never comes, with a request waiting on it.
 *
 * Such a connection is handed over marked dead, as knex marks one that ends later: the pool
 * discards it at once and opens another, and the request waiting for it gets the database's own
 * error (503) or a connection that works. Any other failure stays as it was.
 */
export function installPoolConnectionGuard(strapi: Core.Strapi): void {
  const dialek = strapi.db.dialect as unknown as {
    initialize: (koneksi: Koneksi) => Promise<void>;
  };
  const asli = dialek.initialize.bind(dialek);
  dialek.initialize = (koneksi) =>
    asli(koneksi).catch((galat: unknown) => {
      if (!databaseUnavailable(galat)) throw galat;
      koneksi.__knex__disposed ??= galat;
    });
}
