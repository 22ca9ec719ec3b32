/**
 * The public API under load (`npm run bench:api`), as the website meets it: requests/s and p50/p99
 * latency of every public read and the reader counter, at 10 and 100 connections, each figure a
 * ratio to two baselines measured in the same passes: the server's own floor (`GET /_health`) and
 * Strapi's own core `find` on the same data (behind nginx also one instance's floor, reached
 * directly). Every scenario runs several rounds, one per pass: the medians are reported with the
 * spread (min-max) that is this machine's noise.
 *
 * The load generator runs in its own process (bench/lib/beban.js), never in the server's event
 * loop. A benchmark, not a test: it reports figures, it asserts nothing.
 *
 * Options (environment): BENCH_LIPUTAN (published articles, default 10000), BENCH_DETIK (seconds
 * per round, default 5), BENCH_ULANG (rounds, default 3), BENCH_KONEKSI (default "10,100"),
 * BENCH_SKENARIO (a pattern: only the scenarios it matches, beside the baselines),
 * DATABASE_CLIENT=postgres (and REDIS_URL to share through Redis).
 */
'use strict';

const { fork } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const path = require('node:path');
const { subMinutes } = require('date-fns');
const { mulaiStrapi, pasangRuteInti, unggahFoto } = require('./lib/boot');
const { median, simpanHasil } = require('./lib/hasil');
const { jalankanTopologi } = require('./lib/topologi');

const UID = 'api::liputan.liputan';
const JUMLAH = Number(process.env.BENCH_LIPUTAN ?? 10000);
const DETIK = Number(process.env.BENCH_DETIK ?? 5);
const ULANG = Number(process.env.BENCH_ULANG ?? 3);
const KONEKSI = String(process.env.BENCH_KONEKSI ?? '10,100')
  .split(',')
  .map(Number);
/** Only the scenarios whose name matches (the floor and core always run: every ratio needs them). */
const SKENARIO = process.env.BENCH_SKENARIO ? new RegExp(process.env.BENCH_SKENARIO, 'i') : null;
const KATEGORI = ['berita', 'pengumuman', 'kegiatan', 'siaran-pers', 'opini'];

// The default cache period, and no per-address limit: the counter is measured, not tripped.
// Readers come from many addresses through the website's proxy.
process.env.PEMBACA_BATAS_PER_MENIT = String(1e9);
process.env.SERVER_PROXY = 'true';

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
  const [relasiContoh] = await knex(joinFoto.name).where({
    [joinFoto.morphColumn.idColumn.name]: barisContoh.id,
  });
  const sekarang = Date.now();
  const riwayat = strapi.db.metadata.get('plugin::redaksi.riwayat').tableName;
  const waktu = (iso) =>
    strapi.db.dialect.client === 'sqlite' ? new Date(iso).getTime() : new Date(iso);
  const isi = JSON.stringify([
    {
      type: 'paragraph',
      children: [{ type: 'text', text: 'Isi berita untuk tolok ukur. '.repeat(20) }],
    },
  ]);

  for (let awal = 0; awal < JUMLAH; awal += 250) {
    const baris = [];
    // The history the Daftar Informasi Publik reads (as the engine writes it): each article's
    // classification by the Verifikator and its publication; and, every 50th, an item exempted
    // (never online: it is only counted per legal basis).
    const barisRiwayat = [];
    for (let i = awal; i < Math.min(JUMLAH, awal + 250); i += 1) {
      const documentId = randomUUID().replace(/-/g, '').slice(0, 24);
      const terbit = subMinutes(sekarang, i * 45).toISOString();
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
      const jejak = (dokumen_id, aksi, ke, saat, publik) => ({
        document_id: randomUUID().replace(/-/g, '').slice(0, 24),
        uid_konten: UID,
        dokumen_id,
        aksi,
        dari: aksi === 'tayangkan' ? 'terverifikasi' : 'verifikasi',
        ke,
        aktor_nama: 'bench',
        peran: aksi === 'tayangkan' ? 'staf-sekretariat' : 'verifikator',
        terlambat: false,
        waktu: waktu(saat),
        publik: publik ? JSON.stringify(publik) : null,
      });
      const diklasifikasi = subMinutes(new Date(terbit), 30).toISOString();
      barisRiwayat.push(
        jejak(documentId, 'setujui', 'terverifikasi', diklasifikasi, {
          klasifikasi: ['berkala', 'serta-merta', 'setiap-saat'][i % 3],
        }),
        jejak(documentId, 'tayangkan', 'tayang', terbit),
      );
      if (i % 50 === 0)
        barisRiwayat.push(
          jejak(`dikecualikan${i}`.padEnd(24, '0'), 'kecualikan', 'dikecualikan', diklasifikasi, {
            klasifikasi: 'dikecualikan',
            dasarPengecualian: `pasal-17-${'abcdefghij'[(i / 50) % 10]}`,
          }),
        );
    }
    // SQLite takes at most 500 terms in one compound insert.
    for (let j = 0; j < barisRiwayat.length; j += 100)
      await knex(riwayat).insert(barisRiwayat.slice(j, j + 100));
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
    for (let j = 0; j < relasi.length; j += 500)
      await knex(joinFoto.name).insert(relasi.slice(j, j + 500));
  }
  await knex(meta.tableName).where({ document_id: contoh.documentId }).delete();
}

