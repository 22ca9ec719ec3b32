/**
 * The anchor (jangkar): each item's chain head (row count and last hash), appended after every
 * commit of a history row to a file the operator keeps outside the database, one JSON line per
 * head. Whoever rewrites the history in the database, even with the HMAC key, cannot make it
 * agree with heads already written to a file they do not hold; whoever deletes the last rows
 * leaves a chain shorter than its anchored head. Pure: reading and writing the file is
 * utils/anchor-file.ts.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { TIME_ZONE } from '../../../shared/time';
import type { JangkarDokumen } from './rantai';

/**
 * Why a head was written. `riwayat`: a history row committed. The others start the item's
 * anchor afresh from this head (earlier heads no longer apply): `migrasi-kunci` (every hash
 * changed when the chain was keyed), `pemulihan` (a backup restored on purpose, the rows after it
 * are gone and the operator said so).
 */
export type SebabJangkar = 'riwayat' | 'migrasi-kunci' | 'pemulihan';

export interface KepalaJangkar {
  uidKonten: string;
  dokumenId: string;
  /** Rows in the item's chain up to and including this head. */
  jumlah: number;
  hash: string;
}

export interface BarisJangkar extends KepalaJangkar {
  /** When, in WIB (ISO 8601 with its offset): for the people reading the file. */
  waktu: string;
  sebab: SebabJangkar;
  /** What else an auditor should know about this head (the old head on re-keying, the archive on restore). */
  catatan?: string;
}

