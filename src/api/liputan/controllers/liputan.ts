import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publicResponse, applyPublicQuery } from '../../../publik/response';
import {
  dokumenMenurutSlug,
  halamanRegister,
  jawabJikaDiturunkan,
  withKoreksi,
} from '../../../publik/catatan-publik';
import { pembaca } from '../../../publik/pembaca';
import { redaksi } from '../../../publik/redaksi';
import { parameterRute } from '../../../utils/koa';
import type { Core } from '@strapi/strapi';
import type { Hasil } from '../../../publik/response';
import type { ParameterDaftarInformasiPublik } from '../../../publik/query';
import { bacaanPublik } from '../../../publik/cache';
import { PUBLIC_ROUTES } from '../../../publik/routes';

/** Each Liputan in the public API carries its total `jumlahPembaca`. */
export async function withJumlahPembaca(strapi: Core.Strapi, hasil: Hasil): Promise<Hasil> {
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
 * The public website's reading of Liputan: published versions only, the public fields and photos,
 * each with its reader count; plus lookup by slug and reporting a read. The query each read runs
 * is its row's in src/publik/routes.ts. Writing stays Strapi's core (reachable only with an API
 * token: the public role has no write permission).
 */
export default factories.createCoreController('api::liputan.liputan', ({ strapi }) => ({
  async find(ctx) {
    applyPublicQuery(strapi, ctx, 'api::liputan.liputan', 'find');
    const hasil = await withJumlahPembaca(strapi, await super.find(ctx));
    return publicResponse(await withKoreksi(strapi, hasil, false));
  },

  async findOne(ctx) {
    applyPublicQuery(strapi, ctx, 'api::liputan.liputan', 'findOne');
    const hasil = (await super.findOne(ctx)) as Hasil;
    // Not online: a takedown answers 410 with its public reason; anything else stays a 404.
    if (!hasil?.data && (await jawabJikaDiturunkan(strapi, ctx, parameterRute(ctx).id)))
      return ctx.body;
    return publicResponse(await withKoreksi(strapi, await withJumlahPembaca(strapi, hasil), true));
  },

  async bySlug(ctx) {
    applyPublicQuery(strapi, ctx, 'api::liputan.liputan', 'bySlug');
    const hasil = (await super.find(ctx)) as { data: unknown[] };
    const { slug } = parameterRute(ctx);
    if (!hasil.data.length) {
      if (await jawabJikaDiturunkan(strapi, ctx, await dokumenMenurutSlug(strapi, slug)))
        return ctx.body;
      throw new errors.NotFoundError(`Liputan dengan slug "${slug}" tidak ditemukan`);
    }
    const satu = await withJumlahPembaca(strapi, { data: hasil.data[0], meta: {} });
    return publicResponse(await withKoreksi(strapi, satu, true));
  },

  /** GET /api/koreksi: the corrections register (src/publik/catatan-publik.ts). */
  async koreksi(ctx) {
    applyPublicQuery(strapi, ctx, 'api::liputan.liputan', 'koreksi');
    return halamanRegister(strapi, ctx, 'koreksi');
  },

  /** GET /api/penurunan: the takedowns register. */
  async penurunan(ctx) {
    applyPublicQuery(strapi, ctx, 'api::liputan.liputan', 'penurunan');
    return halamanRegister(strapi, ctx, 'penurunan');
  },

  /**
   * GET /api/daftar-informasi-publik: the Daftar Informasi Publik the engine reads from the
   * history (src/publik/routes.ts; ?tahun, ?kategori, ?format=json|csv|pdf), cached as the other
   * public reads are.
   */
  async daftarInformasiPublik(ctx) {
    // The validated parameters themselves: once they are the request's query, Koa hands them
    // back as text (a year "2026", a page "2").
    const { format, ...saringan } = bacaanPublik(
      strapi,
      ctx,
      PUBLIC_ROUTES.daftarInformasiPublik,
      parameterRute(ctx),
    ).kueri as unknown as ParameterDaftarInformasiPublik;
    if (format === 'json') return redaksi(strapi).daftarInformasiPublik(saringan);
    const berkas = await redaksi(strapi).berkasDaftarInformasiPublik(saringan, format);
    ctx.type = berkas.tipe;
    ctx.set('Content-Disposition', `attachment; filename="${berkas.nama}"`);
    ctx.body = berkas.isi;
    return undefined;
  },

  /** POST /api/liputans/:documentId/views: one read, counted once per visitor per WIB day. */
  async views(ctx) {
    const { documentId } = parameterRute(ctx);
    const { dihitung, total } = await pembaca(strapi).hitung(
      documentId,
      { ip: ctx.request.ip, userAgent: String(ctx.get('user-agent')) },
      redaksi(strapi).sekarang(),
    );
    ctx.body = { data: { documentId, dihitung, jumlahPembaca: total } };
  },
}));
