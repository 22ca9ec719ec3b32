import type { Core } from '@strapi/strapi';
import { requestId, runInRequest } from '../utils/request-context';
import { requestStarted, requestEnded, isDraining } from '../operations/graceful-shutdown';

/**
 * First of all middlewares (in place of strapi::logger): gives the request its id (kept from the
 * proxy's X-Request-Id when it sent one, echoed in the response), runs everything below inside
 * it so that every log line names it, counts it for the graceful shutdown, and writes its one
 * access line. A request refused for what the client sent (src/utils/errors.ts) is that same one
 * line, at warn level with the reason, not a stack trace.
 *
 * It also sees every answer last, whoever made it (strapi::errors, Strapi's validation, the
 * project's refusals): no error answer may be kept by a cache (a CDN, the browser, nginx), which
 * would serve it again after the cause is gone. Each 4xx and 5xx leaves with `no-store`.
 */
/** Query parameters that carry a credential (an invitation, a password reset): never logged. */
const PARAMETER_RAHASIA = new Set([
  'registrationToken',
  'resetPasswordToken',
  'confirmation',
  'code',
  'token',
  'access_token',
]);

/**
 * The address as the client sent it (controllers rewrite `ctx.query`, and with it `ctx.url`), with
 * every credential in its query replaced: an access log is read by more people than an invitation
 * is meant for.
 */
export function loggedUrl(originalUrl: string): string {
  const tanya = originalUrl.indexOf('?');
  if (tanya === -1) return originalUrl;
  const parameter = new URLSearchParams(originalUrl.slice(tanya + 1));
  let disamarkan = false;
  for (const nama of [...parameter.keys()]) {
    if (!PARAMETER_RAHASIA.has(nama)) continue;
    parameter.set(nama, '***');
    disamarkan = true;
  }
  return disamarkan ? `${originalUrl.slice(0, tanya)}?${parameter.toString()}` : originalUrl;
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<unknown>) => {
    const konteks = { id: requestId(ctx.get('x-request-id') || undefined) };
    ctx.set('X-Request-Id', konteks.id);
    // Stopping (src/operations/graceful-shutdown.ts): the proxy drops this connection after the answer.
    if (isDraining()) ctx.set('Connection', 'close');
    const mulai = process.hrtime.bigint();
    requestStarted();
    await runInRequest(konteks, async () => {
      try {
        await next();
      } finally {
        if (ctx.status >= 400) ctx.set('Cache-Control', 'no-store');
        requestEnded();
        const ms = Number(process.hrtime.bigint() - mulai) / 1e6;
        const baris = `${ctx.method} ${loggedUrl(ctx.originalUrl)} ${ctx.status} ${ms.toFixed(1)} ms ${ctx.ip}`;
        const alasan = ctx.state.alasanPenolakan as string | undefined;
        // A server error is the operator's business: at error level, where monitoring looks.
        if (ctx.status >= 500) strapi.log.error(alasan ? `${baris}: ${alasan}` : baris);
        else if (alasan) strapi.log.warn(`${baris}: ${alasan}`);
        else strapi.log.http(baris);
      }
    });
  };
};
