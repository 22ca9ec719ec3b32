/**
 * The operator's anchor file (RIWAYAT_JANGKAR_FILE): written by the server after each commit of
 * a history row, by the re-keying migration and by a restore; read by the verification and the
 * restore. Plain Node, no Strapi: `npm run pulihkan` uses it too.
 */
import {
  closeSync,
  constants,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { type BarisJangkar, IndeksJangkar, tulisBarisJangkar } from '../domain/jangkar';

/**
 * Append heads to the file, durably, before returning.
 *
 * - O_APPEND: the kernel moves to the end and writes in one step, so the lines of two instances
 *   appending to the same file never overwrite or interleave each other (on a local filesystem;
 *   NFS does not keep that promise, hence the file stays on a local disk and is copied off).
 *   Opening it for appending only also means this code cannot rewrite what it wrote before.
 * - One write() for all the lines: a small write to a regular file is not split by the kernel,
 *   except when the disk is full; a short write is then an error, and the reader skips the torn line.
 * - fdatasync: the head is on the disk before the caller goes on, not only in the page cache, so
 *   a power cut right after a transition cannot lose the head while the database kept the row.
 *   (fdatasync also flushes the file size, the metadata needed to read the data back.)
 * - The file is opened per write, not kept open: the operator may move it away (copying it off
 *   the machine, rotating it) and the next head starts a new file at the configured path.
 * - A new file's directory is fsync'ed once, so that the file itself survives a crash.
 */
export function writeAnchorFile(berkas: string, baris: readonly BarisJangkar[]): void {
  if (baris.length === 0) return;
  const data = Buffer.from(baris.map(tulisBarisJangkar).join(''), 'utf8');
  mkdirSync(path.dirname(berkas), { recursive: true });
  const fd = openSync(berkas, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o640);
  let baru: boolean;
  try {
    baru = fstatSync(fd).size === 0;
    const ditulis = writeSync(fd, data);
    if (ditulis !== data.length)
      throw new Error(`hanya ${ditulis} dari ${data.length} byte tertulis (disk penuh?)`);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (baru) {
    const folder = openSync(path.dirname(berkas), constants.O_RDONLY);
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  }
}

/**
 * Reads the file incrementally: it only grows, so each call reads what was appended since the
 * last one (by this or another instance) instead of the whole file for every document view. A
 * file replaced (another inode) or shorter than what was read is read again from the start.
 */
export class AnchorFileReader {
  private indeks = new IndeksJangkar();
  private offset = 0;
  private sisa = Buffer.alloc(0);
  private inode: number | null = null;
  /** Whether the file existed at the last read. */
  ada = false;

  constructor(readonly berkas: string) {}

  private mulaiUlang(): void {
    this.indeks = new IndeksJangkar();
    this.offset = 0;
    this.sisa = Buffer.alloc(0);
    this.inode = null;
  }

  baca(): IndeksJangkar {
    let stat;
    try {
      stat = statSync(this.berkas);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.mulaiUlang();
      this.ada = false;
      return this.indeks;
    }
    this.ada = true;
    if (stat.ino !== this.inode || stat.size < this.offset) {
      this.mulaiUlang();
      this.inode = stat.ino;
    }
    if (stat.size === this.offset) return this.indeks;
    const fd = openSync(this.berkas, constants.O_RDONLY);
    try {
      const baru = Buffer.alloc(stat.size - this.offset);
      let dibaca = 0;
      while (dibaca < baru.length) {
        const n = readSync(fd, baru, dibaca, baru.length - dibaca, this.offset + dibaca);
        if (n === 0) break;
        dibaca += n;
      }
      this.offset += dibaca;
      const semua = Buffer.concat([this.sisa, baru.subarray(0, dibaca)]);
      // A line still being appended (no newline yet) waits for the next read.
      const akhir = semua.lastIndexOf(0x0a);
      this.sisa = Buffer.from(semua.subarray(akhir + 1));
      if (akhir >= 0) this.indeks.tambahTeks(semua.subarray(0, akhir).toString('utf8'));
    } finally {
      closeSync(fd);
    }
    return this.indeks;
  }
}

/** The whole file once (the restore, the migration). */
export function readAnchorIndex(berkas: string): { indeks: IndeksJangkar; ada: boolean } {
  const pembaca = new AnchorFileReader(berkas);
  const indeks = pembaca.baca();
  return { indeks, ada: pembaca.ada };
}
