/**
 * The SOP state machine: pure functions over a workflow definition (no Strapi, no clock).
 * The engine service feeds it the stored state, the actor's roles, the document and "now";
 * it answers which actions are open and whether one may be taken, and why not.
 */
import { type KodePeran, PERAN } from '../constants';
import type { DefinisiAksi, DefinisiAlur, JalurAksi, JenisKontribusi } from '../workflows/types';
import { bedaDariSidik, type Sidik } from './sidik';
import { type DokumenSnapshot, type HasilSyarat, periksaSyarat, terisi } from './syarat';
import { formatWib, hitungTenggat, sudahLewat, tanggalWib } from './tenggat';
import { labelTahap } from '../../../shared/alur';

export interface StatusAlur {
  tahap: string;
  diserahkanPada: Date | null;
  izinTerlambat: boolean;
  /** The item's assignees (admin user ids). */
  penugasan?: readonly number[] | null;
  /** Who took the workflow's last submitting action (kept for rows written before `kontributor`). */
  pengajuId?: number | null;
  /**
   * Pemisahan tugas: who made, edited or submitted the content since the last decision (admin user
   * ids). `null` on rows written before it was recorded: their last submitter stands for it.
   */
  kontributor?: readonly number[] | null;
  /** The fingerprint of the content as approved or verified. */
  sidikDisetujui?: Sidik | null;
}

export interface Pelaku {
  id?: number | null;
  peran: readonly string[];
  superAdmin: boolean;
  /**
   * May edit outside a stage's editing rule (recorded as such). A Super Admin and code running as
   * the system may; an API token, which holds no SOP role, may not: REST is no way around the SOP.
   */
  bolehSuntingLuarSop?: boolean;
}

export interface MasukanAksi {
  note?: string | null;
  alasanTerlambat?: string | null;
  /** A takedown's public record (`turunkan`): its category of reason and public reason. */
  kategori?: string | null;
  alasanPublik?: string | null;
  /** `buat-liputan`: the title of the Liputan it creates (asked for by the action's `masukan`). */
  judul?: string | null;
  /** `jadwalkan`: the minute of publication as sent (domain/jadwal-tayang.ts reads it as WIB). */
  jadwalTayang?: string | null;
}

export type { JalurAksi };

export type Penolakan =
  /** The workflow has no action of that name: a malformed request (400). */
  | { jenis: 'aksi-tidak-dikenal'; pesan: string }
  /** The action exists but not from the current stage: the item moved on (409). */
  | { jenis: 'tahap-tidak-sesuai'; pesan: string }
  /** The action is taken through Strapi's Publish, not the transitions route, or the reverse (400). */
  | { jenis: 'jalur-salah'; pesan: string }
  /** The actor holds no role that may take it, is not assigned, or submitted the item themselves (403). */
  | { jenis: 'bukan-peran' | 'bukan-penugasan' | 'pemisahan-tugas'; pesan: string }
  /** Conditions unmet (400, with each condition by code). */
  | { jenis: 'syarat'; pesan: string; syarat: HasilSyarat[] };

export type Keputusan =
  | {
      ok: true;
      aksi: DefinisiAksi;
      ke: string;
      batas: Date | null;
      terlambat: boolean;
    }
  | { ok: false; penolakan: Penolakan };

export { labelTahap };

/**
 * Where a stage stands in the SOP's own numbering, for people ("Langkah 3 dari 5", as the SOP's
 * table counts its steps, not the stages): a stage the SOP numbers no step for (a rejection, a
 * takedown, a sheet handed on) has no position.
 */
export function posisiTahap(
  alur: DefinisiAlur,
  kode: string,
): { urutan: number; jumlah: number } | null {
  const langkah = alur.tahap.find((tahap) => tahap.kode === kode)?.langkahSop;
  return langkah === undefined ? null : { urutan: langkah, jumlah: alur.sop.jumlahLangkah };
}

/**
 * The actions an item in this stage waits on a person for: taken by someone (a button or
 * Publish, not an edit or the engine), moving the item on (not a late permission), not an
 * exception open everywhere (`kapanSaja`). Online is where the path ends: publishing an edit
 * again waits for no one. The queue, the panel's "waiting for" and the mails all read this.
 */
