/**
 * History rows read with plain SQL (a data migration, the backup and restore commands), in the
 * form the chain hashes: what the query engine would have given back.
 */
import type { BarisBerantai } from '../domain/rantai';

export const TABEL_RIWAYAT = 'redaksi_riwayat';

const jsonDariKolom = (value: unknown): unknown =>
  typeof value === 'string' ? (JSON.parse(value) as unknown) : (value ?? null);

/** A raw row as the chain reads it (SQLite: 0/1 booleans, epoch milliseconds; PostgreSQL: Dates). */
export function dariKolom(baris: Record<string, unknown>): BarisBerantai {
  const waktu = baris.waktu;
  return {
    id: Number(baris.id),
    uidKonten: String(baris.uid_konten),
    dokumenId: String(baris.dokumen_id),
    aksi: String(baris.aksi),
    dari: (baris.dari as string | null) ?? null,
    ke: String(baris.ke),
    aktorId:
      baris.aktor_id === null || baris.aktor_id === undefined ? null : Number(baris.aktor_id),
    aktorNama: String(baris.aktor_nama),
    peran: String(baris.peran),
    note: (baris.note as string | null) ?? null,
    alasanTerlambat: (baris.alasan_terlambat as string | null) ?? null,
    terlambat: Boolean(baris.terlambat),
    waktu:
      typeof waktu === 'number' || (typeof waktu === 'string' && /^\d+$/.test(waktu))
        ? new Date(Number(waktu))
        : (waktu as Date | string),
    sidik: jsonDariKolom(baris.sidik),
    field: jsonDariKolom(baris.field),
    pengecualian: (baris.pengecualian as string | null) ?? null,
    publik: jsonDariKolom(baris.publik),
    hashSebelum: (baris.hash_sebelum as string | null) ?? null,
    hash: (baris.hash as string | null) ?? null,
  };
}
