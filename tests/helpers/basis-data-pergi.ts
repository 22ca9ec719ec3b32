/**
 * The database going away under a running Strapi, in this process, on either database: SQLite
 * has no server to stop, and a lost answer to one given COMMIT cannot be timed by stopping a
 * real one. What fails here fails where a real outage does (knex's pool, knex's statement on the
 * connection), with the driver's own error, so that every layer above runs as in production.
 * A real PostgreSQL stopped and restarted: tests/helpers/postgres-pribadi.ts.
 */
import type { Core } from '@strapi/strapi';
import { isPostgres } from './strapi';

interface KlienKnex {
  acquireConnection: () => Promise<unknown>;
  _query: (koneksi: unknown, kueri: { sql: string }) => Promise<unknown>;
}

const klien = (strapi: Core.Strapi) =>
  (strapi.db.connection as unknown as { client: KlienKnex }).client;

/** What the driver says when its server went away: pg's refused connection, SQLite's I/O error. */
function galatPutus(sedangKueri: boolean): Error {
  if (!isPostgres()) return Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
  return sedangKueri
    ? new Error('Connection terminated unexpectedly')
    : Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
        errno: -111,
        syscall: 'connect',
      });
}

/**
 * From now on the pool hands out no connection, as when the database is stopped: no statement of
 * any request reaches it. Answers the function that brings it back.
 */
export function basisDataPergi(strapi: Core.Strapi): () => void {
  const k = klien(strapi);
  const asli = k.acquireConnection;
  k.acquireConnection = () => Promise.reject(galatPutus(false));
  return () => {
    k.acquireConnection = asli;
  };
}

/** A statement that changes nothing: what a read-only transaction sends. */
const TANPA_PERUBAHAN = /^\s*(select|pragma|begin|savepoint|release|rollback)\b/i;

/** The statements a connection may be lost before: see sambunganPutus. */
const SEBELUM = {
  'awal-transaksi': /^\s*begin\b/i,
  'persiapan-koneksi': /^\s*set search_path\b/i,
};

/** Where the connection is lost, once: see sambunganPutus. */
export type SaatPutus = keyof typeof SEBELUM | 'sesudah-komit';

/**
 * The connection is lost once, at a given moment:
 *
 * - `awal-transaksi`: its BEGIN fails, as when the database goes away just as a request starts
 *   one (a restart in the middle of public reads). Nothing is carried out.
 * - `persiapan-koneksi`: a new PostgreSQL connection dies while Strapi prepares it (its
 *   `SET search_path`), as when the database goes away again right after a restart.
 * - `sesudah-komit`: the COMMIT of a transaction that wrote reaches the database and is carried
 *   out, but its answer is lost, as when the database crashes right after committing. The caller
 *   cannot know it was saved.
 *
 * Answers whether it happened, and how to take it back if it did not.
 */
export function sambunganPutus(
  strapi: Core.Strapi,
  saat: SaatPutus,
): { terjadi: () => boolean; batalkan: () => void } {
  // A transaction's own client is made from the same prototype (knex makeTxClient): the method
  // is replaced there, and put back as soon as it has failed once.
  const proto = Object.getPrototypeOf(klien(strapi)) as KlienKnex;
  const asli = proto._query;
  const menulis = new WeakSet<object>();
  let terjadi = false;
  const putus = () => {
    terjadi = true;
    proto._query = asli;
    return galatPutus(true);
  };
  proto._query = async function (this: KlienKnex, koneksi, kueri) {
    const k = koneksi as object;
    if (saat !== 'sesudah-komit') {
      if (SEBELUM[saat].test(kueri.sql)) throw putus();
      return asli.call(this, koneksi, kueri);
    }
    const hasil = await asli.call(this, koneksi, kueri);
    if (/^\s*commit\b/i.test(kueri.sql)) {
      if (menulis.has(k)) throw putus();
    } else if (/^\s*(begin|rollback)\b/i.test(kueri.sql)) {
      // A new transaction, or one undone: nothing written yet.
      menulis.delete(k);
    } else if (!TANPA_PERUBAHAN.test(kueri.sql)) menulis.add(k);
    return hasil;
  };
  return {
    terjadi: () => terjadi,
    batalkan: () => {
      proto._query = asli;
    },
  };
}