/** Each round's readers come from addresses no earlier round used: every report is a new visitor. */
let putaranKe = 0;

/**
 * The requests a round leaves in flight when its time is up are still being answered after it,
 * for up to about its slowest latency (a core `find` at 100 connections: seconds), or longer when
 * none was answered at all. The next round starts only then, so that it does not measure the
 * server still busy with them, and the reader counts read at the end hold every report sent.
 */
const TENANG_MAKS_MS = 10_000;
const tenang = (hasil) =>
  new Promise((resolve) =>
    setTimeout(
      resolve,
      hasil.jumlah ? Math.min(TENANG_MAKS_MS, hasil.latensiMaksMs ?? 0) : TENANG_MAKS_MS,
    ),
  );

/** One round of one scenario, from the load generator's own process. */
async function satuPutaran(skenario, connections, awalNomor) {
  const hasil = await bebanSatuPutaran(skenario, connections, awalNomor);
  await tenang(hasil);
  return hasil;
}

function bebanSatuPutaran(skenario, connections, awalNomor) {
  putaranKe += 1;
  return new Promise((resolve, reject) => {
    const beban = fork(path.join(__dirname, 'lib', 'beban.js'));
    beban.once('message', (hasil) => {
      beban.kill();
      if (hasil.galat && typeof hasil.galat === 'string')
        reject(new Error(`${skenario.nama}: ${hasil.galat}`));
      else resolve(hasil);
    });
    beban.once('error', reject);
    beban.send({
      ...skenario,
      connections,
      duration: DETIK,
      awalAlamat: putaranKe * 2_000_000,
      awalNomor,
    });
  });
}

/** Every round of a scenario at one connection level: medians, and the spread between rounds. */
function ringkas(nama, connections, putaran) {
  const rps = putaran.map((p) => p.permintaanPerDetik);
  return {
    skenario: nama,
    koneksi: connections,
    permintaanPerDetik: Math.round(median(rps)),
    rentangPermintaanPerDetik: [Math.round(Math.min(...rps)), Math.round(Math.max(...rps))],
    latensiP50Ms: median(putaran.map((p) => p.latensiP50Ms)),
    latensiP99Ms: median(putaran.map((p) => p.latensiP99Ms)),
    bukan2xx: putaran.reduce((n, p) => n + p.bukan2xx, 0),
    galat: putaran.reduce((n, p) => n + p.galat, 0),
    /** 200 answers over all rounds (for the counter: reads that must all be in the buckets). */
    berhasil: putaran.reduce((n, p) => n + (p.status?.['200']?.count ?? 0), 0),
  };
}

/**
 * A scenario's throughput over a baseline's: each round over the baseline's round of the same
 * pass (see ukurSemua), the median of those and their spread.
 */
function rasio(putaran, dasar) {
  const nilai = putaran.map((p, i) => p.permintaanPerDetik / dasar[i].permintaanPerDetik);
  return {
    median: +median(nilai).toFixed(3),
    rentang: [+Math.min(...nilai).toFixed(3), +Math.max(...nilai).toFixed(3)],
  };
}

/** Articles per round of the miss scenario: over all its rounds, each article is read once. */
const ARTIKEL_PER_PUTARAN = Math.floor(JUMLAH / (ULANG * KONEKSI.length));

const LANTAI_SATU_INSTANS = 'lantai satu instans: GET /_health';

