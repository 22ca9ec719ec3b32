/**
 * The load generator (autocannon), in a process of its own so that it never shares the server's
 * event loop. Receives one scenario over IPC, answers its figures. `pengunjungBerbeda` gives
 * every request its own X-Forwarded-For address (the reader counter counts distinct visitors).
 */
'use strict';

const autocannon = require('autocannon');

process.on(
  'message',
  ({
    url,
    method = 'GET',
    headers = {},
    connections,
    duration,
    pengunjungBerbeda,
    awalAlamat = 0,
  }) => {
    let nomor = awalAlamat;
    const alamat = () => {
      nomor += 1;
      return `${10 + ((nomor >> 24) & 127)}.${(nomor >> 16) & 255}.${(nomor >> 8) & 255}.${nomor & 255}`;
    };
    const opsi = {
      url,
      method,
      headers,
      connections,
      duration,
      ...(pengunjungBerbeda
        ? {
            requests: [
              {
                setupRequest: (req) => ({
                  ...req,
                  headers: { ...req.headers, 'x-forwarded-for': alamat(), 'user-agent': 'bench' },
                }),
              },
            ],
          }
        : {}),
    };
    autocannon(opsi, (error, hasil) => {
      if (error) {
        process.send({ galat: error.message });
        return;
      }
      process.send({
        permintaanPerDetik: hasil.requests.average,
        latensiP50Ms: hasil.latency.p50,
        latensiP99Ms: hasil.latency.p99,
        jumlah: hasil.requests.total,
        bukan2xx: hasil.non2xx,
        galat: hasil.errors + hasil.timeouts,
        status: hasil.statusCodeStats,
      });
    });
  },
);
