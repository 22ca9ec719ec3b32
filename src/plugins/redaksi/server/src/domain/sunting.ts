/**
 * Who may change an item's content, and which fields, at the stage it stands in: the workflow's
 * `sunting` rule per stage, its engine-owned fields and its fields frozen after an action. Pure,
 * like the state machine: the guard feeds it the fields an edit really changed.
 */
import stringify from 'safe-stable-stringify';
import { PERAN } from '../constants';
import type { AturanSunting, DefinisiAlur } from '../workflows/types';
import { aksiDariTahap, labelTahap, type Pelaku, peranBerikutnya } from './mesin';

export interface PermintaanSunting {
  tahap: string;
  pelaku: Pelaku;
  /** The item's assignees (admin user ids), for a stage only they edit in. */
  penugasan: readonly number[] | null;
  /** The fields the edit changes, and their values before and after (normalised, domain/sidik.ts). */
  berubah: readonly string[];
  sebelum: Readonly<Record<string, unknown>>;
  sesudah: Readonly<Record<string, unknown>>;
  /** Actions already taken on the item (from its history), for fields frozen after one. */
  aksiTerjadi: ReadonlySet<string>;
}

export type KodePenolakanSunting =
  | 'field-mesin'
  | 'field-tetap'
  | 'sunting-terkunci'
  | 'sunting-bukan-peran'
  | 'sunting-bukan-penugasan'
  | 'sunting-field'
  | 'sunting-field-keputusan'
  | 'sunting-hanya-tambah';

export type KeputusanSunting =
  | {
      ok: true;
      /** Allowed only because the actor is a Super Admin (or the system): recorded as such. */ luarSop: boolean;
      /** Allowed by the stage's `pencatatan` rule: a record beside the content, no correction cycle. */
      pencatatan?: boolean;
    }
  | { ok: false; kode: KodePenolakanSunting; pesan: string; field: string[] };

const namaPeran = (kode: readonly string[]) =>
  kode.map((k) => PERAN.find((peran) => peran.kode === k)?.nama ?? k).join(', ');

const bebasDariAturan = (pelaku: Pelaku) => pelaku.bolehSuntingLuarSop ?? pelaku.superAdmin;

const daftarField = (field: readonly string[]) => field.join(', ');

/** The SOP ways back from a stage (to an earlier one, where the content is looked at again). */
function jalanKembali(alur: DefinisiAlur, tahap: string): string {
  const urutan = (kode: string | null) => alur.tahap.findIndex((t) => t.kode === kode);
  const jalan = aksiDariTahap(alur, tahap).filter(
    (aksi) => aksi.melalui === 'transisi' && aksi.ke !== null && urutan(aksi.ke) < urutan(tahap),
  );
  if (jalan.length === 0) return '';
  return ` Untuk memperbaikinya: aksi ${jalan.map((aksi) => `"${aksi.label}" (${namaPeran(aksi.peran)})`).join(' atau ')}.`;
}

/** Whether every item of the list before is still in the list after (one may only add). */
function hanyaDitambah(sebelum: unknown, sesudah: unknown): boolean {
  const lama = Array.isArray(sebelum) ? sebelum.map((item) => stringify(item)) : [];
  const baru = Array.isArray(sesudah) ? sesudah.map((item) => stringify(item)) : [];
  const sisa = [...baru];
  return lama.every((item) => {
    const i = sisa.indexOf(item);
    if (i === -1) return false;
    sisa.splice(i, 1);
    return true;
  });
}

/**
 * The stage's `pencatatan` rule, when it is the one an edit falls under: the person holds one of
 * its roles and changes only its fields. Its own checks (adding only) then decide the edit.
 */
function pencatatanUntuk(
  alur: DefinisiAlur,
  permintaan: Pick<PermintaanSunting, 'tahap' | 'pelaku' | 'berubah'>,
): AturanSunting | undefined {
  const aturan = alur.tahap.find((t) => t.kode === permintaan.tahap)?.pencatatan;
  if (!aturan?.peran.some((peran) => permintaan.pelaku.peran.includes(peran))) return undefined;
  const field = aturan.field ?? [];
  return permintaan.berubah.every((nama) => field.includes(nama)) ? aturan : undefined;
}

