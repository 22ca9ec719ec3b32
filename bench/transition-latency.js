/**
 * Latency of the SOP's steps over HTTP (`npm run bench:transition`), each a median and p95
 * against a baseline measured in the same run on the same items: a plain update of the item
 * through the content manager's core controller. Also what the approval fingerprint costs: the
 * decision that records it (`setujui`) against a decision-like step that does not (`teruskan`),
 * the publication that checks it against the baseline, and the fingerprint computed alone, with
 * the photos' bytes read (first time) and from the hash cache (afterwards).
 *
 * The requests come from a client process of their own (bench/lib/klien-berurutan.js), one at a
 * time, so that the server's figures are not its own client's. A benchmark: it asserts nothing.
 *
 * Options (environment): BENCH_ITEMS (default 100), BENCH_FOTO (photos per item, default 4),
 * DATABASE_CLIENT=postgres to run on PostgreSQL.
 */
'use strict';

const { jalankanKlien, mulaiStrapi, tanggalWib, tokenPeran, unggahFoto } = require('./lib/boot');
const { median, persentil, simpanHasil } = require('./lib/hasil');

const JUMLAH = Number(process.env.BENCH_ITEMS ?? 100);
const FOTO = Number(process.env.BENCH_FOTO ?? 4);
const UID = 'api::konten-medsos.konten-medsos';
const PERAN = ['tim-pelaksana', 'admin-medsos', 'wakil-pemimpin-redaksi', 'pemimpin-redaksi'];

