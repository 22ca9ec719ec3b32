/**
 * The history's hash chain: each row carries the hash of the row before it for the same item,
 * and its own hash over its content and that link.
 *
 * The hash is an HMAC-SHA256 under a key that lives in the server's environment, never in the
 * database (RIWAYAT_HMAC_KEY). A plain hash can be recomputed by anyone who can run the code in
 * dist/ against the database: edit a row, recompute every hash after it, and the chain "holds".
 * With a key, whoever holds only the database can no longer forge a chain that verifies.
 *
 * Whoever holds the database AND the key still can; and nobody needs a key to delete the last
 * rows of a chain. Both are caught by comparing the chain with its heads anchored outside the
 * database (domain/jangkar.ts, the operator's append-only anchor file): the comparison is here,
 * pure, so that the view, the migration and the restore all judge a chain the same way.
 */
import type { HasilRantai } from '../../../shared/contracts/dokumen';
import { createHash, createHmac } from 'node:crypto';
import stringify from 'safe-stable-stringify';

/** The recorded content of a history row, as the chain hashes it. */
export interface IsiBarisRantai {
  uidKonten: string;
  dokumenId: string;
  aksi: string;
  dari: string | null;
  ke: string;
  aktorId: number | null;
  aktorNama: string;
  peran: string;
  note: string | null;
  alasanTerlambat: string | null;
  terlambat: boolean;
  waktu: Date | string;
  sidik?: unknown;
  field?: unknown;
  pengecualian?: string | null;
  /** What the act put on the public record; absent from the rows written before it existed. */
  publik?: unknown;
}

export interface BarisBerantai extends IsiBarisRantai {
  id: number;
  hashSebelum: string | null;
  hash: string | null;
}

/** The same value whatever the database gives back (SQLite 0/1 and numbers, PostgreSQL booleans and Dates). */
function bentukKanonik(baris: IsiBarisRantai, hashSebelum: string | null): string {
  return (
    stringify({
      uidKonten: baris.uidKonten,
      dokumenId: baris.dokumenId,
      aksi: baris.aksi,
      dari: baris.dari ?? null,
      ke: baris.ke,
      aktorId: baris.aktorId === null || baris.aktorId === undefined ? null : Number(baris.aktorId),
      aktorNama: baris.aktorNama,
      peran: baris.peran,
      note: baris.note ?? null,
      alasanTerlambat: baris.alasanTerlambat ?? null,
      terlambat: Boolean(baris.terlambat),
      waktu: new Date(baris.waktu).toISOString(),
      sidik: baris.sidik ?? null,
      field: baris.field ?? null,
      pengecualian: baris.pengecualian ?? null,
      // Only when there is one: the rows written before the public record existed keep their hash.
      ...(baris.publik ? { publik: baris.publik } : {}),
      hashSebelum,
    }) ?? 'null'
  );
}

/** A row's hash: HMAC-SHA256 under the server's history key over the row and its link. */
export function hashBaris(
  baris: IsiBarisRantai,
  hashSebelum: string | null,
  kunci: string,
): string {
  if (!kunci) throw new Error('Kunci riwayat (RIWAYAT_HMAC_KEY) kosong');
  return createHmac('sha256', kunci).update(bentukKanonik(baris, hashSebelum)).digest('hex');
}

/**
 * The hash the release before the keyed chain wrote (plain SHA-256, no key). Only the re-keying
 * migration reads it, to tell an old row that is as that release wrote it from one changed since.
 */
export function hashBarisTanpaKunci(baris: IsiBarisRantai, hashSebelum: string | null): string {
  return createHash('sha256').update(bentukKanonik(baris, hashSebelum)).digest('hex');
}

/**
 * The anchored heads of one item's chain: position (1-based row count) -> the hash of that row,
 * as the operator's anchor file recorded them after each commit (domain/jangkar.ts).
 */
export interface JangkarDokumen {
  kepala: ReadonlyMap<number, string>;
  /** Positions the anchor file recorded with two different hashes (two histories). */
  konflik: readonly number[];
}

/** What the check answers; the document view hands it to the panel as it is. */
export type { HasilRantai };

const rusak = (
  jumlah: number,
  rusakPada: number | null,
  alasan: string,
  terjangkar = 0,
): HasilRantai => ({ utuh: false, jumlah, rusakPada, alasan, peringatan: null, terjangkar });

const utuh = (jumlah: number, peringatan: string | null, terjangkar: number): HasilRantai => ({
  utuh: true,
  jumlah,
  rusakPada: null,
  alasan: null,
  peringatan,
  terjangkar,
});

/** Rows in the order they were written: by id. */
export const urutkanBaris = <T extends { id: number }>(baris: readonly T[]): T[] =>
  [...baris].sort((a, b) => a.id - b.id);

/**
 * Check an item's whole chain under the key, then against its anchored heads (null: the anchor
 * file holds nothing for this item).
 */