/** The rule of the stage, applied to a person as the SOP sees them (no Super Admin exemption). */
function menurutAturan(
  alur: DefinisiAlur,
  permintaan: PermintaanSunting,
  aturanLain?: AturanSunting,
): KeputusanSunting {
  const { tahap, pelaku, penugasan, berubah, sebelum, sesudah } = permintaan;
  const definisi = alur.tahap.find((t) => t.kode === tahap);
  const label = labelTahap(alur, tahap);
  const aturan = aturanLain ?? definisi?.sunting;

  if (!aturan) {
    const menunggu = peranBerikutnya(alur, tahap).map((peran) => peran.nama);
    const alasan = definisi?.akhir
      ? 'alur sudah selesai'
      : menunggu.length > 0
        ? `menunggu ${menunggu.join(', ')}`
        : 'isinya sudah diputuskan';
    return {
      ok: false,
      kode: 'sunting-terkunci',
      pesan: `Terkunci: ${alasan}. Isi dokumen pada tahap "${label}" tidak dapat diubah oleh siapa pun (SOP ${alur.sop.nomor}): yang ditinjau dan diputuskan adalah yang tayang.${jalanKembali(alur, tahap)}`,
      field: [...berubah],
    };
  }

  if (!aturan.peran.some((peran) => pelaku.peran.includes(peran))) {
    return {
      ok: false,
      kode: 'sunting-bukan-peran',
      pesan: `Pada tahap "${label}" isi dokumen hanya dapat diubah oleh ${namaPeran(aturan.peran)}${
        aturan.field ? ` (hanya ${daftarField(aturan.field)})` : ''
      } (SOP ${alur.sop.nomor}).`,
      field: [...berubah],
    };
  }

  if (
    aturan.hanyaDitugaskan &&
    !pelaku.superAdmin &&
    !(penugasan ?? []).includes(pelaku.id ?? -1)
  ) {
    return {
      ok: false,
      kode: 'sunting-bukan-penugasan',
      pesan: `Pada tahap "${label}" isi dokumen hanya dapat diubah oleh ${namaPeran(aturan.peran)} yang ditugaskan untuk dokumen ini.`,
      field: [...berubah],
    };
  }

  // Decision fields (the classification) belong to the rule that names them: an editor allowed
  // every field still leaves them to the one who decides.
  const keputusan = (alur.fieldKeputusan ?? []).filter(
    (field) => berubah.includes(field) && !aturan.field?.includes(field),
  );
  if (keputusan.length > 0) {
    const pemilik = alur.tahap.filter((t) =>
      keputusan.some((field) => t.sunting?.field?.includes(field)),
    );
    return {
      ok: false,
      kode: 'sunting-field-keputusan',
      pesan: `${daftarField(keputusan)} adalah keputusan, bukan isi: hanya ${pemilik
        .map((t) => `${namaPeran(t.sunting?.peran ?? [])} pada tahap "${t.label}"`)
        .join(' atau ')} yang dapat mengubahnya (SOP ${alur.sop.nomor}).`,
      field: keputusan,
    };
  }

  const diLuar = aturan.field ? berubah.filter((field) => !aturan.field?.includes(field)) : [];
  if (diLuar.length > 0) {
    return {
      ok: false,
      kode: 'sunting-field',
      pesan: `Pada tahap "${label}" hanya ${daftarField(aturan.field ?? [])} yang dapat diubah; ${daftarField(diLuar)} sudah diputuskan dan terkunci.${jalanKembali(alur, tahap)}`,
      field: diLuar,
    };
  }

  const dikurangi = (aturan.hanyaTambah ?? []).filter(
    (field) => berubah.includes(field) && !hanyaDitambah(sebelum[field], sesudah[field]),
  );
  if (dikurangi.length > 0) {
    return {
      ok: false,
      kode: 'sunting-hanya-tambah',
      pesan: `Pada tahap "${label}" ${daftarField(dikurangi)} hanya dapat ditambah: yang sudah tercatat tidak dapat diubah atau dihapus.`,
      field: dikurangi,
    };
  }
  return { ok: true, luarSop: false };
}

/** An absence is an absence, whatever shape a request or a driver gives it. */
const tanpaNilai = (value: unknown) => value === null || value === undefined || value === '';

/** The same stored value as a request sends it back: a time is its instant, whatever its notation. */
function samaDenganTersimpan(type: string | undefined, dikirim: unknown, tersimpan: unknown) {
  if (tanpaNilai(dikirim) || tanpaNilai(tersimpan))
    return tanpaNilai(dikirim) && tanpaNilai(tersimpan);
  if (type === 'datetime' || type === 'timestamp')
    return new Date(dikirim as string).getTime() === new Date(tersimpan as string).getTime();
  return dikirim === tersimpan;
}

