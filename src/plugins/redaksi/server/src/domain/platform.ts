/**
 * Issue #26, SOP 21 langkah 3–5: whether a post fits each platform it is meant for (caption and
 * title length, hashtags, photos, each photo's aspect), and how the feed would show it. Pure: the
 * rules come from configuration (`sop21.platform`), the content from the item's draft.
 */
import twitter from 'twitter-text';
import { LABEL_PLATFORM } from '../../../shared/label';
import {
  type AturanPlatform,
  type AturanSemuaPlatform,
  type HitungTeks,
  KODE_PLATFORM,
  type KodePlatform,
  type PemeriksaanPlatform,
  type PlatformTujuan,
} from '../../../shared/contracts/platform';
import type { DefinisiAlur } from '../../../shared/contracts/alur';
import { gambarDalam, type Media } from './media';

/** What of an item the platforms see: its title, its caption, its photos in order. */
export interface IsiUnggahan {
  judul: string;
  caption: string;
  foto: Media[];
}

const labelPlatform = (kode: KodePlatform) => LABEL_PLATFORM[kode] ?? kode;

/** Code points, as people count characters (an emoji is one), not UTF-16 units. */
const titikKode = (teks: string) => Array.from(teks);

/**
 * A text's length as the platform counts it. X counts by its own weights (twitter-text's
 * `parseTweet`): any URL is 23, an emoji or a CJK character 2, Latin letters 1.
 */
export function panjangTeks(teks: string, hitung: HitungTeks): number {
  return hitung === 'x' ? twitter.parseTweet(teks).weightedLength : titikKode(teks).length;
}

/**
 * The text as the feed shows it before "… selengkapnya": the longest start that stays within
 * `batas`, counted as the platform counts (for X by binary search over code points, as its
 * weights are not additive around URLs). Trailing spaces at the cut are dropped.
 */
export function potongTeks(
  teks: string,
  batas: number,
  hitung: HitungTeks,
): { teks: string; terpotong: boolean } {
  if (panjangTeks(teks, hitung) <= batas) return { teks, terpotong: false };
  const kode = titikKode(teks);
  let bawah = 0;
  let atas = kode.length;
  while (bawah < atas) {
    const tengah = Math.ceil((bawah + atas) / 2);
    if (panjangTeks(kode.slice(0, tengah).join(''), hitung) <= batas) bawah = tengah;
    else atas = tengah - 1;
  }
  return { teks: kode.slice(0, bawah).join('').trimEnd(), terpotong: true };
}

/** Hashtags as the platforms recognise them (twitter-text: letters of any script, digits, `_`). */
export const jumlahTagar = (teks: string) => twitter.extractHashtags(teks).length;

const angka = (nilai: number) =>
  new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(nilai);

/** An aspect (width / height) as people write it: "4:5", "16:9", "1,91:1". */
export function labelRasio(rasio: number): string {
  for (const penyebut of [1, 2, 3, 4, 5, 9]) {
    const pembilang = Math.round(rasio * penyebut);
    if (pembilang > 0 && Math.abs(pembilang / penyebut - rasio) < 0.005)
      return `${pembilang}:${penyebut}`;
  }
  return `${angka(rasio)}:1`;
}

/** A photo's aspect, when its dimensions are known (Strapi records them on upload). */
export function rasioFoto(foto: Media): number | null {
  const { width, height } = foto;
  return typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0
    ? width / height
    : null;
}

/** Pixel dimensions are rounded by editors (1080×566 for 1.91:1): a hair outside still fits. */
const TOLERANSI_RASIO = 0.005;

/** Each rule of one platform checked against the post. */
export function periksaPlatform(aturan: AturanPlatform, isi: IsiUnggahan): PemeriksaanPlatform[] {
  const hasil: PemeriksaanPlatform[] = [];
  const periksa = (
    kode: PemeriksaanPlatform['aturan'],
    wajib: boolean,
    sesuai: boolean,
    pesan: string,
  ) =>
    hasil.push({
      aturan: kode,
      status: sesuai ? 'sesuai' : wajib ? 'wajib-gagal' : 'peringatan',
      pesan,
    });

  if (aturan.judul) {
    const panjang = panjangTeks(isi.judul, 'karakter');
    periksa(
      'judul',
      aturan.judul.wajib,
      panjang <= aturan.judul.maksimal,
      `Judul ${panjang} dari maksimal ${aturan.judul.maksimal} karakter`,
    );
  }
  if (aturan.caption) {
    const { maksimal, hitung, wajib } = aturan.caption;
    const panjang = panjangTeks(isi.caption, hitung);
    periksa(
      'caption',
      wajib,
      panjang <= maksimal,
      `Caption ${panjang} dari maksimal ${maksimal} karakter${
        hitung === 'x' ? ' (dihitung seperti X: tautan 23, emoji dan aksara CJK 2)' : ''
      }`,
    );
  }
  if (aturan.tagar) {
    const jumlah = jumlahTagar(isi.caption);
    periksa(
      'tagar',
      aturan.tagar.wajib,
      jumlah <= aturan.tagar.maksimal,
      `Tagar ${jumlah} dari maksimal ${aturan.tagar.maksimal}`,
    );
  }
  if (aturan.foto) {
    const { minimal, maksimal, wajib } = aturan.foto;
    const jumlah = isi.foto.length;
    const sesuai = jumlah >= minimal && jumlah <= maksimal;
    periksa(
      'foto',
      wajib,
      sesuai,
      sesuai
        ? `Foto ${jumlah} (${minimal}–${maksimal} per unggahan)`
        : `Foto ${jumlah}, di luar ${minimal}–${maksimal} per unggahan`,
    );
  }
  if (aturan.rasio) {
    const { minimal, maksimal, wajib } = aturan.rasio;
    const rentang = `${labelRasio(minimal)} sampai ${labelRasio(maksimal)}`;
    // Counted by the photo's place in the field, as the editor sees the list.
    const luar = isi.foto.flatMap((foto, i) => {
      const rasio = rasioFoto(foto);
      return rasio !== null &&
        (rasio < minimal - TOLERANSI_RASIO || rasio > maksimal + TOLERANSI_RASIO)
        ? [`ke-${i + 1} (${foto.width}×${foto.height}, ${labelRasio(rasio)})`]
        : [];
    });
    periksa(
      'rasio',
      wajib,
      luar.length === 0,
      luar.length === 0
        ? `Rasio setiap foto dalam ${rentang}`
        : `Foto ${luar.join(', ')} di luar rasio ${rentang}: dipotong oleh platform`,
    );
  }
  return hasil;
}

