import type { Core } from '@strapi/strapi';
import { idPermintaan, jalankanDalamPermintaan } from '../utils/konteks-permintaan';
import { permintaanMulai, permintaanSelesai } from '../operasi/penutupan';

/**
 * First of all middlewares (in place of strapi::logger): gives the request its id (kept from the
 * proxy's X-Request-Id when it sent one, echoed in the response), runs everything below inside
 * it so that every log line names it, counts it for the graceful shutdown, and writes its one
 * access line. A request refused for what the client sent (src/utils/galat.ts) is that same one
 * line, at warn level with the reason, not a stack trace.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<unknown>) => {
    const konteks = { id: idPermintaan(ctx.get('x-request-id') || undefined) };
    ctx.set('X-Request-Id', konteks.id);
    const mulai = process.hrtime.bigint();
    permintaanMulai();
    await jalankanDalamPermintaan(konteks, async () => {
      try {
        await next();
      } finally {
        permintaanSelesai();
        const ms = Number(process.hrtime.bigint() - mulai) / 1e6;
        const baris = `${ctx.method} ${ctx.url} ${ctx.status} ${ms.toFixed(1)} ms ${ctx.ip}`;
        const alasan = ctx.state.alasanPenolakan as string | undefined;
        if (alasan) strapi.log.warn(`${baris}: ${alasan}`);
        else strapi.log.http(baris);
      }
    });
  };
};
