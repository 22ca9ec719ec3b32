/**
 * The public API under load (`npm run bench:api`): requests/s and p50/p99 latency with autocannon
 * of the Liputan list (page size 10, photos populated), the same list as a conditional request,
 * and the view counter, each as a ratio against Strapi's own core `find` on the same data in the
 * same run. A benchmark, not a test: it reports figures, it asserts nothing.
 *
 * Options (environment): BENCH_LIPUTAN (default 10000), BENCH_DETIK (seconds per scenario,
 * default 10), BENCH_KONEKSI (connections, default 10), DATABASE_CLIENT=postgres.
 */
'use strict';

const { randomUUID } = require('node:crypto');
const autocannon = require('autocannon');
const { mulaiStrapi, simpanHasil, unggahFoto } = require('./lib/boot');

const UID = 'api::liputan.liputan';
const JUMLAH = Number(process.env.BENCH_LIPUTAN ?? 10000);
const DETIK = Number(process.env.BENCH_DETIK ?? 10);
const KONEKSI = Number(process.env.BENCH_KONEKSI ?? 10);
const KATEGORI = ['berita', 'pengumuman', 'kegiatan', 'siaran-pers', 'opini'];

// One cache period and no per-address limit during the run: both are measured, not tripped.
process.env.PUBLIK_CACHE_DETIK = '3600';
process.env.PEMBACA_BATAS_PER_MENIT = String(1e9);

/**
 * Bulk data straight into the tables, shaped like one article made through the document service
 * (the SOP guard would make 10,000 walks through the workflow the slowest part of the benchmark).
 */
async function isiData(strapi, fotoIds) {
  const contoh = await strapi.documents(UID).create({ data: { judul: 'Contoh', foto: fotoIds } });
  const meta = strapi.db.metadata.get(UID);
  const knex = strapi.db.connection;
  // Media is a morph relation: its join table is declared on the upload plugin's `related` side.
  const joinFoto = strapi.db.metadata.get('plugin::upload.file').attributes.related.joinTable;
  const [barisContoh] = await knex(meta.tableName).where({ document_id: contoh.documentId });
  const [relasiContoh] = await knex(joinFoto.name).where({ [joinFoto.morphColumn.idColumn.name]: barisContoh.id });
  const sekarang = Date.now();
  const isi = JSON.stringify([{ type: 'paragraph', children: [{ type: 'text', text: 'Isi berita untuk tolok ukur. '.repeat(20) }] }]);

  for (let awal = 0; awal < JUMLAH; awal += 250) {
    const baris = [];
    for (let i = awal; i < Math.min(JUMLAH, awal + 250); i += 1) {
      const documentId = randomUUID().replace(/-/g, '').slice(0, 24);
      const terbit = new Date(sekarang - i * 45 * 60 * 1000).toISOString();
      const dasar = {
        document_id: documentId,
        judul: `Berita tolok ukur nomor ${i}`,
        slug: `berita-tolok-ukur-${i}`,
        kategori: KATEGORI[i % KATEGORI.length],
        ringkasan: `Ringkasan berita ${i}`,
        isi,
        tanggal_kegiatan: terbit.slice(0, 10),
        created_at: terbit,
        updated_at: terbit,
      };
      baris.push({ ...dasar, published_at: null }, { ...dasar, published_at: terbit });
    }
    const ids = await knex(meta.tableName).insert(baris).returning('id');
    const relasi = ids.flatMap((row) =>
      fotoIds.map((fileId, urutan) => ({
        ...relasiContoh,
        id: undefined,
        [joinFoto.joinColumn.name]: fileId,
        [joinFoto.morphColumn.idColumn.name]: typeof row === 'object' ? row.id : row,
        order: urutan + 1,
      })),
    );
    for (let j = 0; j < relasi.length; j += 500) await knex(joinFoto.name).insert(relasi.slice(j, j + 500));
  }
  await knex(meta.tableName).where({ document_id: contoh.documentId }).delete();
}

function jalankan(nama, opsi) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: KONEKSI, duration: DETIK, ...opsi }, (error, hasil) => {
      if (error) return reject(error);
      const nonBerhasil = hasil.non2xx;
      resolve({
        skenario: nama,
        permintaanPerDetik: Math.round(hasil.requests.average),
        latensiP50Ms: hasil.latency.p50,
        latensiP99Ms: hasil.latency.p99,
        jumlahPermintaan: hasil.requests.total,
        statusBukan2xx: nonBerhasil,
        galat: hasil.errors,
      });
    });
  });
}

async function main() {
  const { strapi, folder, dengar, selesai } = await mulaiStrapi();
  try {
    // Strapi's own core controller on the same data: the baseline.
    const { factories } = require('@strapi/strapi');
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
          // The same public-role check as the real list route, so that only the code differs.
          config: { auth: { scope: ['api::liputan.liputan.find'] } },
        },
      ],
    });
    const base = await dengar();

    const mulai = Date.now();
    await isiData(strapi, await unggahFoto(strapi, folder, 4));
    const detikIsi = (Date.now() - mulai) / 1000;

    const daftar = `${base}/api/liputans?pagination[pageSize]=10&sort=publishedAt:desc`;
    const pertama = await fetch(daftar);
    const etag = pertama.headers.get('etag');
    const contoh = (await pertama.json()).data[0];
    const cekInti = await (await fetch(`${base}/api/bench-inti/liputans?pagination[pageSize]=10&sort=publishedAt:desc`)).json();
    if (cekInti.data.length !== 10 || cekInti.data[0].foto.length !== 4) throw new Error('Data dasar tidak seperti yang diharapkan');

    const hasil = [];
    hasil.push(await jalankan('inti-find (Strapi core, foto)', { url: `${base}/api/bench-inti/liputans?pagination[pageSize]=10&sort=publishedAt:desc` }));
    hasil.push(await jalankan('api-publik daftar (foto, jumlahPembaca, ETag)', { url: daftar }));
    hasil.push(await jalankan('api-publik daftar bersyarat (If-None-Match -> 304)', { url: daftar, headers: { 'if-none-match': etag } }));
    let nomor = 0;
    hasil.push(
      await jalankan('penghitung pembaca (pengunjung berbeda)', {
        url: `${base}/api/liputans/${contoh.documentId}/views`,
        method: 'POST',
        setupClient(client) {
          client.setHeaders({ 'x-forwarded-for': `10.${(nomor >> 16) & 255}.${(nomor >> 8) & 255}.${nomor++ & 255}`, 'user-agent': 'bench' });
        },
        requests: [
          {
            setupRequest(req) {
              nomor += 1;
              return { ...req, headers: { ...req.headers, 'x-forwarded-for': `10.${(nomor >> 16) & 255}.${(nomor >> 8) & 255}.${nomor & 255}` } };
            },
          },
        ],
      }),
    );

    const [dasar] = hasil;
    simpanHasil('api', {
      tanggal: new Date().toISOString(),
      database: strapi.db.dialect.client,
      liputanTerbit: JUMLAH,
      fotoPerLiputan: 4,
      detikPengisianData: detikIsi,
      koneksi: KONEKSI,
      detikPerSkenario: DETIK,
      hasil: hasil.map((item) => ({
        ...item,
        rasioPermintaanPerDetikTerhadapInti: +(item.permintaanPerDetik / dasar.permintaanPerDetik).toFixed(2),
        rasioLatensiP50TerhadapInti: +(item.latensiP50Ms / dasar.latensiP50Ms).toFixed(2),
      })),
    });
  } finally {
    await selesai();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
