/**
 * The history's hash chain: each row carries the hash of the row before it for the same item,
 * and its own hash over its content and that link. A row changed or removed behind the engine's
 * back (directly in the database) breaks the chain from that row on, and the view says so.
 */
import { hashStabil } from './sidik';

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
}

export interface BarisBerantai extends IsiBarisRantai {
  id: number;
  hashSebelum: string | null;
  hash: string | null;
}

/** The same value whatever the database gives back (SQLite 0/1 and numbers, PostgreSQL booleans and Dates). */
function bentukKanonik(baris: IsiBarisRantai, hashSebelum: string | null) {
  return {
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
    hashSebelum,
  };
}

export function hashBaris(baris: IsiBarisRantai, hashSebelum: string | null): string {
  return hashStabil(bentukKanonik(baris, hashSebelum));
}

export interface HasilRantai {
  utuh: boolean;
  jumlah: number;
  /** The first row (by id) whose hash or link does not hold. */
  rusakPada: number | null;
}

/** Check an item's whole chain, rows in the order they were written (by id). */
export function periksaRantai(baris: readonly BarisBerantai[]): HasilRantai {
  const urut = [...baris].sort((a, b) => a.id - b.id);
  let sebelumnya: string | null = null;
  for (const row of urut) {
    if (row.hashSebelum !== sebelumnya || row.hash !== hashBaris(row, sebelumnya)) {
      return { utuh: false, jumlah: urut.length, rusakPada: row.id };
    }
    sebelumnya = row.hash;
  }
  return { utuh: true, jumlah: urut.length, rusakPada: null };
}
