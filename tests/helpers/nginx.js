/**
 * deploy/nginx's own site file, run by Debian's nginx in a folder of its own: for the production
 * topology test (tests/deploy) and bench:api:nginx. Only what belongs to this machine is
 * substituted (the instances' ports, the uploads, cache and log paths, the listening address);
 * everything else (micro-cache, upstream failure rules, log format) is the file as shipped.
 */
'use strict';

const { spawn } = require('node:child_process');
const { chmodSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const SITUS = path.resolve(__dirname, '..', '..', 'deploy', 'nginx', 'kpu-sumbar-redaksi.conf');

/** Replace one text the site file must contain; a site file that changed under the test fails loudly. */
function ganti(teks, dari, ke) {
  if (!teks.includes(dari)) throw new Error(`Situs nginx tidak lagi memuat "${dari}"`);
  return teks.split(dari).join(ke);
}

/** The site file with this run's ports and paths. */
function situsNginx({ portInstans, port, folder, uploads }) {
  let situs = readFileSync(SITUS, 'utf8');
  situs = ganti(situs, '127.0.0.1:1337', `127.0.0.1:${portInstans[0]}`);
  situs = ganti(situs, '127.0.0.1:1338', `127.0.0.1:${portInstans[1]}`);
  situs = ganti(situs, '/srv/kpu-sumbar-redaksi/public/uploads/', `${uploads}/`);
  situs = ganti(situs, 'listen 80;', `listen 127.0.0.1:${port};`);
  situs = ganti(
    situs,
    '/var/log/nginx/kpu-sumbar-redaksi.access.log',
    path.join(folder, 'situs-akses.log'),
  );
  situs = ganti(situs, '/var/cache/nginx/kpu-sumbar-redaksi', path.join(folder, 'cache'));
  return situs;
}

/**
 * Start nginx on the site file in `folder` (created if needed), as the Debian package would run it:
 * `workers` worker processes (the package's `auto` is one per core). Answers its address, the
 * process, and the site's access log as read now.
 */
function mulaiNginx({ portInstans, port, folder, uploads, workers = 'auto' }) {
  mkdirSync(folder, { recursive: true });
  // nginx's workers (user nobody when the master runs as root) write the cache and read the
  // uploads under this folder, as they do under /var/cache/nginx and /srv in production.
  chmodSync(folder, 0o755);
  writeFileSync(
    path.join(folder, 'situs.conf'),
    situsNginx({ portInstans, port, folder, uploads: uploads ?? path.join(folder, 'uploads') }),
  );
  writeFileSync(
    path.join(folder, 'nginx.conf'),
    `worker_processes ${workers};
pid ${folder}/nginx.pid;
error_log ${folder}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log ${folder}/nginx-access.log;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  include ${folder}/situs.conf;
}
`,
  );
  const proses = spawn(
    process.env.NGINX_BIN ?? '/usr/sbin/nginx',
    ['-p', folder, '-c', path.join(folder, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: 'inherit' },
  );
  return {
    base: `http://127.0.0.1:${port}`,
    proses,
    logAkses: () => readFileSync(path.join(folder, 'situs-akses.log'), 'utf8'),
    /** nginx's graceful stop: it finishes what it is answering. */
    hentikan: () =>
      new Promise((resolve) => {
        if (proses.exitCode !== null) return resolve(undefined);
        proses.once('exit', () => resolve(undefined));
        proses.kill('SIGQUIT');
      }),
  };
}

module.exports = { mulaiNginx, situsNginx };
