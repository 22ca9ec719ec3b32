/**
 * What every benchmark needs: the compiled project booted on a temporary SQLite file (or the
 * PostgreSQL database named by the environment), listening on a loopback port, and a way to
 * stop it. Benchmarks run with NODE_ENV=test (no admin panel, quiet logs).
 */
'use strict';

const { mkdtempSync, rmSync, mkdirSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '..', '..');

async function mulaiStrapi() {
  process.env.NODE_ENV = 'test';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const folder = mkdtempSync(path.join(tmpdir(), 'redaksi-bench-'));
  if (process.env.DATABASE_CLIENT !== 'postgres') process.env.DATABASE_FILENAME = path.join(folder, 'bench.db');

  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: APP_DIR });
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false }).load();
  return {
    strapi,
    folder,
    /** Listen once the benchmark added any routes of its own (they mount at listen). */
    async dengar() {
      await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${strapi.server.httpServer.address().port}`;
    },
    async selesai() {
      await strapi.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Small generated JPEGs uploaded through Strapi's upload service; their ids. */
async function unggahFoto(strapi, folder, jumlah) {
  const sharp = require('sharp');
  const ids = [];
  for (let i = 0; i < jumlah; i += 1) {
    const filepath = path.join(folder, `foto-${i}.jpg`);
    const isi = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: (60 * i) % 255, g: 90, b: 120 } } })
      .jpeg()
      .toBuffer();
    writeFileSync(filepath, isi);
    const [file] = await strapi.plugin('upload').service('upload').upload({
      data: {},
      files: { filepath, originalFilename: `foto-${i}.jpg`, mimetype: 'image/jpeg', size: isi.length },
    });
    ids.push(file.id);
  }
  return ids;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const persentil = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** Print the figures and keep them under bench/results/ (not committed). */
function simpanHasil(nama, hasil) {
  console.log(JSON.stringify(hasil, null, 2));
  const folder = path.join(__dirname, '..', 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${nama}-${hasil.database}-${Date.now()}.json`), JSON.stringify(hasil, null, 2));
}

module.exports = { mulaiStrapi, unggahFoto, median, persentil, simpanHasil };