/** The engine's fields (`fieldMesin`) a request sends, relations aside: those are judged on what a save changed. */
export function fieldMesinDikirim(
  alur: DefinisiAlur,
  atribut: Readonly<Record<string, { type: string }>>,
  data: Readonly<Record<string, unknown>>,
): string[] {
  return (alur.fieldMesin ?? []).filter(
    (field) => field in data && atribut[field]?.type !== 'relation',
  );
}

/**
 * Of those, the ones the request writes: sent with a value, or sent empty, other than the one
 * stored on the draft (none stored: a new item). A Save sending the whole form back carries them
 * unchanged and writes none. Judged from the request itself, before the database: a copy of an
 * issued number would fail there on its unique index, and a field no edit shows (domain/sidik.ts
 * FIELD_TANPA_SIDIK: the mirror of a pending schedule) would be caught nowhere else.
 */
export function fieldMesinDitulis(
  alur: DefinisiAlur,
  atribut: Readonly<Record<string, { type: string }>>,
  data: Readonly<Record<string, unknown>>,
  tersimpan: Readonly<Record<string, unknown>> | null,
): string[] {
  return fieldMesinDikirim(alur, atribut, data).filter(
    (field) => !samaDenganTersimpan(atribut[field]?.type, data[field], tersimpan?.[field]),
  );
}

/**
 * Decide an edit. Engine-owned fields and fields frozen after an action hold for everyone; the
 * stage's rule holds for everyone but a Super Admin (or the system), whose edit outside the rule
 * is allowed and recorded as an edit outside the SOP.
 */
export function putuskanSunting(
  alur: DefinisiAlur,
  permintaan: PermintaanSunting,
): KeputusanSunting {
  const { berubah, aksiTerjadi, pelaku } = permintaan;
  if (berubah.length === 0) return { ok: true, luarSop: false };

  const milikMesin = berubah.filter((field) => alur.fieldMesin?.includes(field));
  if (milikMesin.length > 0) {
    return {
      ok: false,
      kode: 'field-mesin',
      pesan: `${daftarField(milikMesin)} diisi oleh sistem redaksi (nomor agenda, rantai disposisi, jadwal tayang lewat aksi "Jadwalkan Tayang"): tidak dapat diisi, diubah atau dikosongkan sendiri. Bila formulir dibuka sebelum sistem mengubahnya, muat ulang halaman.`,
      field: milikMesin,
    };
  }

  const tetap = (alur.fieldTetap ?? []).filter(
    (aturan) => berubah.includes(aturan.field) && aksiTerjadi.has(aturan.sejakAksi),
  );
  if (tetap.length > 0) {
    return {
      ok: false,
      kode: 'field-tetap',
      pesan: tetap
        .map(
          (aturan) =>
            `${aturan.field} tidak dapat diubah setelah aksi "${aturan.sejakAksi}": ${aturan.alasan}`,
        )
        .join('; '),
      field: tetap.map((aturan) => aturan.field),
    };
  }

  // SOP 20 langkah 7-8: the publisher's record of where the article was shared is no edit of
  // what was verified: held to its own rule (adding only), it sends nothing back to correction.
  const pencatatan = pencatatanUntuk(alur, permintaan);
  const keputusan = pencatatan
    ? menurutAturan(alur, permintaan, pencatatan)
    : menurutAturan(alur, permintaan);
  if (!keputusan.ok && bebasDariAturan(pelaku)) return { ok: true, luarSop: true };
  return keputusan.ok && pencatatan ? { ...keputusan, pencatatan: true } : keputusan;
}

/**
 * An edit of decision fields alone (the Verifikator classifying) decides on the content rather than
 * writing it: it does not make the editor a contributor, whom pemisahan tugas keeps from deciding.
 */
export function hanyaFieldKeputusan(alur: DefinisiAlur, berubah: readonly string[]): boolean {
  return berubah.length > 0 && berubah.every((field) => alur.fieldKeputusan?.includes(field));
}

export interface RingkasanSunting {
  boleh: boolean;
  field: string[] | null;
  pesan: string | null;
  /** The engine's fields (`fieldMesin`): nobody sets them, a Super Admin neither. */
  mesin: string[];
  /** Fields frozen by an action already taken (`fieldTetap`), each with why. */
  tetap: Array<{ field: string; pesan: string }>;
}

