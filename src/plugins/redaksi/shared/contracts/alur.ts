/**
 * The SOP workflows as data: what GET /redaksi/workflows answers, what the engine runs
 * (server/src/workflows/ defines SOP 20 and SOP 21 in these terms) and what the admin panel draws
 * (Alur SOP, the side panel). Types and the few names they use, so the admin build reaches no
 * server code.
 */
import type { Schema, UID as StrapiUID } from '@strapi/strapi';
import type { KodePeran } from '../peran';
import type { AturanSemuaPlatform } from './platform';

/**
 * The names of a content type's fields as the generated schema types have them
 * (types/generated/contentTypes.d.ts): a workflow written for one content type names only its
 * fields, so that a field renamed in the schema, or misspelt in the workflow, fails
 * `npm run typecheck`. Any string where the type is not known (the engine, which reads every
 * workflow, and the admin panel, built without the generated types).
 */
export type FieldKonten<U extends StrapiUID.ContentType = StrapiUID.ContentType> =
  StrapiUID.ContentType extends U ? string : Schema.AttributeNames<U>;

/** Deadlines count calendar days, or working days (Monday to Friday). */
export type JenisHari = 'kalender' | 'kerja';

/** A condition on the document's content, checked by the engine before an action. */
export type DefinisiSyarat<F extends string = string> =
  | { kode: string; jenis: 'terisi'; field: F; label: string }
  /** A version of the document is online (checked on the stored document, not a field). */
  | { kode: string; jenis: 'sedang-tayang'; field: typeof FIELD_TAYANG; label: string }
  | { kode: string; jenis: 'gambar-minimal'; field: F; label: string; minimal: number }
  | { kode: string; jenis: 'item-minimal'; field: F; label: string; minimal: number }
  | { kode: string; jenis: 'tanggal-sudah-lewat'; field: F; label: string }
  /** Every image of the media field is described (its alternative text), for readers who cannot see it. */
  | { kode: string; jenis: 'teks-alternatif'; field: F; label: string }
  /**
   * The field holds one of these values (an enumeration's choice: a publishable classification).
   * `labelNilai` names the values as people read them.
   */
  | {
      kode: string;
      jenis: 'nilai-salah-satu';
      field: F;
      label: string;
      nilai: readonly string[];
      labelNilai?: Readonly<Record<string, string>>;
    }
  /** Every one of these subfields of a component field is filled (a consequence test's parts). */
  | {
      kode: string;
      jenis: 'bagian-terisi';
      field: F;
      label: string;
      bagian: ReadonlyArray<{ field: string; label: string }>;
    }
  /** A date field lies after today (WIB): a validity that has not ended yet. */
  | { kode: string; jenis: 'tanggal-mendatang'; field: F; label: string }
  /**
   * Once a version was ever published, the field must be filled and differ from its value at the
   * last publication (a public correction note is new for each correction); before the first
   * publication, nothing is asked. The engine gives the last publication's public record under
   * `FIELD_TAYANG_TERAKHIR`.
   */
  | { kode: string; jenis: 'terisi-baru-sejak-tayang'; field: F; label: string }
  /**
   * The post fits each platform chosen in `field` (`platformTujuan`) by the rules the office
   * requires (`wajib`); rules not required only warn (issue #26). `sumber`: the fields the
   * platforms see (title, caption, photos).
   */
  | {
      kode: string;
      jenis: 'sesuai-platform';
      field: F;
      label: string;
      aturan: AturanSemuaPlatform;
      sumber: { judul: F; caption: F; foto: F };
    };

/** History rows the engine writes for every workflow, besides its actions, with their labels. */
export const AKSI_SUNTING_LUAR_SOP = 'sunting-luar-sop';
export const AKSI_UBAH_BERKAS = 'ubah-berkas';
export const CATATAN_MESIN_UMUM: Readonly<Record<string, string>> = {
  [AKSI_SUNTING_LUAR_SOP]: 'Suntingan di luar SOP',
  [AKSI_UBAH_BERKAS]: 'Berkas media diubah',
};

/** The snapshot key under which the engine tells whether a published version exists. */
export const FIELD_TAYANG = '__sedangTayang';

/**
 * The snapshot key under which the engine gives what the item's last publication put on the public
 * record (its history row's `publik`, `{}` when it put nothing there), or `null` when the item was
 * never published.
 */
export const FIELD_TAYANG_TERAKHIR = '__tayangTerakhir';

/**
 * Where a deadline counts from: the moment of submission (`diserahkanPada`, kept in the state),
 * or a date field of the document (the activity date H, a disposition's `batasWaktu`).
 */