export function aksiDitunggu(
  alur: DefinisiAlur,
  tahap: string,
  /**
   * What decides whether an action waited on only after a date (`ditungguSetelah`) is due:
   * without it such actions are left out (the arrival mail, the stage's "waiting for");
   * `'semua'` keeps them all, for a caller that asks `ditungguSekarang` item by item.
   */
  keadaan?: { dokumen: DokumenSnapshot; sekarang: Date } | 'semua',
): DefinisiAksi[] {
  if (tahap === alur.tahapTayang) return [];
  return aksiDariTahap(alur, tahap).filter(
    (aksi) =>
      (aksi.melalui === 'transisi' || aksi.melalui === 'publish') &&
      aksi.ke !== null &&
      !aksi.kapanSaja &&
      (!aksi.ditungguSetelah ||
        keadaan === 'semua' ||
        (keadaan !== undefined && ditungguSekarang(aksi, keadaan.dokumen, keadaan.sekarang))),
  );
}

/**
 * Whether an item waits for this action now: always, unless the action waits on a date
 * (`ditungguSetelah`, an exemption's validity), which must be past in WIB: valid "until" a date
 * means through that whole day. An item without the date waits at once, to be looked at.
 */
export function ditungguSekarang(
  aksi: DefinisiAksi,
  dokumen: DokumenSnapshot,
  sekarang: Date,
): boolean {
  if (!aksi.ditungguSetelah) return true;
  const tanggal = dokumen[aksi.ditungguSetelah];
  return typeof tanggal !== 'string' || tanggalWib(sekarang) > tanggal.slice(0, 10);
}

/**
 * The actions of a stage that grant the late permission an `izin-wajib` action needs (effect
 * `izin-terlambat`, SOP 21 langkah 5). The stage alone does not make an item wait for them: the
 * item's lateness does (`izinTerlambatDiperlukan`).
 */
export function aksiPemberiIzin(alur: DefinisiAlur, tahap: string): DefinisiAksi[] {
  if (tahap === alur.tahapTayang) return [];
  return aksiDariTahap(alur, tahap).filter((aksi) => aksi.efek?.includes('izin-terlambat'));
}

/**
 * The passed deadline of an action that needs permission when late (`terlambat: 'izin-wajib'`),
 * when the item has no permission yet; null otherwise. From the moment it passes, whatever stage
 * the item stands in, the item waits for the permission too: nobody has to phone for it.
 */
export function izinTerlambatDiperlukan(
  alur: DefinisiAlur,
  dokumen: DokumenSnapshot,
  status: StatusAlur,
  sekarang: Date,
): Date | null {
  if (status.izinTerlambat) return null;
  for (const aksi of alur.aksi) {
    if (aksi.terlambat !== 'izin-wajib') continue;
    const batas = tenggatAksi(aksi, dokumen, status);
    if (batas && sudahLewat(batas, sekarang)) return batas;
  }
  return null;
}

/**
 * Who gives the late permission of a workflow (its actions with `efek: ['izin-terlambat']`), by
 * the roles' names: what a late item's team is told to ask for, before it is refused at upload.
 */
export function pemberiIzinTerlambat(alur: DefinisiAlur): string[] {
  const kode = alur.aksi
    .filter((aksi) => aksi.efek?.includes('izin-terlambat'))
    .flatMap((aksi) => aksi.peran);
  return PERAN.filter((peran) => kode.includes(peran.kode)).map((peran) => peran.nama);
}

/**
 * The late permission an item still needs, while it is on its way (not online, not at an end):
 * its passed deadline, or null. Shown to everyone who handles it, from the draft on.
 */
export function izinTerlambatDitunggu(
  alur: DefinisiAlur,
  dokumen: DokumenSnapshot,
  status: StatusAlur,
  sekarang: Date,
): Date | null {
  if (status.tahap === alur.tahapTayang || aksiDariTahap(alur, status.tahap).length === 0)
    return null;
  return izinTerlambatDiperlukan(alur, dokumen, status, sekarang);
}

/** A history row as far as returns are concerned (the stored row and the view's row both fit). */
interface LangkahRiwayat {
  aksi: string;
  dari: string | null;
  ke: string;
}

