/**
 * A Redis server of the test's own, so that a test can hang it as production may suffer (SIGSTOP)
 * without touching the machine's Redis that other suites share. The PostgreSQL counterpart is
 * postgres-pribadi.ts.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { hentikanProses, portBebas } from './proses';

const jalankan = promisify(execFile);

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
