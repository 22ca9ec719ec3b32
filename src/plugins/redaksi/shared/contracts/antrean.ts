/**
 * GET /redaksi/queue: what waits for the current admin user, one page at a time, with how many
 * wait at each stage. Answered by the plugin's `antrean` service, read by "Meja Redaksi" and the
 * homepage widget. Types only, so that the admin build does not reach into server code.
 */

export interface AntreanRequestQuery {
  /** 1-based; past the last page answers an empty page. */
  page?: number | string;
  /** At most `UKURAN_HALAMAN_MAKS`. */
  pageSize?: number | string;
  /** A workflow code (`sop-21`, `sop-20`, `disposisi`): only its items. */
  alur?: string;
  /** A stage code of that workflow: only its items. */
  tahap?: string;
}

export interface ItemAntrean {
  uid: string;
  alur: string;
  documentId: string;
  judul: string | null;
  tanggalKegiatan: string | null;
  nomorAgenda: string | null;
  tahap: string;
  tahapLabel: string;
  tahapSejak: string | null;
  nomorRegister: string | null;
  aksi: string[];
  tenggat: string | null;
  lewat: boolean;
  /**
   * Late without the permission its publication needs (SOP 21 langkah 5): the item waits for this
   * user's `izinkan-terlambat`, whatever stage it stands in.
   */
  perluIzinTerlambat: boolean;
  /**
   * Late without that permission, whoever this user is: every queue flags it from the draft on,
   * so the team asks for the permission before the upload is refused.
   */
  tanpaIzinTerlambat: boolean;
  /** The return the item still stands under (who, why), shown as a badge with its note; null when none. */
  dikembalikan: { oleh: string; catatan: string | null } | null;
  /** Handed in again after its last return: the desk sees it came back. */
  diserahkanUlang: boolean;
  /** The minute of a pending scheduled publication (ISO), shown as "Terjadwal …" in WIB; null when none. */
  jadwalTayang: string | null;
}

/** How many of the user's items wait at one stage, and how many of those are overdue. */
export interface JumlahTahap {
  alur: string;
  tahap: string;
  tahapLabel: string;
  jumlah: number;
  lewat: number;
}

export interface AntreanResponse {
  data: ItemAntrean[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    /** Everything waiting for this user, whatever the filter: the widget's and the header's figures. */
    ringkasan: { jumlah: number; lewat: number };
    /** Per stage, across all of the user's items, in workflow order. */
    perTahap: JumlahTahap[];
  };
}

export const UKURAN_HALAMAN_BAWAAN = 25;
export const UKURAN_HALAMAN_MAKS = 100;
