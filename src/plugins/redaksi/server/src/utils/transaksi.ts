import type { Knex } from 'knex';

/**
 * What `strapi.db.transaction(cb)` hands its callback. @strapi/database declares the callback as
 * `(...args: any[]) => any`, so a callback that names this type gets typed parameters (and the
 * transaction a typed result).
 */
export interface TransactionParams {
  /** knex's transaction; its executionPromise settles with the COMMIT (see src/operasi/transaksi-tuntas.ts). */
  trx: Knex.Transaction;
  commit: () => Promise<void>;
  rollback: () => Promise<void>;
  /** Runs after the outermost transaction commits; Strapi neither awaits it nor catches what it throws. */
  onCommit: (cb: () => void) => void;
  onRollback: (cb: () => void) => void;
}