async function main() {
  const { strapi, folder, dengar, selesai } = await mulaiStrapi();
  const base = await dengar();

  try {
    const token = {};
    for (const kode of PERAN) token[kode] = await tokenPeran(strapi, base, kode);

    // Each item its own photos (640 x 480 JPEG): the fingerprint reads every one of them once.
    const tanggal = tanggalWib();
    const ids = [];
    for (let i = 0; i < JUMLAH; i += 1) {
      const dokumen = await strapi.documents(UID).create({
        data: {
          judul: `Kegiatan ${i}`,
          tanggalKegiatan: tanggal,
          dokumentasi: await unggahFoto(strapi, folder, FOTO),
          narasi: [{ type: 'paragraph', children: [{ type: 'text', text: 'Narasi' }] }],
          caption: 'Caption',
          tautan: [{ platform: 'instagram', url: `https://www.instagram.com/p/bench${i}/` }],
        },
      });
      ids.push(dokumen.documentId);
    }

    const transisi = (nama, kode, documentId, action) => ({
      nama,
      method: 'POST',
      url: `/redaksi/documents/${UID}/${documentId}/transitions`,
      token: token[kode],
      body: { action },
    });
    const cm = `/content-manager/collection-types/${UID}`;
    const permintaan = [];
    // Warm-up, outside the figures.
    for (const documentId of ids.slice(0, 10)) {
      permintaan.push({
        nama: 'pemanasan',
        method: 'GET',
        url: `/redaksi/documents/${UID}/${documentId}`,
        token: token['tim-pelaksana'],
      });
    }
    // Every other item gets a schedule an hour ahead before it is published by hand: the same
    // publication with a pending schedule, which it cancels (issue #26: the scheduler's cost).
    const sejamLagi = new Date(Date.now() + 3600_000).toISOString();
    for (const [i, documentId] of ids.entries()) {
      const terjadwal = i % 2 === 1;
      permintaan.push(
        {
          nama: 'baseline',
          method: 'PUT',
          url: `${cm}/${documentId}`,
          token: token['tim-pelaksana'],
          body: { caption: 'Caption diperbarui' },
        },
        transisi('serahkan', 'tim-pelaksana', documentId, 'serahkan'),
        transisi('terima', 'admin-medsos', documentId, 'terima'),
        transisi('teruskan', 'wakil-pemimpin-redaksi', documentId, 'teruskan'),
        transisi('setujui', 'pemimpin-redaksi', documentId, 'setujui'),
        ...(terjadwal
          ? [
              {
                ...transisi('jadwalkan', 'admin-medsos', documentId, 'jadwalkan'),
                body: { action: 'jadwalkan', jadwalTayang: sejamLagi },
              },
            ]
          : []),
        {
          nama: terjadwal ? 'publishDenganJadwal' : 'publish',
          method: 'POST',
          url: `${cm}/${documentId}/actions/publish`,
          token: token['admin-medsos'],
          body: {},
        },
      );
    }
    const hasil = await jalankanKlien(base, permintaan);

    // The fingerprint alone, in the server: photos read and hashed, then from the cache.
    const layanan = strapi.plugin('redaksi').service('sidik');
    const sidikDingin = [];
    const sidikHangat = [];
    const baru = [];
    for (let i = 0; i < Math.min(JUMLAH, 50); i += 1) {
      baru.push(
        await strapi.documents(UID).create({
          data: { judul: `Sidik ${i}`, dokumentasi: await unggahFoto(strapi, folder, FOTO) },
        }),
      );
    }
    for (const { documentId } of baru) {
      const dokumen = await strapi
        .documents(UID)
        .findOne({ documentId, status: 'draft', populate: '*' });
      let mulai = performance.now();
      await layanan.sidik(UID, dokumen);
      sidikDingin.push(performance.now() - mulai);
      mulai = performance.now();
      await layanan.sidik(UID, dokumen);
      sidikHangat.push(performance.now() - mulai);
    }

    // The minute sweep every instance runs, with nothing due (its cost on every minute).
    const jadwal = strapi.plugin('redaksi').service('jadwal-tayang');
    const sapuan = [];
    for (let i = 0; i < 200; i += 1) {
      const mulai = performance.now();
      await jadwal.sapu();
      sapuan.push(performance.now() - mulai);
    }

    const lengkap = (values) => ({
      medianMs: +median(values).toFixed(2),
      p99Ms: +persentil(values, 99).toFixed(2),
      minMs: +Math.min(...values).toFixed(2),
      maxMs: +Math.max(...values).toFixed(2),
    });
    const ringkas = (values) => ({
      medianMs: +median(values).toFixed(2),
      p95Ms: +persentil(values, 95).toFixed(2),
    });
    const rasio = (a, b) => +(median(a) / median(b)).toFixed(2);
    simpanHasil('transition', {
      tanggal: new Date().toISOString(),
      database: strapi.db.dialect.client,
      jumlahItem: JUMLAH,
      fotoPerItem: FOTO,
      baselineUpdateContentManager: ringkas(hasil.baseline),
      transisiSerahkan: ringkas(hasil.serahkan),
      transisiTerima: ringkas(hasil.terima),
      transisiTeruskan: ringkas(hasil.teruskan),
      transisiSetujuiDenganSidik: ringkas(hasil.setujui),
      publishDenganCocokSidik: ringkas(hasil.publish),
      sidikSajaBacaBerkas: ringkas(sidikDingin),
      sidikSajaDariCache: ringkas(sidikHangat),
      rasioMedianSerahkanTerhadapBaseline: rasio(hasil.serahkan, hasil.baseline),
      rasioMedianTerimaTerhadapBaseline: rasio(hasil.terima, hasil.baseline),
      rasioMedianSetujuiTerhadapTeruskan: rasio(hasil.setujui, hasil.teruskan),
      rasioMedianPublishTerhadapBaseline: rasio(hasil.publish, hasil.baseline),
      // Issue #26: what the scheduler adds to a publish (a pending schedule cancelled in the
      // publication's transaction), scheduling itself, and the per-minute sweep.
      jadwalTayang: {
        publishTanpaJadwal: lengkap(hasil.publish),
        publishDenganJadwalMenunggu: lengkap(hasil.publishDenganJadwal),
        transisiJadwalkan: lengkap(hasil.jadwalkan),
        sapuanTanpaJatuhTempo: lengkap(sapuan),
        rasioMedianPublishDenganJadwalTerhadapTanpa: rasio(
          hasil.publishDenganJadwal,
          hasil.publish,
        ),
        rasioMedianPublishTanpaJadwalTerhadapBaseline: rasio(hasil.publish, hasil.baseline),
        rasioMedianJadwalkanTerhadapBaseline: rasio(hasil.jadwalkan, hasil.baseline),
      },
      tambahanSidikPadaSetujuiMs: +(median(hasil.setujui) - median(hasil.teruskan)).toFixed(2),
    });
  } finally {
    await selesai();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
