/**
 * GET /redaksi/documents/:uid/:documentId and POST .../transitions: an item's SOP state as people
 * read it (the side panel), and the command that moves it. Answered by the plugin's `tampilan`
 * service and `transition` controller. The labels and messages in them are SOP data, already in
 * Bahasa Indonesia.
 */
import type { PlatformTujuan } from './platform';
import type { UID } from '@strapi/strapi';
import type { JalurAksi, KolomMasukan } from './alur';

export interface Orang {
  id: number | null;
  nama: string;
}

export interface AksiTersedia {
  kode: string;
  label: string;
  langkah: string;
  ke: string | null;
  melalui: JalurAksi;
  catatanWajib: boolean;
  alasanTerlambatWajib: boolean;
  siap: boolean;
  calonPenugasan?: Orang[];
  /** What the dialog asks for besides the note (workflow data `masukan`), with its starting value. */
  masukan: Array<{
    kolom: KolomMasukan;
    label: string;
    wajib: boolean;
    nilaiAwal: string | null;
    bentuk: 'baris' | 'teks' | 'pilihan' | 'waktu-wib';
    pilihan: Array<{ kode: string; label: string }>;
    petunjuk: string | null;
  }>;
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

/**
 * What an act puts on the public record (UU 14/2008), kept in its history row so that the public
 * registers are read from the append-only, hash-chained history and travel with every backup:
 * - the Verifikator's classifying decision: the category, and for exempt information its legal
 *   basis, consequence test and validity;
 * - a publication of a corrected article: the public correction note it went online with;
 * - a takedown: the public reason and its category.
 */
export interface CatatanPublik {
  klasifikasi?: string;
  dasarPengecualian?: string | null;
  ujiKonsekuensi?: {
    akibat: string | null;
    kepentinganPublik: string | null;
    kesimpulan: string | null;
  } | null;
  berlakuSampai?: string | null;
  catatanKoreksi?: string;
  kategori?: string;
  alasanPublik?: string;
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
  /** The content's fingerprint (its total) recorded with a decision or a publication. */
  sidik: string | null;
  /** The fields an edit or a media change touched. */
  field: string[] | null;
  /** An SOP rule this act was exempt from (a Super Admin's): `sunting-luar-sop`, `pemisahan-tugas`. */
  pengecualian: string | null;
  /** What the act put on the public record (classification, correction note, takedown reason). */
  publik: CatatanPublik | null;
  /**
   * The content fields this act's kept content differs in from the one kept at the act before it
   * (submissions, returns, decisions keep one); null when no content was kept with the row.
   */
  perubahan: string[] | null;
}

/** A piece of a word-level text difference: kept, inserted or deleted text. */
export interface PotonganTeks {
  jenis: 'sama' | 'tambah' | 'hapus';
  teks: string;
}

/** A media file as kept with a decision: enough to show it and to tell it was replaced. */
export interface BerkasCuplikan {
  id: number | null;
  nama: string | null;
  url: string | null;
  thumbnail: string | null;
  hash: string | null;
  alt: string | null;
}

/** How one content field changed, as a person reads it. */
export type PerubahanField =
  | { field: string; jenis: 'teks'; potongan: PotonganTeks[] }
  | { field: string; jenis: 'nilai'; sebelum: string | null; sesudah: string | null }
  | { field: string; jenis: 'relasi'; ditambah: string[]; dihapus: string[] }
  | {
      field: string;
      jenis: 'berkas';
      sebelum: BerkasCuplikan[];
      sesudah: BerkasCuplikan[];
      ditambah: BerkasCuplikan[];
      dihapus: BerkasCuplikan[];
      diganti: { sebelum: BerkasCuplikan; sesudah: BerkasCuplikan }[];
      teksAlternatif: { berkas: BerkasCuplikan; sebelum: string | null; sesudah: string | null }[];
      urutanBerubah: boolean;
    };

/**
 * What changed in the draft since a point someone saw it: the last return, the last decision
 * taken at this stage, or the version online (a correction after `tayang`).
 */
export interface PerubahanSejak {
  terhadap: 'pengembalian' | 'keputusan' | 'tayang';
  /** The act the content was kept with (null for the version online). */
  aksi: string | null;
  oleh: string | null;
  waktu: string | null;
  field: PerubahanField[];
}

/** A pending scheduled publication as the panel and the queue show it: the minute (ISO, and in WIB words) and who set it. */
export interface JadwalTayangTampil {
  waktu: string;
  waktuTeks: string;
  pemasang: { id: number; nama: string };
}

export interface TampilanDokumen {
  /**
   * Issue #26 (SOP 21 langkah 3–5): each platform chosen in `platformTujuan`, with its checks
   * (fits, warning, a required rule broken) and its preview; null for workflows without platforms.
   */
  platformTujuan: PlatformTujuan[] | null;
  uid: UID.ContentType;
  documentId: string;
  alur: string;
  sop: { nomor: string; judul: string; tanggalRevisi: string };
  tahap: string;
  tahapLabel: string;
  /** The publication scheduled at an hour and still pending (services/engine/jadwal-tayang.ts), or null. */
  jadwalTayang: JadwalTayangTampil | null;
  posisi: { urutan: number; jumlah: number } | null;
  menunggu: { kode: string; nama: string }[];
  nomorRegister: string | null;
  diserahkanPada: string | null;
  ditugaskan: Orang[];
  aksi: AksiTersedia[];
  syarat: Syarat[];
  tenggat: Tenggat[];
  terlambat: {
    ya: boolean;
    tercatat: boolean;
    alasan: string | null;
    izinTerlambat: boolean;
    /**
     * The deadline that passed without the permission the item's publication needs (SOP 21
     * langkah 5), and who gives it: said to everyone who handles the item, from the draft on,
     * so the team asks for it before the upload is refused. Null when none is needed.
     */
    perluIzin: {
      batas: string;
      batasTeks: string;
      pemberi: string[];
      /** The last request for it (`minta-izin-terlambat`): who asked, and when. */
      diminta: { oleh: string; waktu: string; waktuTeks: string } | null;
    } | null;
  };
  /**
   * May this user edit the content at this stage, which fields (null: all), and if not, why; the
   * fields only the engine writes (`mesin`) and those frozen by an action taken (`tetap`), locked
   * for everyone. The edit view locks each field by it (admin/src/utils/kunci.ts).
   */
  sunting: {
    boleh: boolean;
    field: string[] | null;
    pesan: string | null;
    mesin: string[];
    tetap: Array<{ field: string; pesan: string }>;
  };
  /**
   * The approved fingerprint, the draft's fields that differ from it now, and the fields in which
   * the published version differs from what its publication recorded (should always be empty).
   */
  sidik: { disetujui: string | null; berubah: string[]; berubahOnline: string[] };
  /** Whether the history's keyed hash chain holds and agrees with its anchored heads. */
  rantai: HasilRantai;
  riwayat: BarisRiwayat[];
  /** SOP 21 langkah 3–4, SOP 20 langkah 6–7: what changed since the last return, decision, version online. */
  perubahan: PerubahanSejak[];
  /**
   * The return the item still stands under (who sent it back, when, why), shown as a banner; null
   * once it moved on. `diserahkanUlang`: it was handed in again after its last return.
   */
  dikembalikan: {
    oleh: string;
    peran: string | null;
    waktu: string | null;
    catatan: string | null;
  } | null;
  diserahkanUlang: boolean;
  /**
   * Where an item handed on stands now (the last sheet of a disposition's chain): its stage, the
   * roles it waits for, who is assigned. Null for an item that is itself where the work is.
   */
  sekarangDi: { tahapLabel: string; menunggu: string[]; ditugaskan: string[] } | null;
  /** The item's printed sheet, when its workflow has one: the button's label and the admin route. */
  lembarCetak: { label: string; jalur: string } | null;
  /**
   * The chain's first item as every later one shows it, read-only (the letter a disposition
   * forwards): its fields in the workflow's order. Null on the first item itself.
   */
  asalRantai: { documentId: string; field: Array<{ field: string; nilai: string | null }> } | null;
}

/**
 * Whether an item's history holds: its keyed hash chain, and its agreement with the heads anchored
 * outside the database (server/src/domain/rantai.ts decides).
 */
export interface HasilRantai {
  utuh: boolean;
  jumlah: number;
  /** The first row (by id) whose hash or link does not hold, or from which the history was rewritten. */
  rusakPada: number | null;
  /** Why the history is not intact, in Indonesian, naming the row; null when it is. */
  alasan: string | null;
  /**
   * Rows after the last anchored head: not proof of tampering (the server may have stopped
   * between the commit and the anchor write), but nothing outside the database vouches for them.
   */
  peringatan: string | null;
  /** How many rows, from the first, the anchor file vouches for. */
  terjangkar: number;
}

/**
 * The body of POST /redaksi/documents/:uid/:documentId/transitions: the one declaration of it.
 * The server's validation (server/src/validation/transisi.ts) checks this shape and answers it.
 */
export interface MasukanTransisi {
  action: string;
  note?: string | null;
  alasanTerlambat?: string | null;
  assignees?: number[] | null;
  /** `turunkan`: the takedown's category of reason (`KATEGORI_PENURUNAN`) and its public reason. */
  kategori?: string | null;
  alasanPublik?: string | null;
  /** `buat-liputan`: the title of the Liputan it creates. */
  judul?: string | null;
  /** `jadwalkan`: the minute of publication, `YYYY-MM-DDTHH:mm` in WIB (or an ISO time with its zone). */
  jadwalTayang?: string | null;
}

/** What both document routes answer: the item's state after the request. */
export interface DokumenResponse {
  data: TampilanDokumen;
  /**
   * After a transition: the item the action created for its taker to work on next (the Liputan of
   * `buat-liputan`), which the panel opens; null when it created none.
   */
  meta?: { dibuat: { uid: UID.ContentType; documentId: string } | null };
}
