/**
 * The load generator (autocannon), in a process of its own so that it never shares the server's
 * event loop. Receives one scenario over IPC, answers its figures. `pengunjungBerbeda` makes every
 * request a new visitor for the reader counter (a visitor is an address and a user agent): its own
 * X-Forwarded-For address, which an instance reached directly believes, and its own user agent,
 * which still tells visitors apart behind nginx (where the address an instance believes is the one
 * nginx saw: loopback, for every request of the load generator).
 * A `{n}` in the URL is replaced by a number of its own per request, from `awalNomor` on (a page
 * or a query no one asked before: the cache-miss path); `jumlah` bounds the requests of a round
 * instead of its duration (each article read once).
 */
'use strict';

const autocannon = require('autocannon');

/** The round running now: a 'berhenti' message ends it early (a test's fault is over). */
let jalan = null;

function mulai({
  url,
  method = 'GET',
  headers = {},
  connections,
  duration,
  pengunjungBerbeda,
  awalAlamat = 0,
  awalNomor = 0,
  jumlah,
}) {
  let nomor = awalAlamat;
  const alamat = () => {
    nomor += 1;
    return `${10 + ((nomor >> 24) & 127)}.${(nomor >> 16) & 255}.${(nomor >> 8) & 255}.${nomor & 255}`;
  };
  let nomorJalur = awalNomor;
  const { origin } = new URL(url);
  const jalur = url.slice(origin.length);
  const jalurBerbeda = jalur.includes('{n}');
  /** Each request as it goes out: a path of its own, a visitor of its own, as the scenario asks. */
  const siapkan = (req) => {
    const hasil = { ...req };
    if (jalurBerbeda) {
      nomorJalur += 1;
      hasil.path = jalur.replace(/\{n\}/g, String(nomorJalur));
    }
    if (pengunjungBerbeda) {
      const ip = alamat();
      hasil.headers = { ...req.headers, 'x-forwarded-for': ip, 'user-agent': `bench ${ip}` };
    }
    return hasil;
  };
  const opsi = {
    url: url.replace(/\{n\}/g, '0'),
    method,
    headers,
    connections,
    ...(jumlah ? { amount: jumlah } : { duration }),
    ...(jalurBerbeda || pengunjungBerbeda ? { requests: [{ setupRequest: siapkan }] } : {}),
  };
  // What went wrong below HTTP (reset, refused, timed out), by kind: a test names it when it fails.
  const jenisGalat = {};
  jalan = autocannon(opsi, (error, hasil) => {
    if (error) {
      process.send({ galat: error.message });
      return;
    }
    process.send({
      permintaanPerDetik: hasil.requests.average,
      latensiP50Ms: hasil.latency.p50,
      latensiP99Ms: hasil.latency.p99,
      latensiMaksMs: hasil.latency.max,
      jumlah: hasil.requests.total,
      bukan2xx: hasil.non2xx,
      galat: hasil.errors + hasil.timeouts,
      status: hasil.statusCodeStats,
      jenisGalat,
    });
  });
  jalan.on('reqError', (error) => {
    const jenis = error.code ?? error.message;
    jenisGalat[jenis] = (jenisGalat[jenis] ?? 0) + 1;
  });
}

process.on('message', (pesan) => {
  if (pesan === 'berhenti') jalan?.stop();
  else mulai(pesan);
});
