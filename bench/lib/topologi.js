/**
 * The production topology for bench:api (BENCH_NGINX=1): two instances on one PostgreSQL and
 * one Redis, behind nginx (Debian's package) balancing round robin with keep-alive to the
 * upstreams, X-Forwarded-For added as the commission's proxy would. Everything on loopback.
 */
'use strict';

const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const net = require('node:net');
const { tmpdir } = require('node:os');
const path = require('node:path');

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

/** Start the second instance and nginx in front of both; answers nginx's address and a stop. */
async function jalankanTopologi(portPertama) {
  const nginx = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
  const folder = mkdtempSync(path.join(tmpdir(), 'redaksi-nginx-'));
  const { anak, port: portKedua } = await instansKedua();
  const portNginx = await portBebas();
  writeFileSync(
    path.join(folder, 'nginx.conf'),
    `worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  upstream strapi {
    server 127.0.0.1:${portPertama};
    server 127.0.0.1:${portKedua};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${portNginx};
    location / {
      proxy_pass http://strapi;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`,
  );
  const proses = spawn(
    nginx,
    ['-p', folder, '-c', path.join(folder, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: 'inherit' },
  );
  const base = `http://127.0.0.1:${portNginx}`;
  await tungguSehat(base);
  return {
    base,
    async hentikan() {
      proses.kill('SIGQUIT');
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
