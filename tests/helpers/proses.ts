import { execFile, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const APP_DIR = path.resolve(__dirname, '..', '..');

/** A loopback port free right now, for a process the test starts (a server, nginx, a PostgreSQL). */
export function portBebas(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Run one of the operator's commands (compiled into dist/) as its own process, as `npm run` would. */
export function jalankanPerintah(
  skrip: string,
  argumen: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(APP_DIR, skrip), ...argumen],
      { cwd: APP_DIR, env: { ...process.env, ...env }, timeout: 300_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

/** A second Strapi process (tests/helpers/server-kedua.js) with its own environment; answers its base URL. */
export function mulaiProsesStrapi(
  env: NodeJS.ProcessEnv,
): Promise<{ anak: ChildProcess; base: string; keluaran: () => string }> {
  return new Promise((resolve, reject) => {
    let keluaran = '';
    const anak = spawn(
      process.execPath,
      [path.join(APP_DIR, 'tests', 'helpers', 'server-kedua.js')],
      {
        cwd: APP_DIR,
        env: { ...process.env, ...env },
        // stdin open: a test may drive the instance (server-kedua.js, SAPU_JADWAL_STDIN).
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    anak.stderr!.on('data', (data) => (keluaran += String(data)));
    anak.once('exit', (code) =>
      reject(new Error(`Proses Strapi berhenti (${code}):\n${keluaran}`)),
    );
    anak.stdout!.on('data', (data) => {
      keluaran += String(data);
      const cocok = /SIAP (\d+)/.exec(String(data));
      if (cocok) {
        anak.removeAllListeners('exit');
        resolve({ anak, base: `http://127.0.0.1:${cocok[1]}`, keluaran: () => keluaran });
      }
    });
  });
}

/** Stop a process with a signal; answers its exit code (null when killed by the signal). */
export function hentikanProses(
  anak: ChildProcess,
  sinyal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (anak.exitCode !== null || anak.signalCode !== null) return Promise.resolve(anak.exitCode);
  return new Promise((resolve) => {
    anak.once('exit', (code) => resolve(code));
    anak.kill(sinyal);
  });
}
