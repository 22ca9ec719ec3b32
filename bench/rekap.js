/**
 * The monthly recap on a year of data (`npm run bench:recap`): 12 months x 2,000 Liputan and
 * 2,000 KontenMedsos and 1,000,000 daily reader buckets. Times the JSON and XLSX recap of one
 * month and their peak memory, against the naive way in the same run (every document of the
 * month loaded through the document service and counted in JavaScript). Reports, asserts nothing.
 *
 * Options (environment): BENCH_PER_BULAN (default 2000), BENCH_EMBER (default 1000000),
 * BENCH_ULANG (repetitions, default 5), DATABASE_CLIENT=postgres.
 */
'use strict';

const { randomUUID } = require('node:crypto');
const { subHours } = require('date-fns');
const { mulaiStrapi, tanggalWib } = require('./lib/boot');
const { median, simpanHasil } = require('./lib/hasil');

const PER_BULAN = Number(process.env.BENCH_PER_BULAN ?? 2000);
const EMBER = Number(process.env.BENCH_EMBER ?? 1_000_000);
const ULANG = Number(process.env.BENCH_ULANG ?? 5);
const TAHUN = 2025;
const BULAN_DIUKUR = '2025-06';
const KATEGORI = ['berita', 'pengumuman', 'kegiatan', 'siaran-pers', 'opini'];
const PLATFORM = ['instagram', 'facebook', 'x', 'youtube', 'tiktok', 'threads'];
const UNIT = ['Divisi Teknis', 'Divisi Sosdiklih', 'Divisi Data', 'Sekretariat'];

const idDokumen = () => randomUUID().replace(/-/g, '').slice(0, 24);

async function sisipkan(knex, tabel, baris, ukuran = 400) {
  const ids = [];
  for (let i = 0; i < baris.length; i += ukuran) {
    const hasil = await knex(tabel)
      .insert(baris.slice(i, i + ukuran))
      .returning('id');
    ids.push(...hasil.map((row) => (typeof row === 'object' ? row.id : row)));
  }
  return ids;
}

