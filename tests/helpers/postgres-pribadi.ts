/**
 * A PostgreSQL of a test file's own (initdb into a temporary folder, a free loopback port), so
 * that the file can stop and restart it under a running Strapi without touching the machine's
 * server. The run's PostgreSQL settings are pointed at it (DATABASE_PORT, DATABASE_ADMIN_NAME):
 * start it before mulaiStrapi().
 *
 * With `tls`, a server that accepts TCP connections over TLS only, as a managed PostgreSQL does:
 * its certificate is signed by a CA made for it (`ca`), for 127.0.0.1 and localhost, so that a
 * client can verify it fully. The run's settings are NOT pointed at that one: the run's helpers
 * (sqlAdmin, mulaiStrapi) connect without TLS and would be refused; a test addresses it itself
 * (`port`, `koneksi()`).
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { portBebas } from './proses';
import { isPostgres } from './strapi';

const PG_BIN = existsSync('/usr/lib/postgresql')
  ? path.join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql')[0], 'bin')
  : '';

/** Whether this run can have one: on PostgreSQL, with the server's programs installed. */
export const postgresPribadiTersedia = () => isPostgres() && PG_BIN !== '';

export interface OpsiPostgresPribadi {
  /** TLS only over TCP (hostssl; hostnossl rejected), with a certificate of its own CA. */
  tls?: boolean;
}

export interface PostgresPribadi {
  data: string;
  port: number;
  /** With `tls`: the path of the CA's certificate (PEM) that signed the server's. */
  ca?: string;
  /**
   * node-postgres settings for a database on it, as user postgres over TCP: with `tls`, verified
   * against `ca` (a client without TLS is refused there).
   */
  koneksi(database: string): {
    host: string;
    port: number;
    user: string;
    database: string;
    ssl?: { ca: string };
  };
  /** `fast` ends the sessions and shuts down cleanly; `immediate` is a crash. */
  hentikan(mode?: 'fast' | 'immediate'): void;
  mulai(): void;
  mulaiUlang(): void;
  /**
   * The same restart without holding the test's event loop: for a test that keeps sending
   * requests (from this process) while the database restarts.
   */
  mulaiUlangLatar(): Promise<void>;
  /** Stops it and removes its folder (afterAll). */
  buang(): void;
}

/**
 * A CA and a server certificate it signed, for 127.0.0.1 and localhost (subjectAltName: libpq's
 * verify-full and Node both check the address against it), written into the cluster's folder as
 * ssl_cert_file/ssl_key_file expect them: the key the server's user's own, readable by it only.
 */
function buatSertifikat(data: string, pemilik: { uid: number; gid: number }): string {
  const openssl = (...argumen: string[]) =>
    execFileSync('openssl', argumen, { cwd: data, stdio: 'ignore', timeout: 60_000 });
  const kurva = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...kurva,
    '-days',
    '2',
    '-subj',
    '/CN=CA uji redaksi',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
  );
  openssl('req', ...kurva, '-subj', '/CN=127.0.0.1', '-keyout', 'server.key', '-out', 'server.csr');
  writeFileSync(
    path.join(data, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  );
  openssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    'server.ext',
    '-out',
    'server.crt',
  );
  for (const berkas of ['server.crt', 'server.key'])
    chownSync(path.join(data, berkas), pemilik.uid, pemilik.gid);
  chmodSync(path.join(data, 'server.key'), 0o600);
  return path.join(data, 'ca.crt');
}

export async function mulaiPostgresPribadi(
  opsiPribadi: OpsiPostgresPribadi = {},
): Promise<PostgresPribadi> {
  const data = mkdtempSync(path.join(tmpdir(), 'redaksi-pg-'));
  const pemilik = {
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
  };
  chownSync(data, pemilik.uid, pemilik.gid);
  const sebagaiPostgres = (program: string, ...argumen: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, program), ...argumen], {
      // The server's own output goes to its log file (-l): an inherited pipe would keep pg_ctl's caller waiting.
      stdio: 'ignore',
      timeout: 60_000,
    });
  sebagaiPostgres('initdb', '-D', data, '-A', 'trust', '-U', 'postgres');
  let ca: string | undefined;
  if (opsiPribadi.tls) {
    ca = buatSertifikat(data, pemilik);
    appendFileSync(
      path.join(data, 'postgresql.conf'),
      "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n",
    );
    // Over TCP TLS only; the socket (pg_ctl, a test's own set-up) stays as initdb made it.
    writeFileSync(
      path.join(data, 'pg_hba.conf'),
      [
        'local all all trust',
        'hostssl all all 127.0.0.1/32 trust',
        'hostnossl all all 0.0.0.0/0 reject',
        'hostnossl all all ::/0 reject',
        '',
      ].join('\n'),
    );
  }
  const port = await portBebas();
  const opsi = `-p ${port} -k ${data} -c listen_addresses=127.0.0.1`;
  const pgCtl = (...argumen: string[]) =>
    sebagaiPostgres('pg_ctl', '-l', path.join(data, 'server.log'), '-D', data, ...argumen);

  pgCtl('-o', opsi, '-w', 'start');
  if (!opsiPribadi.tls) {
    process.env.DATABASE_PORT = String(port);
    process.env.DATABASE_ADMIN_NAME = 'postgres';
  }
  const pemCa = ca ? readFileSync(ca, 'utf8') : undefined;
  return {
    data,
    port,
    ca,
    koneksi: (database) => ({
      host: '127.0.0.1',
      port,
      user: 'postgres',
      database,
      ...(pemCa ? { ssl: { ca: pemCa } } : {}),
    }),
    hentikan: (mode = 'fast') => pgCtl('-m', mode, '-w', 'stop'),
    mulai: () => pgCtl('-o', opsi, '-w', 'start'),
    mulaiUlang: () => pgCtl('-m', 'fast', '-o', opsi, '-w', 'restart'),
    mulaiUlangLatar: () =>
      new Promise<void>((resolve, reject) => {
        const argumen = ['-l', path.join(data, 'server.log'), '-D', data];
        const anak = spawn(
          'runuser',
          [
            '-u',
            'postgres',
            '--',
            path.join(PG_BIN, 'pg_ctl'),
            ...argumen,
            '-m',
            'fast',
            '-o',
            opsi,
            '-w',
            'restart',
          ],
          { stdio: 'ignore' },
        );
        anak.once('error', reject);
        anak.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`pg_ctl restart: keluar ${code}`)),
        );
      }),
    buang: () => {
      try {
        pgCtl('-m', 'immediate', 'stop');
      } catch {
        // Already stopped.
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/** Waits until the server answers /_ready again (the database came back), at most ten seconds. */
export async function tungguSiap(base: string): Promise<number> {
  let status = 0;
  for (let i = 0; i < 40 && status !== 200; i += 1) {
    status = (await request(base).get('/_ready')).status;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return status;
}
