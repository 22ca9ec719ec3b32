import { AKSI_UBAH_BERKAS } from '../../../shared/contracts/alur';
import type { BarisRiwayat } from '../../../shared/contracts/dokumen';

/** A history row as the panel shows it: `kali` rows folded into it (1: itself alone). */
export interface BarisTampil {
  baris: BarisRiwayat;
  kali: number;
}

/** A file changed without moving the item ("Berkas media diubah · Draf → Draf"): a record, not a step. */
const derau = (baris: BarisRiwayat) => baris.aksi === AKSI_UBAH_BERKAS && baris.dari === baris.ke;

/**
 * The history as people read it: newest first, and each run of file changes that moved nothing
 * folded into one row (its newest, with the count), so a dozen uploads do not push the decisions
 * out of sight. The server keeps every row; only the view folds them.
 */
export function riwayatTampil(riwayat: readonly BarisRiwayat[]): BarisTampil[] {
  const hasil: BarisTampil[] = [];
  for (const baris of [...riwayat].reverse()) {
    const akhir = hasil.at(-1);
    if (akhir && derau(baris) && derau(akhir.baris) && akhir.baris.ke === baris.ke) akhir.kali += 1;
    else hasil.push({ baris, kali: 1 });
  }
  return hasil;
}