/**
 * What the editor is told beside the form, and what the form locks field by field: may they edit
 * now, which fields, and if not, why; the engine's fields and those frozen after an action.
 */
export function ringkasSunting(
  alur: DefinisiAlur,
  permintaan: Omit<PermintaanSunting, 'berubah' | 'sebelum' | 'sesudah'>,
): RingkasanSunting {
  const selalu = {
    mesin: [...(alur.fieldMesin ?? [])],
    tetap: (alur.fieldTetap ?? [])
      .filter((aturan) => permintaan.aksiTerjadi.has(aturan.sejakAksi))
      .map((aturan) => ({
        field: aturan.field,
        pesan: `Tidak dapat diubah lagi setelah "${
          alur.aksi.find((aksi) => aksi.kode === aturan.sejakAksi)?.label ?? aturan.sejakAksi
        }": ${aturan.alasan}.`,
      })),
  };
  return { ...ringkasMenurutTahap(alur, permintaan), ...selalu };
}

function ringkasMenurutTahap(
  alur: DefinisiAlur,
  permintaan: Omit<PermintaanSunting, 'berubah' | 'sebelum' | 'sesudah'>,
): { boleh: boolean; field: string[] | null; pesan: string | null } {
  const aturan = alur.tahap.find((t) => t.kode === permintaan.tahap)?.sunting;
  const keputusan = menurutAturan(alur, {
    ...permintaan,
    berubah: ['*'],
    sebelum: {},
    sesudah: {},
  });
  const boleh = keputusan.ok || (!keputusan.ok && keputusan.kode === 'sunting-field');
  if (boleh) return { boleh: true, field: aturan?.field ? [...aturan.field] : null, pesan: null };
  // Not a writer here, but the one who records beside the content (the publisher's links).
  const pencatatan = pencatatanUntuk(alur, { ...permintaan, berubah: [] });
  if (pencatatan) return { boleh: true, field: [...(pencatatan.field ?? [])], pesan: null };
  if (bebasDariAturan(permintaan.pelaku)) {
    return {
      boleh: true,
      field: null,
      pesan: 'Anda Super Admin: suntingan pada tahap ini tercatat sebagai suntingan di luar SOP.',
    };
  }
  return { boleh: false, field: [], pesan: keputusan.ok ? null : keputusan.pesan };
}

/** The stages in which an approval is in force: those from which publication checks the fingerprint. */
export function tahapPersetujuanBerlaku(alur: DefinisiAlur): string[] {
  return [
    ...new Set(alur.aksi.filter((aksi) => aksi.sidik === 'cocokkan').flatMap((aksi) => aksi.dari)),
  ];
}

export interface PemakaianBerkas {
  /** The stage of the item that holds the file, if it has a workflow state. */
  tahap: string | null;
  /** A published version of the item shows the file. */
  tayang: boolean;
}

export type KunciBerkas = { kode: 'berkas-tayang' | 'berkas-disetujui'; pesan: string };

/**
 * A media file is one row, shared by the published version, the draft and the approval's
 * fingerprint: changing its bytes, its description or deleting it changes what the public sees,
 * or what was approved, without a decision. Such a file is frozen for everyone (a Super Admin
 * too): a different photo is a new file put in the draft, which then walks the SOP again. Files
 * only a draft uses follow the stage's editing rights (`putuskanSunting`).
 */
export function kunciBerkas(alur: DefinisiAlur, pemakaian: PemakaianBerkas): KunciBerkas | null {
  const saran =
    'Untuk mengganti foto, unggah berkas baru lalu pasang pada draf dokumen; draf itu kemudian menempuh alur SOP lagi.';
  if (pemakaian.tayang) {
    return {
      kode: 'berkas-tayang',
      pesan: `Berkas ini tampil pada versi yang sedang tayang: tidak dapat diubah oleh siapa pun tanpa keputusan baru (SOP ${alur.sop.nomor}). ${saran}`,
    };
  }
  if (pemakaian.tahap && tahapPersetujuanBerlaku(alur).includes(pemakaian.tahap)) {
    return {
      kode: 'berkas-disetujui',
      pesan: `Berkas ini bagian dari konten yang sudah disetujui pada tahap "${labelTahap(alur, pemakaian.tahap)}": tidak dapat diubah oleh siapa pun tanpa keputusan baru (SOP ${alur.sop.nomor}). ${saran}`,
    };
  }
  return null;
}
