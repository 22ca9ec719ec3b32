import type { Core, Modules } from '@strapi/strapi';

type Middleware = Modules.Documents.Middleware.Middleware;
type Context = Parameters<Middleware>[0];

/** The content types the public website reads, whose online versions the cache validators follow. */
export const UID_PUBLIK = ['api::liputan.liputan', 'api::konten-medsos.konten-medsos'];

const AKSI_MENGUBAH_TAYANG = new Set(['publish', 'unpublish', 'delete']);

const kunciVersi = (uid: string) => `versi-publik/${uid}`;

/**
 * Read at most once a second per process: public responses may be up to `max-age` old by
 * design, so another process learning of a publication up to a second later costs nothing,
 * while the lookup would otherwise run before every public read. The publishing process knows
 * at once (the bump updates its memo).
 */
const MEMO_MS = 1000;
const memo = new Map<string, { nilai: number; sampai: number }>();

/**
 * A version number per public content type, raised (atomically, in the same transaction) by
 * every operation that changes what is online: publish, unpublish, delete. Reading it is one
 * lookup by a unique key, cheap enough to run before every public read (see cache.ts), and it
 * is shared by every server process through the database.
 */
export function pasangVersiPublik(strapi: Core.Strapi): void {
  const penjaga = async (context: Context, next: () => Promise<unknown>) => {
    if (!UID_PUBLIK.includes(context.uid) || !AKSI_MENGUBAH_TAYANG.has(context.action)) return next();
    const hasil = await next();
    const nilai = await strapi.plugin('redaksi').service('penomoran').berikutnya(kunciVersi(context.uid));
    memo.set(context.uid, { nilai, sampai: Date.now() + MEMO_MS });
    return hasil;
  };
  strapi.documents.use(penjaga as unknown as Middleware);
}

export async function versiPublik(strapi: Core.Strapi, uid: string): Promise<number> {
  const tersimpan = memo.get(uid);
  if (tersimpan && tersimpan.sampai > Date.now()) return tersimpan.nilai;
  const baris = await strapi.db.query('plugin::redaksi.penomoran').findOne({ where: { kunci: kunciVersi(uid) }, select: ['nilai'] });
  const nilai = Number(baris?.nilai ?? 0);
  memo.set(uid, { nilai, sampai: Date.now() + MEMO_MS });
  return nilai;
}
