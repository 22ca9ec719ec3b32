import { createHash } from 'node:crypto';
import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LRUCache } from 'lru-cache';
import { tandaiPerubahanTerkirim } from '../../../operations/write-tracking';
import type { HasilBaca, LayananPembaca, Pengunjung } from '../../../publik/pembaca';
import { redaksi } from '../../../publik/redaksi';
import { publicVersion } from '../../../publik/version';
import { UID } from '../../../utils/uid';
import { GroupCommit } from '../group-commit';

const UID_LIPUTAN = UID.liputan;
const UID_PEMBACA = UID.pembacaHarian;
const UID_KUNJUNGAN = UID.kunjunganHarian;

/**
 * Reads in one PostgreSQL statement at most: bounds the statement's parameter (about 120 bytes a
 * read) and the wait of the last read in a group, while a crowd of a thousand readers a second
 * still goes in a few statements.
 */
const MAKS_BACA_PER_KOMIT = 500;

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

interface Tabel {
  kunjungan: string;
  pembaca: string;
}

/** One read to record: the visitor's key for that article and WIB day. */
interface Baca {
  kunci: string;
  tanggal: string;
  documentId: string;
}

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

function siapkanSqlite(koneksi: SqliteKoneksi, tabel: Tabel) {
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

/** knex's client, whose pool hands out the driver's own connection (typed `any` by knex). */
interface KlienKnex {
  acquireConnection(): Promise<unknown>;
  releaseConnection(koneksi: unknown): Promise<void>;
}

/**
 * SQLite runs in this process: one synchronous transaction on the pooled connection, with no
 * round trip and no await between its statements, is already as cheap as a read can be recorded.
 */
async function catatSqlite(strapi: Core.Strapi, tabel: Tabel, baca: Baca): Promise<HasilBaca> {
  const klien = strapi.db.connection.client as KlienKnex;
  const koneksi = (await klien.acquireConnection()) as SqliteKoneksi;
  try {
    let catat = perintahSqlite.get(koneksi);
    if (!catat) {
      catat = siapkanSqlite(koneksi, tabel);
      perintahSqlite.set(koneksi, catat);
    }
    return catat(baca.kunci, baca.tanggal, baca.documentId);
  } finally {
    await klien.releaseConnection(koneksi);
  }
}

/** Failures of a group's statement after it was sent: whether it was carried out is unknown. */
const galatSesudahTerkirim = new WeakSet<object>();

/**
 * A group of reads in one PostgreSQL statement, so one transaction and one commit (one WAL flush)
 * for the whole group, where a statement per read queued every reader of an article on the row
 * lock of its day's bucket until the previous reader's commit reached the disk.
 *
 * Two instances' groups still raise the same bucket row, and the second waits on its lock for the
 * first's commit. A bucket row per instance (striped buckets, issue #22) was measured and left
 * out: the wait only moved to PostgreSQL's WAL flush, which flushes one commit at a time and folds
 * in only the commits already waiting, so the second commit still waited for the first's flush,
 * and the counter behind the proxy was no faster (README, "Tolok ukur": CPU bounds it there).
 *
 * The statement inserts the visits that are new (`ON CONFLICT DO NOTHING`: a visitor already
 * counted today, by this instance or any other, inserts nothing), raises each day's bucket by the
 * visits that were new, and reads the totals, all atomically: after a crash either the visits and
 * their buckets are both there or neither is, so a retried report is never counted twice. Visits
 * are inserted in key order and buckets raised in (article, day) order, and every visit precedes
 * every bucket (the grouping waits for all of them), so two instances' statements always take
 * their locks in one order and cannot deadlock. All sub-statements see the snapshot taken before
 * the statement: the totals read do not include the group's own increments, added here.
 *
 * A visitor may appear more than once in a group (a page reloaded, two tabs): only its first item
 * is sent, and only it may count. The same visitor in two instances' groups at once is settled by
 * the unique key: the second insert waits for the first to commit, then inserts nothing.
 */
async function catatPostgres(
  strapi: Core.Strapi,
  tabel: Tabel,
  kelompok: Baca[],
): Promise<HasilBaca[]> {
  const unik = new Map<string, Baca>();
  for (const baca of kelompok) if (!unik.has(baca.kunci)) unik.set(baca.kunci, baca);
  const kueri = strapi.db.connection.raw(
    `WITH masuk AS (
       SELECT kunci, tanggal::date AS tanggal, liputan_id
       FROM jsonb_to_recordset(?::jsonb) AS m(kunci text, tanggal text, liputan_id text)
     ), baru AS (
       INSERT INTO ?? (kunci, tanggal)
       SELECT kunci, tanggal FROM masuk ORDER BY kunci
       ON CONFLICT (kunci) DO NOTHING
       RETURNING kunci
     ), naik AS (
       INSERT INTO ?? (liputan_id, tanggal, jumlah)
       SELECT masuk.liputan_id, masuk.tanggal, count(*) FROM masuk JOIN baru USING (kunci)
       GROUP BY masuk.liputan_id, masuk.tanggal
       ORDER BY masuk.liputan_id, masuk.tanggal
       ON CONFLICT (liputan_id, tanggal) DO UPDATE SET jumlah = ??.jumlah + EXCLUDED.jumlah
     )
     SELECT (SELECT COALESCE(json_agg(kunci), '[]') FROM baru) AS baru,
            (SELECT COALESCE(json_object_agg(liputan_id, total), '{}') FROM (
               SELECT liputan_id, SUM(jumlah) AS total FROM ??
               WHERE liputan_id IN (SELECT liputan_id FROM masuk) GROUP BY liputan_id
             ) AS t) AS total`,
    [
      JSON.stringify(
        [...unik.values()].map((baca) => ({
          kunci: baca.kunci,
          tanggal: baca.tanggal,
          liputan_id: baca.documentId,
        })),
      ),
      tabel.kunjungan,
      tabel.pembaca,
      tabel.pembaca,
      tabel.pembaca,
    ],
  );
  // knex announces the statement just before it goes out: from then on, a lost connection leaves
  // its outcome unknown (see hitung).
  let terkirim = false;
  kueri.on('query', () => {
    terkirim = true;
  });
  let rows: Array<{ baru: string[]; total: Record<string, number | string> }>;
  try {
    ({ rows } = (await kueri) as { rows: typeof rows });
  } catch (error) {
    if (terkirim && typeof error === 'object' && error) galatSesudahTerkirim.add(error);
    throw error;
  }
  const baru = new Set(rows[0].baru);
  const naik = new Map<string, number>();
  for (const kunci of baru) {
    const { documentId } = unik.get(kunci) as Baca;
    naik.set(documentId, (naik.get(documentId) ?? 0) + 1);
  }
  const sudahDijawab = new Set<string>();
  return kelompok.map((baca) => {
    // Only the first item of a visitor in the group carries its count.
    const dihitung = baru.has(baca.kunci) && !sudahDijawab.has(baca.kunci);
    sudahDijawab.add(baca.kunci);
    return {
      dihitung,
      total: Number(rows[0].total[baca.documentId] ?? 0) + (naik.get(baca.documentId) ?? 0),
    };
  });
}

/**
 * Reader counts ("jumlah pembaca", SOP 20): one read per visitor (IP and user agent) per
 * Liputan per WIB day, in daily buckets of their own collection, never in the Liputan (a
 * published entry written to would turn Modified). The visit and its bucket are written
 * atomically, so concurrent reads, from any number of server processes, are all counted once.
 */
export function layananPembaca(strapi: Core.Strapi): LayananPembaca {
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

  /** This process's group commit (PostgreSQL). */
  const kelompokPostgres = new GroupCommit<Baca, HasilBaca>(
    (kelompok) =>
      catatPostgres(
        strapi,
        { kunjungan: tabel(UID_KUNJUNGAN), pembaca: tabel(UID_PEMBACA) },
        kelompok,
      ),
    MAKS_BACA_PER_KOMIT,
  );

  return {
    /**
     * Count one read, and answer the article's total with it (as its group's statement saw it).
     * On PostgreSQL the read joins this process's next group commit and is answered once that
     * group's statement committed.
     */
    async hitung(documentId, pengunjung, sekarang) {
      const kunciTerbit = `${await publicVersion(strapi, UID_LIPUTAN)}|${documentId}`;
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
      const baca = { kunci: sidik(documentId, tanggal, pengunjung), tanggal, documentId };
      let hasil: HasilBaca;
      if (strapi.db.dialect.client === 'postgres') {
        try {
          hasil = await kelompokPostgres.submit(baca);
        } catch (error) {
          // The statement ran in whichever request's context started the group: every read in
          // it says, in its own 503, that its outcome is unknown once the statement was sent.
          if (typeof error === 'object' && error && galatSesudahTerkirim.has(error))
            tandaiPerubahanTerkirim();
          throw error;
        }
      } else {
        hasil = await catatSqlite(
          strapi,
          { kunjungan: tabel(UID_KUNJUNGAN), pembaca: tabel(UID_PEMBACA) },
          baca,
        );
      }
      // The total a read carries back is its own statement's view: concurrent reads do not see
      // each other's increments, so none of them knows the final count. The kept total is dropped
      // instead, and the next list reads the buckets again.
      cacheTotal(strapi).delete(documentId);
      return hasil;
    },

    /** Total readers per Liputan: from memory within a cache period, else one grouped query. */
    async total(documentIds) {
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

/** Registered as the application's service `api::pembaca.pembaca`, beside its two collections. */
export default ({ strapi }: { strapi: Core.Strapi }): LayananPembaca => layananPembaca(strapi);
