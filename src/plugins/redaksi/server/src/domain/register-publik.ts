/**
 * The public registers (the Daftar Informasi Publik, the monthly recap's public-information part)
 * read back from the history rows' public records (`publik`, domain/catatan-publik.ts): the
 * append-only record, not the item's fields, which the next cycle may overwrite. Pure: the caller
 * loads the rows.
 */
import type { CatatanPublik } from '../../../shared/contracts/dokumen';
import type { DefinisiAlur, JenisCatatanPublik } from '../workflows/types';

/** A history row as the registers read it. */
export interface BarisCatatanPublik {
  dokumenId: string;
  aksi: string;
  waktu: Date;
  publik: CatatanPublik | null;
}

/** A count under a code (a legal basis, a category of reason, a platform). */
export interface Hitungan {
  kode: string;
  jumlah: number;
}

/** Codes kept for a record that lacks one, so that a count never loses a row. */
export const TANPA_DASAR = 'tanpa-dasar';
export const TANPA_KATEGORI = 'tanpa-kategori';

/** The `publik` column as the database answers it: JSON text on SQLite, an object on PostgreSQL. */
export function bacaCatatanPublik(nilai: unknown): CatatanPublik | null {
  if (nilai === null || nilai === undefined || nilai === '') return null;
  if (typeof nilai === 'string') {
    try {
      return bacaCatatanPublik(JSON.parse(nilai));
    } catch {
      return null;
    }
  }
  return typeof nilai === 'object' ? nilai : null;
}

/** The codes of the actions the workflow says put `jenis` on the public record. */
export function kodeCatatanPublik(alur: DefinisiAlur, jenis: JenisCatatanPublik): string[] {
  return [
    ...new Set(alur.aksi.filter((aksi) => aksi.catatanPublik === jenis).map((aksi) => aksi.kode)),
  ];
}

/** How many of each code, by code (a stable order for tables and tests). */
export function hitungPer(kode: readonly string[]): Hitungan[] {
  const jumlah = new Map<string, number>();
  for (const k of kode) jumlah.set(k, (jumlah.get(k) ?? 0) + 1);
  return [...jumlah.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => ({ kode: k, jumlah: n }));
}

export interface KlasifikasiBerlaku {
  klasifikasi: string;
  dasarPengecualian: string | null;
  waktu: Date;
}

/**
 * Each item's classification in force: the last the Verifikator recorded (a later cycle may
 * classify it again). Rows without a classification are no classification.
 */
export function klasifikasiBerlaku(
  baris: readonly BarisCatatanPublik[],
): Map<string, KlasifikasiBerlaku> {
  const hasil = new Map<string, KlasifikasiBerlaku>();
  const urut = [...baris].sort((a, b) => a.waktu.getTime() - b.waktu.getTime());
  for (const { dokumenId, waktu, publik } of urut) {
    if (!publik?.klasifikasi) continue;
    hasil.set(dokumenId, {
      klasifikasi: publik.klasifikasi,
      dasarPengecualian: publik.dasarPengecualian ?? null,
      waktu,
    });
  }
  return hasil;
}

/** What the monthly recap counts of the public record, from the month's rows of those actions. */
export interface RingkasanCatatanPublik {
  /** Decisions to exempt information, per legal basis (every decision, also a repeated one). */
  dikecualikanPerDasar: Hitungan[];
  /** Corrected versions that went online with their public note. */
  koreksi: number;
  /** Takedowns per category of reason. */
  penurunanPerKategori: Hitungan[];
}

export function ringkasCatatanPublik(
  alur: DefinisiAlur,
  baris: readonly BarisCatatanPublik[],
): RingkasanCatatanPublik {
  const dari = (jenis: JenisCatatanPublik) => {
    const kode = kodeCatatanPublik(alur, jenis);
    return baris.filter((item) => kode.includes(item.aksi) && item.publik);
  };
  return {
    dikecualikanPerDasar: hitungPer(
      dari('klasifikasi')
        .filter((item) => item.publik?.klasifikasi === 'dikecualikan')
        .map((item) => item.publik?.dasarPengecualian ?? TANPA_DASAR),
    ),
    koreksi: dari('koreksi').filter((item) => item.publik?.catatanKoreksi).length,
    penurunanPerKategori: hitungPer(
      dari('penurunan').map((item) => item.publik?.kategori ?? TANPA_KATEGORI),
    ),
  };
}