/** A year of the newsroom, in bulk through the tables (as the engine would have written it). */
async function isiData(strapi) {
  const knex = strapi.db.connection;
  const tabel = (uid) => strapi.db.metadata.get(uid).tableName;
  const sqlite = strapi.db.dialect.client === 'sqlite';
  const waktu = (date) => (sqlite ? date.getTime() : date);
  const liputanIds = [];

  for (let bulan = 0; bulan < 12; bulan += 1) {
    const liputan = [];
    const medsos = [];
    const riwayat = [];
    const status = [];
    const tautan = [];
    for (let i = 0; i < PER_BULAN; i += 1) {
      const terbit = new Date(Date.UTC(TAHUN, bulan, 1 + (i % 28), i % 24, i % 60));
      const lid = idDokumen();
      liputanIds.push({ id: lid, terbit });
      const dasarL = {
        document_id: lid,
        judul: `Liputan ${bulan}-${i}`,
        slug: `liputan-${bulan}-${i}`,
        kategori: KATEGORI[i % 5],
        ringkasan: 'r',
        created_at: terbit,
        updated_at: terbit,
      };
      liputan.push({ ...dasarL, published_at: null }, { ...dasarL, published_at: terbit });
      riwayat.push({
        uid_konten: 'api::liputan.liputan',
        dokumen_id: lid,
        aksi: 'tayangkan',
        dari: 'terverifikasi',
        ke: 'tayang',
        aktor_nama: 'bench',
        peran: 'staf-sekretariat',
        terlambat: false,
        waktu: waktu(terbit),
      });

      const mid = idDokumen();
      const serah = subHours(terbit, 20);
      const dasarM = {
        document_id: mid,
        judul: `Konten ${bulan}-${i}`,
        unit_pelaksana: UNIT[i % 4],
        caption: 'c',
        tanggal_kegiatan: tanggalWib(0, serah),
        created_at: serah,
        updated_at: terbit,
      };
      medsos.push({ ...dasarM, published_at: null }, { ...dasarM, published_at: terbit });
      const lambat = i % 7 === 0;
      riwayat.push(
        {
          uid_konten: 'api::konten-medsos.konten-medsos',
          dokumen_id: mid,
          aksi: 'serahkan',
          dari: 'draf',
          ke: 'diserahkan',
          aktor_nama: 'bench',
          peran: 'tim-pelaksana',
          terlambat: lambat,
          waktu: waktu(serah),
        },
        {
          uid_konten: 'api::konten-medsos.konten-medsos',
          dokumen_id: mid,
          aksi: 'unggah',
          dari: 'disetujui',
          ke: 'diunggah',
          aktor_nama: 'bench',
          peran: 'admin-medsos',
          terlambat: lambat,
          waktu: waktu(terbit),
        },
      );
      status.push({
        kunci: `api::konten-medsos.konten-medsos::${mid}`,
        uid_konten: 'api::konten-medsos.konten-medsos',
        dokumen_id: mid,
        tahap: 'diunggah',
        versi: 5,
        diserahkan_pada: serah,
        nomor_register: `REG/${TAHUN}/${String(bulan + 1).padStart(2, '0')}/${String(i + 1).padStart(4, '0')}`,
        terlambat: lambat,
        alasan_terlambat: lambat ? 'Jaringan' : null,
        izin_terlambat: lambat,
      });
      tautan.push(PLATFORM[i % 6], PLATFORM[(i + 1) % 6]);
    }
    await sisipkan(knex, tabel('api::liputan.liputan'), liputan);
    const idMedsos = await sisipkan(knex, tabel('api::konten-medsos.konten-medsos'), medsos);
    await sisipkan(knex, tabel('plugin::redaksi.riwayat'), riwayat);
    await sisipkan(knex, tabel('plugin::redaksi.status-alur'), status);
    const idTautan = await sisipkan(
      knex,
      tabel('medsos.tautan'),
      tautan.map((platform) => ({ platform, url: `https://${platform}.com/kpusumbar` })),
    );
    const draf = idMedsos.filter((_, i) => i % 2 === 0);
    await sisipkan(
      knex,
      'konten_medsos_cmps',
      idTautan.map((cmp, i) => ({
        entity_id: draf[Math.floor(i / 2)],
        cmp_id: cmp,
        component_type: 'medsos.tautan',
        field: 'tautan',
        order: (i % 2) + 1,
      })),
    );
  }

  // Reader buckets: spread over each article's days after publication, EMBER rows in all.
  const perLiputan = Math.ceil(EMBER / liputanIds.length);
  let ember = [];
  let jumlah = 0;
  for (const { id, terbit } of liputanIds) {
    for (let hari = 0; hari < perLiputan && jumlah < EMBER; hari += 1, jumlah += 1) {
      ember.push({
        liputan_id: id,
        tanggal: tanggalWib(hari, terbit),
        jumlah: 1 + ((hari * 7) % 13),
      });
    }
    if (ember.length >= 20000) {
      await sisipkan(knex, tabel('api::pembaca.pembaca-harian'), ember, 500);
      ember = [];
    }
  }
  await sisipkan(knex, tabel('api::pembaca.pembaca-harian'), ember, 500);
}

