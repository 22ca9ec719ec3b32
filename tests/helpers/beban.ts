/**
 * Load for the deploy tests from a process of its own (bench/lib/beban.js: autocannon, as
 * bench:api runs it), never from the test's event loop, so that the load and the test's own
 * requests do not slow each other down.
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { APP_DIR } from './proses';

/** Figures of a load run, as bench/lib/beban.js answers them. */
export interface HasilBeban {
  permintaanPerDetik: number;
  latensiP99Ms: number;
  latensiMaksMs: number;
  jumlah: number;
  bukan2xx: number;
  /** Errors below HTTP (reset, refused) and timeouts. */
  galat: number;
  /** Those errors by kind, to name them when a test fails. */
  jenisGalat: Record<string, number>;
  /** Requests by HTTP status. */
  status: Record<string, number>;
}

export interface Beban {
  /** The run's figures once it has gone its whole duration. */
  selesai: Promise<HasilBeban>;
  /** Ends the run now (the fault is over) and answers its figures. */
  berhenti(): Promise<HasilBeban>;
}

/** Load processes still running, ended by hentikanSemuaBeban() whatever a test left behind. */
const berjalan = new Set<ChildProcess>();

/** `url` may hold `{n}`: each request then asks a path no one asked before (bench/lib/beban.js). */
export function bebanDariProsesLain(opsi: {
  url: string;
  connections: number;
  duration: number;
}): Beban {
  const anak = fork(path.join(APP_DIR, 'bench', 'lib', 'beban.js'));
  berjalan.add(anak);
  anak.once('exit', () => berjalan.delete(anak));
  const selesai = new Promise<HasilBeban>((resolve, reject) => {
    anak.once('message', (hasil: Omit<HasilBeban, 'galat'> & { galat: number | string }) => {
      anak.kill();
      // autocannon itself failed: its message instead of figures.
      if (typeof hasil.galat === 'string') reject(new Error(hasil.galat));
      else resolve(hasil as HasilBeban);
    });
    anak.once('error', reject);
  });
  anak.send(opsi);
  return {
    selesai,
    berhenti: () => {
      // A run that already ended has answered (or failed) and closed its channel.
      if (anak.connected) anak.send('berhenti');
      return selesai;
    },
  };
}

/** For afterAll: no load outlives its test file. */
export function hentikanSemuaBeban(): void {
  for (const anak of berjalan) anak.kill();
}
