import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * What goes wrong with a request that is not a fault of the code: a body that is not JSON, too
 * large or too deep, a malformed address, a database that is restarting, a disk that is full or an
 * upload folder the server may not write. Each is answered in Indonesian with Strapi's error shape
 * and logged as one line without a stack trace (the request's own access line,
 * src/middlewares/request.ts); real faults keep their stack.
 */
export interface Refusal {
  status: number;
  name: string;
  message: string;
  /** Written into the request's one log line: what the client sent, or what failed. */
  alasan: string;
  retryAfterDetik?: number;
}

const PESAN_PENGODEAN =
  'Pengodean isi permintaan tidak didukung: kirim JSON dalam UTF-8, tanpa kompresi atau dengan gzip, deflate atau br.';

/** The body parser's errors (raw-body, co-body, koa-body), by their documented `type`. */
const PESAN_ISI: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'Isi permintaan bukan JSON yang sah.' },
  'entity.too.large': { status: 413, message: 'Isi permintaan terlalu besar.' },
  'entity.verify.failed': { status: 400, message: 'Isi permintaan tidak dapat diperiksa.' },
  'charset.unsupported': { status: 415, message: PESAN_PENGODEAN },
  'encoding.unsupported': { status: 415, message: PESAN_PENGODEAN },
  'request.aborted': { status: 400, message: 'Permintaan terputus sebelum isinya lengkap.' },
  'request.size.invalid': {
    status: 400,
    message: 'Panjang isi permintaan tidak sesuai dengan Content-Length.',
  },
};

/** Those that come without a `type` (koa-body's inflation step), by status. */
const PESAN_STATUS: Record<number, { status: number; message: string }> = {
  413: PESAN_ISI['entity.too.large'],
  415: PESAN_ISI['encoding.unsupported'],
};

const NAMA_STATUS: Record<number, string> = {
  400: 'BadRequestError',
  413: 'PayloadTooLargeError',
  415: 'UnsupportedMediaTypeError',
  500: 'InternalServerError',
  503: 'ServiceUnavailableError',
  507: 'InsufficientStorageError',
};

/**
 * The database cannot be reached right now (restart, failover, network): node-postgres and
 * knex errors, PostgreSQL's connection-class SQLSTATEs (08xxx) and shutdown codes (57P01-57P03),
 * SQLite's busy and I/O errors. Whether anything of the request was saved depends on when the
 * connection went (src/operations/write-tracking.ts): the 503 says only what is known.
 */
const KODE_BASIS_DATA_TIDAK_TERSEDIA = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  'SQLITE_BUSY',
  'SQLITE_IOERR',
]);
const PESAN_KONEKSI_PUTUS =
  /Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|Connection ended unexpectedly|Timeout acquiring a connection|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/** The database's code (or the driver's message) when an error means the database is away; else null. */
export function databaseUnavailable(error: unknown): string | null {
  for (
    let e = error as
        | { code?: unknown; name?: unknown; message?: unknown; cause?: unknown }
        | undefined,
      i = 0;
    e && i < 4;
    e = e.cause as typeof e, i += 1
  ) {
    const kode = typeof e.code === 'string' ? e.code : '';
    if (KODE_BASIS_DATA_TIDAK_TERSEDIA.has(kode) || kode.startsWith('08')) return kode;
    if (e.name === 'KnexTimeoutError') return 'KnexTimeoutError';
    if (typeof e.message === 'string' && PESAN_KONEKSI_PUTUS.test(e.message)) return e.message;
  }
  return null;
}

/** What the request was doing when the database went away: what its 503 may truthfully say. */
export interface RequestState {
  /** GET, HEAD or OPTIONS: nothing was to be saved. */
  bacaSaja: boolean;
  /** A COMMIT, or a change outside any transaction, was sent (src/operations/write-tracking.ts). */
  perubahanMungkinTersimpan: boolean;
}

