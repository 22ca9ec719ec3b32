/**
 * The production topology, as deploy/ ships it: nginx (Debian's package) running deploy/nginx's
 * own site file (ports and paths substituted) in front of two `strapi start` processes in
 * production, on a fresh PostgreSQL database, sharing Redis and one uploads folder. Everything is
 * checked through the proxy, the way the commission's users and readers reach it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import sharp from 'sharp';
import request from 'supertest';
import { hentikanProses, portBebas } from '../helpers/proses';
import { PERAN_SOP_20 } from '../helpers/pengguna';
import { tanggalWibRelatif } from '../helpers/sop';
import { koneksiPostgres, sqlAdmin } from '../helpers/strapi';

const APP_DIR = path.resolve(__dirname, '..', '..');
const CLI = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json')),
  'bin',
  'strapi.js',
);
const LIPUTAN = 'api::liputan.liputan';
const cm = (documentId = '') =>
  `/content-manager/collection-types/${LIPUTAN}${documentId ? `/${documentId}` : ''}`;
const transisi = (documentId: string) => `/redaksi/documents/${LIPUTAN}/${documentId}/transitions`;
const SANDI = 'SandiProduksi2026';

let folder: string;
let database: string;
let nginx: ChildProcess | undefined;
const instans: Array<{ proses: ChildProcess; port: number; log: string[] }> = [];
let proxy: string;
let uploads: string;

async function tungguSiap(base: string, proses?: ChildProcess, log?: string[]): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (proses && proses.exitCode !== null)
      throw new Error(`Instans berhenti (${proses.exitCode}):\n${log?.join('')}`);
    const ok = await fetch(`${base}/_ready`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${base} tidak siap:\n${log?.join('')}`);
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'redaksi-deploy-'));
  // nginx's workers (user nobody, or www-data) read the uploads as the production folder allows.
  chmodSync(folder, 0o755);
  uploads = path.join(folder, 'public', 'uploads');
  mkdirSync(uploads, { recursive: true });
  database = `redaksi_deploy_${process.pid}`;
  await sqlAdmin(`CREATE DATABASE "${database}"`);

  const rahasia = () => randomBytes(24).toString('base64');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    APP_KEYS: [rahasia(), rahasia()].join(','),
    API_TOKEN_SALT: rahasia(),
    ADMIN_JWT_SECRET: rahasia(),
    TRANSFER_TOKEN_SALT: rahasia(),
    JWT_SECRET: rahasia(),
    ENCRYPTION_KEY: rahasia(),
    RIWAYAT_HMAC_KEY: rahasia(),
    RIWAYAT_JANGKAR_FILE: path.join(folder, 'jangkar-riwayat.jsonl'),
    DATABASE_CLIENT: 'postgres',
    DATABASE_NAME: database,
    DATABASE_HOST: process.env.DATABASE_HOST ?? '127.0.0.1',
    DATABASE_USERNAME: process.env.DATABASE_USERNAME ?? 'postgres',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `redaksi-deploy-${process.pid}:`,
    SERVER_PROXY: 'true',
    PUBLIC_DIR: path.join(folder, 'public'),
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
  };
  // The first instance creates the schema alone; the second starts on it.
  for (let i = 0; i < 2; i += 1) {
    const port = await portBebas();
    const log: string[] = [];
    const proses = spawn(process.execPath, [CLI, 'start'], {
      cwd: APP_DIR,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proses.stdout!.on('data', (d) => log.push(String(d)));
    proses.stderr!.on('data', (d) => log.push(String(d)));
    instans.push({ proses, port, log });
    await tungguSiap(`http://127.0.0.1:${port}`, proses, log);
  }

  // deploy/nginx's own site file, with this run's ports and paths.
  const portNginx = await portBebas();
  const situs = readFileSync(
    path.join(APP_DIR, 'deploy', 'nginx', 'kpu-sumbar-redaksi.conf'),
    'utf8',
  )
    .replace('127.0.0.1:1337', `127.0.0.1:${instans[0].port}`)
    .replace('127.0.0.1:1338', `127.0.0.1:${instans[1].port}`)
    .replace('/srv/kpu-sumbar-redaksi/public/uploads/', `${uploads}/`)
    .replace('listen 80;', `listen 127.0.0.1:${portNginx};`)
    .replace('/var/log/nginx/kpu-sumbar-redaksi.access.log', path.join(folder, 'situs-akses.log'));
  expect(situs).toContain(`127.0.0.1:${instans[1].port}`);
  writeFileSync(path.join(folder, 'situs.conf'), situs);
  writeFileSync(
    path.join(folder, 'nginx.conf'),
    `worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log ${folder}/nginx-access.log;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  include ${folder}/situs.conf;
}
`,
  );
  nginx = spawn(
    process.env.NGINX_BIN ?? '/usr/sbin/nginx',
    ['-p', folder, '-c', path.join(folder, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: 'inherit' },
  );
  proxy = `http://127.0.0.1:${portNginx}`;
  await tungguSiap(proxy);
}, 300_000);

afterAll(async () => {
  nginx?.kill('SIGQUIT');
  for (const { proses } of instans) await hentikanProses(proses);
  await sqlAdmin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  rmSync(folder, { recursive: true, force: true });
}, 60_000);

const lewat = () => request(proxy);
const token: Record<string, string> = {};
const undangan: string[] = [];
const id: Record<string, number> = {};

/** A request from a given loopback address (the visitor's own IP as nginx sees it). */
function dariAlamat(
  alamatLokal: string,
  url: string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', localAddress: alamatLokal, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('topologi produksi: nginx, dua instans, PostgreSQL, Redis', () => {
  it('registers the first administrator and invites the SOP roles, through the proxy', async () => {
    const daftar = await lewat()
      .post('/admin/register-admin')
      .send({
        email: 'admin@kpu-sumbarprov.go.id',
        firstname: 'Admin',
        lastname: 'Humas',
        password: SANDI,
      })
      .expect(200);
    token.admin = daftar.body.data.token;
    await lewat()
      .post('/admin/login')
      .send({ email: 'admin@kpu-sumbarprov.go.id', password: SANDI })
      .expect(200);
    const peran = (
      await lewat().get('/admin/roles').set('Authorization', `Bearer ${token.admin}`).expect(200)
    ).body.data as Array<{ id: number; code: string }>;
    for (const kode of PERAN_SOP_20) {
      const undang = await lewat()
        .post('/admin/users')
        .set('Authorization', `Bearer ${token.admin}`)
        .send({
          email: `${kode}@kpu-sumbarprov.go.id`,
          firstname: kode,
          lastname: 'Humas',
          roles: [peran.find((r) => r.code === kode)!.id],
        })
        .expect(201);
      id[kode] = undang.body.data.id;
      undangan.push(undang.body.data.registrationToken);
      // What the invitee's browser asks first, the invitation's credential in the query.
      await lewat()
        .get(`/admin/registration-info?registrationToken=${undang.body.data.registrationToken}`)
        .expect(200);
      const daftarkan = await lewat()
        .post('/admin/register')
        .send({
          registrationToken: undang.body.data.registrationToken,
          userInfo: { firstname: kode, lastname: 'Humas', password: SANDI },
        })
        .expect(200);
      token[kode] = daftarkan.body.data.token;
    }
  });

  let liputan: string;
  let berkas: { url: string; isi: Buffer };

  it('walks an article through SOP 20 to publication, requests spread over both instances', async () => {
    const sebagai = (kode: string) => ({ Authorization: `Bearer ${token[kode]}` });
    const dibuat = await lewat()
      .post(cm())
      .set(sebagai('koordinator-liputan'))
      .send({ judul: 'Rapat Pleno Terbuka Rekapitulasi' })
      .expect(201);
    liputan = dibuat.body.data.documentId;
    const langkah = (kode: string, body: object) =>
      lewat().post(transisi(liputan)).set(sebagai(kode)).send(body).expect(200);
    await langkah('koordinator-liputan', { action: 'teruskan' });
    await langkah('redaktur-pelaksana', { action: 'tugaskan', assignees: [id['tim-peliputan']] });
    const isi = await sharp({
      create: { width: 640, height: 480, channels: 3, background: { r: 180, g: 30, b: 40 } },
    })
      .jpeg()
      .toBuffer();
    const unggah = await lewat()
      .post('/upload')
      .set(sebagai('tim-peliputan'))
      // Described, as SOP 20 requires of every photo before the article is submitted.
      .field(
        'fileInfo',
        JSON.stringify({
          alternativeText: 'Rapat pleno terbuka rekapitulasi di kantor KPU Sumatera Barat',
        }),
      )
      .attach('files', isi, { filename: 'pleno.jpg', contentType: 'image/jpeg' })
      .expect(201);
    berkas = {
      url: unggah.body[0].url,
      isi: readFileSync(path.join(uploads, path.basename(unggah.body[0].url))),
    };
    await lewat()
      .put(cm(liputan))
      .set(sebagai('tim-peliputan'))
      .send({
        ringkasan: 'Pleno terbuka',
        isi: [{ type: 'paragraph', children: [{ type: 'text', text: 'Isi berita.' }] }],
        foto: [unggah.body[0].id],
        kategori: 'berita',
        tanggalKegiatan: tanggalWibRelatif(0),
      })
      .expect(200);
    await langkah('tim-peliputan', { action: 'ajukan' });
    await langkah('sekretaris-redaksi', { action: 'teruskan' });
    await langkah('verifikator', { action: 'setujui' });
    await lewat()
      .post(`${cm(liputan)}/actions/publish`)
      .set(sebagai('staf-sekretariat'))
      .expect(200);
    const riwayat = await lewat()
      .get(`/redaksi/documents/${LIPUTAN}/${liputan}`)
      .set(sebagai('staf-sekretariat'))
      .expect(200);
    expect(riwayat.body.data).toMatchObject({ tahap: 'tayang', rantai: { utuh: true } });
    // Both instances answered part of the work; each line names its request id and instance.
    const akses = readFileSync(path.join(folder, 'situs-akses.log'), 'utf8');
    const baris = akses.split('\n').filter(Boolean);
    expect(baris.length).toBeGreaterThan(10);
    for (const satu of baris) expect(satu).toMatch(/ rid=[0-9a-f]{32} upstream=127\.0\.0\.1:\d+/);
    const instansYangMenjawab = new Set(baris.map((satu) => /upstream=([\d.:]+)/.exec(satu)?.[1]));
    expect(instansYangMenjawab.size).toBe(2);
    // An invitation's credential is in neither nginx's log nor the instances'.
    const semuaLog = [akses, ...instans.map((satu) => satu.log.join(''))].join('\n');
    for (const rahasia of undangan) expect(semuaLog).not.toContain(rahasia);
  });

  it('shows the publication through both instances and through the proxy', async () => {
    for (const { port } of instans) {
      const res = await request(`http://127.0.0.1:${port}`)
        .get(`/api/liputans/${liputan}`)
        .expect(200);
      expect(res.body.data.judul).toBe('Rapat Pleno Terbuka Rekapitulasi');
    }
    await lewat().get('/api/liputans').expect(200);
  });

  it('serves the upload from the shared folder: nginx itself, and either instance', async () => {
    const lewatNginx = await lewat()
      .get(berkas.url)
      .buffer(true)
      .parse((res, done) => {
        const potongan: Buffer[] = [];
        res.on('data', (d: Buffer) => potongan.push(d));
        res.on('end', () => done(null, Buffer.concat(potongan)));
      });
    expect(lewatNginx.status).toBe(200);
    expect(lewatNginx.headers['x-request-id']).toBeUndefined(); // answered by nginx, not proxied
    expect(Buffer.compare(lewatNginx.body as Buffer, berkas.isi)).toBe(0);
    for (const { port } of instans)
      await request(`http://127.0.0.1:${port}`).get(berkas.url).expect(200);
  });

  it('counts readers per visitor address from X-Forwarded-For, ignores forged headers, and rate-limits the forger', async () => {
    const url = `${proxy}/api/liputans/${liputan}/views`;
    const ua = { 'User-Agent': 'Mozilla/5.0 pembaca' };
    // Three visitors on three addresses.
    for (const alamat of ['127.0.0.2', '127.0.0.3', '127.0.0.4'])
      expect(await dariAlamat(alamat, url, ua)).toBe(200);
    // One visitor forging 150 addresses.
    const status: number[] = [];
    for (let i = 0; i < 150; i += 1)
      status.push(
        await dariAlamat('127.0.0.5', url, {
          ...ua,
          'X-Forwarded-For': `10.9.${Math.floor(i / 250)}.${i % 250}`,
        }),
      );
    expect(status.filter((s) => s === 429).length).toBeGreaterThan(0);
    const artikel = await request(`http://127.0.0.1:${instans[1].port}`)
      .get(`/api/liputans/${liputan}`)
      .set('Cache-Control', 'no-cache');
    const jumlah = artikel.body.data.jumlahPembaca as number;
    // The cached page may lag by one cache period; the counter itself is read from the database.
    const db = new Client(koneksiPostgres(database));
    await db.connect();
    try {
      const { rows } = await db.query<{ n: string }>(
        'SELECT coalesce(sum(jumlah), 0) AS n FROM pembaca_harian',
      );
      expect(Number(rows[0].n)).toBe(4);
    } finally {
      await db.end();
    }
    expect(jumlah).toBeLessThanOrEqual(4);
  });

  it('answers readiness through the proxy and refuses Strapi remote transfer in production', async () => {
    const siap = await lewat().get('/_ready').expect(200);
    expect(siap.body).toMatchObject({ status: 'siap', basisData: 'ok', redis: 'ok' });
    // Transfer tokens (the key to `strapi transfer`) do not exist in production unless enabled.
    await lewat()
      .get('/admin/transfer/tokens')
      .set('Authorization', `Bearer ${token.admin}`)
      .expect(404);
    // nginx's request id reaches the instance and comes back.
    expect(siap.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  });
});
