/**
 * Issue #26 (SOP 21 langkah 3–5): whether a post fits each platform it is meant for. The rules are
 * configuration (server/src/config/index.ts, `sop21.platform`); what the document view answers per
 * target platform is drawn by the admin panel. Types only, so the admin build reaches no server code.
 */

/** The platforms of `tautan` (component medsos.tautan, field `platform`), in that order. */
export const KODE_PLATFORM = [
  'instagram',
  'facebook',
  'x',
  'youtube',
  'tiktok',
  'threads',
] as const;
export type KodePlatform = (typeof KODE_PLATFORM)[number];

/** How a caption is counted: characters as people count them, or as X counts them (twitter-text). */
export type HitungTeks = 'karakter' | 'x';

/**
 * One platform's rules. Each is a warning unless the office sets `wajib` (then the actions that
 * carry the condition `sesuai-platform` are refused while it is broken).
 */
export interface AturanPlatform {
  /** The caption's length; `hitung: 'x'`: X's weighted length (a URL counts 23, emoji and CJK 2). */
  caption?: { maksimal: number; hitung: HitungTeks; wajib: boolean };
  /** The title (`judul`): YouTube's video title. */
  judul?: { maksimal: number; wajib: boolean };
  /** Hashtags in the caption. */
  tagar?: { maksimal: number; wajib: boolean };
  /** Photos of `dokumentasi` in one post (Instagram's carousel: 2–10). */
  foto?: { minimal: number; maksimal: number; wajib: boolean };
  /** Each photo's width / height (Instagram's feed: 4:5 = 0.8 to 1.91:1). */
  rasio?: { minimal: number; maksimal: number; wajib: boolean };
  /** Where the feed cuts the caption before "… selengkapnya" (counted as `caption.hitung`). */
  potongPratinjau: number;
}

export type AturanSemuaPlatform = Readonly<Record<KodePlatform, AturanPlatform>>;

export type KodeAturan = 'caption' | 'judul' | 'tagar' | 'foto' | 'rasio';

/** One rule checked: fits, does not fit (a warning), or does not fit a rule the office requires. */
export interface PemeriksaanPlatform {
  aturan: KodeAturan;
  status: 'sesuai' | 'peringatan' | 'wajib-gagal';
  pesan: string;
}

/** A target platform of the item: its checks and how the post would look there. */
export interface PlatformTujuan {
  platform: KodePlatform;
  label: string;
  periksa: PemeriksaanPlatform[];
  pratinjau: {
    judul: string | null;
    /** The caption as the feed shows it before "… selengkapnya". */
    caption: string;
    terpotong: boolean;
    /**
     * The first photo and the aspect the feed shows it in (width / height): its own, clamped to
     * the platform's range (the feed crops the rest).
     */
    foto: { url: string; alt: string | null; rasio: number; rasioTampil: number } | null;
  };
}
