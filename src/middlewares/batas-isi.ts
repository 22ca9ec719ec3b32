import type { Core } from '@strapi/strapi';
import { jawabPenolakan } from '../utils/galat';

/**
 * Right after strapi::body. JSON parses to any depth, but what reads it afterwards (validation,
 * sanitizing, lodash's deep clones) recurses and overflows the stack on a few thousand levels:
 * a 500 from one request. Nothing the admin panel or the website sends comes near this depth
 * (a rich-text list nested ten deep is about 25 levels); deeper is refused before any of it runs.
 */
export const KEDALAMAN_MAKSIMUM = 64;

/** The nesting depth of a parsed body, walked with an explicit stack (no recursion to overflow). */
export function kedalaman(nilai: unknown, batas = KEDALAMAN_MAKSIMUM): number {
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
    if (isi && typeof isi === 'object' && kedalaman(isi) > KEDALAMAN_MAKSIMUM) {
      return jawabPenolakan(ctx, {
        status: 400,
        name: 'BadRequestError',
        message: `Isi permintaan bersarang terlalu dalam (lebih dari ${KEDALAMAN_MAKSIMUM} tingkat).`,
        alasan: `JSON bersarang lebih dari ${KEDALAMAN_MAKSIMUM} tingkat`,
      });
    }
    return next();
  };
};