const BASIS_DATA_PERGI = 'Basis data sedang tidak dapat dihubungi, mungkin sedang dimulai ulang.';
const PESAN_BASIS_DATA = {
  baca: `${BASIS_DATA_PERGI} Coba lagi beberapa detik lagi.`,
  tidakTersimpan: `${BASIS_DATA_PERGI} Tidak ada yang tersimpan dari permintaan ini; coba lagi beberapa detik lagi.`,
  tidakDiketahui:
    'Sambungan ke basis data terputus saat permintaan ini sedang disimpan, jadi belum diketahui apakah perubahannya tersimpan. Muat ulang halaman untuk melihat tahap dan isi dokumen saat ini sebelum mencoba lagi.',
};

function penolakanBasisData(kode: string, keadaan: RequestState): Refusal {
  const tidakDiketahui = !keadaan.bacaSaja && keadaan.perubahanMungkinTersimpan;
  return {
    status: 503,
    name: NAMA_STATUS[503],
    message: keadaan.bacaSaja
      ? PESAN_BASIS_DATA.baca
      : tidakDiketahui
        ? PESAN_BASIS_DATA.tidakDiketahui
        : PESAN_BASIS_DATA.tidakTersimpan,
    alasan: `basis data tidak tersedia (${kode})${tidakDiketahui ? '; hasil perubahan tidak diketahui' : ''}`,
    retryAfterDetik: 5,
  };
}

/** The file system's answers to a write that cannot be stored: full, or not writable. */
const PENYIMPANAN_PENUH = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const TIDAK_DAPAT_DITULIS = new Set(['EACCES', 'EROFS', 'EPERM']);

const PESAN_PENUH =
  'Ruang penyimpanan server penuh: berkas tidak tersimpan dan tidak ada yang berubah. Hubungi operator server.';

/**
 * A write of an upload (into the upload folder, or the upload's temporary one) that the file
 * system refused: src/operations/atomic-upload.ts throws it after undoing the upload whole. Only
 * uploads are answered as the upload folder's fault: the same code from anywhere else is not.
 */
export class FileStorageError extends Error {
  /** What was undone, for the request's one log line. */
  dibatalkan?: string;

  constructor(
    readonly kode: string,
    readonly folder: string,
    cause: unknown,
  ) {
    super(`${kode}: ${folder}`, { cause });
    this.name = 'PenyimpananBerkasGagal';
  }
}

/** The file system's code when it refused to store a write (full, or not writable); else undefined. */
export function fileStorageCode(error: unknown): string | undefined {
  const kode = (error as { code?: unknown } | null)?.code;
  return typeof kode === 'string' && (PENYIMPANAN_PENUH.has(kode) || TIDAK_DAPAT_DITULIS.has(kode))
    ? kode
    : undefined;
}

function penolakanPenyimpanan(error: FileStorageError): Refusal {
  const dibatalkan = error.dibatalkan ? `; ${error.dibatalkan}` : '';
  if (PENYIMPANAN_PENUH.has(error.kode))
    return {
      status: 507,
      name: NAMA_STATUS[507],
      message: PESAN_PENUH,
      alasan: `ruang penyimpanan penuh (${error.kode}: ${error.folder})${dibatalkan}`,
    };
  // The operator's to fix, not the editor's and not passing: a 500, but one that says what.
  return {
    status: 500,
    name: NAMA_STATUS[500],
    message:
      'Folder unggahan di server tidak dapat ditulis (izin folder atau sistem berkas hanya-baca): berkas tidak tersimpan dan tidak ada yang berubah. Hubungi operator server untuk memperbaiki izin folder unggahan.',
    alasan: `folder unggahan tidak dapat ditulis (${error.kode}: ${error.folder})${dibatalkan}`,
  };
}

