import type { CatatanPublik } from '../../../shared/contracts/dokumen';
import { LABEL_DASAR_PENGECUALIAN } from '../../../shared/label';
import { type DefinisiAksi, FIELD_TAYANG_TERAKHIR } from '../workflows/types';
import type { MasukanAksi } from './mesin';
import type { DokumenSnapshot } from './syarat';
import { terisi } from './syarat';

/**
 * What an action puts on the public record (UU 14/2008), read from the item as it stands when the
 * action is taken and from the request, for its history row (`publik`). The public registers (the
 * Daftar Informasi Publik, the corrections and the takedowns) are read back from these rows: the
 * append-only, hash-chained history is the record, and travels with every backup.
 *
 * Pure: the engine (services/engine/transition.ts) calls it inside the transition's transaction.
 */

const teksAtauNull = (nilai: unknown): string | null =>
  terisi(nilai) ? String(nilai).trim() : null;

function ujiKonsekuensi(nilai: unknown): CatatanPublik['ujiKonsekuensi'] {
  if (!nilai || typeof nilai !== 'object') return null;
  const uji = nilai as Record<string, unknown>;
  return {
    akibat: teksAtauNull(uji.akibat),
    kepentinganPublik: teksAtauNull(uji.kepentinganPublik),
    kesimpulan: teksAtauNull(uji.kesimpulan),
  };
}

/** The date part (YYYY-MM-DD) of a date field, as Strapi stores a `date` attribute. */
const tanggalAtauNull = (nilai: unknown): string | null =>
  terisi(nilai) ? String(nilai).slice(0, 10) : null;

export function catatanPublik(
  aksi: Pick<DefinisiAksi, 'catatanPublik'>,
  dokumen: DokumenSnapshot,
  masukan: MasukanAksi,
): CatatanPublik | null {
  switch (aksi.catatanPublik) {
    case 'klasifikasi': {
      const klasifikasi = teksAtauNull(dokumen.klasifikasi);
      if (!klasifikasi) return null;
      // Only exempt information carries its legal basis, test and validity: for the rest the
      // fields are meaningless, even if a draft still holds them from an earlier decision.
      if (klasifikasi !== 'dikecualikan') return { klasifikasi };
      return {
        klasifikasi,
        dasarPengecualian: teksAtauNull(dokumen.dasarPengecualian),
        ujiKonsekuensi: ujiKonsekuensi(dokumen.ujiKonsekuensi),
        berlakuSampai: tanggalAtauNull(dokumen.berlakuSampai),
      };
    }
    case 'koreksi': {
      // A first publication corrects nothing the public read: a note a draft holds then is no
      // correction (SOP 20 "Suntingan setelah tayang" asks for one only when a version replaces another).
      if (!dokumen[FIELD_TAYANG_TERAKHIR]) return null;
      const catatanKoreksi = teksAtauNull(dokumen.catatanKoreksi);
      return catatanKoreksi ? { catatanKoreksi } : null;
    }
    case 'penurunan': {
      const kategori = teksAtauNull(masukan.kategori);
      const alasanPublik = teksAtauNull(masukan.alasanPublik);
      return kategori || alasanPublik
        ? { kategori: kategori ?? undefined, alasanPublik: alasanPublik ?? undefined }
        : null;
    }
    default:
      return null;
  }
}

/**
 * The takedown entry of a version withdrawn because the item was exempted (UU 14/2008 Pasal 17):
 * the category `informasi-dikecualikan` and a public reason that names only the legal basis (the
 * letter of Pasal 17 and what it protects), never the consequence test, whose reasoning may
 * itself disclose what is exempt.
 */
export function penurunanPengecualian(dokumen: DokumenSnapshot): {
  kategori: 'informasi-dikecualikan';
  alasanPublik: string;
} {
  const dasar = teksAtauNull(dokumen.dasarPengecualian);
  const label = dasar ? LABEL_DASAR_PENGECUALIAN[dasar] : undefined;
  return {
    kategori: 'informasi-dikecualikan',
    alasanPublik: `Materi ini ditetapkan sebagai informasi yang dikecualikan menurut UU 14/2008 ${
      label ? `${label.replace(': ', ' (')})` : 'Pasal 17'
    }.`,
  };
}