/** The baseline: what the recap would be without aggregate queries. */
async function rekapNaif(strapi, bulan) {
  const [tahunIni, bulanIni] = bulan.split('-').map(Number);
  const berikut =
    bulanIni === 12 ? `${tahunIni + 1}-01` : `${tahunIni}-${String(bulanIni + 1).padStart(2, '0')}`;
  const mulai = new Date(`${bulan}-01T00:00:00+07:00`);
  const selesai = new Date(`${berikut}-01T00:00:00+07:00`);
  const liputan = await strapi.documents('api::liputan.liputan').findMany({
    status: 'published',
    filters: { publishedAt: { $gte: mulai, $lt: selesai } },
    fields: ['judul', 'kategori', 'publishedAt'],
    limit: -1,
  });
  const perKategori = {};
  for (const item of liputan) perKategori[item.kategori] = (perKategori[item.kategori] ?? 0) + 1;
  const medsos = await strapi.documents('api::konten-medsos.konten-medsos').findMany({
    status: 'published',
    filters: { publishedAt: { $gte: mulai, $lt: selesai } },
    populate: { tautan: true },
    limit: -1,
  });
  const perPlatform = {};
  for (const item of medsos)
    for (const t of item.tautan ?? []) perPlatform[t.platform] = (perPlatform[t.platform] ?? 0) + 1;
  const [tahun, ke] = bulan.split('-').map(Number);
  const hariTerakhir = new Date(Date.UTC(tahun, ke, 0)).getUTCDate();
  const ember = await strapi.db.query('api::pembaca.pembaca-harian').findMany({
    where: { tanggal: { $gte: `${bulan}-01`, $lte: `${bulan}-${hariTerakhir}` } },
  });
  const pembaca = {};
  for (const baris of ember)
    pembaca[baris.liputanId] = (pembaca[baris.liputanId] ?? 0) + baris.jumlah;
  return {
    liputan: liputan.length,
    perKategori,
    medsos: medsos.length,
    perPlatform,
    pembaca: Object.keys(pembaca).length,
  };
}

/** Median time and peak memory (heap in use above the start, sampled every 5 ms) of repeated runs. */
async function ukur(nama, fn) {
  const waktu = [];
  let puncak = 0;
  for (let i = 0; i < ULANG; i += 1) {
    global.gc?.();
    const awal = process.memoryUsage().heapUsed;
    const sampel = setInterval(() => {
      puncak = Math.max(puncak, process.memoryUsage().heapUsed - awal);
    }, 5);
    const mulai = performance.now();
    await fn();
    waktu.push(performance.now() - mulai);
    clearInterval(sampel);
    puncak = Math.max(puncak, process.memoryUsage().heapUsed - awal);
  }
  return {
    skenario: nama,
    medianMs: Math.round(median(waktu)),
    puncakMemoriMB: Math.round(puncak / 1048576),
  };
}

async function main() {
  const { strapi, selesai } = await mulaiStrapi();
  try {
    const mulai = Date.now();
    await isiData(strapi);
    const detikIsi = Math.round((Date.now() - mulai) / 1000);
    const rekap = strapi.plugin('redaksi').service('rekap');
    const {
      rekapKeXlsx,
    } = require('../dist/src/plugins/redaksi/server/src/services/reports/rekap-export');

    const contoh = await rekap.buat(BULAN_DIUKUR);
    const naif = await rekapNaif(strapi, BULAN_DIUKUR);
    const hasil = [
      await ukur('naif: document service + hitung di JavaScript', () =>
        rekapNaif(strapi, BULAN_DIUKUR),
      ),
      await ukur('rekap JSON (kueri agregat)', () => rekap.buat(BULAN_DIUKUR)),
      await ukur('rekap XLSX (kueri agregat + exceljs)', async () =>
        rekapKeXlsx(await rekap.buat(BULAN_DIUKUR)),
      ),
    ];
    const [dasar] = hasil;
    simpanHasil('rekap', {
      tanggal: new Date().toISOString(),
      database: strapi.db.dialect.client,
      data: {
        liputan: 12 * PER_BULAN,
        kontenMedsos: 12 * PER_BULAN,
        emberPembaca: EMBER,
        detikPengisian: detikIsi,
      },
      bulan: BULAN_DIUKUR,
      pemeriksaan: {
        artikelTerbit: contoh.website.artikelTerbit,
        naifLiputan: naif.liputan,
        diunggah: contoh.mediaSosial.diunggah,
        naifMedsos: naif.medsos,
      },
      ulang: ULANG,
      hasil: hasil.map((item) => ({
        ...item,
        rasioWaktuTerhadapNaif: +(item.medianMs / dasar.medianMs).toFixed(2),
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
