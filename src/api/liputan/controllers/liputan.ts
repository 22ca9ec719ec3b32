import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  denganJumlahPembaca,
  jawabanPublik,
  terapkanKueriPublik,
} from '../../../publik/controller';
import { pembaca } from '../../../publik/pembaca';
import { redaksi } from '../../../publik/redaksi';
import { parameterRute } from '../../../utils/koa';

/**
 * The public website's reading of Liputan: published versions only, the public fields and photos,
 * each with its reader count; plus lookup by slug and reporting a read. The query each read runs
 * is its row's in src/publik/rute.ts. Writing stays Strapi's core (reachable only with an API
 * token: the public role has no write permission).
 */
export default factories.createCoreController('api::liputan.liputan', ({ strapi }) => ({
  async find(ctx) {
    terapkanKueriPublik(strapi, ctx, 'api::liputan.liputan', 'find');
    return jawabanPublik(await denganJumlahPembaca(strapi, await super.find(ctx)));
  },

  async findOne(ctx) {
    terapkanKueriPublik(strapi, ctx, 'api::liputan.liputan', 'findOne');
    return jawabanPublik(await denganJumlahPembaca(strapi, await super.findOne(ctx)));
  },

  async bySlug(ctx) {
    terapkanKueriPublik(strapi, ctx, 'api::liputan.liputan', 'bySlug');
    const hasil = (await super.find(ctx)) as { data: unknown[] };
    if (!hasil.data.length)
      throw new errors.NotFoundError(
        `Liputan dengan slug "${parameterRute(ctx).slug}" tidak ditemukan`,
      );
    return jawabanPublik(await denganJumlahPembaca(strapi, { data: hasil.data[0], meta: {} }));
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
