import type { Core } from '@strapi/strapi';
import { databaseUnavailable } from '../utils/errors';

/**
 * What to do with a promise rejection nobody handled. Strapi's document service emits its entry
 * events after the commit, off the request, with a query of their own and no error handler
 * (@strapi/core document-service/events.js): a database that goes away at that moment (a
 * PostgreSQL restart right after a save) leaves an unhandled rejection, which Node answers by
 * ending the process, every request in flight with it. That one case, the database being away,
 * is logged and the server keeps running: the request was answered and nothing of it is lost
 * (only the webhook of that event). Anything else stays fatal, as Node intends.
 */
export function handleUnhandledRejection(alasan: unknown): 'lanjut' | 'hentikan' {
  return databaseUnavailable(alasan) ? 'lanjut' : 'hentikan';
}

let penangan: ((alasan: unknown) => void) | null = null;

export function installUnhandledRejectionHandler(strapi: Core.Strapi): void {
  removeUnhandledRejectionHandler();
  penangan = (alasan) => {
    if (handleUnhandledRejection(alasan) === 'lanjut') {
      const pesan = alasan instanceof Error ? alasan.message : String(alasan);
      strapi.log.warn(
        `Tugas latar gagal karena basis data terputus; server tetap berjalan: ${pesan}`,
      );
      return;
    }
    // Thrown again from here, it is an uncaught exception: the process ends, as without this handler.
    throw alasan;
  };
  process.on('unhandledRejection', penangan);
}

/** On destroy: a process that boots Strapi again (the test suites) keeps one handler, not many. */
export function removeUnhandledRejectionHandler(): void {
  if (penangan) process.off('unhandledRejection', penangan);
  penangan = null;
}
