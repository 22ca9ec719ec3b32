import type { Core } from '@strapi/strapi';
import { type RequestContext, currentRequest } from '../utils/request-context';

/**
 * Whether a request's changes may have reached the database, for the 503 of a database that went
 * away during it (src/utils/errors.ts). "Nothing was saved" is true only while no change has been
 * sent: a statement inside a transaction is undone with the connection unless its COMMIT was sent,
 * and once a COMMIT (or a change outside any transaction) is on its way, a lost connection says
 * nothing about whether the database carried it out. A crash-restart right after a COMMIT keeps
 * the transition; its retry then meets 409. So the caller is told the outcome is unknown, and to
 * reload before trying again.
 *
 * Every statement passes knex's `query` event just before it is sent, inside the request's
 * context: a transaction that wrote is noted by knex's id of it, and its COMMIT marks the request.
 */
interface Jejak {
  transaksiMenulis: Set<string>;
  perubahanTerkirim: boolean;
}

const jejakPermintaan = new WeakMap<RequestContext, Jejak>();

/** Statements that change nothing: reads, and a transaction's own beginning and undoing. */
const TANPA_PERUBAHAN = /^\s*(select|pragma|begin|savepoint|release|rollback|set|show)\b/i;
const KOMIT = /^\s*commit\b/i;

function jejakIni(): Jejak | undefined {
  const konteks = currentRequest();
  if (!konteks) return undefined;
  let jejak = jejakPermintaan.get(konteks);
  if (!jejak) {
    jejak = { transaksiMenulis: new Set(), perubahanTerkirim: false };
    jejakPermintaan.set(konteks, jejak);
  }
  return jejak;
}

export function installWriteTracking(strapi: Core.Strapi): void {
  strapi.db.connection.on('query', (kueri: { sql?: unknown; __knexTxId?: unknown }) => {
    const jejak = jejakIni();
    if (!jejak || jejak.perubahanTerkirim || typeof kueri.sql !== 'string') return;
    const transaksi = typeof kueri.__knexTxId === 'string' ? kueri.__knexTxId : undefined;
    if (KOMIT.test(kueri.sql)) {
      if (transaksi && jejak.transaksiMenulis.has(transaksi)) jejak.perubahanTerkirim = true;
      return;
    }
    if (TANPA_PERUBAHAN.test(kueri.sql)) return;
    // knex leaves a pooled connection's last transaction id on it: only Strapi's own transaction
    // context says whether this statement is inside one.
    if (transaksi && strapi.db.inTransaction()) jejak.transaksiMenulis.add(transaksi);
    else jejak.perubahanTerkirim = true;
  });
}

/** Whether the current request may have changed the database (a COMMIT or a lone change was sent). */
export function changesMayBeSaved(): boolean {
  const konteks = currentRequest();
  return Boolean(konteks && jejakPermintaan.get(konteks)?.perubahanTerkirim);
}

/**
 * Mark the current request as having sent a change that another request's statement carried: the
 * reader counter writes a group of reads in one statement, which knex announces in the context of
 * only one of them.
 */
export function tandaiPerubahanTerkirim(): void {
  const jejak = jejakIni();
  if (jejak) jejak.perubahanTerkirim = true;
}
