import type { Core } from '@strapi/strapi';

type Transaksi = (
  cb?: (param: { trx: { executionPromise?: Promise<unknown> } }) => Promise<unknown>,
) => Promise<unknown>;

/**
 * A transaction is reported done only once its COMMIT succeeded. Strapi's db.transaction()
 * awaits knex's trx.commit(), which never rejects: a COMMIT that fails (PostgreSQL restarted
 * between the last statement and the commit) is reported on trx.executionPromise only, so the
 * caller was told 200 for a transition the database rolled back (found by the fault test,
 * tests/integration/gangguan.test.ts). Here every outermost transaction also awaits that promise:
 * a lost commit becomes the database error it is, answered 503 (src/utils/galat.ts). Nested
 * transactions share the outermost one and are left alone.
 *
 * What this cannot undo: Strapi runs onCommit callbacks right after trx.commit(), so a mail about
 * a transition whose commit was lost may still be sent.
 */
export function pasangTransaksiTuntas(strapi: Core.Strapi): void {
  const db = strapi.db as unknown as { transaction: Transaksi; inTransaction(): boolean };
  const asli = db.transaction.bind(db);
  db.transaction = async (cb) => {
    if (!cb || db.inTransaction()) return asli(cb);
    let trx: { executionPromise?: Promise<unknown> } | undefined;
    const hasil = await asli(async (param) => {
      trx = param.trx;
      return cb(param);
    });
    await trx?.executionPromise;
    return hasil;
  };
}