/** The target platforms as stored: known codes, each once, in the order of `tautan`'s list. */
export function daftarPlatformTujuan(nilai: unknown): KodePlatform[] {
  const dipilih = new Set(Array.isArray(nilai) ? nilai : []);
  return KODE_PLATFORM.filter((kode) => dipilih.has(kode));
}

/**
 * Why a value cannot be stored as `platformTujuan` (null when it can): a list of platform codes,
 * or nothing.
 */
export function salahPlatformTujuan(nilai: unknown): string | null {
  if (nilai === null || nilai === undefined) return null;
  const daftar = KODE_PLATFORM.join(', ');
  if (!Array.isArray(nilai)) return `Platform tujuan harus berupa daftar kode platform (${daftar})`;
  const asing = nilai.filter(
    (kode) => typeof kode !== 'string' || !(KODE_PLATFORM as readonly string[]).includes(kode),
  );
  return asing.length
    ? `Platform tujuan tidak dikenal: ${asing.map((kode) => JSON.stringify(kode)).join(', ')}; yang dapat dipilih: ${daftar}`
    : null;
}

/** The post as the platforms see it, read from the item's fields. */
export function isiUnggahan(
  dokumen: Record<string, unknown>,
  sumber: { judul: string; caption: string; foto: string },
): IsiUnggahan {
  const teks = (field: string) => {
    const nilai = dokumen[field];
    return typeof nilai === 'string' ? nilai : '';
  };
  return {
    judul: teks(sumber.judul),
    caption: teks(sumber.caption),
    foto: gambarDalam(dokumen[sumber.foto]),
  };
}

/** The aspect a feed shows a photo in: its own, within the platform's range (the rest is cropped). */
export function rasioTampil(rasio: number, aturan: AturanPlatform): number {
  return aturan.rasio
    ? Math.min(Math.max(rasio, aturan.rasio.minimal), aturan.rasio.maksimal)
    : rasio;
}

/** Each target platform of the item: its checks, and its preview (caption cut, first photo cropped). */
export function evaluasiPlatformTujuan(
  aturan: AturanSemuaPlatform,
  platform: readonly KodePlatform[],
  isi: IsiUnggahan,
): PlatformTujuan[] {
  return platform.map((kode) => {
    const aturanIni = aturan[kode];
    const potong = potongTeks(
      isi.caption,
      aturanIni.potongPratinjau,
      aturanIni.caption?.hitung ?? 'karakter',
    );
    const pertama = isi.foto[0];
    const rasio = pertama ? rasioFoto(pertama) : null;
    return {
      platform: kode,
      label: labelPlatform(kode),
      periksa: periksaPlatform(aturanIni, isi),
      pratinjau: {
        judul: aturanIni.judul ? isi.judul : null,
        caption: potong.teks,
        terpotong: potong.terpotong,
        foto:
          pertama && typeof pertama.url === 'string'
            ? {
                url: pertama.url,
                alt: pertama.alternativeText ?? null,
                rasio: rasio ?? 1,
                rasioTampil: rasioTampil(rasio ?? 1, aturanIni),
              }
            : null,
      },
    };
  });
}

/**
 * The required rules a post breaks, one line per platform and rule ("X: Caption 312 dari
 * maksimal 280 karakter…"): what the condition `sesuai-platform` refuses with.
 */
export function pelanggaranWajib(hasil: readonly PlatformTujuan[]): string[] {
  return hasil.flatMap((item) =>
    item.periksa
      .filter((cek) => cek.status === 'wajib-gagal')
      .map((cek) => `${item.label}: ${cek.pesan}`),
  );
}

/**
 * What the document view shows of a workflow that checks platforms (its condition
 * `sesuai-platform`): each target platform's checks and preview; null for workflows without one.
 */
export function platformTujuanDokumen(
  alur: Pick<DefinisiAlur, 'aksi'>,
  dokumen: Record<string, unknown>,
): PlatformTujuan[] | null {
  const syarat = alur.aksi
    .flatMap((aksi) => aksi.syarat)
    .find((item) => item.jenis === 'sesuai-platform');
  return syarat?.jenis === 'sesuai-platform'
    ? evaluasiPlatformTujuan(
        syarat.aturan,
        daftarPlatformTujuan(dokumen[syarat.field]),
        isiUnggahan(dokumen, syarat.sumber),
      )
    : null;
}
