import { createHash } from 'node:crypto';
import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LRUCache } from 'lru-cache';
import { redaksi } from '../../../publik/redaksi';
import { versiPublik } from '../../../publik/versi';
import { UID } from '../../../utils/uid';

const UID_LIPUTAN = UID.liputan;
const UID_PEMBACA = UID.pembacaHarian;
const UID_KUNJUNGAN = UID.kunjunganHarian;

/**
 * Totals shown in public lists are served from memory for one cache period (`publik.cacheDetik`),
 * as the README promises the website: a hot list page costs no extra query. A process drops
 * the kept total of an article whenever it counts a read of it.
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

/** The part of a better-sqlite3 connection the counter uses. */
interface SqliteKoneksi {
  prepare(sql: string): {
    run(...params: unknown[]): { changes: number };
    get(...params: unknown[]): unknown;
  };
  transaction<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => T;
}

/** Prepared once per connection: the statements of a read, run synchronously in one transaction. */
const perintahSqlite = new WeakMap<SqliteKoneksi, ReturnType<typeof siapkanSqlite>>();

function siapkanSqlite(koneksi: SqliteKoneksi, tabel: { kunjungan: string; pembaca: string }) {
  const kunjungan = koneksi.prepare(
    `INSERT INTO "${tabel.kunjungan}" (kunci, tanggal) VALUES (?, ?) ON CONFLICT (kunci) DO NOTHING`,
  );
  const naik = koneksi.prepare(
    `INSERT INTO "${tabel.pembaca}" (liputan_id, tanggal, jumlah) VALUES (?, ?, 1)
     ON CONFLICT (liputan_id, tanggal) DO UPDATE SET jumlah = jumlah + 1`,
  );
  const total = koneksi.prepare(
    `SELECT COALESCE(SUM(jumlah), 0) AS total FROM "${tabel.pembaca}" WHERE liputan_id = ?`,
  );
  return koneksi.transaction((kunci: string, tanggal: string, documentId: string) => {
    const dihitung = kunjungan.run(kunci, tanggal).changes > 0;
    if (dihitung) naik.run(documentId, tanggal);
    return { dihitung, total: Number((total.get(documentId) as { total: number }).total) };
  });
}

function catatSqlite(
  koneksi: SqliteKoneksi,
  tabel: { kunjungan: string; pembaca: string },
  baca: { kunci: string; tanggal: string; documentId: string },
): { dihitung: boolean; total: number } {
  let catat = perintahSqlite.get(koneksi);
  if (!catat) {
    catat = siapkanSqlite(koneksi, tabel);
    perintahSqlite.set(koneksi, catat);
  }
  return catat(baca.kunci, baca.tanggal, baca.documentId);
}

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
  const tabel = (uid: StrapiUID.Schema) => strapi.db.metadata.get(uid).tableName;

  /** Visitors are kept only as a salted hash: the count needs no IP address stored. */
  const sidik = (documentId: string, tanggal: string, pengunjung: Pengunjung) =>
    createHash('sha256')
      .update(
        [
          strapi.config.get<string[]>('server.app.keys')[0],
          documentId,
          tanggal,
          pengunjung.ip,
          pengunjung.userAgent,
        ].join('|'),
      )
      .digest('hex');

  return {
    /**
     * Count one read, and answer the article's total with it. On PostgreSQL one statement (one
     * round trip): the visitor's first read today inserts the visit, only then raises the day's
     * bucket, and the total is read alongside (the statement's own snapshot does not see its
     * increment, hence `+ dihitung`). On SQLite, which runs in this process, one synchronous
     * transaction on the pooled connection: no round trip and no await between its statements.
     */
    async hitung(
      documentId: string,
      pengunjung: Pengunjung,
      sekarang: Date,
    ): Promise<{ dihitung: boolean; total: number }> {
      const kunciTerbit = `${await versiPublik(strapi, UID_LIPUTAN)}|${documentId}`;
      let tayang = terbit.get(kunciTerbit);
      if (tayang === undefined) {
        tayang =
          (await strapi.db
            .query(UID_LIPUTAN)
            .count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
        terbit.set(kunciTerbit, tayang);
      }
      if (!tayang) throw new errors.NotFoundError('Liputan tidak ditemukan atau belum tayang');

      const tanggal = redaksi(strapi).tanggalWib(sekarang);
      const kunjungan = tabel(UID_KUNJUNGAN);
      const pembaca = tabel(UID_PEMBACA);
      const kunci = sidik(documentId, tanggal, pengunjung);
      let hasil: { dihitung: boolean; total: number };

      if (strapi.db.dialect.client === 'postgres') {
        const { rows } = await strapi.db.connection.raw(
          `WITH baru AS (
             INSERT INTO ?? (kunci, tanggal) VALUES (?, ?) ON CONFLICT (kunci) DO NOTHING RETURNING 1
           ), naik AS (
             INSERT INTO ?? (liputan_id, tanggal, jumlah) SELECT ?, ?, 1 FROM baru
             ON CONFLICT (liputan_id, tanggal) DO UPDATE SET jumlah = ??.jumlah + 1
             RETURNING 1
           )
           SELECT (SELECT count(*) FROM naik)::int AS dihitung,
                  (SELECT COALESCE(SUM(jumlah), 0) FROM ?? WHERE liputan_id = ?)::int AS total`,
          [kunjungan, kunci, tanggal, pembaca, documentId, tanggal, pembaca, pembaca, documentId],
        );
        hasil = { dihitung: rows[0].dihitung > 0, total: rows[0].total + rows[0].dihitung };
      } else {
        const klien = strapi.db.connection.client;
        const koneksi = (await klien.acquireConnection()) as SqliteKoneksi;
        try {
          hasil = catatSqlite(koneksi, { kunjungan, pembaca }, { kunci, tanggal, documentId });
        } finally {
          await klien.releaseConnection(koneksi);
        }
      }
      // The total a read carries back is its own statement's view: concurrent reads do not see
      // each other's increments, so none of them knows the final count. The kept total is dropped
      // instead, and the next list reads the buckets again.
      cacheTotal(strapi).delete(documentId);
      return hasil;
    },

    /** Total readers per Liputan: from memory within a cache period, else one grouped query. */
    async total(documentIds: string[]): Promise<Map<string, number>> {
      const cache = cacheTotal(strapi);
      const hasil = new Map<string, number>();
      const dicari = documentIds.filter((id) => !cache.has(id));
      for (const id of documentIds)
        if (!dicari.includes(id)) hasil.set(id, cache.get(id) as number);
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

export type LayananPembaca = ReturnType<typeof layananPembaca>;

/** Registered as the application's service `api::pembaca.pembaca`, beside its two collections. */
export default ({ strapi }: { strapi: Core.Strapi }): LayananPembaca => layananPembaca(strapi);

/** The reader service, typed (Strapi's container hands services out untyped). */
export const pembaca = (strapi: Core.Strapi) =>
  strapi.service('api::pembaca.pembaca') as unknown as LayananPembaca;
