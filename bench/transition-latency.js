/**
 * Median latency of an SOP transition over HTTP (`npm run bench:transition`), against a baseline
 * measured in the same run on the same items: a plain update of the item through the content
 * manager's core controller. A benchmark, not a test: it reports figures, it asserts nothing.
 *
 * Options (environment): BENCH_ITEMS (default 200), DATABASE_CLIENT=postgres to run on PostgreSQL.
 */
'use strict';

const { performance } = require('node:perf_hooks');
const { median, mulaiStrapi, persentil, simpanHasil, unggahFoto } = require('./lib/boot');

const JUMLAH = Number(process.env.BENCH_ITEMS ?? 200);
const UID = 'api::konten-medsos.konten-medsos';

async function timed(fn) {
  const start = performance.now();
  const res = await fn();
  const ms = performance.now() - start;
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return ms;
}

async function main() {
  const { strapi, folder, dengar, selesai } = await mulaiStrapi();
  const base = await dengar();

  try {
    const token = {};
    for (const kode of ['tim-pelaksana', 'admin-medsos']) {
      const role = await strapi.db.query('admin::role').findOne({ where: { code: kode } });
      const email = `${kode}@bench.kpusumbar.id`;
      await strapi.service('admin::user').create({ email, firstname: kode, password: 'BenchRedaksi2025', isActive: true, roles: [role.id] });
      const res = await fetch(`${base}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'BenchRedaksi2025' }),
      });
      token[kode] = (await res.json()).data.token;
    }
    const kirim = (kode, method, url, body) =>
      fetch(`${base}${url}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token[kode]}` },
        body: JSON.stringify(body),
      });

    const foto = await unggahFoto(strapi, folder, 4);
    const tanggal = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
    const ids = [];
    for (let i = 0; i < JUMLAH; i += 1) {
      const res = await kirim('tim-pelaksana', 'POST', `/content-manager/collection-types/${UID}`, {
        judul: `Kegiatan ${i}`,
        tanggalKegiatan: tanggal,
        dokumentasi: foto,
        narasi: [{ type: 'paragraph', children: [{ type: 'text', text: 'Narasi' }] }],
        caption: 'Caption',
      });
      ids.push((await res.json()).data.documentId);
    }

    // Warm-up, outside the figures.
    for (const documentId of ids.slice(0, 10)) {
      await timed(() => kirim('tim-pelaksana', 'GET', `/redaksi/documents/${UID}/${documentId}`));
    }

    const baseline = [];
    const serahkan = [];
    const terima = [];
    for (const documentId of ids) {
      baseline.push(await timed(() => kirim('tim-pelaksana', 'PUT', `/content-manager/collection-types/${UID}/${documentId}`, { caption: 'Caption diperbarui' })));
      serahkan.push(await timed(() => kirim('tim-pelaksana', 'POST', `/redaksi/documents/${UID}/${documentId}/transitions`, { action: 'serahkan' })));
      terima.push(await timed(() => kirim('admin-medsos', 'POST', `/redaksi/documents/${UID}/${documentId}/transitions`, { action: 'terima' })));
    }

    const ringkas = (values) => ({ medianMs: +median(values).toFixed(2), p95Ms: +persentil(values, 95).toFixed(2) });
    const hasil = {
      tanggal: new Date().toISOString(),
      database: strapi.db.dialect.client,
      jumlahItem: JUMLAH,
      baselineUpdateContentManager: ringkas(baseline),
      transisiSerahkan: ringkas(serahkan),
      transisiTerima: ringkas(terima),
      rasioMedianSerahkanTerhadapBaseline: +(median(serahkan) / median(baseline)).toFixed(2),
      rasioMedianTerimaTerhadapBaseline: +(median(terima) / median(baseline)).toFixed(2),
    };
    simpanHasil('transition', hasil);
  } finally {
    await selesai();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
