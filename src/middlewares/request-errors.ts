import type { Core } from '@strapi/strapi';
import { changesMayBeSaved } from '../operations/write-tracking';
import {
  sendRefusal,
  classifyError,
  strapiMessageInIndonesian,
  translateErrorBody,
  type Refusal,
} from '../utils/errors';

/**
 * PostgreSQL's data exceptions for a value that cannot be the column's type: `22P02` invalid text
 * representation (`/upload/files/abc`, `/admin/users/1e18` on an integer id), `22003` numeric
 * value out of range (an id of thirty digits), `22007`/`22008` a malformed or overflowing date,
 * `22021`/`22P05` a character PostgreSQL text cannot hold (NUL, `/api/liputans/slug/%00`).
 * Strapi hands such values from the address or the query to the database uncast; SQLite compares
 * them and finds nothing, PostgreSQL refuses the statement. Nothing was written (the statement
 * failed, its transaction rolled back): what the client sent was wrong, so a 400, not a 500.
 */
const NILAI_TIDAK_SESUAI_JENIS = new Set(['22P02', '22003', '22007', '22008', '22021', '22P05']);

function nilaiTidakSesuaiJenis(error: unknown): Refusal | null {
  const kode = (error as { code?: unknown } | null)?.code;
  if (typeof kode !== 'string' || !NILAI_TIDAK_SESUAI_JENIS.has(kode)) return null;
  return {
    status: 400,
    name: 'ValidationError',
    message:
      'Nilai dalam permintaan tidak sesuai jenis datanya (misalnya id yang bukan bilangan bulat, angka di luar batas, tanggal yang tidak sah, atau karakter NUL).',
    alasan: `nilai tidak sesuai jenis kolom (${kode}): ${String((error as { message?: unknown }).message)}`,
  };
}

const BACA_SAJA = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Right inside strapi::errors: errors that are not faults of the code (a body that is not JSON,
 * too large, a malformed address, the database restarting, a full disk, an upload folder the
 * server may not write, a value PostgreSQL cannot cast) are answered here in Indonesian and logged
 * as one line by the request's access line. Real faults go on to strapi::errors, which logs them
 * with their stack and answers 500. Strapi's own English messages ("Forbidden", "Missing or
 * invalid credentials"), thrown or set as the answer, are said in Indonesian on the way out.
 */
export default () => {
  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<unknown>) => {
    try {
      await next();
    } catch (error) {
      const penolakan =
        classifyError(error, {
          bacaSaja: BACA_SAJA.has(ctx.method),
          perubahanMungkinTersimpan: changesMayBeSaved(),
        }) ?? nilaiTidakSesuaiJenis(error);
      if (!penolakan) {
        const pesan = strapiMessageInIndonesian((error as { message?: unknown } | null)?.message);
        if (pesan) (error as { message: string }).message = pesan;
        throw error;
      }
      sendRefusal(ctx, penolakan);
    }
    if (ctx.status >= 400) translateErrorBody(ctx.body);
  };
};
