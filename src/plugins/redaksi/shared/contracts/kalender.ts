/**
 * GET /redaksi/kalender?bulan=YYYY-MM[&sop=20|21][&peran=kode[,kode]]: the month at a glance
 * ("Kalender"): activities, deadlines, scheduled and done publications of both SOPs, in WIB.
 * Answered by the plugin's `kalender` service, read by the admin page "Kalender". Types only.
 */

/** The kinds of entry, in the order the page's legend lists them. */
export const JENIS_ENTRI_KALENDER = ['kegiatan', 'tenggat', 'jadwal', 'terbit'] as const;
export type JenisEntriKalender = (typeof JENIS_ENTRI_KALENDER)[number];

/** The SOP numbers the calendar filters on (SOP 20 holds the Liputan and the disposition sheets). */
export const SOP_KALENDER = ['20', '21'] as const;
export type SopKalender = (typeof SOP_KALENDER)[number];

export interface KalenderRequestQuery {
  bulan?: string;
  sop?: string;
  /** One role code, or several separated by commas: an entry concerning any of them is kept. */
  peran?: string;
}

export interface EntriKalender {
  /** Unique in the answer: kind, content type, document and what the entry is of. */
  id: string;
  jenis: JenisEntriKalender;
  judul: string;
  /** The WIB calendar day (YYYY-MM-DD) the entry falls on. */
  tanggal: string;
  /** The WIB wall-clock time (HH:mm); null for a whole day (an activity's date). */
  jam: string | null;
  /** The instant, ISO 8601 in UTC; null for a whole day. */
  waktu: string | null;
  sop: SopKalender;
  /** The workflow code (`sop-20`, `sop-21`, `disposisi`). */
  alur: string;
  uid: string;
  documentId: string;
  /** The stage the item stands in (for a publication: the stage it was published into). */
  tahap: string;
  tahapLabel: string;
  /** For a deadline: the label of the action it is the deadline of. */
  aksiLabel: string | null;
  /** The role codes the entry concerns (docs/ISTILAH.md, "kalender"). */
  peran: string[];
  /** Where the item opens, below the admin panel's root: its edit view in the content manager. */
  tautan: string;
}

export interface KalenderResponse {
  data: EntriKalender[];
  meta: {
    bulan: string;
    /** The first and last WIB day of the month (YYYY-MM-DD). */
    tanggalAwal: string;
    tanggalAkhir: string;
    sop: SopKalender | null;
    peran: string[];
  };
}