/**
 * Where an item stands with respect to returns (SOP 21 langkah 2-4, SOP 20 langkah 6-7), read from
 * its history and the workflow's own words (`rekap: 'dikembalikan'`): the return it still stands
 * under (its last change of stage was one), or whether it was handed in again after one (its last
 * change of stage left the stage the last return sent it to).
 */
export function jejakPengembalian<B extends LangkahRiwayat>(
  alur: DefinisiAlur,
  riwayat: readonly B[],
): { dikembalikan: B | null; diserahkanUlang: boolean } {
  const kembali = new Set(alur.aksi.filter((a) => a.rekap === 'dikembalikan').map((a) => a.kode));
  const pindah = riwayat.filter((baris) => baris.dari !== null && baris.dari !== baris.ke);
  const terakhir = pindah.at(-1);
  if (terakhir && kembali.has(terakhir.aksi))
    return { dikembalikan: terakhir, diserahkanUlang: false };
  const returnTerakhir = [...pindah].reverse().find((baris) => kembali.has(baris.aksi));
  return {
    dikembalikan: null,
    diserahkanUlang: Boolean(returnTerakhir && terakhir && terakhir.dari === returnTerakhir.ke),
  };
}

/** The roles an item in this stage waits for, with their names. */
export function peranBerikutnya(
  alur: DefinisiAlur,
  tahap: string,
): { kode: KodePeran; nama: string }[] {
  const kode = aksiDitunggu(alur, tahap).flatMap((aksi) => aksi.peran);
  return PERAN.filter((peran) => kode.includes(peran.kode)).map(({ kode, nama }) => ({
    kode,
    nama,
  }));
}

/** The stage a new item starts in: another one when it is created already linked (a Liputan from a disposition). */
export function tahapAwalUntuk(
  alur: DefinisiAlur,
  nilai: Readonly<Record<string, unknown>>,
): string {
  const terkait = alur.tahapAwalJikaTerkait;
  const ada = terkait && nilai[terkait.field] !== null && nilai[terkait.field] !== undefined;
  return ada ? terkait.tahap : alur.tahapAwal;
}

export function aksiDariTahap(alur: DefinisiAlur, tahap: string): DefinisiAksi[] {
  return alur.aksi.filter((aksi) => aksi.dari.includes(tahap));
}

/**
 * The action of this code taken from this stage: one code may name several steps (`kembalikan`
 * from each stage that hands back), each its own action with its own rules.
 */
export function aksiBerkode(
  alur: DefinisiAlur,
  kode: string,
  tahap: string,
): DefinisiAksi | undefined {
  return alur.aksi.find((aksi) => aksi.kode === kode && aksi.dari.includes(tahap));
}

export function aksiPublish(alur: DefinisiAlur): DefinisiAksi | undefined {
  return alur.aksi.find((candidate) => candidate.melalui === 'publish');
}

/** The action taken by a path (an edit, a system consequence) from the current stage, if any. */
export function aksiOtomatis(
  alur: DefinisiAlur,
  jalur: 'suntingan' | 'sistem',
  tahap: string,
): DefinisiAksi | undefined {
  return alur.aksi.find((aksi) => aksi.melalui === jalur && aksi.dari.includes(tahap));
}

export function bolehMengambil(aksi: DefinisiAksi, pelaku: Pelaku): boolean {
  return pelaku.superAdmin || aksi.peran.some((peran) => pelaku.peran.includes(peran));
}

/**
 * Who had a hand in the content since the last decision. A state written before the list was kept
 * knows only its last submitter, who stands for it until the list is first written.
 */
export function kontributorSejakKeputusan(status: StatusAlur): number[] {
  if (status.kontributor) return [...status.kontributor];
  return status.pengajuId === null || status.pengajuId === undefined ? [] : [status.pengajuId];
}

/**
 * The contributor list once this person had a hand of this kind in the content, or `null` when it
 * stays as it is: the workflow does not separate duties or not over this kind, the actor is no
 * person (code, an API token), or they are on the list already.
 */
