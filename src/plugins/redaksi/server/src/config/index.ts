/**
 * Every threshold of the SOPs, with the SOP's number and revision date, in one place.
 * The next revision of an SOP is a change here (or in the project's config/plugins.ts
 * under `redaksi.config`), not in code.
 */
import { existsSync } from 'node:fs';
import type { JenisHari } from '../../../shared/contracts/alur';

export type { JenisHari };

export interface KonfigurasiSop21 {
  nomor: string;
  judul: string;
  tanggalRevisi: string;
  /** "Dokumentasi minimal 4" (SOP 21 langkah 1, Kelengkapan). */
  minimalDokumentasi: number;
  /** "Hari H setelah kegiatan berlangsung, maksimal 1 (satu) hari sesudahnya". */
  tenggatSerahkanHari: number;
  /** Langkah 2-4: "H+1 setelah pengumpulan dokumentasi dan konten". */
  tenggatTinjauanHari: number;
  /** Langkah 5: "H+1 setelah kegiatan berlangsung". */
  tenggatUnggahHari: number;
  minimalTautan: number;
  jenisHari: JenisHari;
  /**
   * Whoever made, edited or submitted an item's content since the last decision may not take the
   * decision (pemisahan tugas); on unless switched off.
   */
  pemisahanTugas: boolean;
}

export interface KonfigurasiSop20 {
  nomor: string;
  judul: string;
  tanggalRevisi: string;
  /** Photos an article needs before `ajukan` and publication (1 by default; SOP 20 sets none). */
  minimalFoto: number;
  /** A disposition is due at the end of its `batasWaktu` day (WIB) plus this many days. */
  tenggatDisposisiHari: number;
  jenisHari: JenisHari;
  /**
   * Whoever made, edited or submitted an article since its last verification may not verify it
   * (pemisahan tugas).
   */
  pemisahanTugas: boolean;
}

/** Email notifications and the reminder digest (issue "nobody misses an H+1"). */
export interface KonfigurasiNotifikasi {
  /** Cron rules, in WIB, of the daily reminder runs (07:00 and 13:00 by default). */
  jadwalPengingat: string[];
  /** Attempts per mail before it is logged as failed. */
  percobaan: number;
  /** Wait before the first retry; doubled for each further one. */
  jedaUlangMs: number;
}

/**
 * The history chain's key and anchor file (domain/rantai.ts, domain/jangkar.ts). Filled by the
 * project's config/plugins.ts from the environment (RIWAYAT_HMAC_KEY, RIWAYAT_JANGKAR_FILE): the
 * key must never come from the database it protects.
 */
export interface KonfigurasiRantai {
  kunci: string;
  /** Absolute, or relative to the application's folder. */
  berkasJangkar: string;
}

/**
 * The printed sheets (the recap, the register, the disposition sheet): the letterhead, and who
 * signs "Mengetahui" where (SOP 21 keeps its records "dalam bentuk softcopy dan hardcopy").
 * An unset name or NIP prints a blank line to be filled in by hand, as on the office's forms.
 */
export interface KonfigurasiCetak {
  /** `logo`: a PNG or JPEG file drawn left of the letterhead; empty: none. */
  kop: { instansi: string; alamat: string; logo: string };
  /** The place before the date of signing ("Padang, 3 Desember 2026"). */
  tempat: string;
  penandatangan: { jabatan: string; nama: string; nip: string };
  /**
   * The Daftar Informasi Publik (UU 14/2008 Pasal 7 ayat 3; Perki 1/2010 Pasal 13): the unit
   * responsible for the information it lists, and the PPID who signs the yearly printout.
   */
  unitPenanggungJawab: string;
  ppid: { jabatan: string; nama: string; nip: string };
}

/**
 * No time zone here: SOP days are WIB days by the SOPs themselves (TIME_ZONE in constants.ts),
 * not a setting of an installation.
 */
export interface KonfigurasiRedaksi {
  sop21: KonfigurasiSop21;
  sop20: KonfigurasiSop20;
  notifikasi: KonfigurasiNotifikasi;
  rantai: KonfigurasiRantai;
  cetak: KonfigurasiCetak;
}

const defaultConfig: KonfigurasiRedaksi = {
  sop21: {
    nomor: '21/2025',
    judul: 'Alur Pengunggahan Konten Media Sosial',
    tanggalRevisi: '2025-05-06',
    minimalDokumentasi: 4,
    tenggatSerahkanHari: 1,
    tenggatTinjauanHari: 1,
    tenggatUnggahHari: 1,
    minimalTautan: 1,
    jenisHari: 'kalender',
    pemisahanTugas: true,
  },
  sop20: {
    nomor: '20/2025',
    judul: 'Pengelolaan Laman Komisi Pemilihan Umum Provinsi Sumatera Barat',
    tanggalRevisi: '2025-05-06',
    minimalFoto: 1,
    tenggatDisposisiHari: 0,
    jenisHari: 'kalender',
    pemisahanTugas: true,
  },
  notifikasi: {
    jadwalPengingat: ['0 7 * * *', '0 13 * * *'],
    percobaan: 4,
    jedaUlangMs: 30_000,
  },
  // Stand-ins for a plugin loaded without the project's configuration; config/plugins.ts sets both.
  rantai: {
    kunci: 'pengembangan-saja-riwayat_hmac_key',
    berkasJangkar: '.tmp/jangkar-riwayat.jsonl',
  },
  cetak: {
    kop: {
      instansi: 'KOMISI PEMILIHAN UMUM PROVINSI SUMATERA BARAT',
      alamat: 'Jalan Pramuka Nomor 9 Padang, Telp. 0751-446654',
      logo: '',
    },
    tempat: 'Padang',
    // The SOPs are "disahkan oleh" the Sekretaris: the recap is signed at that desk by default.
    penandatangan: { jabatan: 'Sekretaris KPU Provinsi Sumatera Barat', nama: '', nip: '' },
    unitPenanggungJawab: 'Humas KPU Provinsi Sumatera Barat',
    ppid: {
      jabatan: 'Pejabat Pengelola Informasi dan Dokumentasi KPU Provinsi Sumatera Barat',
      nama: '',
      nip: '',
    },
  },
};

