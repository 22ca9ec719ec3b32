import type { JenisHari } from '../config';
import type { KodePeran } from '../constants';

/** A condition on the document's content, checked by the engine before an action. */
export type DefinisiSyarat =
  | { kode: string; jenis: 'terisi'; field: string; label: string }
  | { kode: string; jenis: 'gambar-minimal'; field: string; label: string; minimal: number }
  | { kode: string; jenis: 'item-minimal'; field: string; label: string; minimal: number }
  | { kode: string; jenis: 'tanggal-sudah-lewat'; field: string; label: string };

/** Where a deadline counts from: the activity date H, or the moment of submission. */
export interface DefinisiTenggat {
  dasar: 'tanggalKegiatan' | 'diserahkanPada';
  hari: number;
  jenisHari: JenisHari;
}

/**
 * What happens when an action is taken after its deadline ("late is never silent"):
 * - `alasan-wajib`: the actor must give `alasanTerlambat`, the item is marked late;
 * - `izin-wajib`: the leadership must first have given `izinkan-terlambat`;
 * - `dicatat`: allowed, recorded as late in the history.
 */
export type AturanTerlambat = 'alasan-wajib' | 'izin-wajib' | 'dicatat';

/** Side effects an action has besides moving the stage, carried out in the transition's transaction. */
export type EfekAksi = 'nomor-register' | 'izin-terlambat';

export interface DefinisiAksi {
  kode: string;
  label: string;
  /** SOP step carried out, for people reading the definition ("SOP 21 langkah 4"). */
  langkah: string;
  dari: readonly string[];
  /** Next stage; `null` stays in the same stage (e.g. a late permission). */
  ke: string | null;
  peran: readonly KodePeran[];
  /** `publish`: taken through Strapi's own Publish (every path), not the transitions route. */
  melalui: 'transisi' | 'publish';
  catatanWajib: boolean;
  syarat: readonly DefinisiSyarat[];
  tenggat?: DefinisiTenggat;
  terlambat?: AturanTerlambat;
  efek?: readonly EfekAksi[];
}

export interface DefinisiTahap {
  kode: string;
  label: string;
  /** No action leaves a final stage. */
  akhir?: boolean;
}

export interface DefinisiAlur {
  kode: string;
  uid: string;
  sop: { nomor: string; judul: string; tanggalRevisi: string };
  tahapAwal: string;
  /** The stage a published version stands in. */
  tahapTayang: string;
  tahap: readonly DefinisiTahap[];
  aksi: readonly DefinisiAksi[];
}
