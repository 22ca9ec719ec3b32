/** The recap is typed once, by the server service that computes it. */
export type { Rekap } from '../../shared/contracts/rekap';
export type {
  AntreanRequestQuery,
  AntreanResponse,
  ItemAntrean,
  JumlahTahap,
} from '../../shared/contracts/antrean';

/**
 * What the plugin's admin routes answer (server/src/controllers/redaksi.ts). The labels and
 * messages in them are SOP data, already in Bahasa Indonesia.
 */
export interface Orang {
  id: number | null;
  nama: string;
}

export interface AksiTersedia {
  kode: string;
  label: string;
  langkah: string;
  ke: string | null;
  melalui: 'transisi' | 'publish' | 'suntingan' | 'sistem' | 'unduhan';
  catatanWajib: boolean;
  alasanTerlambatWajib: boolean;
  siap: boolean;
  calonPenugasan?: Orang[];
}

export interface Syarat {
  kode: string;
  terpenuhi: boolean;
  pesan: string;
  field?: string;
  aksi: string;
}

export interface Tenggat {
  aksi: string;
  label: string;
  batas: string;
  batasTeks: string;
  lewat: boolean;
}

export interface BarisRiwayat {
  aksi: string;
  dari: string | null;
  ke: string;
  aktor: Orang;
  peran: string | null;
  note: string | null;
  alasanTerlambat: string | null;
  terlambat: boolean;
  waktu: string | null;
  /** The content's fingerprint recorded with a decision or a publication. */
  sidik: { total: string; field: Record<string, string> } | null;
  /** The fields an edit or a media change touched. */
  field: string[] | null;
  /** An SOP rule this act was exempt from (a Super Admin's): `sunting-luar-sop`, `pemisahan-tugas`. */
  pengecualian: string | null;
}

export interface TampilanDokumen {
  uid: string;
  documentId: string;
  alur: string;
  sop: { nomor: string; judul: string; tanggalRevisi: string };
  tahap: string;
  tahapLabel: string;
  posisi: { urutan: number; jumlah: number } | null;
  menunggu: { kode: string; nama: string }[];
  nomorRegister: string | null;
  diserahkanPada: string | null;
  ditugaskan: Orang[];
  aksi: AksiTersedia[];
  syarat: Syarat[];
  tenggat: Tenggat[];
  terlambat: { ya: boolean; tercatat: boolean; alasan: string | null; izinTerlambat: boolean };
  /** May this user edit the content at this stage, which fields (null: all), and if not, why. */
  sunting: { boleh: boolean; field: string[] | null; pesan: string | null };
  /** The approved fingerprint, and the fields that differ from it now. */
  sidik: { disetujui: string | null; berubah: string[] };
  /** Whether the history's hash chain holds. */
  rantai: { utuh: boolean; jumlah: number; rusakPada: number | null };
  riwayat: BarisRiwayat[];
}

export interface DefinisiSyarat {
  kode: string;
  jenis: string;
  field: string;
  label: string;
  minimal?: number;
}

export interface DefinisiAksi {
  kode: string;
  label: string;
  langkah: string;
  dari: string[];
  ke: string | null;
  peran: string[];
  melalui: AksiTersedia['melalui'];
  catatanWajib: boolean;
  syarat: DefinisiSyarat[];
  tenggat?: { dasar: string; hari: number; jenisHari: string };
  terlambat?: string;
}

export interface DefinisiAlur {
  kode: string;
  uid: string;
  sop: { nomor: string; judul: string; tanggalRevisi: string };
  tahapAwal: string;
  tahapTayang?: string;
  tahap: { kode: string; label: string; akhir?: boolean; untukYangDitugaskan?: boolean }[];
  aksi: DefinisiAksi[];
  catatanMesin?: Record<string, string>;
}

export interface MasukanTransisi {
  action: string;
  note?: string;
  alasanTerlambat?: string;
  assignees?: number[];
}
