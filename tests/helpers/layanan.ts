/**
 * A PostgreSQL cluster and a Redis server of the test's own, in its temporary folder, so that a
 * test can do to them what production suffers (restart the database, hang Redis) without
 * touching the machine's services that other suites share.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { hentikanProses, portBebas } from './proses';

const jalankan = promisify(execFile);

/** Debian's PostgreSQL programs, the newest installed major version. */
function binPostgres(): string {
  const akar = '/usr/lib/postgresql';
  const versi = readdirSync(akar).sort((a, b) => Number(b) - Number(a))[0];
  return path.join(akar, versi, 'bin');
}

/** PostgreSQL refuses to run as root: as root, its programs run as the postgres user. */
const sebagaiPostgres = (program: string, argumen: string[]) =>
  process.getuid?.() === 0
    ? jalankan('runuser', ['-u', 'postgres', '--', path.join(binPostgres(), program), ...argumen])
    : jalankan(path.join(binPostgres(), program), argumen);

export interface PostgresSendiri {
  port: number;
  /** `pg_ctl restart -m fast`: every connection cut, the server back once it accepts again. */
  mulaiUlang(): Promise<void>;
  hentikan(): Promise<void>;
}

/** A fresh cluster (trust authentication, user postgres) listening on 127.0.0.1 only. */
export async function mulaiPostgresSendiri(folder: string): Promise<PostgresSendiri> {
  const data = path.join(folder, 'pg-data');
  const soket = path.join(folder, 'pg-soket');
  const pemilik =
    process.getuid?.() === 0
      ? await Promise.all(
          ['-u', '-g'].map(async (opsi) =>
            Number((await jalankan('id', [opsi, 'postgres'])).stdout.trim()),
          ),
        )
      : null;
  for (const dir of [data, soket]) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (pemilik) chownSync(dir, pemilik[0], pemilik[1]);
  }
  await sebagaiPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await portBebas();
  const opsi = `-p ${port} -k ${soket} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const log = path.join(soket, 'postgres.log');
  await sebagaiPostgres('pg_ctl', ['-D', data, '-o', opsi, '-l', log, '-w', 'start']);
  return {
    port,
    async mulaiUlang() {
      await sebagaiPostgres('pg_ctl', [
        '-D',
        data,
        '-o',
        opsi,
        '-l',
        log,
        '-m',
        'fast',
        '-w',
        'restart',
      ]);
    },
    async hentikan() {
      await sebagaiPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(
        () => undefined,
      );
    },
  };
}

export interface RedisSendiri {
  port: number;
  /** SIGSTOP: connections stay open, nothing is answered, as a hung Redis does. */
  bekukan(): void;
  lanjutkan(): void;
  hentikan(): Promise<void>;
}

/** A Redis that keeps nothing on disk, on a free loopback port. */
export async function mulaiRedisSendiri(): Promise<RedisSendiri> {
  const port = await portBebas();
  const proses: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i += 1) {
    const siap = await jalankan('redis-cli', ['-p', String(port), 'ping']).then(
      ({ stdout }) => stdout.trim() === 'PONG',
      () => false,
    );
    if (siap) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    bekukan: () => proses.kill('SIGSTOP'),
    lanjutkan: () => proses.kill('SIGCONT'),
    async hentikan() {
      proses.kill('SIGCONT');
      await hentikanProses(proses);
    },
  };
}
