import type { Core } from '@strapi/strapi';
import { sendRefusal } from '../utils/errors';

/**
 * Right after strapi::body. JSON parses to any depth, but what reads it afterwards (validation,
 * sanitizing, lodash's deep clones) recurses and overflows the stack on a few thousand levels:
 * a 500 from one request. Nothing the admin panel or the website sends comes near this depth
 * (a rich-text list nested ten deep is about 25 levels); deeper is refused before any of it runs.
 */
export const MAX_DEPTH = 64;

/** The nesting depth of a parsed body, walked with an explicit stack (no recursion to overflow). */
export function depthOf(nilai: unknown, batas = MAX_DEPTH): number {
  let terdalam = 0;
  const tumpukan: Array<[unknown, number]> = [[nilai, 0]];
  while (tumpukan.length) {
    const [isi, tingkat] = tumpukan.pop()!;
    if (isi === null || typeof isi !== 'object') continue;
    const tingkatIni = tingkat + 1;
    if (tingkatIni > terdalam) terdalam = tingkatIni;
    if (terdalam > batas) return terdalam;
    for (const anak of Object.values(isi))
      if (anak !== null && typeof anak === 'object') tumpukan.push([anak, tingkatIni]);
  }
  return terdalam;
}

export default () => {
  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<unknown>) => {
    const isi = (ctx.request as { body?: unknown }).body;
    if (isi && typeof isi === 'object' && depthOf(isi) > MAX_DEPTH) {
      return sendRefusal(ctx, {
        status: 400,
        name: 'BadRequestError',
        message: `Isi permintaan bersarang terlalu dalam (lebih dari ${MAX_DEPTH} tingkat).`,
        alasan: `JSON bersarang lebih dari ${MAX_DEPTH} tingkat`,
      });
    }
    return next();
  };
};
