import type { Core } from '@strapi/strapi';
import { bacaanPublik } from './cache';
import { pembaca } from './pembaca';
import { rutePublikUntuk } from './rute';
import { type Ctx, parameterRute } from '../utils/koa';

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
  if (Array.isArray(nilai)) return (nilai as unknown[]).map((item) => tanpaIdBaris(item)) as T;
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
 * Replace whatever the client asked with the public query of this action's row in RUTE_PUBLIK
 * (rute.ts): the query the response cache already shaped and keyed for this request (cache.ts),
 * or, were the action reached without it, the same query shaped here.
 */
export function terapkanKueriPublik(
  strapi: Core.Strapi,
  ctx: Ctx,
  uid: string,
  aksi: string,
): void {
  const rute = rutePublikUntuk(uid, aksi);
  // A programming error, not a request's: an action that is no public read has no public query.
  if (!rute) throw new Error(`${uid}.${aksi} has no row in RUTE_PUBLIK (src/publik/rute.ts)`);
  ctx.query = bacaanPublik(strapi, ctx, rute, parameterRute(ctx)).kueri;
}
