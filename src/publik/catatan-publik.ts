import type { Core } from '@strapi/strapi';
import { redaksi } from './redaksi';
import type { Hasil } from './response';
import type { CatatanPublikTercatat } from '../plugins/redaksi/shared/contracts/publik';
import { formatWib } from '../plugins/redaksi/shared/time';
import type { Ctx } from '../utils/koa';
import { UID } from '../utils/uid';

/**
 * The public record of SOP 20's corrections and takedowns (UU 14/2008), as the website reads it:
 * each article's corrections and their schema.org JSON-LD, the two registers, and the 410 of an
 * article taken down. All of it is read from the engine's append-only history (the plugin's
 * `catatanPublik` and `penurunanBerlaku`), so it travels with every backup and cannot be edited.
 */

export interface KoreksiArtikel {
  tanggal: string;
  catatan: string;
}

type Artikel = { documentId: string; judul?: string; publishedAt?: string };

/**
 * The article's JSON-LD, for the website to embed as is: a NewsArticle whose `correction` lists
 * each published correction as a `CorrectionComment` (schema.org), oldest first.
 */
export function jsonLdArtikel(artikel: Artikel, koreksi: readonly KoreksiArtikel[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(artikel.judul ? { headline: artikel.judul } : {}),
    ...(artikel.publishedAt ? { dateModified: artikel.publishedAt } : {}),
    correction: koreksi.map((item) => ({
      '@type': 'CorrectionComment',
      text: item.catatan,
      datePublished: item.tanggal,
    })),
  };
}

/**
 * Each Liputan of an answer with its published corrections (`koreksi`, oldest first); one article
 * (`satu`) also with its JSON-LD (`jsonLd`).
 */
export async function withKoreksi(
  strapi: Core.Strapi,
  hasil: Hasil,
  satu: boolean,
): Promise<Hasil> {
  if (!hasil?.data) return hasil;
  const daftar = (Array.isArray(hasil.data) ? hasil.data : [hasil.data]) as Artikel[];
  if (daftar.length === 0) return hasil;
  const { data } = await redaksi(strapi).catatanPublik(UID.liputan, 'koreksi', {
    documentIds: daftar.map((item) => item.documentId),
    urutan: 'asc',
  });
  const per = new Map<string, KoreksiArtikel[]>();
  for (const item of data) {
    const ada = per.get(item.documentId) ?? [];
    ada.push({ tanggal: item.tanggal, catatan: item.publik.catatanKoreksi ?? '' });
    per.set(item.documentId, ada);
  }
  const dengan = daftar.map((item) => {
    const koreksi = per.get(item.documentId) ?? [];
    return { ...item, koreksi, ...(satu ? { jsonLd: jsonLdArtikel(item, koreksi) } : {}) };
  });
  return { ...hasil, data: Array.isArray(hasil.data) ? dengan : dengan[0] };
}

/** The pagination the public query settled on (query.ts): page and size, or start and limit. */
type Paginasi = { page: number; pageSize: number } | { start: number; limit: number };

/**
 * One page of a register (GET /api/koreksi, GET /api/penurunan), newest first, each entry with the
 * article's address (its slug, fixed once it was first published), paginated as Strapi's lists.
 */
export async function halamanRegister(
  strapi: Core.Strapi,
  ctx: Ctx,
  jenis: 'koreksi' | 'penurunan',
) {
  // Validated whole numbers (query.ts), read back as text: Koa keeps a query as its query string.
  const paginasi = Object.fromEntries(
    Object.entries((ctx.query as { pagination: Record<string, unknown> }).pagination)
      .filter(([kunci]) => kunci !== 'withCount')
      .map(([kunci, nilai]) => [kunci, Number(nilai)]),
  ) as Paginasi;
  const halaman =
    'page' in paginasi
      ? { start: (paginasi.page - 1) * paginasi.pageSize, limit: paginasi.pageSize }
      : paginasi;
  const { data, total } = await redaksi(strapi).catatanPublik(UID.liputan, jenis, {
    halaman,
    urutan: 'desc',
  });
  const slug = await slugMenurutDokumen(
    strapi,
    data.map((item) => item.documentId),
  );
  const isi = (item: CatatanPublikTercatat) =>
    jenis === 'koreksi'
      ? { catatan: item.publik.catatanKoreksi ?? '' }
      : { kategori: item.publik.kategori ?? null, alasanPublik: item.publik.alasanPublik ?? '' };
  return {
    data: data.map((item) => ({
      documentId: item.documentId,
      slug: slug.get(item.documentId) ?? null,
      tanggal: item.tanggal,
      ...isi(item),
    })),
    meta: {
      pagination:
        'page' in paginasi
          ? { ...paginasi, pageCount: Math.ceil(total / paginasi.pageSize), total }
          : { ...paginasi, total },
    },
  };
}

async function slugMenurutDokumen(
  strapi: Core.Strapi,
  documentIds: string[],
): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const baris = (await strapi.db.query(UID.liputan).findMany({
    where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: null },
    select: ['documentId', 'slug'],
  })) as Array<{ documentId: string; slug: string }>;
  return new Map(baris.map((item) => [item.documentId, item.slug]));
}

/** The documentId of the Liputan whose address is this slug (the draft keeps it). */
export async function dokumenMenurutSlug(
  strapi: Core.Strapi,
  slug: string,
): Promise<string | undefined> {
  const baris = (await strapi.db.query(UID.liputan).findOne({
    where: { slug, publishedAt: null },
    select: ['documentId'],
  })) as { documentId: string } | null;
  return baris?.documentId;
}

/**
 * A Liputan no longer online because it was taken down answers 410 Gone, with the date and the
 * public reason, instead of 404: the reader learns it was removed, and why. Answers whether it did.
 */
export async function jawabJikaDiturunkan(
  strapi: Core.Strapi,
  ctx: Ctx,
  documentId: string | undefined,
): Promise<boolean> {
  if (!documentId) return false;
  const turun = await redaksi(strapi).penurunanBerlaku(UID.liputan, documentId);
  if (!turun) return false;
  const alasanPublik = turun.publik.alasanPublik ?? '';
  ctx.status = 410;
  ctx.body = {
    data: null,
    error: {
      status: 410,
      name: 'GoneError',
      message: `Liputan ini telah diturunkan dari laman pada ${formatWib(turun.tanggal)}. Alasan: ${alasanPublik}`,
      details: { tanggal: turun.tanggal, kategori: turun.publik.kategori ?? null, alasanPublik },
    },
  };
  return true;
}