export function tambahKontributor(
  alur: DefinisiAlur,
  status: StatusAlur,
  id: number | null | undefined,
  jenis: JenisKontribusi,
): number[] | null {
  if (id === null || id === undefined) return null;
  if (!alur.pemisahanTugas?.kontributor.includes(jenis)) return null;
  const ada = kontributorSejakKeputusan(status);
  // A legacy row gets its list written once, from its submitter, even if this person is that one.
  if (ada.includes(id) && status.kontributor) return null;
  return ada.includes(id) ? ada : [...ada, id];
}

/**
 * The contributor list after an action: a submission adds whoever takes it, a decision clears the
 * list (the next decision is on what changes after this one). `undefined`: it stays as it is.
 */
export function kontributorSetelahAksi(
  alur: DefinisiAlur,
  aksi: DefinisiAksi,
  status: StatusAlur,
  id: number | null | undefined,
): number[] | undefined {
  const aturan = alur.pemisahanTugas;
  if (!aturan) return undefined;
  if (aturan.pemutus.includes(aksi.kode)) return [];
  if (aturan.pengaju.includes(aksi.kode))
    return tambahKontributor(alur, status, id, 'pengaju') ?? undefined;
  return undefined;
}

/**
 * Pemisahan tugas: the person about to decide on the item made, edited or submitted its content
 * since the last decision.
 */
export function melanggarPemisahanTugas(
  alur: DefinisiAlur,
  aksi: DefinisiAksi,
  pelaku: Pelaku,
  status: StatusAlur,
): boolean {
  const aturan = alur.pemisahanTugas;
  return Boolean(
    aturan?.pemutus.includes(aksi.kode) &&
      pelaku.id !== null &&
      pelaku.id !== undefined &&
      kontributorSejakKeputusan(status).includes(pelaku.id),
  );
}

const namaPeran = (kode: readonly string[]) =>
  kode.map((k) => PERAN.find((peran) => peran.kode === k)?.nama ?? k).join(' atau ');

/**
 * Why this person may not take this action on this item now, if they may not: no role for it,
 * not assigned where the stage waits only for its assignees, or deciding on what they submitted.
 * A Super Admin may do everything (their exemption from pemisahan tugas is recorded).
 */
export function hambatanPelaku(
  alur: DefinisiAlur,
  aksi: DefinisiAksi,
  pelaku: Pelaku,
  status: StatusAlur,
): Penolakan | null {
  const tahapSekarang = labelTahap(alur, status.tahap);
  if (!bolehMengambil(aksi, pelaku)) {
    return {
      jenis: 'bukan-peran',
      pesan: `Aksi "${aksi.label}" pada tahap "${tahapSekarang}" hanya untuk: ${aksi.peran.join(', ')}`,
    };
  }
  if (pelaku.superAdmin) return null;
  const hanyaDitugaskan =
    !aksi.kapanSaja && alur.tahap.some((t) => t.kode === status.tahap && t.untukYangDitugaskan);
  if (hanyaDitugaskan && !(status.penugasan ?? []).includes(pelaku.id ?? -1)) {
    return {
      jenis: 'bukan-penugasan',
      pesan: `Aksi "${aksi.label}" pada tahap "${tahapSekarang}" hanya untuk yang ditugaskan pada dokumen ini`,
    };
  }
  if (melanggarPemisahanTugas(alur, aksi, pelaku, status)) {
    return {
      jenis: 'pemisahan-tugas',
      pesan: `Pemisahan tugas (SOP ${alur.sop.nomor}): Anda ikut membuat, menyunting atau menyerahkan isi dokumen ini sejak keputusan terakhir atasnya, sehingga aksi "${aksi.label}" harus diambil oleh ${namaPeran(aksi.peran)} lain yang tidak ikut menyusun isinya`,
    };
  }
  return null;
}

/** The deadline of an action for this item, if it has one and its base is known. */
export function tenggatAksi(
  aksi: DefinisiAksi,
  dokumen: DokumenSnapshot,
  status: StatusAlur,
): Date | null {
  if (!aksi.tenggat) return null;
  const tanggal = aksi.tenggat.dasar === 'diserahkanPada' ? null : dokumen[aksi.tenggat.dasar];
  return hitungTenggat(aksi.tenggat, {
    tanggal: typeof tanggal === 'string' ? tanggal : null,
    diserahkanPada: status.diserahkanPada,
  });
}

