/**
 * A hung Redis (stopped with SIGSTOP: its connection stays open, nothing answers) is not an outage:
 * public reads and the reader counter answer within their bound, falling back to the database and
 * the process's own memory, and /_ready says Redis does not answer. When Redis wakes up, sharing
 * resumes. The Redis here is this test's own, on a free port.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { unggahBerkas } from '../helpers/berkas';
import { http } from '../helpers/http';
import { buatPengguna, type Pengguna, PERAN_SOP_20 } from '../helpers/pengguna';
import { buatLiputan, liputanSampaiTayang } from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

type KlienRedis = import('ioredis').default;

let strapi: Core.Strapi;
let redisServer: ChildProcess;
let folder: string;
const p: Record<string, Pengguna> = {};

const portBebas = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function tunggu(kondisi: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const batas = Date.now() + ms;
  while (!(await kondisi())) {
    if (Date.now() > batas) throw new Error('Kondisi tidak tercapai');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A request's answer and how long it took, in milliseconds. */
/**
 * Counts the commands that waited their whole timeout, on the very client Strapi uses (the compiled
 * module it loaded from dist/): the mechanism under test, counted instead of timed, so a loaded
 * machine cannot turn it red or green.
 */
async function hitungPerintahMenunggu(): Promise<() => number> {
  const { redis } = (await import(path.resolve('dist/src/publik/redis'))) as {
    redis: (s: Core.Strapi) => KlienRedis | null;
  };
  const klien = redis(strapi)!;
  const kirim = klien.sendCommand.bind(klien);
  let jumlah = 0;
  klien.sendCommand = (perintah, aliran) => {
    perintah.promise.catch((error: Error) => {
      if (error.message === 'Command timed out') jumlah += 1;
    });
    return kirim(perintah, aliran);
  };
  return () => jumlah;
}

async function berwaktu<T>(kerja: () => Promise<T>): Promise<{ hasil: T; ms: number }> {
  const mulai = performance.now();
  const hasil = await kerja();
  return { hasil, ms: performance.now() - mulai };
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'redis-macet-'));
  const port = await portBebas();
  redisServer = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: folder, stdio: 'ignore' },
  );
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  process.env.REDIS_TIMEOUT_MS = '200';
  strapi = await mulaiStrapi();
  for (const kode of PERAN_SOP_20) p[kode] = await buatPengguna(strapi, [kode]);
});
afterAll(async () => {
  redisServer?.kill('SIGCONT');
  await hentikanStrapi(strapi);
  redisServer?.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
  delete process.env.REDIS_URL;
  delete process.env.REDIS_TIMEOUT_MS;
});

describe('Redis yang macet', () => {
  it('keeps public reads, the reader counter and /_ready answering, and says Redis does not answer', async () => {
    const id = await buatLiputan(strapi, p, { judul: 'Rapat pleno saat Redis macet' });
    await liputanSampaiTayang(strapi, p, id, { foto: await unggahBerkas(strapi, 1) });
    await tunggu(async () => (await http(strapi).get('/_ready')).body.redis === 'ok', 15_000);
    await http(strapi).get('/api/liputans').expect(200);

    const menunggu = await hitungPerintahMenunggu();
    redisServer.kill('SIGSTOP');
    try {
      const bacaan: Array<[string, () => Promise<{ status: number }>]> = [
        ['daftar', () => http(strapi).get('/api/liputans')],
        ['satu', () => http(strapi).get(`/api/liputans/${id}`)],
        ['tersaring', () => http(strapi).get('/api/liputans?filters[kategori][$eq]=berita')],
        ['pembaca', () => http(strapi).post(`/api/liputans/${id}/views`)],
        ['kesiapan', () => http(strapi).get('/_ready')],
      ];
      for (const [i, [nama, baca]] of bacaan.entries()) {
        const sebelum = menunggu();
        const { hasil, ms } = await berwaktu(baca);
        // Each read asks Redis several things (the cache before routing, the version stamp, the
        // route's cache, storing the answer). The first meets the command timeout once, far from a
        // hang; Redis then rests and the rest fall back at once. A loaded machine may outlast the
        // rest period, so a later read may meet one timeout again, never one per command.
        expect({
          nama,
          status: hasil.status,
          lambat: i === 0 && ms > 5000,
          perintahMenunggu: menunggu() - sebelum <= 1,
        }).toEqual({ nama, status: 200, lambat: false, perintahMenunggu: true });
      }
      const siap = await http(strapi).get('/_ready').expect(200);
      expect(siap.body.basisData).toBe('ok');
      expect(siap.body.redis).toMatch(/^tidak (menjawab|tersedia)/);
    } finally {
      redisServer.kill('SIGCONT');
    }
    await tunggu(async () => (await http(strapi).get('/_ready')).body.redis === 'ok', 15_000);
  });
});
