/**
 * Backup and restore on PostgreSQL as production meets it, each command run as the operator runs
 * it (`npm run cadangan`, `npm run pulihkan`, compiled, in a process of its own):
 *
 * - a PostgreSQL that accepts TLS connections only (a managed database): with DATABASE_SSL the
 *   backup is taken and restored identically, the certificate unchecked
 *   (DATABASE_SSL_REJECT_UNAUTHORIZED=false) or verified against DATABASE_SSL_CA; without it, or
 *   with a CA that did not sign the server's certificate, both refuse in Indonesian;
 * - a restore that fails midway (an archive whose dump is cut short yet agrees with its manifest,
 *   a target database that refuses an object late in the restore) leaves the target database and
 *   uploads folder exactly as they were, and says why in Indonesian before the programs' own words.
 *
 * PostgreSQL only: on SQLite there is neither TLS nor pg_restore.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';
import * as tar from 'tar';
import {
  daftarBerkas,
  jalankanProgramPg,
  sha256Berkas,
  type SslPostgres,
} from '../../src/operations/archive';
import { type Pengguna, penggunaPerPeran, PERAN_SOP_21 } from '../helpers/pengguna';
import {
  mulaiPostgresPribadi,
  type PostgresPribadi,
  postgresPribadiTersedia,
} from '../helpers/postgres-pribadi';
import { isiFolder, isiPostgres } from '../helpers/isi-basis-data';
import { jalankanPerintah } from '../helpers/proses';
import { buatKontenMedsos, medsosSampaiTahap } from '../helpers/sop';
import {
  hentikanStrapi,
  isPostgres,
  koneksiPostgres,
  mulaiStrapi,
  sqlAdmin,
} from '../helpers/strapi';

const CADANGAN = 'dist/src/operations/backup.js';
const PULIHKAN = 'dist/src/operations/restore.js';

/** What the rows do not show: every index and constraint of the public schema. */
async function strukturBasisData(koneksi: ClientConfig): Promise<string[]> {
  const client = new Client(koneksi);
  await client.connect();
  try {
    const indeks = await client.query<{ d: string }>(
      "SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public'",
    );
    const batasan = await client.query<{ d: string }>(
      `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
    );
    return [...indeks.rows, ...batasan.rows].map((r) => r.d).sort();
  } finally {
    await client.end();
  }
}

async function bacaManifest(arsip: string, folder: string) {
  mkdirSync(folder, { recursive: true });
  await tar.extract({ file: arsip, cwd: folder });
  return JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8'));
}

/** The archive's path: the backup's last line. */
function arsipDari(hasil: { code: number; stdout: string; stderr: string }): string {
  expect(hasil.stderr).toBe('');
  expect(hasil.code).toBe(0);
  return hasil.stdout.trim().split('\n').at(-1)!;
}

(isPostgres() ? describe : describe.skip)('cadangan dan pemulihan PostgreSQL', () => {
  let strapi: Core.Strapi | undefined;
  const p: Record<string, Pengguna> = {};
  let folder: string;
  /** The backup of the test's own Strapi database, taken without TLS on the run's PostgreSQL. */
  let arsip: string;
  let isiAsal: Record<string, string[]>;
  let unggahanAsal: Record<string, string>;
  const databaseLain: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'redaksi-cadangan-pg-'));
    process.env.PUBLIC_DIR = path.join(folder, 'public-asal');
    process.env.RIWAYAT_JANGKAR_FILE = path.join(folder, 'jangkar', 'jangkar-riwayat.jsonl');
    mkdirSync(path.join(folder, 'public-asal', 'uploads'), { recursive: true });
    const server = await mulaiStrapi();
    strapi = server;
    Object.assign(p, await penggunaPerPeran(server, PERAN_SOP_21));
    // Four uploads, a history chain and a register number: rows in most tables, files to restore.
    const konten = await buatKontenMedsos(server, p['tim-pelaksana']);
    await medsosSampaiTahap(server, p, konten, 'disetujui');
    // The server stops, its database stays (hentikanStrapi in afterAll drops it): every backup
    // here is of the same rows.
    await server.destroy();
    strapi = undefined;
    arsip = arsipDari(
      await jalankanPerintah(CADANGAN, [], { CADANGAN_DIR: path.join(folder, 'cadangan') }),
    );
    isiAsal = await isiPostgres(koneksiPostgres(process.env.DATABASE_NAME!));
    unggahanAsal = await isiFolder(path.join(folder, 'public-asal', 'uploads'));
    expect(Object.keys(unggahanAsal)).toHaveLength(4);
    expect(isiAsal.redaksi_riwayat).toHaveLength(4);
  }, 180_000);

  afterAll(async () => {
    await hentikanStrapi(strapi);
    for (const nama of databaseLain)
      await sqlAdmin(`DROP DATABASE IF EXISTS "${nama}" WITH (FORCE)`);
    delete process.env.RIWAYAT_JANGKAR_FILE;
    rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  (postgresPribadiTersedia() ? describe : describe.skip)(
    'PostgreSQL yang hanya menerima TLS',
    () => {
      let pg: PostgresPribadi;
      /** The TLS-only server and a database on it, as the operator's environment file names them. */
      const lingkunganTls = (database: string, publik: string): NodeJS.ProcessEnv => ({
        DATABASE_HOST: '127.0.0.1',
        DATABASE_PORT: String(pg.port),
        DATABASE_NAME: database,
        DATABASE_USERNAME: 'postgres',
        DATABASE_PASSWORD: undefined,
        DATABASE_URL: undefined,
        DATABASE_SSL: 'true',
        DATABASE_SSL_REJECT_UNAUTHORIZED: undefined,
        DATABASE_SSL_CA: undefined,
        PUBLIC_DIR: path.join(folder, publik),
        CADANGAN_DIR: path.join(folder, `cadangan-${publik}`),
        // libpq settings of the run must not do the work for the commands.
        PGSSLMODE: undefined,
        PGSSLROOTCERT: undefined,
      });

      async function buatDatabase(nama: string) {
        const client = new Client(pg.koneksi('postgres'));
        await client.connect();
        try {
          await client.query(`CREATE DATABASE "${nama}"`);
        } finally {
          await client.end();
        }
      }

      beforeAll(async () => {
        pg = await mulaiPostgresPribadi({ tls: true });
        for (const nama of ['pulih_tanpa_periksa', 'pulih_ca', 'tanpa_tls'])
          await buatDatabase(nama);
      }, 60_000);

      afterAll(() => pg?.buang());

      it('accepts TLS connections only, and verifies as 127.0.0.1 against its own CA', async () => {
        const tanpaTls = new Client({ ...pg.koneksi('postgres'), ssl: false });
        await expect(tanpaTls.connect()).rejects.toThrow(/no encryption/);
        const denganTls = new Client(pg.koneksi('postgres'));
        await denganTls.connect();
        const { rows } = await denganTls.query(
          'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
        );
        await denganTls.end();
        expect(rows).toEqual([{ ssl: true }]);
      });

      it('without DATABASE_SSL, or with a CA that did not sign the server, refuses in Indonesian and writes nothing', async () => {
        const tanpaSsl = {
          ...lingkunganTls('tanpa_tls', 'public-tanpa-tls'),
          DATABASE_SSL: undefined,
        };
        // With DATABASE_SSL but no DATABASE_SSL_CA the system's authorities are trusted, which did not sign it.
        const caSistem = lingkunganTls('tanpa_tls', 'public-tanpa-tls');
        const hasil = {
          cadanganTanpaSsl: await jalankanPerintah(CADANGAN, [], tanpaSsl),
          pulihkanTanpaSsl: await jalankanPerintah(PULIHKAN, [arsip], tanpaSsl),
          cadanganCaSistem: await jalankanPerintah(CADANGAN, [], caSistem),
        };
        for (const [nama, { code, stdout, stderr }] of Object.entries(hasil)) {
          expect(code).toBe(1);
          expect(stdout).not.toMatch(/\.tar\.gz$/m);
          // What to check first, in Indonesian; then PostgreSQL's or TLS's own words.
          expect(stderr).toMatch(
            new RegExp(
              `^${nama.startsWith('cadangan') ? 'Cadangan' : 'Pemulihan'} gagal: Tidak dapat terhubung ke PostgreSQL 127\\.0\\.0\\.1:${pg.port}/tanpa_tls sebagai postgres: .*DATABASE_SSL=true.*Tidak ada yang diubah\\. Pesan koneksi: `,
            ),
          );
          expect(stderr).toMatch(
            nama.endsWith('TanpaSsl')
              ? /Pesan koneksi: .*no encryption\n$/
              : /Pesan koneksi: .*certificate.*\n$/,
          );
        }
        expect(readdirSync(folder)).not.toContain('cadangan-public-tanpa-tls');
        expect(readdirSync(folder)).not.toContain('public-tanpa-tls');
        const client = new Client(pg.koneksi('tanpa_tls'));
        await client.connect();
        const { rows } = await client.query(
          "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
        );
        await client.end();
        expect(rows).toEqual([{ n: 0 }]);
      });

      it('has pg_dump itself verify the server: against DATABASE_SSL_CA it connects, against the system authorities it refuses', async () => {
        // The commands above connect with node-postgres before libpq, so its check hides
        // pg_dump's; here pg_dump alone, with the settings config/database.ts makes of DATABASE_SSL*.
        // (libpq's default, sslmode=prefer, would connect over TLS to any certificate.)
        const dump = (ssl: SslPostgres) =>
          jalankanProgramPg(
            'pg_dump',
            { host: '127.0.0.1', port: pg.port, database: 'postgres', user: 'postgres', ssl },
            ['--schema-only', `--file=${path.join(folder, 'skema.sql')}`],
          );
        await expect(dump({ rejectUnauthorized: true, ca: pg.ca })).resolves.toBeUndefined();
        await expect(dump({ rejectUnauthorized: true })).rejects.toThrow(
          /^Pencadangan basis data gagal: .*Pesan pg_dump: .*certificate verify failed/,
        );
        await expect(dump({ rejectUnauthorized: false })).resolves.toBeUndefined();
      });

      it('restores and backs up over TLS, unchecked and verified against DATABASE_SSL_CA: identical row for row and file for file', async () => {
        // (a) DATABASE_SSL_REJECT_UNAUTHORIZED=false: the archive made without TLS, restored over TLS.
        const tanpaPeriksa = {
          ...lingkunganTls('pulih_tanpa_periksa', 'public-tanpa-periksa'),
          DATABASE_SSL_REJECT_UNAUTHORIZED: 'false',
        };
        const pulihA = await jalankanPerintah(PULIHKAN, [arsip], tanpaPeriksa);
        expect(pulihA.stderr).toBe('');
        expect(pulihA.code).toBe(0);
        expect(pulihA.stdout).toMatch(/0 perbedaan dengan manifest\.\n$/);
        expect(await isiPostgres(pg.koneksi('pulih_tanpa_periksa'))).toEqual(isiAsal);
        // ... and backed up again over TLS from there.
        const arsipA = arsipDari(await jalankanPerintah(CADANGAN, [], tanpaPeriksa));

        // (b) verify-full against DATABASE_SSL_CA, a path as the operator writes it: that archive,
        // restored into another database, then backed up once more.
        const denganCa = {
          ...lingkunganTls('pulih_ca', 'public-ca'),
          DATABASE_SSL_CA: pg.ca,
        };
        const pulihB = await jalankanPerintah(PULIHKAN, [arsipA], denganCa);
        expect(pulihB.stderr).toBe('');
        expect(pulihB.code).toBe(0);
        expect(pulihB.stdout).toMatch(/0 perbedaan dengan manifest\.\n$/);
        expect(await isiPostgres(pg.koneksi('pulih_ca'))).toEqual(isiAsal);
        expect(await isiFolder(path.join(folder, 'public-ca', 'uploads'))).toEqual(unggahanAsal);
        const arsipB = arsipDari(await jalankanPerintah(CADANGAN, [], denganCa));

        // Each archive holds the same tables, rows, files and history heads as the first.
        const [m0, mA, mB] = await Promise.all(
          [arsip, arsipA, arsipB].map((a, i) =>
            bacaManifest(a, path.join(folder, `manifest-${i}`)),
          ),
        );
        const isi = (m: { tabel: unknown; berkas: Record<string, string>; rantai: unknown }) => ({
          tabel: m.tabel,
          unggahan: Object.entries(m.berkas).filter(([nama]) => nama.startsWith('uploads/')),
          rantai: m.rantai,
        });
        expect(Object.keys(m0.tabel).length).toBeGreaterThan(20);
        expect(isi(mA)).toEqual(isi(m0));
        expect(isi(mB)).toEqual(isi(m0));
      });
    },
  );

  describe('pemulihan yang gagal di tengah', () => {
    let databaseTujuan: string;
    let envTujuan: NodeJS.ProcessEnv;
    let bongkar: string;
    let sebelum: {
      isi: Record<string, string[]>;
      struktur: string[];
      unggahan: Record<string, string>;
    };

    const keadaanTujuan = async () => ({
      isi: await isiPostgres(koneksiPostgres(databaseTujuan)),
      struktur: await strukturBasisData(koneksiPostgres(databaseTujuan)),
      unggahan: await isiFolder(path.join(folder, 'public-tujuan', 'uploads')),
    });

    beforeAll(async () => {
      // The target: the archive restored, then changed the way a live system changes (a row, a
      // table and a file more), so that "as before" differs from "as in the archive".
      databaseTujuan = `${process.env.DATABASE_NAME}_tujuan`;
      databaseLain.push(databaseTujuan);
      await sqlAdmin(`CREATE DATABASE "${databaseTujuan}"`);
      envTujuan = { DATABASE_NAME: databaseTujuan, PUBLIC_DIR: path.join(folder, 'public-tujuan') };
      const pulih = await jalankanPerintah(PULIHKAN, [arsip], envTujuan);
      expect(pulih.stderr).toBe('');
      expect(pulih.code).toBe(0);
      const client = new Client(koneksiPostgres(databaseTujuan));
      await client.connect();
      await client.query(
        "UPDATE admin_users SET firstname = 'Sesudah cadangan' WHERE id = (SELECT min(id) FROM admin_users)",
      );
      await client.query('CREATE TABLE catatan_operator (isi text PRIMARY KEY)');
      await client.query("INSERT INTO catatan_operator VALUES ('ditulis sesudah cadangan')");
      await client.end();
      writeFileSync(path.join(folder, 'public-tujuan', 'uploads', 'sesudah-cadangan.txt'), 'baru');
      sebelum = await keadaanTujuan();
      expect(sebelum.isi.catatan_operator).toHaveLength(1);
      expect(sebelum.struktur.length).toBeGreaterThan(50);
      bongkar = path.join(folder, 'bongkar');
      await bacaManifest(arsip, bongkar);
    }, 60_000);

    /** Rows per table, indexes and constraints, files: what a failure shows first, readably. */
    const ringkas = (k: typeof sebelum) => ({
      baris: Object.fromEntries(Object.entries(k.isi).map(([t, b]) => [t, b.length])),
      struktur: k.struktur.length,
      unggahan: Object.keys(k.unggahan),
    });
    const samaDenganSebelum = async () => {
      const sekarang = await keadaanTujuan();
      expect(ringkas(sekarang)).toEqual(ringkas(sebelum));
      expect(sekarang).toEqual(sebelum);
    };

    /** Nothing but the uploads folder next to it: no half-copied folder left beside it either. */
    const isiPublik = () => readdirSync(path.join(folder, 'public-tujuan')).sort();

    it('an archive whose dump is cut short, its manifest made to agree: refused in Indonesian, the target exactly as before', async () => {
      const manifest = JSON.parse(await readFile(path.join(bongkar, 'manifest.json'), 'utf8'));
      const dump = path.join(bongkar, manifest.basisData.berkas);
      const ukuran = readFileSync(dump).length;
      await truncate(dump, Math.floor(ukuran * 0.6));
      manifest.berkas[manifest.basisData.berkas] = await sha256Berkas(dump);
      await writeFile(path.join(bongkar, 'manifest.json'), JSON.stringify(manifest));
      const terpotong = path.join(folder, 'terpotong.tar.gz');
      await tar.create({ gzip: true, file: terpotong, cwd: bongkar }, await daftarBerkas(bongkar));

      const hasil = await jalankanPerintah(PULIHKAN, [terpotong, '--timpa'], envTujuan);
      expect(hasil.code).toBe(1);
      await samaDenganSebelum();
      expect(isiPublik()).toEqual(['uploads']);
      // The archive passed its own checks; pg_restore found the cut.
      expect(hasil.stdout).toContain('berkas sesuai manifest');
      expect(hasil.stderr).toMatch(/^Pemulihan gagal: [A-Z][a-z]+ [a-z]/);
      const mentah = hasil.stderr.search(/pg_restore:|zlib|error:/);
      expect(mentah).toBeGreaterThan(hasil.stderr.indexOf('tetap seperti sebelumnya'));
      expect(hasil.stderr.indexOf('tetap seperti sebelumnya')).toBeGreaterThan(0);
    });

    it('a target database that refuses an object late in the restore: all of it rolled back, the target exactly as before', async () => {
      // An event trigger (of the database, so the restore's DROP SCHEMA does not remove it) that
      // refuses every index: the restore creates them after all tables and rows.
      const kosong = `${process.env.DATABASE_NAME}_kosong`;
      databaseLain.push(kosong);
      await sqlAdmin(`CREATE DATABASE "${kosong}"`);
      for (const database of [databaseTujuan, kosong]) {
        const client = new Client(koneksiPostgres(database));
        await client.connect();
        await client.query(`
          CREATE SCHEMA uji;
          CREATE FUNCTION uji.tolak_indeks() RETURNS event_trigger LANGUAGE plpgsql AS $$
          BEGIN
            RAISE EXCEPTION 'uji: indeks % ditolak',
              (SELECT object_identity FROM pg_event_trigger_ddl_commands() LIMIT 1);
          END $$;
          CREATE EVENT TRIGGER tolak_indeks ON ddl_command_end WHEN TAG IN ('CREATE INDEX')
            EXECUTE FUNCTION uji.tolak_indeks();`);
        await client.end();
      }
      try {
        const hasil = await jalankanPerintah(PULIHKAN, [arsip, '--timpa'], envTujuan);
        expect(hasil.code).toBe(1);
        await samaDenganSebelum();
        expect(isiPublik()).toEqual(['uploads']);
        expect(hasil.stderr).toMatch(/^Pemulihan gagal: [A-Z][a-z]+ [a-z]/);
        expect(hasil.stderr).toContain('tetap seperti sebelumnya');
        expect(hasil.stderr).toMatch(/uji: indeks public\.\S+ ditolak/);
        expect(hasil.stderr.indexOf('uji: indeks')).toBeGreaterThan(
          hasil.stderr.indexOf('tetap seperti sebelumnya'),
        );

        // Into an empty database: empty again, not some of the archive's tables.
        const keKosong = await jalankanPerintah(PULIHKAN, [arsip], {
          DATABASE_NAME: kosong,
          PUBLIC_DIR: path.join(folder, 'public-kosong'),
        });
        expect(keKosong.code).toBe(1);
        expect(keKosong.stderr).toMatch(/uji: indeks public\.\S+ ditolak/);
        expect(await isiPostgres(koneksiPostgres(kosong))).toEqual({ '(sekuens)': [] });
        expect(await isiFolder(path.join(folder, 'public-kosong'))).toEqual({});
      } finally {
        const client = new Client(koneksiPostgres(databaseTujuan));
        await client.connect();
        await client.query('DROP EVENT TRIGGER tolak_indeks; DROP SCHEMA uji CASCADE');
        await client.end();
      }

      // The same archive restores once the database accepts it: the refusal was the only cause.
      const lagi = await jalankanPerintah(PULIHKAN, [arsip, '--timpa'], envTujuan);
      expect(lagi.stderr).toBe('');
      expect(lagi.code).toBe(0);
      expect(await isiPostgres(koneksiPostgres(databaseTujuan))).toEqual(isiAsal);
      expect(await isiFolder(path.join(folder, 'public-tujuan', 'uploads'))).toEqual(unggahanAsal);
      expect(isiPublik()).toEqual(['uploads']);
    });
  });
});
