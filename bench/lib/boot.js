/**
 * What every benchmark needs: the compiled project booted on a temporary SQLite file (or the
 * PostgreSQL database named by the environment), listening on a loopback port, and a way to
 * stop it. Benchmarks run with NODE_ENV=test (no admin panel, quiet logs).
 */
'use strict';

const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '..', '..');

/** On PostgreSQL, a database of the run's own, created here and dropped at the end. */
async function sqlPostgres(sql) {
  const { Client } = require('pg');
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: process.env.DATABASE_ADMIN_NAME ?? 'postgres',
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function mulaiStrapi() {
  process.env.NODE_ENV = 'test';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const folder = mkdtempSync(path.join(tmpdir(), 'redaksi-bench-'));
  // A benchmark's keys in Redis never mix with an installation's, and are removed at the end.
  if (process.env.REDIS_URL) process.env.REDIS_PREFIX = 'redaksi-bench:';
  let databaseBench = null;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    databaseBench = `redaksi_bench_${process.pid}_${Date.now()}`;
    await sqlPostgres(`CREATE DATABASE "${databaseBench}"`);
    delete process.env.DATABASE_URL;
    process.env.DATABASE_NAME = databaseBench;
  } else {
    process.env.DATABASE_FILENAME = path.join(folder, 'bench.db');
  }

  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: APP_DIR });
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
  }).load();
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
      if (databaseBench)
        await sqlPostgres(`DROP DATABASE IF EXISTS "${databaseBench}" WITH (FORCE)`);
      // The run's keys in Redis go with its database: the next run starts with neither.
      if (process.env.REDIS_URL) {
        const Redis = require('ioredis');
        const redis = new Redis(process.env.REDIS_URL);
        const kunci = await redis.keys(`${process.env.REDIS_PREFIX}*`);
        if (kunci.length) await redis.del(...kunci);
        await redis.quit();
      }
    },
  };
}

/**
 * Strapi's own core `find` on Liputan, mounted beside the public routes: the baseline. Same
 * public-role check as the real list route, so that only the code differs.
 */
function pasangRuteInti(strapi) {
  const { factories } = require('@strapi/strapi');
  const UID = 'api::liputan.liputan';
  const inti = factories.createCoreController(UID)({ strapi });
  strapi.server.routes({
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/bench-inti/liputans',
        handler: async (ctx) => {
          ctx.query = { ...ctx.query, populate: { foto: true }, status: 'published' };
          ctx.body = await inti.find(ctx);
        },
        config: { auth: { scope: ['api::liputan.liputan.find'] } },
      },
    ],
  });
}

/**
 * The WIB calendar date (YYYY-MM-DD) `hari` days after `dari` (now unless given), by the plugin's
 * own tanggalWib, from the build mulaiStrapi compiles (call it after that).
 */
function tanggalWib(hari = 0, dari = new Date()) {
  const { addDays } = require('date-fns');
  const tenggat = require(path.join(APP_DIR, 'dist/src/plugins/redaksi/server/src/domain/tenggat'));
  return tenggat.tanggalWib(addDays(dari, hari));
}

/**
 * An admin user holding one SOP role, made through Strapi's user service and logged in over
 * HTTP like the panel does: its bearer token.
 */
async function tokenPeran(strapi, base, kode) {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: kode } });
  const email = `${kode}@bench.kpusumbar.id`;
  const password = 'BenchRedaksi2025';
  await strapi.service('admin::user').create({
    email,
    firstname: kode,
    password,
    isActive: true,
    roles: [role.id],
  });
  const res = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return (await res.json()).data.token;
}

/** Small generated JPEGs uploaded through Strapi's upload service; their ids. */
async function unggahFoto(strapi, folder, jumlah) {
  const sharp = require('sharp');
  const ids = [];
  for (let i = 0; i < jumlah; i += 1) {
    const filepath = path.join(folder, `foto-${i}.jpg`);
    const isi = await sharp({
      create: {
        width: 640,
        height: 480,
        channels: 3,
        background: { r: (60 * i) % 255, g: 90, b: 120 },
      },
    })
      .jpeg()
      .toBuffer();
    writeFileSync(filepath, isi);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { alternativeText: `Foto kegiatan ${i + 1}` } },
        files: {
          filepath,
          originalFilename: `foto-${i}.jpg`,
          mimetype: 'image/jpeg',
          size: isi.length,
        },
      });
    ids.push(file.id);
  }
  return ids;
}

/**
 * Send named requests from the benchmarks' client process (bench/lib/klien-berurutan.js), one
 * at a time, never from the server's event loop; their latencies by name.
 */
function jalankanKlien(base, permintaan) {
  const { fork } = require('node:child_process');
  return new Promise((resolve, reject) => {
    const klien = fork(path.join(__dirname, 'klien-berurutan.js'));
    klien.once('message', ({ hasil, galat }) => {
      klien.kill();
      if (galat) reject(new Error(galat));
      else resolve(hasil);
    });
    klien.once('error', reject);
    klien.send({ base, permintaan });
  });
}

module.exports = {
  mulaiStrapi,
  tanggalWib,
  tokenPeran,
  pasangRuteInti,
  unggahFoto,
  jalankanKlien,
};
