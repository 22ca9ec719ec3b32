import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import type { Core } from '@strapi/strapi';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { type KepalaArsip, kepalaPerDokumen } from '../plugins/redaksi/server/src/domain/jangkar';
import type { BarisBerantai } from '../plugins/redaksi/server/src/domain/rantai';
import { dariKolom, TABEL_RIWAYAT } from '../plugins/redaksi/server/src/utils/riwayat-mentah';
import { berkasJangkar, rahasia } from '../utils/secrets';

/**
 * What the backup (backup.ts) and the restore (restore.ts) share: where the data lives, read
 * from the same configuration and environment as `npm run start`; the manifest; checksums; the
 * row count of every table, the measure of "identical afterwards".
 */
export const FORMAT_MANIFEST = 'kpu-sumbar-redaksi/cadangan/1';
export const BERKAS_MANIFEST = 'manifest.json';
export const FOLDER_UPLOADS = 'uploads';
/** The operator's anchor file of the history chain, as it stood right after the database snapshot. */
export const BERKAS_JANGKAR_ARSIP = 'jangkar/jangkar-riwayat.jsonl';

export interface Manifest {
  format: typeof FORMAT_MANIFEST;
  dibuat: string;
  aplikasi: { nama: string; versi: string; strapi: string };
  basisData: { client: 'sqlite' | 'postgres'; berkas: string };
  /** Rows per table, counted in the very snapshot that was dumped. */
  tabel: Record<string, number>;
  /** sha256 of every file in the archive but the manifest itself: the database dump, each upload, the anchor file. */
  berkas: Record<string, string>;
  /**
   * The history chain in the snapshot: each item's head ("uid::documentId" -> row count and last
   * hash), compared with the operator's anchor file before a restore; and the copy of that file
   * taken right after the snapshot (null when there was none). Absent in archives made before.
   */
  rantai?: { kepala: Record<string, KepalaArsip>; jangkar: string | null };
}

/** DATABASE_SSL* as config/database.ts hands them to node-postgres. */
export type SslPostgres = false | { rejectUnauthorized?: boolean; ca?: string };

export interface KoneksiPostgres {
  connectionString?: string;
  host?: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string;
  schema?: string;
  ssl?: SslPostgres;
}

/** Debian's bundle of the system's trusted authorities, what node-postgres trusts by default. */
const CA_SISTEM = '/etc/ssl/certs/ca-certificates.crt';

/**
 * The same TLS for pg_dump/pg_restore (libpq) as for the server (node-postgres): `require` when the
 * certificate is not checked, `verify-full` against DATABASE_SSL_CA (a path, or the PEM itself,
 * written to a private file) or the system's authorities when it is. Without this the backup of an
 * SSL-only PostgreSQL fails while the server runs fine.
 */
function lingkunganSsl(ssl: SslPostgres | undefined, folderKerja: string): NodeJS.ProcessEnv {
  if (!ssl) return {};
  if (ssl.rejectUnauthorized === false) return { PGSSLMODE: 'require' };
  let akar = CA_SISTEM;
  if (ssl.ca?.includes('-----BEGIN')) {
    akar = path.join(folderKerja, 'ca-postgres.pem');
    writeFileSync(akar, ssl.ca, { mode: 0o600 });
  } else if (ssl.ca) {
    akar = ssl.ca;
  }
  return { PGSSLMODE: 'verify-full', PGSSLROOTCERT: akar };
}

export interface Lokasi {
  appDir: string;
  client: 'sqlite' | 'postgres';
  sqlite?: string;
  postgres?: KoneksiPostgres;
  /** <PUBLIC_DIR>/uploads, where the local upload provider writes. */
  uploads: string;
  /** The history's anchor file (RIWAYAT_JANGKAR_FILE), absolute. */
  jangkar: string;
  /** The history chain's HMAC key (RIWAYAT_HMAC_KEY), to verify a restored history. */
  kunciRiwayat: string;
}

export type PerintahOperasi = 'cadangan' | 'pulihkan';

/**
 * How the operator runs `npm run cadangan` or `npm run pulihkan` by hand on the server (README,
 * "Cadangan dan pemulihan"): as the systemd units run the server and the nightly backup, as user
 * redaksi with /etc/kpu-sumbar-redaksi/env read by systemd itself (EnvironmentFile=), so the
 * file is parsed one way only.
 */
