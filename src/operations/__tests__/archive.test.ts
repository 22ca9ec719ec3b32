import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lingkunganPg, pesanGagalProgramPg } from '../archive';

const dasar = { host: 'db.kpu.local', port: 5432, database: 'redaksi', user: 'redaksi' };

describe('lingkungan libpq untuk pg_dump dan pg_restore', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'arsip-uji-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('asks for no TLS when the server connects without it', () => {
    const env = lingkunganPg({ ...dasar, ssl: false }, folder);
    expect(env.PGSSLMODE).toBe(process.env.PGSSLMODE);
    expect(env.PGHOST).toBe('db.kpu.local');
  });

  it('requires TLS without checking the certificate when the server does not check it', () => {
    expect(lingkunganPg({ ...dasar, ssl: { rejectUnauthorized: false } }, folder)).toMatchObject({
      PGSSLMODE: 'require',
    });
  });

  it("verifies the server against DATABASE_SSL_CA, a path or the PEM itself, or the system's authorities", () => {
    expect(lingkunganPg({ ...dasar, ssl: { rejectUnauthorized: true } }, folder)).toMatchObject({
      PGSSLMODE: 'verify-full',
      PGSSLROOTCERT: '/etc/ssl/certs/ca-certificates.crt',
    });
    expect(
      lingkunganPg({ ...dasar, ssl: { rejectUnauthorized: true, ca: '/etc/kpu/ca.pem' } }, folder),
    ).toMatchObject({ PGSSLROOTCERT: '/etc/kpu/ca.pem' });
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const env = lingkunganPg({ ...dasar, ssl: { ca: pem } }, folder);
    expect(env.PGSSLMODE).toBe('verify-full');
    expect(existsSync(String(env.PGSSLROOTCERT))).toBe(true);
    expect(readFileSync(String(env.PGSSLROOTCERT), 'utf8')).toBe(pem);
  });

  it('carries TLS with a DATABASE_URL too', () => {
    expect(
      lingkunganPg(
        { connectionString: 'postgres://u:p@db:5432/x', ssl: { rejectUnauthorized: false } },
        folder,
      ),
    ).toMatchObject({ PGSSLMODE: 'require', PGHOST: 'db', PGPASSWORD: 'p' });
  });
});

describe('pesan gagal pg_dump, pg_restore dan psql', () => {
  it('says that an archive pg_restore cannot read left the target untouched, before the raw words', () => {
    const pesan = pesanGagalProgramPg('pg_restore', {
      stderr: 'pg_restore: error: could not read input file\nzlib: unexpected end of file\n',
    });
    expect(pesan).toMatch(
      /^Arsip tidak dapat dibaca: .* tetap seperti sebelumnya\. Pesan pg_restore: /,
    );
    expect(pesan.indexOf('zlib: unexpected end of file')).toBeGreaterThan(
      pesan.indexOf('Pesan pg_restore'),
    );
  });

  it('says that a restore the database refused was rolled back entirely, before the raw words', () => {
    const pesan = pesanGagalProgramPg('psql', {
      stderr:
        'psql:/tmp/pulihkan.sql:900: ERROR:  could not extend file: No space left on device\n',
    });
    expect(pesan).toMatch(
      /^Pemulihan basis data gagal dan dibatalkan seluruhnya \(satu transaksi\)/,
    );
    expect(pesan).toMatch(
      /Pesan psql: psql:\/tmp\/pulihkan\.sql:900: ERROR: .*No space left on device$/,
    );
  });

  it('names the missing program and how to install it', () => {
    expect(
      pesanGagalProgramPg('pg_dump', { code: 'ENOENT', message: 'spawn pg_dump ENOENT' }),
    ).toContain('apt-get install postgresql-client');
    expect(pesanGagalProgramPg('psql', { code: 'ENOENT', message: 'spawn psql ENOENT' })).toMatch(
      /^psql tidak ditemukan: .*PG_RESTORE/,
    );
  });
});
