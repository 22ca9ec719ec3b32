/**
 * The SOP state machine: pure functions over a workflow definition (no Strapi, no clock).
 * The engine service feeds it the stored state, the actor's roles, the document and "now";
 * it answers which actions are open and whether one may be taken, and why not.
 */
import { type KodePeran, PERAN } from '../constants';
import type { DefinisiAksi, DefinisiAlur, JalurAksi } from '../workflows/types';
import { type DokumenSnapshot, type HasilSyarat, periksaSyarat, terisi } from './syarat';
import { formatWib, hitungTenggat, sudahLewat } from './tenggat';

export interface StatusAlur {
  tahap: string;
  diserahkanPada: Date | null;
  izinTerlambat: boolean;
}

export interface Pelaku {
  peran: readonly string[];
  superAdmin: boolean;
}

export interface MasukanAksi {
  note?: string | null;
  alasanTerlambat?: string | null;
}

export type { JalurAksi };

export type Penolakan =
  /** The workflow has no action of that name: a malformed request (400). */
  | { jenis: 'aksi-tidak-dikenal'; pesan: string }
  /** The action exists but not from the current stage: the item moved on (409). */
  | { jenis: 'tahap-tidak-sesuai'; pesan: string }
  /** The action is taken through Strapi's Publish, not the transitions route, or the reverse (400). */
  | { jenis: 'jalur-salah'; pesan: string }
  /** The actor holds no role that may take it (403). */
  | { jenis: 'bukan-peran'; pesan: string }
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

export function labelTahap(alur: DefinisiAlur, kode: string): string {
  return alur.tahap.find((tahap) => tahap.kode === kode)?.label ?? kode;
}

/**
 * Where a stage stands on the SOP's path, for people ("langkah 3 dari 6"): final side stages
 * (a rejection) are off the path and have no position.
 */
export function posisiTahap(alur: DefinisiAlur, kode: string): { urutan: number; jumlah: number } | null {
  const jalan = alur.tahap.filter((tahap) => !tahap.akhir);
  const urutan = jalan.findIndex((tahap) => tahap.kode === kode);
  return urutan === -1 ? null : { urutan: urutan + 1, jumlah: jalan.length };
}

/**
 * The actions an item in this stage waits on a person for: taken by someone (a button or
 * Publish, not an edit or the engine), moving the item on (not a late permission), not an
 * exception open everywhere (`kapanSaja`). Online is where the path ends: publishing an edit
 * again waits for no one. The queue, the panel's "waiting for" and the mails all read this.
 */
export function aksiDitunggu(alur: DefinisiAlur, tahap: string): DefinisiAksi[] {
  if (tahap === alur.tahapTayang) return [];
  return aksiDariTahap(alur, tahap).filter(
    (aksi) => (aksi.melalui === 'transisi' || aksi.melalui === 'publish') && aksi.ke !== null && !aksi.kapanSaja,
  );
}

/** The roles an item in this stage waits for, with their names. */
export function peranBerikutnya(alur: DefinisiAlur, tahap: string): { kode: KodePeran; nama: string }[] {
  const kode = aksiDitunggu(alur, tahap).flatMap((aksi) => aksi.peran);
  return PERAN.filter((peran) => kode.includes(peran.kode)).map(({ kode, nama }) => ({ kode, nama }));
}

export function aksiDariTahap(alur: DefinisiAlur, tahap: string): DefinisiAksi[] {
  return alur.aksi.filter((aksi) => aksi.dari.includes(tahap));
}

export function aksiPublish(alur: DefinisiAlur): DefinisiAksi | undefined {
  return alur.aksi.find((candidate) => candidate.melalui === 'publish');
}

/** The action taken by a path (an edit, a system consequence) from the current stage, if any. */
export function aksiOtomatis(alur: DefinisiAlur, jalur: 'suntingan' | 'sistem', tahap: string): DefinisiAksi | undefined {
  return alur.aksi.find((aksi) => aksi.melalui === jalur && aksi.dari.includes(tahap));
}

export function bolehMengambil(aksi: DefinisiAksi, pelaku: Pelaku): boolean {
  return pelaku.superAdmin || aksi.peran.some((peran) => pelaku.peran.includes(peran));
}

/** The deadline of an action for this item, if it has one and its base is known. */
export function tenggatAksi(aksi: DefinisiAksi, dokumen: DokumenSnapshot, status: StatusAlur): Date | null {
  if (!aksi.tenggat) return null;
  const tanggal = aksi.tenggat.dasar === 'diserahkanPada' ? null : dokumen[aksi.tenggat.dasar];
  return hitungTenggat(aksi.tenggat, {
    tanggal: typeof tanggal === 'string' ? tanggal : null,
    diserahkanPada: status.diserahkanPada,
  });
}

/**
 * Every condition of an action, met or not: content conditions, the required note, and what
 * lateness asks for (a late reason, or the leadership's prior permission).
 */
export function evaluasiSyarat(
  aksi: DefinisiAksi,
  dokumen: DokumenSnapshot,
  status: StatusAlur,
  masukan: MasukanAksi,
  sekarang: Date,
): HasilSyarat[] {
  const hasil = aksi.syarat.map((syarat) => periksaSyarat(syarat, dokumen, sekarang));

  if (aksi.catatanWajib) {
    const ok = terisi(masukan.note);
    hasil.push({
      kode: 'catatan-wajib',
      terpenuhi: ok,
      pesan: ok ? 'Catatan: terisi' : `Catatan wajib diisi untuk aksi "${aksi.label}"`,
    });
  }

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
          : `Batas waktu ${formatWib(batas)} sudah lewat: perlu izin terlambat dari Pemimpin Redaksi`,
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
}

/** Decide whether an action may be taken now, in the order a person would want to hear why not. */
export function putuskan(alur: DefinisiAlur, permintaan: PermintaanAksi): Keputusan {
  const { kodeAksi, jalur, status, pelaku, dokumen, masukan, sekarang } = permintaan;
  const tahapSekarang = labelTahap(alur, status.tahap);

  const sejenis = alur.aksi.filter((aksi) => aksi.kode === kodeAksi);
  if (sejenis.length === 0) {
    const dikenal = [...new Set(alur.aksi.filter((aksi) => aksi.melalui === 'transisi').map((aksi) => aksi.kode))];
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
          jalur === 'transisi'
            ? `Aksi "${kodeAksi}" dilakukan dengan tombol Terbitkan (Publish), bukan sebagai transisi`
            : `Aksi "${kodeAksi}" bukan publikasi`,
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
  const perluPeran = jalur === 'transisi' || jalur === 'publish';
  if (perluPeran && !bolehMengambil(aksi, pelaku)) {
    return {
      ok: false,
      penolakan: {
        jenis: 'bukan-peran',
        pesan: `Aksi "${aksi.label}" pada tahap "${tahapSekarang}" hanya untuk: ${aksi.peran.join(', ')}`,
      },
    };
  }

  const syarat = evaluasiSyarat(aksi, dokumen, status, masukan, sekarang);
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
  return { ok: true, aksi, ke: aksi.ke ?? status.tahap, batas, terlambat: sudahLewat(batas, sekarang) };
}
