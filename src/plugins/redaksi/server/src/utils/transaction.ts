import type { Knex } from 'knex';

/**
 * What `strapi.db.transaction(cb)` hands its callback. @strapi/database declares the callback as
 * `(...args: any[]) => any`, so a callback that names this type gets typed parameters (and the
 * transaction a typed result).
 */
export interface TransactionParams {
  /** knex's; its executionPromise settles with the COMMIT (src/operations/settled-transactions.ts). */
  trx: Knex.Transaction;
  commit: () => Promise<void>;
  rollback: () => Promise<void>;
  /** After the outermost transaction commits: Strapi neither awaits it nor catches its throw. */
  onCommit: (cb: () => void) => void;
  onRollback: (cb: () => void) => void;
}