export function perintahDenganLingkungan(perintah: PerintahOperasi): string {
  return (
    'systemd-run --quiet --pipe --wait --collect --uid=redaksi --gid=redaksi ' +
    '--working-directory=/srv/kpu-sumbar-redaksi -p EnvironmentFile=/etc/kpu-sumbar-redaksi/env ' +
    `-E NODE_ENV=production /usr/bin/npm run ${perintah}${perintah === 'pulihkan' ? ' -- <arsip.tar.gz>' : ''}`
  );
}

/**
 * NODE_ENV=production without DATABASE_CLIENT is the production environment file not loaded (a
 * command typed as `sudo -u redaksi NODE_ENV=production npm run ...`): the configuration would
 * fall back to the local SQLite file, and the backup would copy, or the restore fill, a database
 * that is not the one the instances serve.
 */
export function periksaLingkunganProduksi(env: NodeJS.ProcessEnv, perintah: PerintahOperasi): void {
  if (env.NODE_ENV !== 'production' || env.DATABASE_CLIENT?.trim()) return;
  throw new Error(
    `NODE_ENV=production tetapi DATABASE_CLIENT kosong: berkas lingkungan produksi ` +
      `(/etc/kpu-sumbar-redaksi/env) belum dimuat, dan tanpa itu ${perintah === 'cadangan' ? 'cadangan dibuat dari' : 'pemulihan mengisi'} ` +
      `SQLite lokal, bukan basis data produksi. Tidak ada yang ${perintah === 'cadangan' ? 'dicadangkan' : 'diubah'}. ` +
      `Jalankan seperti unit systemd menjalankannya, sebagai root:\n  ${perintahDenganLingkungan(perintah)}`,
  );
}

/**
 * The database and uploads folder `npm run start` would use: the compiled configuration read by
 * Strapi itself (with .env), without loading the application (no secrets needed, no connection).
 * Refuses production without its environment file (periksaLingkunganProduksi).
 */
export async function bacaLokasi(appDir: string, perintah: PerintahOperasi): Promise<Lokasi> {
  const { createStrapi } = await import('@strapi/strapi');
  let app: Core.Strapi;
  try {
    app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  } catch (error) {
    throw new Error(
      `Konfigurasi tidak dapat dibaca (sudahkah "npm run build"?): ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  // After createStrapi(), which loaded .env: a DATABASE_CLIENT there counts as well.
  periksaLingkunganProduksi(process.env, perintah);
  const koneksi = app.config.get<{
    client: string;
    connection: Record<string, unknown>;
  }>('database.connection');
  const uploads = path.join(app.dirs.static.public, FOLDER_UPLOADS);
  // createStrapi() loaded .env into process.env: the same values config/plugins.ts reads.
  const env = (nama: string) => process.env[nama];
  const riwayat = {
    jangkar: path.resolve(appDir, berkasJangkar(env)),
    kunciRiwayat: rahasia(env, 'RIWAYAT_HMAC_KEY'),
  };
  if (koneksi.client === 'sqlite') {
    return {
      appDir,
      client: 'sqlite',
      sqlite: String(koneksi.connection.filename),
      uploads,
      ...riwayat,
    };
  }
  if (koneksi.client === 'postgres') {
    const c = koneksi.connection;
    return {
      appDir,
      client: 'postgres',
      postgres: {
        connectionString: (c.connectionString as string) || undefined,
        host: c.host as string,
        port: c.port as number,
        database: c.database as string,
        user: c.user as string,
        password: (c.password as string) || undefined,
        schema: (c.schema as string) || 'public',
        ssl: (c.ssl as SslPostgres | undefined) ?? false,
      },
      uploads,
      ...riwayat,
    };
  }
  throw new Error(`Basis data "${koneksi.client}" tidak didukung oleh cadangan`);
}

/**
 * libpq's environment for pg_dump/pg_restore/psql: the password never on a command line, TLS as the
 * server connects (`folderKerja` holds a CA given as PEM).
 */
export function lingkunganPg(pg: KoneksiPostgres, folderKerja = tmpdir()): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...lingkunganSsl(pg.ssl, folderKerja) };
  if (pg.connectionString) {
    const url = new URL(pg.connectionString);
    env.PGHOST = url.hostname;
    env.PGPORT = url.port || '5432';
    env.PGDATABASE = decodeURIComponent(url.pathname.slice(1));
    env.PGUSER = decodeURIComponent(url.username);
    if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
    return env;
  }
  Object.assign(env, {
    PGHOST: pg.host,
    PGPORT: String(pg.port ?? 5432),
    PGDATABASE: pg.database,
    PGUSER: pg.user,
  });
  if (pg.password) env.PGPASSWORD = pg.password;
  return env;
}

export function klienPg(pg: KoneksiPostgres): Client {
  const env = lingkunganPg(pg);
  return new Client({
    host: env.PGHOST,
    port: Number(env.PGPORT),
    database: env.PGDATABASE,
    user: env.PGUSER,
    password: env.PGPASSWORD,
    // config/database.ts has already read a DATABASE_SSL_CA path into the PEM node-postgres takes.
    ssl: pg.ssl || undefined,
  });
}

/**
 * A connection for the backup or the restore, or what the operator must check when there is none:
 * node-postgres' own words ("no encryption", "unable to verify the first certificate") do not say
 * that a server accepting TLS only needs DATABASE_SSL, nor which variable names the CA.
 */
export async function hubungkanPg(pg: KoneksiPostgres): Promise<Client> {
  const env = lingkunganPg(pg);
  const tujuan = `${env.PGHOST}:${env.PGPORT}/${env.PGDATABASE}`;
  let client: Client;
  try {
    client = klienPg(pg);
    await client.connect();
  } catch (error) {
    const asli = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Tidak dapat terhubung ke PostgreSQL ${tujuan} sebagai ${env.PGUSER}: periksa DATABASE_HOST, ` +
        'DATABASE_PORT, DATABASE_NAME, DATABASE_USERNAME dan DATABASE_PASSWORD (atau DATABASE_URL), dan TLS: ' +
        'server yang hanya menerima TLS memerlukan DATABASE_SSL=true, dan sertifikatnya diperiksa terhadap ' +
        'DATABASE_SSL_CA (path atau isi PEM; tanpa itu, otoritas sistem) kecuali DATABASE_SSL_REJECT_UNAUTHORIZED=false. ' +
        `Tidak ada yang diubah. Pesan koneksi: ${asli}`,
      { cause: error },
    );
  }
  return client;
}

