import type { Core } from '@strapi/strapi';
import type { AturanPublik } from './kueri';
import { kueriPublik } from './kueri';
import { pembaca } from './pembaca';
import type { Ctx } from '../utils/koa';

type Hasil = { data: unknown; meta?: unknown } | null | undefined;

/** Each Liputan in the public API carries its total `jumlahPembaca`. */
export async function denganJumlahPembaca(strapi: Core.Strapi, hasil: Hasil): Promise<Hasil> {
  if (!hasil?.data) return hasil;
  const daftar = (Array.isArray(hasil.data) ? hasil.data : [hasil.data]) as Array<{
    documentId: string;
  }>;
  const total = await pembaca(strapi).total(daftar.map((item) => item.documentId));
  const dengan = daftar.map((item) => ({
    ...item,
    jumlahPembaca: total.get(item.documentId) ?? 0,
  }));
  return { ...hasil, data: Array.isArray(hasil.data) ? dengan : dengan[0] };
}

/**
 * The website addresses content by `documentId`; the numeric row ids (of the entry, its photos,
 * its components) are the database's own and are what the upload plugin's `refId` and the media
 * library's `?id=` aim at. Nothing public needs them, so nothing public shows them.
 */
export function tanpaIdBaris<T>(nilai: T): T {
  if (Array.isArray(nilai)) return nilai.map((item) => tanpaIdBaris(item)) as T;
  if (!nilai || typeof nilai !== 'object' || nilai instanceof Date) return nilai;
  return Object.fromEntries(
    Object.entries(nilai)
      .filter(([kunci]) => kunci !== 'id')
      .map(([kunci, isi]) => [kunci, tanpaIdBaris(isi)]),
  ) as T;
}

/** A public answer: its entries without row ids (`meta` keeps its pagination as it is). */
export function jawabanPublik(hasil: Hasil): Hasil {
  return hasil?.data ? { ...hasil, data: tanpaIdBaris(hasil.data) } : hasil;
}

/**
 * Replace whatever the client asked with the public query (see kueri.ts): the one the response
 * cache already validated and keyed (cache.ts), or, on a route without it, computed here.
 */
export function terapkanKueriPublik(
  ctx: Ctx,
  aturan: AturanPublik,
  tambahan: Record<string, unknown> = {},
): void {
  ctx.query =
    (ctx.state.kueriPublik as Record<string, unknown> | undefined) ??
    kueriPublik({ ...ctx.query, ...tambahan }, aturan);
}
