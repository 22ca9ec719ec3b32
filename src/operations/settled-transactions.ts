import type { Core } from '@strapi/strapi';

type Transaksi = (
  cb?: (param: { trx: { executionPromise?: Promise<unknown> } }) => Promise<unknown>,
) => Promise<unknown>;

/** What knex throws for a statement on a transaction it already closed: a symptom, naming no cause. */
const TRANSAKSI_SUDAH_SELESAI = /^Transaction query already complete/;

/**
 * knex reports what happens to a transaction's own BEGIN and COMMIT on trx.executionPromise only;
 * the caller of Strapi's db.transaction() is not told. Two consequences, found by the fault tests
 * (tests/integration/gangguan.test.ts, basis-data-pergi.test.ts), each handled here for every
 * outermost transaction (nested ones share it and are left alone):
 *
 * - A COMMIT that fails (PostgreSQL restarted between the last statement and the commit) leaves
 *   trx.commit() resolved: the caller was told 200 for a transition the database rolled back. The
 *   transaction is reported done only once executionPromise is; a lost commit becomes the
 *   database error it is, answered 503 (src/utils/errors.ts, which then says the outcome is not
 *   known: src/operations/write-tracking.ts).
 * - A BEGIN that fails (the connection died as the transaction started: a restart in the middle
 *   of public reads) hands the caller a transaction already closed, whose first statement throws
 *   "Transaction query already complete": a 500 naming no cause. The cause, the database going
 *   away, is on executionPromise, and is what the caller gets instead (503).
 *
 * What this cannot undo: Strapi runs onCommit callbacks right after trx.commit(), so a mail about
 * a transition whose commit was lost may still be sent.
 */
export function installSettledTransactions(strapi: Core.Strapi): void {
  const db = strapi.db as unknown as { transaction: Transaksi; inTransaction(): boolean };
  const asli = db.transaction.bind(db);
  db.transaction = async (cb) => {
    if (!cb || db.inTransaction()) return asli(cb);
    let trx: { executionPromise?: Promise<unknown> } | undefined;
    try {
      const hasil = await asli(async (param) => {
        trx = param.trx;
        return cb(param);
      });
      await trx?.executionPromise;
      return hasil;
    } catch (error) {
      if (!(error instanceof Error && TRANSAKSI_SUDAH_SELESAI.test(error.message))) throw error;
      // Settled by now: the transaction was closed before the statement that threw.
      // knex rejects it with the driver's Error; anything else is made one, to be thrown.
      const sebab = await trx?.executionPromise?.then(
        () => undefined,
        (galat: unknown) => (galat instanceof Error ? galat : new Error(String(galat))),
      );
      throw sebab ?? error;
    }
  };
}
