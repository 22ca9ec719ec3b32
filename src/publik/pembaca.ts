import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LRUCache } from 'lru-cache';
import { tanggalWib } from '../plugins/redaksi/server/src/domain/tenggat';
import { versiPublik } from './versi';

const UID_LIPUTAN = 'api::liputan.liputan';
const UID_PEMBACA = 'api::pembaca.pembaca-harian';
const UID_KUNJUNGAN = 'api::pembaca.kunjungan-harian';

/**
 * Totals shown in public lists are served from memory for one cache period (`publik.cacheDetik`),
 * as the README promises the website: a hot list page costs no extra query. A process records
 * the fresh total whenever it counts a read.
 */
let totalTersimpan: LRUCache<string, number> | null = null;
function cacheTotal(strapi: Core.Strapi): LRUCache<string, number> {
  totalTersimpan ??= new LRUCache<string, number>({
    max: 50_000,
    ttl: Math.max(1, strapi.config.get<number>('publik.cacheDetik', 60)) * 1000,
  });
  return totalTersimpan;
}

/**
 * Whether a Liputan is online, per public version stamp: the stamp changes with every publish,
 * unpublish and delete, so an answer kept under it is exact, and a hot article's readers cost no
 * lookup of the article at all.
 */
const terbit = new LRUCache<string, boolean>({ max: 100_000 });

export interface Pengunjung {
  ip: string;
  userAgent: string;
}

/**
 * Reader counts ("jumlah pembaca", SOP 20): one read per visitor (IP and user agent) per
 * Liputan per WIB day, in daily buckets of their own collection, never in the Liputan (a
 * published entry written to would turn Modified). Both writes are atomic upserts in one
 * statement (PostgreSQL) or one transaction (SQLite), so concurrent reads, from any number of
 * server processes, are all counted once.
 */
export function layananPembaca(strapi: Core.Strapi) {
  const tabel = (uid: string) => strapi.db.metadata.get(uid as never).tableName;

  /** Visitors are kept only as a salted hash: the count needs no IP address stored. */
  const sidik = (documentId: string, tanggal: string, pengunjung: Pengunjung) =>
    createHash('sha256')
      .update([strapi.config.get<string[]>('server.app.keys')[0], documentId, tanggal, pengunjung.ip, pengunjung.userAgent].join('|'))
      .digest('hex');

  return {
    async hitung(documentId: string, pengunjung: Pengunjung, sekarang: Date): Promise<{ dihitung: boolean }> {
      const kunciTerbit = `${await versiPublik(strapi, UID_LIPUTAN)}|${documentId}`;
      let tayang = terbit.get(kunciTerbit);
      if (tayang === undefined) {
        tayang = (await strapi.db.query(UID_LIPUTAN).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
        terbit.set(kunciTerbit, tayang);
      }
      if (!tayang) throw new errors.NotFoundError('Liputan tidak ditemukan atau belum tayang');

      const tanggal = tanggalWib(sekarang);
      const kunjungan = tabel(UID_KUNJUNGAN);
      const pembaca = tabel(UID_PEMBACA);
      const kunci = sidik(documentId, tanggal, pengunjung);

      if (strapi.db.dialect.client === 'postgres') {
        // One statement, one round trip: the visitor's first read today inserts the visit, and only
        // then raises the day's bucket (a data-modifying CTE, atomic on its own).
        const { rows } = await strapi.db.connection.raw(
          `WITH baru AS (
             INSERT INTO ?? (kunci, tanggal) VALUES (?, ?) ON CONFLICT (kunci) DO NOTHING RETURNING 1
           )
           INSERT INTO ?? (liputan_id, tanggal, jumlah) SELECT ?, ?, 1 FROM baru
           ON CONFLICT (liputan_id, tanggal) DO UPDATE SET jumlah = ??.jumlah + 1
           RETURNING jumlah`,
          [kunjungan, kunci, tanggal, pembaca, documentId, tanggal, pembaca],
        );
        return { dihitung: rows.length > 0 };
      }

      // SQLite runs in this process: two statements in one transaction cost no network round trip.
      return strapi.db.transaction(async ({ trx }) => {
        const baru = await trx(kunjungan).insert({ kunci, tanggal }).onConflict('kunci').ignore().returning('id');
        if (baru.length === 0) return { dihitung: false };
        await trx(pembaca)
          .insert({ liputan_id: documentId, tanggal, jumlah: 1 })
          .onConflict(['liputan_id', 'tanggal'])
          .merge({ jumlah: trx.raw('??.?? + 1', [pembaca, 'jumlah']) });
        return { dihitung: true };
      });
    },

    /** Total readers per Liputan: from memory within a cache period, else one grouped query. */
    async total(documentIds: string[], { segar = false } = {}): Promise<Map<string, number>> {
      const cache = cacheTotal(strapi);
      const hasil = new Map<string, number>();
      const dicari = segar ? documentIds : documentIds.filter((id) => !cache.has(id));
      for (const id of documentIds) if (!dicari.includes(id)) hasil.set(id, cache.get(id) as number);
      if (dicari.length > 0) {
        const rows: Array<{ liputan_id: string; jumlah: string | number }> = await strapi.db
          .connection(tabel(UID_PEMBACA))
          .select('liputan_id')
          .sum({ jumlah: 'jumlah' })
          .whereIn('liputan_id', dicari)
          .groupBy('liputan_id');
        const dariDb = new Map(rows.map((row) => [row.liputan_id, Number(row.jumlah)]));
        for (const id of dicari) {
          hasil.set(id, dariDb.get(id) ?? 0);
          cache.set(id, dariDb.get(id) ?? 0);
        }
      }
      return hasil;
    },
  };
}