/**
 * The deadlines running in an item's stage: one per action that has one, in the stage's order of
 * actions. None while a version is online: the SOP's deadlines lead up to publication.
 */
export function tenggatTahap(
  alur: DefinisiAlur,
  dokumen: DokumenSnapshot,
  status: StatusAlur,
): Array<{ aksi: DefinisiAksi; batas: Date }> {
  if (status.tahap === alur.tahapTayang) return [];
  return aksiDariTahap(alur, status.tahap).flatMap((aksi) => {
    const batas = tenggatAksi(aksi, dokumen, status);
    return batas ? [{ aksi, batas }] : [];
  });
}

/** What the fingerprint condition compares: the content now, and the fields the stage still lets people edit. */
export interface SidikSekarang {
  sidik: Sidik;
  fieldBebas: readonly string[];
}

/**
 * The fields the stage in which an action is taken still lets someone edit (they may differ from
 * the approval), and those its `pencatatan` rule records beside the verified content.
 */
export function fieldBebasDiTahap(alur: DefinisiAlur, tahap: string): readonly string[] {
  const definisi = alur.tahap.find((t) => t.kode === tahap);
  return [...(definisi?.sunting?.field ?? []), ...(definisi?.pencatatan?.field ?? [])];
}

/**
 * SOP 21 langkah 4, SOP 20 langkah 7: what goes online is what was decided on. Names the fields
 * that changed since, and the way back to a new decision.
 */
function syaratSidik(
  alur: DefinisiAlur | undefined,
  status: StatusAlur,
  sekarang: SidikSekarang | undefined,
): HasilSyarat {
  const kode = 'konten-sesuai-persetujuan';
  if (!status.sidikDisetujui) {
    return {
      kode,
      terpenuhi: false,
      pesan: 'Belum ada sidik persetujuan: konten harus diputuskan atau diverifikasi lebih dulu',
    };
  }
  const beda = sekarang
    ? bedaDariSidik(status.sidikDisetujui, sekarang.sidik, sekarang.fieldBebas)
    : [];
  if (beda.length === 0)
    return { kode, terpenuhi: true, pesan: 'Konten sama dengan yang disetujui' };
  const jalan = alur
    ? aksiDariTahap(alur, status.tahap).filter(
        (aksi) => aksi.melalui === 'transisi' && aksi.kapanSaja && aksi.ke,
      )
    : [];
  return {
    kode,
    terpenuhi: false,
    field: beda[0],
    pesan: `Konten berubah sejak disetujui: ${beda.join(', ')}${
      jalan.length
        ? `. Kembalikan dengan aksi "${jalan.map((aksi) => aksi.label).join('" atau "')}" untuk diputuskan ulang`
        : ''
    }`,
  };
}

/**
 * The condition of asking for a late permission (`selamaPerluIzin`): the item needs one, from the
 * same facts the publication's guard reads (`izinTerlambatDiperlukan`). Without the workflow
 * there is no deadline to read: not met.
 */
function syaratPerluIzin(
  alur: DefinisiAlur | undefined,
  dokumen: DokumenSnapshot,
  status: StatusAlur,
  sekarang: Date,
): HasilSyarat {
  const kode = 'perlu-izin-terlambat';
  const batas = alur ? izinTerlambatDiperlukan(alur, dokumen, status, sekarang) : null;
  if (batas)
    return {
      kode,
      terpenuhi: true,
      pesan: `Batas waktu ${formatWib(batas)} sudah lewat dan izin terlambat belum diberikan`,
    };
  return {
    kode,
    terpenuhi: false,
    pesan: status.izinTerlambat
      ? 'Izin terlambat sudah diberikan Pemimpin Redaksi: tidak perlu diminta lagi'
      : 'Batas waktu unggah belum lewat: izin terlambat belum diperlukan',
  };
}

/** How the one refused for lateness can ask for the permission from here, if the stage lets them. */
function sarankanMinta(alur: DefinisiAlur | undefined, tahap: string): string {
  const minta = alur ? aksiDariTahap(alur, tahap).find((aksi) => aksi.selamaPerluIzin) : undefined;
  return minta
    ? `. Untuk menyertakan alasan keterlambatan, gunakan aksi "${minta.label}" di panel SOP`
    : '';
}

