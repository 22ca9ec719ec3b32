/**
 * The production topology for bench:api (BENCH_NGINX=1): two instances on one PostgreSQL and
 * one Redis, behind Debian's nginx running deploy/nginx's own site file. Everything on loopback.
 */
'use strict';

const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const net = require('node:net');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { mulaiNginx } = require('../../tests/helpers/nginx');

const portBebas = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function instansKedua() {
  return new Promise((resolve, reject) => {
    const anak = spawn(
      process.execPath,
      [path.join(__dirname, '..', '..', 'tests', 'helpers', 'server-kedua.js')],
      {
        env: { ...process.env, RUTE_INTI_BENCH: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    anak.once('exit', (code) => reject(new Error(`Instans kedua berhenti (${code})`)));
    anak.stdout.on('data', (data) => {
      const cocok = /SIAP (\d+)/.exec(String(data));
      if (cocok) resolve({ anak, port: Number(cocok[1]) });
    });
  });
}

async function tungguSehat(base) {
  for (let i = 0; i < 100; i += 1) {
    const ok = await fetch(`${base}/_health`).then(
      (res) => res.status === 204,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${base} tidak menjawab /_health`);
}

/**
 * Start the second instance and nginx in front of both, on deploy/nginx's own site file (micro-cache
 * included) with nginx's worker count as Debian ships it (one per core); answers nginx's address
 * and a stop.
 */
async function jalankanTopologi(portPertama) {
  const folder = mkdtempSync(path.join(tmpdir(), 'redaksi-nginx-'));
  const { anak, port: portKedua } = await instansKedua();
  const nginx = mulaiNginx({
    portInstans: [portPertama, portKedua],
    port: await portBebas(),
    folder,
  });
  await tungguSehat(nginx.base);
  return {
    base: nginx.base,
    async hentikan() {
      await nginx.hentikan();
      anak.removeAllListeners('exit');
      await new Promise((resolve) => {
        anak.once('exit', resolve);
        anak.kill('SIGTERM');
      });
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

module.exports = { jalankanTopologi };