const isNonNegativeInteger = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

export default {
  default: defaultConfig,
  validator(config: KonfigurasiRedaksi) {
    const sop = config.sop21;
    for (const key of [
      'minimalDokumentasi',
      'tenggatSerahkanHari',
      'tenggatTinjauanHari',
      'tenggatUnggahHari',
      'minimalTautan',
    ] as const) {
      if (!isNonNegativeInteger(sop[key])) {
        throw new Error(`redaksi.sop21.${key} harus bilangan bulat >= 0 (sekarang: ${sop[key]})`);
      }
    }
    for (const key of ['minimalFoto', 'tenggatDisposisiHari'] as const) {
      if (!isNonNegativeInteger(config.sop20[key])) {
        throw new Error(
          `redaksi.sop20.${key} harus bilangan bulat >= 0 (sekarang: ${config.sop20[key]})`,
        );
      }
    }
    for (const nama of ['sop21', 'sop20'] as const) {
      if (typeof config[nama].pemisahanTugas !== 'boolean') {
        throw new Error(
          `redaksi.${nama}.pemisahanTugas harus true atau false (sekarang: ${String(config[nama].pemisahanTugas)})`,
        );
      }
    }
    if (
      typeof config.rantai?.kunci !== 'string' ||
      config.rantai.kunci.trim() === '' ||
      typeof config.rantai.berkasJangkar !== 'string' ||
      config.rantai.berkasJangkar.trim() === ''
    ) {
      throw new Error(
        'redaksi.rantai.kunci (RIWAYAT_HMAC_KEY) dan redaksi.rantai.berkasJangkar (RIWAYAT_JANGKAR_FILE) harus diisi',
      );
    }
    const { cetak } = config;
    for (const [nama, nilai] of [
      ['kop.instansi', cetak?.kop?.instansi],
      ['kop.alamat', cetak?.kop?.alamat],
      ['kop.logo', cetak?.kop?.logo],
      ['tempat', cetak?.tempat],
      ['penandatangan.jabatan', cetak?.penandatangan?.jabatan],
      ['penandatangan.nama', cetak?.penandatangan?.nama],
      ['penandatangan.nip', cetak?.penandatangan?.nip],
      ['unitPenanggungJawab', cetak?.unitPenanggungJawab],
      ['ppid.jabatan', cetak?.ppid?.jabatan],
      ['ppid.nama', cetak?.ppid?.nama],
      ['ppid.nip', cetak?.ppid?.nip],
    ] as const) {
      if (typeof nilai !== 'string') {
        throw new Error(`redaksi.cetak.${nama} harus berupa teks (sekarang: ${String(nilai)})`);
      }
    }
    // Checked at start: a logo that cannot be read would otherwise fail every printout later.
    if (cetak.kop.logo && !/\.(png|jpe?g)$/i.test(cetak.kop.logo)) {
      throw new Error(
        `redaksi.cetak.kop.logo (CETAK_KOP_LOGO) harus berkas PNG atau JPEG (sekarang: ${cetak.kop.logo})`,
      );
    }
    if (cetak.kop.logo && !existsSync(cetak.kop.logo)) {
      throw new Error(
        `redaksi.cetak.kop.logo (CETAK_KOP_LOGO): berkas ${cetak.kop.logo} tidak ditemukan`,
      );
    }
    const { notifikasi } = config;
    if (
      !Array.isArray(notifikasi.jadwalPengingat) ||
      notifikasi.jadwalPengingat.some(
        (aturan) => typeof aturan !== 'string' || aturan.trim().split(/\s+/).length < 5,
      )
    ) {
      throw new Error(
        `redaksi.notifikasi.jadwalPengingat harus daftar aturan cron, mis. ['0 7 * * *'] (sekarang: ${JSON.stringify(notifikasi.jadwalPengingat)})`,
      );
    }
    for (const key of ['percobaan', 'jedaUlangMs'] as const) {
      if (!isNonNegativeInteger(notifikasi[key]) || (key === 'percobaan' && notifikasi[key] < 1)) {
        throw new Error(
          `redaksi.notifikasi.${key} harus bilangan bulat positif (sekarang: ${notifikasi[key]})`,
        );
      }
    }
    for (const [nama, jenisHari] of [
      ['sop21', sop.jenisHari],
      ['sop20', config.sop20.jenisHari],
    ] as const) {
      if (jenisHari !== 'kalender' && jenisHari !== 'kerja') {
        throw new Error(
          `redaksi.${nama}.jenisHari harus 'kalender' atau 'kerja' (sekarang: ${String(jenisHari)})`,
        );
      }
    }
  },
};
