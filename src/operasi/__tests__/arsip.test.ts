import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lingkunganPg, pesanGagalProgramPg } from '../arsip';

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

describe('pesan gagal pg_dump dan pg_restore', () => {
  it('says what a failed restore means, and that nothing was half restored, before the raw words', () => {
    const pesan = pesanGagalProgramPg('pg_restore', {
      stderr: 'pg_restore: error: could not read input file\nzlib: unexpected end of file\n',
    });
    expect(pesan).toContain('dibatalkan seluruhnya');
    expect(pesan).toContain('zlib: unexpected end of file');
  });

  it('names the missing program and how to install it', () => {
    expect(
      pesanGagalProgramPg('pg_dump', { code: 'ENOENT', message: 'spawn pg_dump ENOENT' }),
    ).toContain('apt-get install postgresql-client');
  });
});