/**
 * Every scenario at every connection level against one address, each with its ratios to the
 * floor and to core and, behind nginx (`satuInstans`: the first instance's own address), to one
 * instance's floor, reached directly in the same passes.
 *
 * The rounds are taken in passes: round i of every scenario runs before round i+1 of any. The
 * machine is shared, and its load drifts over minutes: a scenario and its baselines measured
 * minutes apart compare two loads, not two code paths. A ratio is taken per pass.
 */
async function ukurSemua(base, contoh, lain, satuInstans) {
  const daftar = `${base}/api/liputans?pagination[pageSize]=10&sort=publishedAt:desc`;
  const dasar = [
    { nama: 'lantai: GET /_health', url: `${base}/_health` },
    {
      nama: 'inti: find Strapi (foto)',
      url: `${base}/api/bench-inti/liputans?pagination[pageSize]=10&sort=publishedAt:desc`,
    },
    ...(satuInstans ? [{ nama: LANTAI_SATU_INSTANS, url: `${satuInstans}/_health` }] : []),
  ];
  const skenario = [
    ...dasar,
    ...[
      { nama: 'daftar halaman 1', url: daftar },
      {
        nama: 'daftar dengan filter',
        url: `${base}/api/liputans?pagination[pageSize]=10&filters[kategori][$eq]=pengumuman`,
      },
      { nama: 'satu artikel', url: `${base}/api/liputans/${contoh.documentId}` },
      { nama: 'menurut slug', url: `${base}/api/liputans/slug/${contoh.slug}` },
      // The cache's miss path: the first read of each article (its own slice of the 10,000 per
      // round), and a list query no one asked before (a filter value of its own per request).
      {
        nama: 'meleset: artikel pertama kali',
        url: `${base}/api/liputans/slug/berita-tolok-ukur-{n}`,
        jumlah: ARTIKEL_PER_PUTARAN,
      },
      {
        nama: 'meleset: daftar belum pernah diminta',
        url: `${base}/api/liputans?pagination[pageSize]=10&filters[slug][$ne]=tidak-ada-{n}`,
      },
      // An article nobody reads during the run, so that its validator stays the one served.
      {
        nama: 'bersyarat (304)',
        url: `${base}/api/liputans/slug/${lain.slug}`,
        validatorDari: `${base}/api/liputans/slug/${lain.slug}`,
      },
      // The Daftar Informasi Publik of the year (#25): a year of articles, cached like the reads above.
      { nama: 'daftar informasi publik', url: `${base}/api/daftar-informasi-publik` },
      {
        nama: 'daftar informasi publik: kategori',
        url: `${base}/api/daftar-informasi-publik?kategori=pengumuman`,
      },
      {
        nama: 'daftar informasi publik: CSV',
        url: `${base}/api/daftar-informasi-publik?format=csv`,
      },
      {
        nama: 'penghitung pembaca',
        url: `${base}/api/liputans/${contoh.documentId}/views`,
        method: 'POST',
        pengunjungBerbeda: true,
      },
    ].filter((item) => !SKENARIO || SKENARIO.test(item.nama)),
  ];
  const hasil = [];
  for (const [bagian, koneksi] of KONEKSI.entries()) {
    const putaran = skenario.map(() => []);
    for (let i = 0; i < ULANG; i += 1)
      for (const [j, item] of skenario.entries()) {
        const headers = item.validatorDari
          ? {
              'if-none-match': (await fetch(item.validatorDari)).headers.get('etag'),
              'cache-control': 'no-cache',
            }
          : item.headers;
        // `bagian` numbers the rounds of a scenario across connection levels, so that a scenario
        // reading each article once gives every round its own slice of them.
        putaran[j].push(
          await satuPutaran(
            { ...item, headers },
            koneksi,
            (bagian * ULANG + i) * (item.jumlah ?? 0),
          ),
        );
      }
    const [lantai, inti, lantaiTunggal] = putaran;
    for (const [j, item] of skenario.entries()) {
      const ringkasan = ringkas(item.nama, koneksi, putaran[j]);
      const terhadapHealth = rasio(putaran[j], lantai);
      const terhadapTunggal = satuInstans ? rasio(putaran[j], lantaiTunggal) : null;
      hasil.push({
        ...ringkasan,
        rasioTerhadapHealth: terhadapHealth.median,
        rentangRasioTerhadapHealth: terhadapHealth.rentang,
        rasioTerhadapInti: +rasio(putaran[j], inti).median.toFixed(2),
        ...(terhadapTunggal
          ? {
              rasioTerhadapHealthSatuInstans: terhadapTunggal.median,
              rentangRasioTerhadapHealthSatuInstans: terhadapTunggal.rentang,
              p99TerhadapHealthSatuInstans: +(
                ringkasan.latensiP99Ms /
                Math.max(1, median(lantaiTunggal.map((p) => p.latensiP99Ms)))
              ).toFixed(2),
            }
          : {}),
      });
    }
  }
  return hasil;
}