export function periksaRantai(
  baris: readonly BarisBerantai[],
  kunci: string,
  jangkar: JangkarDokumen | null = null,
): HasilRantai {
  const urut = urutkanBaris(baris);
  const n = urut.length;
  let sebelumnya: string | null = null;
  for (const row of urut) {
    if (row.hashSebelum !== sebelumnya) {
      return rusak(
        n,
        row.id,
        `Baris #${row.id} tidak bersambung dengan baris sebelumnya: ada baris riwayat yang dihapus atau disisipkan langsung di basis data.`,
      );
    }
    if (row.hash !== hashBaris(row, sebelumnya, kunci)) {
      return rusak(
        n,
        row.id,
        `Baris #${row.id} tidak cocok dengan hash-nya: isinya diubah langsung di basis data, atau hash-nya dihitung ulang tanpa kunci riwayat server ini.`,
      );
    }
    sebelumnya = row.hash;
  }

  if (!jangkar || jangkar.kepala.size === 0) {
    return utuh(
      n,
      n === 0
        ? null
        : `Belum ada kepala rantai riwayat ini di berkas jangkar (${n} baris tanpa saksi di luar basis data): berkas jangkar baru, hilang, atau penulisannya gagal (lihat log server).`,
      0,
    );
  }

  if (jangkar.konflik.length > 0) {
    const posisi = Math.min(...jangkar.konflik);
    return rusak(
      n,
      urut[posisi - 1]?.id ?? null,
      `Berkas jangkar mencatat dua riwayat berbeda untuk baris ke-${posisi}: riwayat dokumen ini pernah ditulis ulang.`,
    );
  }

  // The chain links every row to all before it: the anchored head at position p vouches for rows
  // 1..p. The first anchored position whose hash differs locates a rewrite between the last
  // position that still matched and it.
  const posisiTerjangkar = [...jangkar.kepala.keys()].sort((a, b) => a - b);
  let cocokSampai = 0;
  for (const posisi of posisiTerjangkar) {
    if (posisi > n) break;
    if (urut[posisi - 1].hash !== jangkar.kepala.get(posisi)) {
      const awal = urut[cocokSampai];
      return rusak(
        n,
        awal.id,
        `Riwayat ditulis ulang: baris ke-${posisi} (#${urut[posisi - 1].id}) tidak sama dengan kepala rantai yang dicatat di berkas jangkar; perubahan ada di antara baris ke-${cocokSampai + 1} (#${awal.id}) dan ke-${posisi}.`,
        cocokSampai,
      );
    }
    cocokSampai = posisi;
  }
  const tertinggi = posisiTerjangkar[posisiTerjangkar.length - 1];
  if (tertinggi > n) {
    return rusak(
      n,
      urut[n - 1]?.id ?? null,
      `Riwayat terpotong: basis data berisi ${n} baris, padahal berkas jangkar mencatat ${tertinggi} baris; ${tertinggi - n} baris terakhir dihapus langsung di basis data (atau data dipulihkan dari cadangan yang lebih lama).`,
      cocokSampai,
    );
  }
  return utuh(
    n,
    tertinggi < n
      ? `${n - tertinggi} baris terakhir (mulai #${urut[tertinggi].id}) belum tercatat di berkas jangkar: server berhenti sebelum sempat menulisnya, penulisan jangkar gagal (lihat log server), atau baris ditambahkan langsung di basis data.`
      : null,
    tertinggi,
  );
}

/** The head of a chain: how many rows, and the last one's hash (null for an empty chain). */
export function kepalaRantai(baris: readonly BarisBerantai[]): {
  jumlah: number;
  hash: string | null;
} {
  const urut = urutkanBaris(baris);
  return { jumlah: urut.length, hash: urut.at(-1)?.hash ?? null };
}

/**
 * New links for one item's rows under a key, for the re-keying migration. A row is re-keyed only
 * while the chain up to it holds as it was written (plain SHA-256 of the release before, or
 * already keyed under this key): from the first row that does not, rows keep their old hash, so
 * that re-keying never turns a history changed behind the engine's back into one that verifies.
 */
export function kunciUlangRantai(
  baris: readonly BarisBerantai[],
  kunci: string,
): {
  baru: Array<{ id: number; hashSebelum: string | null; hash: string }>;
  /** The first row whose old link did not hold (left as it was), or null. */
  rusakPada: number | null;
  /** The old head: what an auditor compares with a copy of the database from before. */
  hashLama: string | null;
} {
  const urut = urutkanBaris(baris);
  const baru: Array<{ id: number; hashSebelum: string | null; hash: string }> = [];
  let lamaSebelumnya: string | null = null;
  let baruSebelumnya: string | null = null;
  for (const row of urut) {
    const lamaSah =
      row.hashSebelum === lamaSebelumnya &&
      (row.hash === hashBarisTanpaKunci(row, lamaSebelumnya) ||
        row.hash === hashBaris(row, lamaSebelumnya, kunci));
    if (!lamaSah) return { baru, rusakPada: row.id, hashLama: urut.at(-1)?.hash ?? null };
    const hash = hashBaris(row, baruSebelumnya, kunci);
    baru.push({ id: row.id, hashSebelum: baruSebelumnya, hash });
    lamaSebelumnya = row.hash;
    baruSebelumnya = hash;
  }
  return { baru, rusakPada: null, hashLama: urut.at(-1)?.hash ?? null };
}
