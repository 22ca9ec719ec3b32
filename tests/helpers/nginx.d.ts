import type { ChildProcess } from 'node:child_process';

export interface OpsiNginx {
  /** The two instances behind the upstream, in the site file's order. */
  portInstans: [number, number];
  port: number;
  folder: string;
  uploads?: string;
  workers?: number | 'auto';
}

export function situsNginx(opsi: Required<Omit<OpsiNginx, 'workers'>>): string;

export function mulaiNginx(opsi: OpsiNginx): {
  base: string;
  proses: ChildProcess;
  logAkses: () => string;
  hentikan: () => Promise<void>;
};