/** ISO 8601 in WIB with its offset (2026-12-03T13:16:11.084+07:00): the file is read by people. */
export const waktuJangkar = (saat: Date) =>
  format(new TZDate(saat.getTime(), TIME_ZONE), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

const SEBAB: readonly SebabJangkar[] = ['riwayat', 'migrasi-kunci', 'pemulihan'];

export const kunciDokumen = (uidKonten: string, dokumenId: string) => `${uidKonten}::${dokumenId}`;

/** Back from kunciDokumen: the UID itself holds "::", the document id never does. */
export function pisahKunci(kunci: string): [uidKonten: string, dokumenId: string] {
  const i = kunci.lastIndexOf('::');
  return [kunci.slice(0, i), kunci.slice(i + 2)];
}

/** One line of the file, newline included: written in a single write() (utils/anchor-file.ts). */
export function tulisBarisJangkar(baris: BarisJangkar): string {
  const { waktu, sebab, uidKonten, dokumenId, jumlah, hash, catatan } = baris;
  return `${JSON.stringify({ waktu, sebab, uidKonten, dokumenId, jumlah, hash, ...(catatan ? { catatan } : {}) })}\n`;
}

/** One line read back, or null when it is not a head (a torn write after a full disk, an edit by hand). */
export function uraikanBarisJangkar(teks: string): BarisJangkar | null {
  let nilai: unknown;
  try {
    nilai = JSON.parse(teks);
  } catch {
    return null;
  }
  if (typeof nilai !== 'object' || nilai === null) return null;
  const b = nilai as Record<string, unknown>;
  if (
    typeof b.uidKonten !== 'string' ||
    typeof b.dokumenId !== 'string' ||
    typeof b.hash !== 'string' ||
    typeof b.waktu !== 'string' ||
    !Number.isInteger(b.jumlah) ||
    (b.jumlah as number) < 1 ||
    !SEBAB.includes(b.sebab as SebabJangkar)
  )
    return null;
  return {
    uidKonten: b.uidKonten,
    dokumenId: b.dokumenId,
    jumlah: b.jumlah as number,
    hash: b.hash,
    waktu: b.waktu,
    sebab: b.sebab as SebabJangkar,
    ...(typeof b.catatan === 'string' ? { catatan: b.catatan } : {}),
  };
}

interface JangkarTerkumpul {
  kepala: Map<number, string>;
  konflik: Set<number>;
}

/**
 * Every item's anchored heads, built line by line in file order. Heads of one item may arrive out
 * of order (two instances append after their own commits), so each position is kept, not only the
 * last line; the same position with two hashes is a conflict the verification reports.
 */
export class IndeksJangkar {
  private readonly dokumen = new Map<string, JangkarTerkumpul>();
  /** Lines that were not heads (torn or edited by hand): reported, never silently trusted. */
  rusak = 0;

  tambah(baris: BarisJangkar): void {
    const kunci = kunciDokumen(baris.uidKonten, baris.dokumenId);
    let ada = this.dokumen.get(kunci);
    if (!ada || baris.sebab !== 'riwayat') {
      ada = { kepala: new Map(), konflik: new Set() };
      this.dokumen.set(kunci, ada);
    }
    const sebelumnya = ada.kepala.get(baris.jumlah);
    if (sebelumnya !== undefined && sebelumnya !== baris.hash) ada.konflik.add(baris.jumlah);
    else ada.kepala.set(baris.jumlah, baris.hash);
  }

  tambahTeks(teks: string): void {
    for (const baris of teks.split('\n')) {
      if (baris.trim() === '') continue;
      const kepala = uraikanBarisJangkar(baris);
      if (kepala) this.tambah(kepala);
      else this.rusak += 1;
    }
  }

  untuk(uidKonten: string, dokumenId: string): JangkarDokumen | null {
    const ada = this.dokumen.get(kunciDokumen(uidKonten, dokumenId));
    return ada ? { kepala: ada.kepala, konflik: [...ada.konflik] } : null;
  }

  /** The furthest anchored head of an item, or null. */
  tertinggi(uidKonten: string, dokumenId: string): { jumlah: number; hash: string } | null {
    const ada = this.dokumen.get(kunciDokumen(uidKonten, dokumenId));
    if (!ada || ada.kepala.size === 0) return null;
    const jumlah = Math.max(...ada.kepala.keys());
    return { jumlah, hash: ada.kepala.get(jumlah)! };
  }

  /** Every item the file names, as "uid::documentId". */
  kunci(): string[] {
    return [...this.dokumen.keys()];
  }
}

export interface KepalaArsip {
  jumlah: number;
  hash: string | null;
}

export interface BedaJangkar {
  kunci: string;
  /** `lebih-lama`: the archive is an earlier point of the same history (rows after it will be lost). */
  jenis: 'lebih-lama' | 'berbeda' | 'tanpa-jangkar';
  pesan: string;
}

/**
 * A backup's chain heads (counted in its snapshot) against the operator's anchor file, before a
 * restore. An archive older than the file is normal (the file kept going after the backup): its
 * head must then be a head the file recorded at that length. A head the file recorded with another
 * hash is a history that is not this system's past.
 */
export function bandingkanDenganJangkar(
  arsip: Readonly<Record<string, KepalaArsip>>,
  indeks: IndeksJangkar,
): BedaJangkar[] {
  const beda: BedaJangkar[] = [];
  const nama = (kunci: string) => pisahKunci(kunci).join(' ');
  for (const [kunci, kepala] of Object.entries(arsip).sort(([a], [b]) => a.localeCompare(b))) {
    const [uid, dokumenId] = pisahKunci(kunci);
    const jangkar = indeks.untuk(uid, dokumenId);
    const tertinggi = indeks.tertinggi(uid, dokumenId);
    if (!jangkar || !tertinggi) {
      beda.push({
        kunci,
        jenis: 'tanpa-jangkar',
        pesan: `${nama(kunci)}: ${kepala.jumlah} baris di arsip, tidak ada di berkas jangkar`,
      });
      continue;
    }
    const diJangkar = jangkar.kepala.get(kepala.jumlah);
    if (jangkar.konflik.includes(kepala.jumlah) || (diJangkar && diJangkar !== kepala.hash)) {
      beda.push({
        kunci,
        jenis: 'berbeda',
        pesan: `${nama(kunci)}: baris ke-${kepala.jumlah} di arsip berbeda dengan yang dicatat berkas jangkar (riwayat di arsip diubah, atau arsip dari sistem lain)`,
      });
    } else if (kepala.jumlah > tertinggi.jumlah) {
      beda.push({
        kunci,
        jenis: 'berbeda',
        pesan: `${nama(kunci)}: ${kepala.jumlah} baris di arsip, berkas jangkar hanya mencatat ${tertinggi.jumlah} (baris yang tidak pernah tercatat di jangkar)`,
      });
    } else if (kepala.jumlah < tertinggi.jumlah) {
      beda.push({
        kunci,
        jenis: diJangkar ? 'lebih-lama' : 'berbeda',
        pesan: diJangkar
          ? `${nama(kunci)}: ${kepala.jumlah} baris di arsip, ${tertinggi.jumlah} di berkas jangkar: ${tertinggi.jumlah - kepala.jumlah} baris sesudah cadangan ini hilang bila dipulihkan`
          : `${nama(kunci)}: ${kepala.jumlah} baris di arsip, ${tertinggi.jumlah} di berkas jangkar, dan kepala arsip tidak pernah tercatat di jangkar`,
      });
    }
  }
  // Items the anchor file knows and the archive does not have at all.
  const diArsip = new Set(Object.keys(arsip));
  for (const kunci of indeks.kunci().sort()) {
    if (diArsip.has(kunci)) continue;
    const [uid, dokumenId] = pisahKunci(kunci);
    const tertinggi = indeks.tertinggi(uid, dokumenId);
    if (!tertinggi) continue;
    beda.push({
      kunci,
      jenis: 'lebih-lama',
      pesan: `${nama(kunci)}: tidak ada di arsip, ${tertinggi.jumlah} baris di berkas jangkar (dibuat sesudah cadangan ini, atau riwayatnya dihapus dari arsip)`,
    });
  }
  return beda;
}

/** Each item's chain head (row count, last hash by id) from all history rows of a database. */
export function kepalaPerDokumen(
  baris: ReadonlyArray<{ id: number; uidKonten: string; dokumenId: string; hash: string | null }>,
): Record<string, KepalaArsip> {
  const hasil: Record<string, KepalaArsip & { id: number }> = {};
  for (const row of baris) {
    const kunci = kunciDokumen(row.uidKonten, row.dokumenId);
    const ada = hasil[kunci];
    if (!ada) hasil[kunci] = { jumlah: 1, hash: row.hash, id: row.id };
    else {
      ada.jumlah += 1;
      if (row.id > ada.id) Object.assign(ada, { hash: row.hash, id: row.id });
    }
  }
  return Object.fromEntries(
    Object.entries(hasil)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kunci, { jumlah, hash }]) => [kunci, { jumlah, hash }]),
  );
}
