/**
 * Every threshold of the SOPs, with the SOP's number and revision date, in one place.
 * The next revision of an SOP is a change here (or in the project's config/plugins.ts
 * under `redaksi.config`), not in code.
 */
import { existsSync } from 'node:fs';
import type { JenisHari } from '../../../shared/contracts/alur';
import {
  type AturanPlatform,
  type AturanSemuaPlatform,
  KODE_PLATFORM,
} from '../../../shared/contracts/platform';

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
  /**
   * Minutes before the Admin Medsos may ask again for a late permission already asked for
   * (`minta-izin-terlambat`): once is enough to reach the Pemimpin Redaksi, a repeat only mails.
   */
  jedaMintaIzinMenit: number;
  jenisHari: JenisHari;
  /**
   * Whoever made, edited or submitted an item's content since the last decision may not take the
   * decision (pemisahan tugas); on unless switched off.
   */
  pemisahanTugas: boolean;
  /**
   * SOP 21 langkah 3–5 (issue #26): what fits each platform, for the team choosing
   * `platformTujuan` at `draf` and for everyone checking after them. Warnings unless a rule says
   * `wajib: true` (then `serahkan`, `setujui` and `unggah` are refused while it is broken);
   * the project's config/plugins.ts sets `wajib` from PLATFORM_ATURAN_WAJIB.
   */
  platform: AturanSemuaPlatform;
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
    jedaMintaIzinMenit: 60,
    jenisHari: 'kalender',
    pemisahanTugas: true,
    // The platforms' own limits (their help pages, 2025); `potongPratinjau`: where the feed shows
    // "… selengkapnya".
    platform: {
      instagram: {
        caption: { maksimal: 2200, hitung: 'karakter', wajib: false },
        tagar: { maksimal: 30, wajib: false },
        // One carousel: 2 to 10 photos; the feed shows 4:5 (portrait) to 1.91:1 (landscape).
        foto: { minimal: 2, maksimal: 10, wajib: false },
        rasio: { minimal: 4 / 5, maksimal: 1.91, wajib: false },
        potongPratinjau: 125,
      },
      facebook: {
        caption: { maksimal: 63_206, hitung: 'karakter', wajib: false },
        potongPratinjau: 477,
      },
      x: {
        // X counts its own way: any URL 23, emoji and CJK 2 (twitter-text).
        caption: { maksimal: 280, hitung: 'x', wajib: false },
        foto: { minimal: 1, maksimal: 4, wajib: false },
        potongPratinjau: 280,
      },
      youtube: {
        judul: { maksimal: 100, wajib: false },
        caption: { maksimal: 5000, hitung: 'karakter', wajib: false },
        // More than 60 and YouTube ignores every hashtag of the video.
        tagar: { maksimal: 60, wajib: false },
        potongPratinjau: 100,
      },
      tiktok: {
        caption: { maksimal: 2200, hitung: 'karakter', wajib: false },
        foto: { minimal: 1, maksimal: 35, wajib: false },
        potongPratinjau: 100,
      },
      threads: {
        caption: { maksimal: 500, hitung: 'karakter', wajib: false },
        foto: { minimal: 1, maksimal: 20, wajib: false },
        potongPratinjau: 500,
      },
    },
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

/** Each platform's rules well formed, so that a typo fails at start rather than every check later. */
function validasiAturanPlatform(platform: Record<string, AturanPlatform> | undefined): void {
  const salah = (jalur: string, pesan: string, nilai: unknown): never => {
    throw new Error(
      `redaksi.sop21.platform.${jalur} ${pesan} (sekarang: ${JSON.stringify(nilai)})`,
    );
  };
  for (const kode of Object.keys(platform ?? {}))
    if (!(KODE_PLATFORM as readonly string[]).includes(kode))
      salah(kode, `bukan platform yang dikenal (${KODE_PLATFORM.join(', ')})`, kode);
  for (const kode of KODE_PLATFORM) {
    const aturan = platform?.[kode];
    if (!aturan || typeof aturan !== 'object') salah(kode, 'harus diatur', aturan);
    const { potongPratinjau, ...lain } = aturan as AturanPlatform;
    if (!Number.isInteger(potongPratinjau) || potongPratinjau < 1)
      salah(`${kode}.potongPratinjau`, 'harus bilangan bulat positif', potongPratinjau);
    for (const [nama, isi] of Object.entries(lain) as Array<[string, Record<string, unknown>]>) {
      if (!['caption', 'judul', 'tagar', 'foto', 'rasio'].includes(nama))
        salah(
          `${kode}.${nama}`,
          'bukan aturan yang dikenal (caption, judul, tagar, foto, rasio)',
          nama,
        );
      if (typeof isi?.wajib !== 'boolean')
        salah(`${kode}.${nama}.wajib`, 'harus true atau false', isi?.wajib);
      for (const batas of ['minimal', 'maksimal'] as const) {
        const nilai = isi[batas];
        const perlu = batas === 'maksimal' || nama === 'foto' || nama === 'rasio';
        if (
          perlu &&
          !(typeof nilai === 'number' && nilai > 0 && (nama === 'rasio' || Number.isInteger(nilai)))
        )
          salah(`${kode}.${nama}.${batas}`, 'harus bilangan positif', nilai);
      }
      if (
        (nama === 'foto' || nama === 'rasio') &&
        (isi.minimal as number) > (isi.maksimal as number)
      )
        salah(`${kode}.${nama}`, 'minimal lebih besar dari maksimal', isi);
      if (nama === 'caption' && isi.hitung !== 'karakter' && isi.hitung !== 'x')
        salah(`${kode}.caption.hitung`, "harus 'karakter' atau 'x'", isi.hitung);
    }
  }
}

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
      'jedaMintaIzinMenit',
    ] as const) {
      if (!isNonNegativeInteger(sop[key])) {
        throw new Error(`redaksi.sop21.${key} harus bilangan bulat >= 0 (sekarang: ${sop[key]})`);
      }
    }
    validasiAturanPlatform(sop.platform);
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
