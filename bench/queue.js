/**
 * Meja Redaksi with a backlog (`npm run bench:queue`): GET /redaksi/queue for an Admin Medsos
 * while BENCH_ANTREAN (default 5,000) Konten Medsos wait for that role, spread over the two
 * stages where Admin Medsos acts (received, approved) and over past and coming activity dates,
 * so that some are overdue and the deadlines differ. Figures: median, p99 and min-max of
 * - the first page (25), the widget's page (3), a page deep in the list, one stage filtered;
 * - the baseline from the same run: the server's own floor (`GET /_health`) and Strapi's core
 *   equivalent, the content manager's own list of the same collection, first page, draft.
 * The target: the first page's median under 100 ms.
 *
 * The requests come from a client process of their own (bench/lib/klien-berurutan.js), one at a
 * time. A benchmark: it asserts nothing. Options (environment): BENCH_ANTREAN, BENCH_ULANG
 * (requests per figure, default 200), DATABASE_CLIENT=postgres to run on PostgreSQL.
 */
'use strict';

const { subDays } = require('date-fns');
const { jalankanKlien, mulaiStrapi, tanggalWib, tokenPeran } = require('./lib/boot');
const { median, persentil, simpanHasil } = require('./lib/hasil');

const JUMLAH = Number(process.env.BENCH_ANTREAN ?? 5000);
const ULANG = Number(process.env.BENCH_ULANG ?? 200);
const UID = 'api::konten-medsos.konten-medsos';
const STATUS_ALUR = 'plugin::redaksi.status-alur';

async function main() {
  const { strapi, dengar, selesai } = await mulaiStrapi();
  const base = await dengar();

  try {
    const token = await tokenPeran(strapi, base, 'admin-medsos');

    // The backlog. Items are created through the document service (the engine gives each its
    // state row); their stages are then set in the state table directly, since walking 5,000
    // items through four SOP steps would measure the seeding, not the queue.
    const mulaiIsi = Date.now();
    const ids = [];
    for (let i = 0; i < JUMLAH; i += 1) {
      const dokumen = await strapi.documents(UID).create({
        data: {
          judul: `Kegiatan antrean ${i}`,
          tanggalKegiatan: tanggalWib(-(i % 30)),
          caption: 'Caption',
        },
      });
      ids.push(dokumen.documentId);
    }
    for (const [tahap, bagian] of [
      ['diserahkan', ids.filter((_, i) => i % 2 === 0)],
      ['disetujui', ids.filter((_, i) => i % 2 === 1)],
    ]) {
      for (let i = 0; i < bagian.length; i += 500) {
        await strapi.db.query(STATUS_ALUR).updateMany({
          where: { uidKonten: UID, dokumenId: { $in: bagian.slice(i, i + 500) } },
          data: {
            tahap,
            tahapSejak: new Date(),
            diserahkanPada: subDays(new Date(), (i / 500) % 3),
          },
        });
      }
    }
    const waktuIsiDetik = Math.round((Date.now() - mulaiIsi) / 1000);

    const cek = await (
      await fetch(`${base}/redaksi/queue`, { headers: { Authorization: `Bearer ${token}` } })
    ).json();
    if (cek.meta.ringkasan.jumlah !== JUMLAH)
      throw new Error(`antrean berisi ${cek.meta.ringkasan.jumlah}, bukan ${JUMLAH}`);
    const halamanDalam = Math.max(1, Math.floor(cek.meta.pagination.pageCount / 2));

    const permintaan = [];
    const minta = (nama, url) => ({ nama, method: 'GET', url, token });
    for (let i = 0; i < 20; i += 1) permintaan.push(minta('pemanasan', '/redaksi/queue'));
    // Interleaved, so that a drift of the machine touches every figure alike.
    for (let i = 0; i < ULANG; i += 1) {
      permintaan.push(
        { nama: 'health', method: 'GET', url: '/_health' },
        minta(
          'intiContentManager',
          `/content-manager/collection-types/${UID}?page=1&pageSize=25&sort=judul:ASC`,
        ),
        minta('halamanPertama', '/redaksi/queue'),
        minta('widget', '/redaksi/queue?pageSize=3'),
        minta('halamanDalam', `/redaksi/queue?page=${halamanDalam}`),
        minta('satuTahap', '/redaksi/queue?alur=sop-21&tahap=disetujui'),
      );
    }
    const hasil = await jalankanKlien(base, permintaan);

    const ringkas = (values) => ({
      medianMs: +median(values).toFixed(2),
      p99Ms: +persentil(values, 99).toFixed(2),
      minMs: +Math.min(...values).toFixed(2),
      maxMs: +Math.max(...values).toFixed(2),
    });
    const rasio = (a, b) => +(median(hasil[a]) / median(hasil[b])).toFixed(2);
    simpanHasil('queue', {
      tanggal: new Date().toISOString(),
      database: strapi.db.dialect.client,
      jumlahMenunggu: JUMLAH,
      lewatTenggat: cek.meta.ringkasan.lewat,
      permintaanPerAngka: ULANG,
      waktuIsiDetik,
      health: ringkas(hasil.health),
      intiContentManager: ringkas(hasil.intiContentManager),
      halamanPertama: ringkas(hasil.halamanPertama),
      widget: ringkas(hasil.widget),
      halamanDalam: ringkas(hasil.halamanDalam),
      satuTahap: ringkas(hasil.satuTahap),
      rasioMedianHalamanPertamaTerhadapHealth: rasio('halamanPertama', 'health'),
      rasioMedianHalamanPertamaTerhadapIntiContentManager: rasio(
        'halamanPertama',
        'intiContentManager',
      ),
      targetMedianDi100Ms: median(hasil.halamanPertama) < 100,
    });
  } finally {
    await selesai();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