/** Rows per table of a SQLite file (its own tables, not SQLite's internal ones). */
export function hitungTabelSqlite(db: Database.Database): Record<string, number> {
  const nama = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as Array<{ name: string }>;
  return Object.fromEntries(
    nama.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number })
        .n,
    ]),
  );
}

/** Rows per table of a PostgreSQL schema, on a connection (inside the caller's transaction, if any). */
export async function hitungTabelPg(
  client: Client,
  schema: string,
): Promise<Record<string, number>> {
  const { rows } = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name",
    [schema],
  );
  const hasil: Record<string, number> = {};
  for (const { table_name: nama } of rows) {
    const { rows: jumlah } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${schema}"."${nama.replace(/"/g, '""')}"`,
    );
    hasil[nama] = Number(jumlah[0].n);
  }
  return hasil;
}

/** Rows per table of the database a location names, as it is now. */
export async function hitungTabelDi(lokasi: Lokasi): Promise<Record<string, number>> {
  if (lokasi.client === 'sqlite') {
    const db = new Database(lokasi.sqlite, { readonly: true });
    try {
      return hitungTabelSqlite(db);
    } finally {
      db.close();
    }
  }
  const client = await hubungkanPg(lokasi.postgres!);
  try {
    return await hitungTabelPg(client, lokasi.postgres!.schema ?? 'public');
  } finally {
    await client.end();
  }
}

/** Every history row of a SQLite database, oldest first (none when the table does not exist yet). */
export function riwayatSqlite(db: Database.Database): BarisBerantai[] {
  const ada = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(TABEL_RIWAYAT);
  if (!ada) return [];
  return (
    db.prepare(`SELECT * FROM "${TABEL_RIWAYAT}" ORDER BY id`).all() as Array<
      Record<string, unknown>
    >
  ).map(dariKolom);
}

/** Every history row of a PostgreSQL schema, on a connection (inside the caller's snapshot, if any). */
export async function riwayatPg(client: Client, schema: string): Promise<BarisBerantai[]> {
  const { rows: ada } = await client.query(
    'SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2',
    [schema, TABEL_RIWAYAT],
  );
  if (ada.length === 0) return [];
  const { rows } = await client.query<Record<string, unknown>>(
    `SELECT * FROM "${schema}"."${TABEL_RIWAYAT}" ORDER BY id`,
  );
  return rows.map(dariKolom);
}

/** The history rows of the database a location names, as it is now. */
export async function riwayatDi(lokasi: Lokasi): Promise<BarisBerantai[]> {
  if (lokasi.client === 'sqlite') {
    const db = new Database(lokasi.sqlite, { readonly: true });
    try {
      return riwayatSqlite(db);
    } finally {
      db.close();
    }
  }
  const client = await hubungkanPg(lokasi.postgres!);
  try {
    return await riwayatPg(client, lokasi.postgres!.schema ?? 'public');
  } finally {
    await client.end();
  }
}

export { kepalaPerDokumen };

const jalankan = promisify(execFile);

export type ProgramPg = 'pg_dump' | 'pg_restore' | 'psql';

/**
 * Where a PostgreSQL client program is: PG_DUMP / PG_RESTORE when set (a server of another major
 * version needs its own client programs), psql next to that pg_restore (the restore script it
 * writes is for a psql of its own version), otherwise on PATH.
 */
function lokasiProgramPg(program: ProgramPg): string {
  if (program === 'psql') {
    const pgRestore = process.env.PG_RESTORE;
    return pgRestore ? path.join(path.dirname(pgRestore), 'psql') : 'psql';
  }
  return process.env[program.toUpperCase()] ?? program;
}

/** Runs pg_dump, pg_restore or psql against a database, with libpq's environment (lingkunganPg). */
export async function jalankanProgramPg(
  program: ProgramPg,
  pg: KoneksiPostgres,
  argumen: string[],
): Promise<void> {
  try {
    await jalankan(lokasiProgramPg(program), argumen, {
      env: lingkunganPg(pg),
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(pesanGagalProgramPg(program, error), { cause: error });
  }
}

/**
 * What the operator reads when a PostgreSQL program fails: what it means, what was (not) changed
 * and what to do, then the program's own last words (its stderr), instead of a bare
 * "zlib: unexpected end of file". The restore (restore.ts) has pg_restore only read the archive
 * into a script, before the database is touched, and psql run that script in one transaction.
 */
export function pesanGagalProgramPg(program: ProgramPg, error: unknown): string {
  const { stderr, message, code } = error as { stderr?: string; message?: string; code?: string };
  const asli = (stderr || message || String(error)).trim().split('\n').slice(-3).join(' | ');
  if (code === 'ENOENT')
    return `${program} tidak ditemukan: pasang klien PostgreSQL (apt-get install postgresql-client) atau arahkan ${program === 'psql' ? 'PG_RESTORE ke pg_restore yang di sebelahnya ada psql' : `${program.toUpperCase()} ke programnya`}. Tidak ada yang diubah.`;
  if (program === 'pg_restore')
    return `Arsip tidak dapat dibaca: salinan basis datanya rusak atau terpotong, atau pg_restore lebih lama dari pembuat arsip. Basis data tujuan belum disentuh: isinya dan folder unggahan tetap seperti sebelumnya. Pesan pg_restore: ${asli}`;
  if (program === 'psql')
    return `Pemulihan basis data gagal dan dibatalkan seluruhnya (satu transaksi): basis data tujuan dan folder unggahan tetap seperti sebelumnya. Basis data tujuan menolak sebuah perintah (hak pengguna, ruang disk, versi PostgreSQL lebih lama dari pembuat arsip) atau koneksi terputus. Pesan psql: ${asli}`;
  return `Pencadangan basis data gagal: periksa koneksi (DATABASE_*, termasuk DATABASE_SSL*), hak pengguna dan ruang disk. Pesan pg_dump: ${asli}`;
}

export async function sha256Berkas(berkas: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(berkas), hash);
  return hash.digest('hex');
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export async function daftarBerkas(folder: string): Promise<string[]> {
  const isi = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return isi
    .filter((entri) => entri.isFile())
    .map((entri) =>
      path.relative(folder, path.join(entri.parentPath, entri.name)).split(path.sep).join('/'),
    )
    .sort();
}

/** What the folder holds besides placeholders (.gitkeep): a restore target must hold nothing. */
export async function folderBerisi(folder: string): Promise<number> {
  return (await daftarBerkas(folder)).filter((nama) => path.basename(nama) !== '.gitkeep').length;
}

/** The differences between two row counts, as lines an operator reads ("tabel x: 12 di manifest, 11 di basis data"). */
export function bedaTabel(
  harapan: Record<string, number>,
  nyata: Record<string, number>,
): string[] {
  const semua = [...new Set([...Object.keys(harapan), ...Object.keys(nyata)])].sort();
  return semua
    .filter((nama) => harapan[nama] !== nyata[nama])
    .map(
      (nama) =>
        `tabel ${nama}: ${harapan[nama] ?? 'tidak ada'} di manifest, ${nyata[nama] ?? 'tidak ada'} di basis data`,
    );
}