/** The answer for an error that is not a fault of the server, or null for a real fault. */
export function classifyError(error: unknown, keadaan: RequestState): Refusal | null {
  // Strapi's own errors (the SOP engine's 400/403/409 among them) already carry their Indonesian
  // message and are answered by strapi::errors without a stack trace: theirs to format.
  if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) return null;
  const kodeBasisData = databaseUnavailable(error);
  if (kodeBasisData) return penolakanBasisData(kodeBasisData, keadaan);
  if (error instanceof FileStorageError) return penolakanPenyimpanan(error);
  const kodePenuh = (error as { code?: unknown } | null)?.code;
  if (typeof kodePenuh === 'string' && PENYIMPANAN_PENUH.has(kodePenuh)) {
    return {
      status: 507,
      name: NAMA_STATUS[507],
      message: PESAN_PENUH,
      alasan: `ruang penyimpanan penuh (${kodePenuh})`,
    };
  }
  // The body parser's errors carry their status (http-errors, or co-body's plain SyntaxError
  // with status 400); which copy of http-errors made them does not matter here.
  const http = error as { status?: unknown; type?: unknown; message?: unknown; expose?: unknown };
  if (typeof http?.status === 'number' && http.status >= 400 && http.status < 500) {
    const jenis =
      typeof http.type === 'string'
        ? http.type
        : error instanceof SyntaxError
          ? 'entity.parse.failed'
          : '';
    const dikenal = PESAN_ISI[jenis] ?? PESAN_STATUS[http.status];
    const status = dikenal?.status ?? http.status;
    return {
      status,
      name: NAMA_STATUS[status] ?? 'BadRequestError',
      message:
        dikenal?.message ??
        (http.expose && typeof http.message === 'string'
          ? http.message
          : `Permintaan tidak dapat diproses (${http.status}).`),
      alasan: String(http.message),
    };
  }
  if (error instanceof URIError) {
    return {
      status: 400,
      name: NAMA_STATUS[400],
      message: 'Alamat permintaan memuat pengodean yang tidak sah (bukan UTF-8).',
      alasan: error.message,
    };
  }
  return null;
}

/** Answer a refusal in Strapi's error shape, and leave its reason for the request's log line. */
export function sendRefusal(ctx: Context, penolakan: Refusal): void {
  ctx.status = penolakan.status;
  ctx.body = {
    data: null,
    error: {
      status: penolakan.status,
      name: penolakan.name,
      message: penolakan.message,
      details: {},
    },
  };
  if (penolakan.retryAfterDetik) ctx.set('Retry-After', String(penolakan.retryAfterDetik));
  ctx.state.alasanPenolakan = penolakan.alasan;
}

const BELUM_MASUK = 'Anda belum masuk atau sesi Anda telah berakhir. Silakan masuk kembali.';
const TIDAK_BERHAK = 'Anda tidak berhak melakukan tindakan ini.';

/**
 * The English Strapi itself answers with where no code of ours speaks: the authentication of
 * every route (core services/auth: "Missing or invalid credentials", 401), the content manager's
 * permission checks (`ctx.forbidden()`: "Forbidden", 403; a colleague's item one may not delete),
 * the admin login ("Invalid credentials"), and @strapi/utils' default messages. The panel shows a
 * server's message as it comes (a toast, the login form), so these are said in Indonesian too.
 */
const PESAN_STRAPI: Readonly<Record<string, string>> = {
  'Missing or invalid credentials': BELUM_MASUK,
  Unauthorized: BELUM_MASUK,
  'Unauthorized access': BELUM_MASUK,
  'Invalid credentials': 'Email atau kata sandi salah.',
  Forbidden: TIDAK_BERHAK,
  'Forbidden access': TIDAK_BERHAK,
  'Not Found': 'Tidak ditemukan.',
  'Entity not found': 'Tidak ditemukan.',
};

/** The Indonesian of one of Strapi's own English error messages, else undefined. */
export function strapiMessageInIndonesian(message: unknown): string | undefined {
  return typeof message === 'string' && Object.hasOwn(PESAN_STRAPI, message)
    ? PESAN_STRAPI[message]
    : undefined;
}

/**
 * An error answer in Strapi's shape (`{ error: { message } }`) whose message is one of Strapi's
 * English ones: the message said in Indonesian, in place.
 */
export function translateErrorBody(body: unknown): void {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  const message = error ? strapiMessageInIndonesian(error.message) : undefined;
  if (error && message) error.message = message;
}