/**
 * When an action with a pause between repeats (`jedaUlangMenit`) may be taken again on an item it
 * was last taken on at `terakhir`: that moment while it is still ahead of `sekarang`, else null.
 */
export function bolehDiulangPada(
  aksi: Pick<DefinisiAksi, 'jedaUlangMenit'>,
  terakhir: Date | null | undefined,
  sekarang: Date,
): Date | null {
  if (!aksi.jedaUlangMenit || !terakhir) return null;
  const boleh = new Date(terakhir.getTime() + aksi.jedaUlangMenit * 60_000);
  return boleh.getTime() > sekarang.getTime() ? boleh : null;
}

/**
 * Every condition of an action, met or not: content conditions, the required note, what
 * lateness asks for (a late reason, or the leadership's prior permission), and for publication,
 * that the content is the one approved.
 */
export function evaluasiSyarat(
  aksi: DefinisiAksi,
  dokumen: DokumenSnapshot,
  status: StatusAlur,
  masukan: MasukanAksi,
  sekarang: Date,
  sidik?: { alur: DefinisiAlur; sekarang?: SidikSekarang },
): HasilSyarat[] {
  const hasil = aksi.syarat.map((syarat) => periksaSyarat(syarat, dokumen, sekarang));
  if (aksi.sidik === 'cocokkan') hasil.push(syaratSidik(sidik?.alur, status, sidik?.sekarang));

  if (aksi.catatanWajib) {
    const ok = terisi(masukan.note);
    hasil.push({
      kode: 'catatan-wajib',
      terpenuhi: ok,
      pesan: ok ? 'Catatan: terisi' : `Catatan wajib diisi untuk aksi "${aksi.label}"`,
    });
  }
  // What the action itself asks for, as workflow data: the title of the Liputan it creates, a
  // takedown's category and public reason (without them there is nothing to tell the public).
  for (const kolom of aksi.masukan ?? []) {
    if (!kolom.wajib) continue;
    const ok = terisi(masukan[kolom.kolom]);
    hasil.push({
      kode: kolom.kode ?? 'masukan-wajib',
      terpenuhi: ok,
      pesan: ok
        ? `${kolom.label}: terisi`
        : `${kolom.label} (${kolom.kolom}) wajib diisi untuk aksi "${aksi.label}"`,
      field: kolom.kolom,
    });
  }

  if (aksi.selamaPerluIzin) hasil.push(syaratPerluIzin(sidik?.alur, dokumen, status, sekarang));

  const batas = tenggatAksi(aksi, dokumen, status);
  if (batas && sudahLewat(batas, sekarang)) {
    if (aksi.terlambat === 'alasan-wajib') {
      const ok = terisi(masukan.alasanTerlambat);
      hasil.push({
        kode: 'alasan-terlambat',
        terpenuhi: ok,
        pesan: ok
          ? 'Alasan keterlambatan: terisi'
          : `Batas waktu ${formatWib(batas)} sudah lewat: alasan keterlambatan (alasanTerlambat) wajib diisi`,
      });
    }
    if (aksi.terlambat === 'izin-wajib') {
      hasil.push({
        kode: 'izin-terlambat',
        terpenuhi: status.izinTerlambat,
        pesan: status.izinTerlambat
          ? 'Izin terlambat dari Pemimpin Redaksi: ada'
          : // What to do next, not only why: nobody has to phone, the request is already there.
            `Batas waktu ${formatWib(batas)} sudah lewat: perlu izin terlambat dari Pemimpin Redaksi. ` +
            'Permintaan izin sudah tampil di Meja Redaksi dan pengingat harian beliau; ' +
            'unggah setelah izin diberikan' +
            sarankanMinta(sidik?.alur, status.tahap),
      });
    }
  }
  return hasil;
}

function daftarPesan(syarat: HasilSyarat[]): string {
  return syarat.map((item) => item.pesan).join('; ');
}

export interface PermintaanAksi {
  kodeAksi: string;
  jalur: JalurAksi;
  status: StatusAlur;
  pelaku: Pelaku;
  dokumen: DokumenSnapshot;
  masukan: MasukanAksi;
  sekarang: Date;
  /** For an action that checks the fingerprint: the content's fingerprint now. */
  sidikSekarang?: SidikSekarang;
}

