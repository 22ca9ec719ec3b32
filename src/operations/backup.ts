import { existsSync } from 'node:fs';
import {
  chmod,
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as tar from 'tar';
import {
  bandingkanDenganJangkar,
  type KepalaArsip,
} from '../plugins/redaksi/server/src/domain/jangkar';
import { readAnchorIndex } from '../plugins/redaksi/server/src/utils/anchor-file';
import { formatWib, isoWib } from '../utils/wib-time';
import {
  bacaLokasi,
  BERKAS_JANGKAR_ARSIP,
  BERKAS_MANIFEST,
  daftarBerkas,
  FOLDER_UPLOADS,
  FORMAT_MANIFEST,
  hitungTabelPg,
  hitungTabelSqlite,
  jalankanProgramPg,
  kepalaPerDokumen,
  hubungkanPg,
  type Lokasi,
  type Manifest,
  perintahDenganLingkungan,
  riwayatPg,
  riwayatSqlite,
  sha256Berkas,
} from './archive';

/** What a snapshot holds besides the dump: rows per table, and each item's history chain head. */
interface IsiSnapshot {
  tabel: Record<string, number>;
  kepala: Record<string, KepalaArsip>;
}

export const BERKAS_SQLITE = 'basis-data/data.db';
/** An archive: its owner (redaksi) reads and writes it, nobody else. */
export const MODE_ARSIP = 0o600;
/** CADANGAN_DIR when the backup creates it. */
export const MODE_FOLDER_ARSIP = 0o750;
export const BERKAS_PG = 'basis-data/postgres.dump';

/**
 * SQLite: the online backup API (better-sqlite3's backup()), page by page while the server keeps
 * writing, then switched out of WAL so the copy is one self-contained file. Rows are counted in
 * that copy.
 */
async function cadangkanSqlite(lokasi: Lokasi, kerja: string): Promise<IsiSnapshot> {
  if (!existsSync(lokasi.sqlite!)) {
    // Most often the production environment file not loaded at all (no NODE_ENV either).
    throw new Error(
      `Basis data SQLite ${lokasi.sqlite} tidak ada (tanpa DATABASE_CLIENT konfigurasi memakai SQLite). ` +
        `Di server produksi, jalankan dengan berkas lingkungannya, sebagai root:\n  ${perintahDenganLingkungan('cadangan')}`,
    );
  }
  const tujuan = path.join(kerja, BERKAS_SQLITE);
  const sumber = new Database(lokasi.sqlite, { readonly: true, fileMustExist: true });
  try {
    await sumber.backup(tujuan);
  } finally {
    sumber.close();
  }
  const salinan = new Database(tujuan);
  try {
    salinan.pragma('journal_mode = DELETE');
    return { tabel: hitungTabelSqlite(salinan), kepala: kepalaPerDokumen(riwayatSqlite(salinan)) };
  } finally {
    salinan.close();
  }
}

/**
 * PostgreSQL: one REPEATABLE READ snapshot, exported, in which the rows are counted and pg_dump
 * runs (--snapshot): the counts describe exactly what was dumped, whatever the server writes
 * meanwhile.
 */
async function cadangkanPostgres(lokasi: Lokasi, kerja: string): Promise<IsiSnapshot> {
  const pg = lokasi.postgres!;
  const client = await hubungkanPg(pg);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ snapshot: string }>(
      'SELECT pg_export_snapshot() AS snapshot',
    );
    const tabel = await hitungTabelPg(client, pg.schema ?? 'public');
    const kepala = kepalaPerDokumen(await riwayatPg(client, pg.schema ?? 'public'));
    const argumen = [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--snapshot=${rows[0].snapshot}`,
      `--file=${path.join(kerja, BERKAS_PG)}`,
    ];
    if (pg.schema && pg.schema !== 'public') argumen.push(`--schema=${pg.schema}`);
    await jalankanProgramPg('pg_dump', pg, argumen);
    await client.query('COMMIT');
    return { tabel, kepala };
  } finally {
    await client.end();
  }
}

const namaArsip = (saat: Date) => `cadangan-redaksi-${formatWib(saat, 'yyyyMMdd-HHmmss')}.tar.gz`;

/**
 * One dated archive (tar.gz) of the database, the uploads folder and a manifest with the row
 * count of every table and the sha256 of every file, written into CADANGAN_DIR (default
 * ./cadangan). Safe while the server runs: the database first, then the uploads, so an upload
 * that lands meanwhile can only be an extra file, never a row whose file is missing. The archive
 * appears under its final name only once complete.
 */
export async function createBackup(
  appDir: string,
  cetak: (baris: string) => void = console.log,
): Promise<string> {
  const lokasi = await bacaLokasi(appDir, 'cadangan');
  const folderTujuan = path.resolve(appDir, process.env.CADANGAN_DIR || 'cadangan');
  const kerja = await mkdtemp(path.join(tmpdir(), 'redaksi-cadangan-'));
  try {
    await mkdir(path.join(kerja, 'basis-data'));
    cetak(
      `Mencadangkan basis data (${lokasi.client === 'sqlite' ? `SQLite ${lokasi.sqlite}` : `PostgreSQL ${lokasi.postgres?.database ?? ''}`})...`,
    );
    const { tabel, kepala } =
      lokasi.client === 'sqlite'
        ? await cadangkanSqlite(lokasi, kerja)
        : await cadangkanPostgres(lokasi, kerja);
    cetak(
      `  ${Object.keys(tabel).length} tabel, ${Object.values(tabel).reduce((a, b) => a + b, 0)} baris`,
    );

    // The anchor file after the snapshot, never before: every head of the snapshot was anchored
    // (after its commit) by then, so the copy vouches for the whole history in the archive. It is
    // read here too, so that a history already at odds with it is said now, not at the restore.
    const { indeks, ada: adaJangkar } = readAnchorIndex(lokasi.jangkar);
    if (adaJangkar) {
      await mkdir(path.join(kerja, path.dirname(BERKAS_JANGKAR_ARSIP)), { recursive: true });
      await copyFile(lokasi.jangkar, path.join(kerja, BERKAS_JANGKAR_ARSIP));
      const beda = bandingkanDenganJangkar(kepala, indeks).filter((b) => b.jenis !== 'lebih-lama');
      cetak(
        `Rantai riwayat: ${Object.keys(kepala).length} dokumen, berkas jangkar ${lokasi.jangkar} ikut diarsipkan` +
          (beda.length
            ? `\n  PERINGATAN: riwayat di basis data tidak sesuai dengan berkas jangkar:\n    ${beda.map((b) => b.pesan).join('\n    ')}`
            : ''),
      );
    } else {
      cetak(
        `  PERINGATAN: berkas jangkar riwayat ${lokasi.jangkar} tidak ada; arsip ini tanpa saksi rantai riwayat di luar basis data`,
      );
    }

    cetak(`Menyalin unggahan dari ${lokasi.uploads}...`);
    await cp(lokasi.uploads, path.join(kerja, FOLDER_UPLOADS), { recursive: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      },
    );
    const isi = await daftarBerkas(kerja);
    cetak(
      `  ${isi.filter((nama) => nama.startsWith(`${FOLDER_UPLOADS}/`)).length} berkas; menghitung sha256...`,
    );
    const berkas: Record<string, string> = {};
    for (const nama of isi) berkas[nama] = await sha256Berkas(path.join(kerja, nama));

    const paket = JSON.parse(await readFile(path.join(appDir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      dependencies: Record<string, string>;
    };
    const saat = new Date();
    const manifest: Manifest = {
      format: FORMAT_MANIFEST,
      dibuat: isoWib(saat),
      aplikasi: {
        nama: paket.name,
        versi: paket.version,
        strapi: paket.dependencies['@strapi/strapi'],
      },
      basisData: {
        client: lokasi.client,
        berkas: lokasi.client === 'sqlite' ? BERKAS_SQLITE : BERKAS_PG,
      },
      tabel,
      berkas,
      rantai: { kepala, jangkar: adaJangkar ? BERKAS_JANGKAR_ARSIP : null },
    };
    await writeFile(path.join(kerja, BERKAS_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

    // The archive holds every account's password hash, every draft and the history: readable by
    // its owner only, in a folder closed to others (a folder that exists is left as it is).
    if (await mkdir(folderTujuan, { recursive: true, mode: MODE_FOLDER_ARSIP }))
      await chmod(folderTujuan, MODE_FOLDER_ARSIP); // whatever the umask
    const arsip = path.join(folderTujuan, namaArsip(saat));
    const sementara = `${arsip}.sebagian`;
    cetak('Menulis arsip...');
    try {
      await rm(sementara, { force: true });
      await tar.create(
        { gzip: true, file: sementara, cwd: kerja, portable: true, mode: MODE_ARSIP },
        [BERKAS_MANIFEST, ...isi],
      );
      await chmod(sementara, MODE_ARSIP);
      await rename(sementara, arsip);
    } catch (error) {
      await rm(sementara, { force: true });
      throw error;
    }
    return arsip;
  } finally {
    await rm(kerja, { recursive: true, force: true });
  }
}

if (require.main === module) {
  createBackup(process.cwd()).then(
    (arsip) => {
      console.log(arsip);
    },
    (error: unknown) => {
      console.error(`Cadangan gagal: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
