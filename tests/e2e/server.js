'use strict';
/**
 * Global setup of the e2e suite: one real Strapi started as the README's demo starts it
 * (development, SQLite, demo roles, users and content), on a fresh temporary database and a
 * free loopback port, serving the admin panel built by `npm run test:e2e` just before.
 * E2E_BASE_URL points the suite at a server already running instead.
 */
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '..', '..');

function portBebas() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function tungguSehat(url, proses, batasMs) {
  const mulai = Date.now();
  while (Date.now() - mulai < batasMs) {
    if (proses.exitCode !== null) throw new Error(`Strapi berhenti dengan kode ${proses.exitCode}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Strapi tidak siap dalam ${batasMs / 1000} detik`);
}

module.exports = async function mulai() {
  if (process.env.E2E_BASE_URL) return;
  const port = await portBebas();
  const sementara = mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-'));
  const log = [];
  // The CLI the README's commands run (`strapi start`); its bin is not in the package's exports.
  const cli = path.join(
    path.dirname(require.resolve('@strapi/strapi/package.json')),
    'bin',
    'strapi.js',
  );
  const proses = spawn(process.execPath, [cli, 'start'], {
    cwd: APP_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(sementara, 'data.db'),
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const aliran of [proses.stdout, proses.stderr])
    aliran.on('data', (chunk) => log.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await tungguSehat(url, proses, 180_000);
  } catch (error) {
    proses.kill('SIGKILL');
    throw new Error(`${error.message}\n${log.join('').slice(-4000)}`, { cause: error });
  }
  process.env.E2E_BASE_URL = url;
  globalThis.__REDAKSI_E2E__ = { proses, sementara };
};

module.exports.berhenti = async function berhenti() {
  const keadaan = globalThis.__REDAKSI_E2E__;
  if (!keadaan) return;
  keadaan.proses.kill('SIGTERM');
  await new Promise((resolve) => {
    const paksa = setTimeout(() => keadaan.proses.kill('SIGKILL'), 10_000);
    keadaan.proses.once('exit', () => {
      clearTimeout(paksa);
      resolve();
    });
  });
  rmSync(keadaan.sementara, { recursive: true, force: true });
};