export interface DefinisiTenggat<F extends string = string> {
  dasar: 'diserahkanPada' | F;
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

/**
 * Side effects an action has besides moving the stage, carried out in the transition's
 * transaction (services/engine/efek.ts): issue a register number, record a late permission, take the
 * online version down, put such a withdrawal of exempt information on the takedown register,
 * record assignees, forward a disposition to a child sheet, create the article a disposition asks
 * for, close the disposition a published article carries out, schedule the item's publication at
 * an hour (services/engine/jadwal-tayang.ts) or cancel that schedule.
 */
export type EfekAksi =
  | 'nomor-register'
  | 'izin-terlambat'
  | 'tarik'
  | 'penurunan-dikecualikan'
  | 'penugasan'
  | 'disposisi-anak'
  | 'buat-liputan'
  | 'selesaikan-disposisi'
  | 'jadwalkan-tayang'
  | 'batalkan-jadwal';

/**
 * How an action is taken:
 * - `transisi`: by a person, through POST /redaksi/documents/.../transitions;
 * - `publish`: through Strapi's own Publish, on every path;
 * - `suntingan`: by editing the draft (an edit of a published article sends it back to correction);
 * - `sistem`: by the engine itself, as the consequence of another action;
 * - `unduhan`: by downloading what the step works from (the upload package): recorded in the
 *   history, nothing moves, and nobody waits for it.
 */
export type JalurAksi = 'transisi' | 'publish' | 'suntingan' | 'sistem' | 'unduhan';

/**
 * What an `unduhan` action hands over as one ZIP: the photos of a media field in their original
 * files, and text fields as text files.
 */
export interface DefinisiPaket<F extends string = string> {
  foto: F;
  teks: ReadonlyArray<{ berkas: string; field: F }>;
}

/**
 * How an action deals with the content's fingerprint (domain/sidik.ts):
 * - `catat`: the decision that clears the item records the fingerprint of the content it approved;
 * - `cocokkan`: publication computes the fingerprint of what is about to go online and refuses
 *   when it differs from the approved one (fields the stage may still edit aside).
 */
export type SidikAksi = 'catat' | 'cocokkan';

/**
 * What the monthly recap (services/reports/rekap.ts) counts an action's history rows as:
 * - `terbit`: the publication that brings an item online (articles published, uploads);
 * - `diserahkan`: a submission (late submissions; the register's date of submission);
 * - `dikembalikan`: an item handed back; `ditolak`: an item rejected;
 * - `dikoreksi`: an online article edited, and so sent back to correction;
 * - `selesai`: a disposition carried out.
 * History rows name their action by its code: the actions that share a code are counted alike.
 */
export type RekapAksi =
  | 'terbit'
  | 'diserahkan'
  | 'dikembalikan'
  | 'ditolak'
  | 'dikoreksi'
  | 'selesai';

/**
 * Who hears of an action by name rather than by arrival (services/mail/notifications.ts): an
 * action that hands an item back or ends it tells its submitter alone, with the note, instead of
 * everyone who acts where the item arrives; a request for a late permission tells whoever gives it.
 * - `surel`: the mail (server/templates/surel/<surel>.html and .txt);
 * - `penerima`: whose submission it was: whoever last moved the item out of the stage the action
 *   returns it to (`pengaju-tahap-ke`), or out of the workflow's first stage (`pengaju-tahap-awal`:
 *   a rejection ends in a stage nobody leaves); or everyone holding a role of the workflow's
 *   actions that grant the late permission (`pemberi-izin-terlambat`).
 */
export interface NotifikasiAksi {
  surel: 'dikembalikan' | 'ditolak' | 'minta-izin-terlambat';
  penerima: 'pengaju-tahap-ke' | 'pengaju-tahap-awal' | 'pemberi-izin-terlambat';
}

/**
 * What an action puts on the public record (UU 14/2008, SOP 20's legal base), written into its
 * history row as `publik` (shared/contracts/dokumen.ts `CatatanPublik`; domain/catatan-publik.ts):
 * - `klasifikasi`: the Verifikator's classification of the information (and, for exempt
 *   information, its legal basis, consequence test and validity);
 * - `koreksi`: the public correction note a corrected article goes online with;
 * - `penurunan`: a takedown's category of reason and its public reason.
 */
export type JenisCatatanPublik = 'klasifikasi' | 'koreksi' | 'penurunan';

/**
 * A body field of POST .../transitions that an action asks for besides the note: the title of the
 * Liputan `buat-liputan` creates, a takedown's category of reason and public reason. Its column in
 * `MasukanTransisi`, and how the action dialog asks for it.
 */
export type KolomMasukan = 'judul' | 'kategori' | 'alasanPublik' | 'jadwalTayang';

export interface DefinisiMasukan<F extends string = string> {
  kolom: KolomMasukan;
  label: string;
  /** A request without it (or with only blanks) is refused under the condition `kode`. */
  wajib: boolean;
  /** The condition's code in a refusal's `details.syarat`; absent: `masukan-wajib`. */
  kode?: string;
  /**
   * How the dialog asks: one line (absent), a longer text (`teks`), one of `pilihan` (codes
   * with their labels; the server validates the code), or a date and minute read as WIB whatever
   * the browser's zone (`waktu-wib`: sent as `YYYY-MM-DDTHH:mm`, the server interprets it).
   */
  bentuk?: 'teks' | 'pilihan' | 'waktu-wib';
  pilihan?: Readonly<Record<string, string>>;
  /** Shown under the input: what the text is for (a public reason is read by the public). */
  petunjuk?: string;
  /** The item's field whose value the dialog starts with (the disposition's subject). */
  isiAwal?: F;
}

export interface DefinisiAksi<F extends string = string> {
  kode: string;
  label: string;
  /** SOP step carried out, for people reading the definition ("SOP 21 langkah 4"). */
  langkah: string;
  dari: readonly string[];
  /** Next stage; `null` stays in the same stage (e.g. a late permission). */
  ke: string | null;
  peran: readonly KodePeran[];
  melalui: JalurAksi;
  catatanWajib: boolean;
  syarat: readonly DefinisiSyarat<F>[];
  tenggat?: DefinisiTenggat<F>;
  terlambat?: AturanTerlambat;
  efek?: readonly EfekAksi[];
  /** With the `penugasan` effect: who may be assigned (`assignees` must hold one of these roles). */
  penugasan?: { peran: readonly KodePeran[] };
  /** With the `disposisi-anak` effect: the stage the child sheet starts in. */
  tahapAnak?: string;
  /**
   * Open at any stage as an exception (taking an article down): nobody waits for it, so it puts
   * no item in anyone's queue, panel "waiting for" or mail.
   */
  kapanSaja?: boolean;
  sidik?: SidikAksi;
  /** With `melalui: 'unduhan'`: what the download holds. */
  paket?: DefinisiPaket<F>;
  /** What the monthly recap counts this action as; absent: the recap does not count it. */
  rekap?: RekapAksi;
  /** Mail to the item's submitter instead of the arrival mail; absent: the arrival mail. */
  notifikasi?: NotifikasiAksi;
  /** What the action puts on the public record, in its history row; absent: nothing. */
  catatanPublik?: JenisCatatanPublik;
  /**
   * A date field of the item before which nobody waits for this action: the item shows in the
   * queue, the panel's "waiting for" and the daily digest only once the date is past (an exempt
   * article's review when its validity ends). Absent: waited on from arrival.
   */
  ditungguSetelah?: F;
  /** What the action asks for besides the note and the late reason; absent: nothing. */
  masukan?: readonly DefinisiMasukan<F>[];
  /**
   * Open only while the item needs a late permission it does not have (domain/mesin.ts
   * `izinTerlambatDiperlukan`, the facts the publication's guard reads): asking for it. Not
   * offered, and refused (condition `perlu-izin-terlambat`), before the deadline passes or once
   * the permission is given.
   */
  selamaPerluIzin?: boolean;
  /**
   * The same action on the same item is refused (409) for this many minutes after it was last
   * taken: a request repeated at once reaches nobody sooner, it only fills their mailbox.
   */
  jedaUlangMenit?: number;
}

/**
 * Who may change an item's content while it stands in a stage: the people whose SOP step it is.
 * A stage without a rule is locked (under review, decided, verified): nobody edits there.
 */
export interface AturanSunting<F extends string = string> {
  peran: readonly KodePeran[];
  /** Only the people assigned to the item, among those roles (SOP 20: the assigned team writes). */
  hanyaDitugaskan?: boolean;
  /** Only these fields; absent: every field. */
  field?: readonly F[];
  /** Of these list fields, what is there stays: one may only add (a platform link after upload). */
  hanyaTambah?: readonly F[];
}

/** A field that stops changing once an action has happened (the dates deadlines count from). */
export interface FieldTetap<F extends string = string> {
  field: F;
  sejakAksi: string;
  alasan: string;
}

/**
 * How a person comes to have a hand in an item's content: they made it (`pembuat`), changed it
 * through the guard or replaced its media files (`penyunting`), or took a `pengaju` action.
 */
export type JenisKontribusi = 'pembuat' | 'penyunting' | 'pengaju';

/**
 * Pemisahan tugas (four eyes) over the whole cycle: whoever had a hand in the content (the kinds
 * in `kontributor`) since the last `pemutus` action may not take a `pemutus` action on it (decide
 * on, or verify, what they themselves made, edited or submitted). A `pemutus` action clears the
 * list: the next cycle is decided on what changes after it.
 */
export interface PemisahanTugas {
  pengaju: readonly string[];
  pemutus: readonly string[];
  kontributor: readonly JenisKontribusi[];
}

export interface DefinisiTahap<F extends string = string> {
  kode: string;
  label: string;
  /** No action leaves a final stage. */
  akhir?: boolean;
  /** Items in this stage wait only for the people assigned to them (not for everyone holding the role). */
  untukYangDitugaskan?: boolean;
  /** Who may change the content here; absent: nobody (the stage is locked). */
  sunting?: AturanSunting<F>;
  /**
   * Who may, besides `sunting`, record here what happened to the item without changing what was
   * verified (SOP 20 langkah 7-8: the publisher records where the article was shared on social
   * media). An edit that stays within this rule starts no correction cycle, and its fields are
   * left out of the approval's fingerprint comparison at this stage (domain/sunting.ts).
   */
  pencatatan?: AturanSunting<F>;
  /**
   * The SOP's own step (its table's "No.") the item stands at in this stage, shown as "Langkah X
   * dari Y" with the SOP's count of steps; absent where the SOP numbers none (taken down, handed
   * on, rejected). Several stages may stand at one step: the SOP's numbering, not the stages'.
   */
  langkahSop?: number;
  /**
   * A stage beside the main path (information held back as exempt): the way to publication
   * (domain/jalan.ts) does not go through it, though an action leads back from it.
   */
  samping?: boolean;
}

/** A workflow; written for one content type `U`, it names only that type's fields (`FieldKonten`). */
export interface DefinisiAlur<
  U extends StrapiUID.ContentType = StrapiUID.ContentType,
  F extends string = FieldKonten<U>,
> {
  kode: string;
  uid: U;
  /** `jumlahLangkah`: how many steps the SOP's procedure table has ("Langkah X dari Y"). */
  sop: { nomor: string; judul: string; tanggalRevisi: string; jumlahLangkah: number };
  tahapAwal: string;
  /**
   * An item created already linked to this relation starts in another stage (a Liputan made from a
   * disposition). The link is evidence of who carries the linked item out: it is written once, when
   * the item is created, and never added, replaced or removed afterwards (but by the engine).
   */
  tahapAwalJikaTerkait?: {
    field: F;
    tahap: string;
    /**
     * The stages the linked item must stand in for the link to be made (the chain has arrived), and
     * from which the item's publication closes it.
     */
    tahapTerkaitSah: readonly string[];
    /**
     * The linked workflow's action whose effect makes the link (`buat-liputan`). By hand, only the
     * people the linked item's state assigns, holding that action's role, may create an item
     * linked to it; and only an item such a person made closes the linked item's chain.
     */
    aksiTerkait: string;
  };
  /** A number issued to each new document (a disposition's agenda number), unless it is linked to a parent. */
  penomoran?: { field: F; jenis: 'agenda'; kecualiJikaTerkait: F };
  /** How an item shows in the queue: the field naming it, and the fields read alongside. */
  antrean: { judul: F; kolom: readonly F[] };
  /** The stage a published version stands in; absent for types without Draft & Publish. */
  tahapTayang?: string;
  tahap: readonly DefinisiTahap<F>[];
  aksi: readonly DefinisiAksi<F>[];
  /** History rows the engine writes itself (no one takes them as an action), by code, with their label. */
  catatanMesin?: Readonly<Record<string, string>>;
  /** Fields only the engine writes (numbers it issues, the chain it builds): nobody else sets them. */
  fieldMesin?: readonly F[];
  /**
   * The relation to the item that carries this one on (a disposition's child sheet, `turunan`):
   * an item handed on shows where its chain stands now, not an empty wait.
   */
  diteruskanLewat?: F;
  /**
   * The printed sheet of an item (the disposition sheet), served at
   * GET /redaksi/<kode>/:documentId/lembar.pdf; the SOP panel shows its button with this label.
   */
  lembarCetak?: { label: string };
  /**
   * The first item of a chain, reached up its parent relation, and the fields of it every later
   * item shows read-only: the incoming letter (sender, number, date, the PPID officer's
   * instruction) on each forwarded copy of a disposition, as on the paper sheet.
   */
  asalRantai?: { relasi: F; field: readonly F[] };
  fieldTetap?: readonly FieldTetap<F>[];
  /**
   * Decision fields (the Verifikator's classification of the information): only a stage rule
   * naming them in its `field` list may change them, and changing only these is deciding, not
   * writing: it does not make one a contributor to the content (pemisahan tugas).
   */
  fieldKeputusan?: readonly F[];
  pemisahanTugas?: PemisahanTugas;
}

/** GET /redaksi/workflows: every workflow, and the role names to draw them with people's words. */
export interface AlurResponse {
  data: DefinisiAlur[];
  meta: { peran: { kode: string; nama: string }[] };
}