async function main() {
  const { strapi, folder, dengar, selesai } = await mulaiStrapi();
  try {
    pasangRuteInti(strapi);
    const base = await dengar();

    const mulai = Date.now();
    await isiData(strapi, await unggahFoto(strapi, folder, 4));
    const detikIsi = (Date.now() - mulai) / 1000;

    const daftar = `${base}/api/liputans?pagination[pageSize]=10&sort=publishedAt:desc`;
    const [contoh, lain] = (await (await fetch(daftar)).json()).data;
    const cekInti = await (
      await fetch(`${base}/api/bench-inti/liputans?pagination[pageSize]=10&sort=publishedAt:desc`)
    ).json();
    if (cekInti.data.length !== 10 || cekInti.data[0].foto.length !== 4)
      throw new Error('Data dasar tidak seperti yang diharapkan');

    // The register's first read, computed from the history (the cache's miss), once per format.
    const daftarInformasiPublikPertamaMs = {};
    for (const format of ['json', 'csv', 'pdf']) {
      const awal = performance.now();
      const res = await fetch(`${base}/api/daftar-informasi-publik?format=${format}`);
      const isi = Buffer.from(await res.arrayBuffer());
      daftarInformasiPublikPertamaMs[format] = {
        ms: Math.round(performance.now() - awal),
        status: res.status,
        kb: Math.round(isi.length / 1024),
      };
    }

    const hasil = await ukurSemua(base, contoh, lain);
    let duaInstans = null;
    if (process.env.BENCH_NGINX === '1') {
      // Two instances on one PostgreSQL and Redis behind nginx: the same scenarios through the proxy.
      const topologi = await jalankanTopologi(Number(new URL(base).port));
      try {
        duaInstans = await ukurSemua(topologi.base, contoh, lain, base);
      } finally {
        await topologi.hentikan();
      }
    }

    const jumlahPembaca = (await (await fetch(`${base}/api/liputans/${contoh.documentId}`)).json())
      .data.jumlahPembaca;
    // Every report of the benchmark is a visitor of its own (bench/lib/beban.js), so every 200 is
    // a counted read, and the buckets must hold each: none lost. They may hold a few more: the
    // reports a round's end left unanswered (at most one per connection), counted after autocannon
    // stopped listening.
    const penghitung = [...hasil, ...(duaInstans ?? [])].filter(
      (item) => item.skenario === 'penghitung pembaca',
    );
    const dilaporkan = penghitung.reduce((n, item) => n + item.berhasil, 0);
    const belumDijawab = penghitung.reduce((n, item) => n + item.koneksi * ULANG, 0);
    const tersimpan = await totalTersimpan(strapi, contoh.documentId);
    simpanHasil('api', {
      tanggal: new Date().toISOString(),
      database: strapi.db.dialect.client,
      redis: Boolean(process.env.REDIS_URL),
      liputanTerbit: JUMLAH,
      fotoPerLiputan: 4,
      detikPengisianData: detikIsi,
      daftarInformasiPublikPertamaMs,
      detikPerPutaran: DETIK,
      putaran: ULANG,
      hasil,
      duaInstansDiBelakangNginx: duaInstans,
      pembaca: {
        dilaporkan200: dilaporkan,
        tersimpan,
        semuaTersimpan: tersimpan >= dilaporkan && tersimpan <= dilaporkan + belumDijawab,
        tampilDiApi: jumlahPembaca,
      },
    });
  } finally {
    await selesai();
  }
}

/** What the buckets hold: every counted read must be there, none lost. */
async function totalTersimpan(strapi, documentId) {
  const ember = await strapi.db
    .query('api::pembaca.pembaca-harian')
    .findMany({ where: { liputanId: documentId } });
  return ember.reduce((n, e) => n + e.jumlah, 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