/** How an action taken the wrong way is actually taken, where a person can take it. */
const PESAN_JALUR: Partial<Record<JalurAksi, (kode: string) => string>> = {
  publish: (kode) =>
    `Aksi "${kode}" dilakukan dengan tombol Terbitkan (Publish), bukan sebagai transisi`,
  unduhan: (kode) =>
    `Aksi "${kode}" dilakukan dengan tombol Unduh di panel SOP, bukan sebagai transisi`,
};
const NAMA_JALUR: Record<JalurAksi, string> = {
  transisi: 'transisi',
  publish: 'publikasi',
  suntingan: 'suntingan',
  sistem: 'langkah sistem',
  unduhan: 'unduhan',
};

/** Decide whether an action may be taken now, in the order a person would want to hear why not. */
export function putuskan(alur: DefinisiAlur, permintaan: PermintaanAksi): Keputusan {
  const { kodeAksi, jalur, status, pelaku, dokumen, masukan, sekarang, sidikSekarang } = permintaan;
  const tahapSekarang = labelTahap(alur, status.tahap);

  const sejenis = alur.aksi.filter((aksi) => aksi.kode === kodeAksi);
  if (sejenis.length === 0) {
    const dikenal = [
      ...new Set(alur.aksi.filter((aksi) => aksi.melalui === 'transisi').map((aksi) => aksi.kode)),
    ];
    return {
      ok: false,
      penolakan: {
        jenis: 'aksi-tidak-dikenal',
        pesan: `Aksi "${kodeAksi}" tidak dikenal pada SOP ${alur.sop.nomor}. Aksi yang ada: ${dikenal.join(', ')}`,
      },
    };
  }
  if (sejenis.every((aksi) => aksi.melalui !== jalur)) {
    return {
      ok: false,
      penolakan: {
        jenis: 'jalur-salah',
        pesan:
          PESAN_JALUR[sejenis[0].melalui]?.(kodeAksi) ??
          `Aksi "${kodeAksi}" bukan ${NAMA_JALUR[jalur]}`,
      },
    };
  }

  const aksi = sejenis.find((candidate) => candidate.dari.includes(status.tahap));
  if (!aksi) {
    if (jalur === 'publish') {
      // A publish refusal is a 400 whose details name the unmet stage like any other condition.
      const syarat: HasilSyarat = {
        kode: 'tahap-siap-terbit',
        terpenuhi: false,
        pesan: `Belum dapat diterbitkan: tahap saat ini "${tahapSekarang}", harus "${sejenis[0].dari
          .map((kode) => labelTahap(alur, kode))
          .join('" atau "')}"`,
      };
      return { ok: false, penolakan: { jenis: 'syarat', pesan: syarat.pesan, syarat: [syarat] } };
    }
    return {
      ok: false,
      penolakan: {
        jenis: 'tahap-tidak-sesuai',
        pesan: `Dokumen sudah berada pada tahap "${tahapSekarang}"; aksi "${kodeAksi}" tidak berlaku lagi. Muat ulang untuk melihat keadaan terbaru.`,
      },
    };
  }

  // An edit is governed by the content manager's own permissions, a system step by the action that caused it.
  const perluPeran = jalur === 'transisi' || jalur === 'publish' || jalur === 'unduhan';
  const hambatan = perluPeran ? hambatanPelaku(alur, aksi, pelaku, status) : null;
  if (hambatan) return { ok: false, penolakan: hambatan };

  const syarat = evaluasiSyarat(aksi, dokumen, status, masukan, sekarang, {
    alur,
    sekarang: sidikSekarang,
  });
  const belum = syarat.filter((item) => !item.terpenuhi);
  if (belum.length > 0) {
    return {
      ok: false,
      penolakan: {
        jenis: 'syarat',
        pesan: `Aksi "${aksi.label}" belum dapat dilakukan: ${daftarPesan(belum)}`,
        syarat: belum,
      },
    };
  }

  const batas = tenggatAksi(aksi, dokumen, status);
  return {
    ok: true,
    aksi,
    ke: aksi.ke ?? status.tahap,
    batas,
    terlambat: sudahLewat(batas, sekarang),
  };
}
