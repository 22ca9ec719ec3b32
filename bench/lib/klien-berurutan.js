/**
 * The benchmarks' HTTP client, in a process of its own (never in the server's event loop):
 * receives a list of named requests over IPC, sends them one after another, and answers each
 * request's latency in milliseconds. A request that does not answer 2xx stops the run.
 */
'use strict';

process.on('message', async ({ base, permintaan }) => {
  const hasil = {};
  try {
    for (const { nama, method, url, token, body } of permintaan) {
      const mulai = performance.now();
      const res = await fetch(`${base}${url}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const teks = await res.text();
      const ms = performance.now() - mulai;
      if (!res.ok)
        throw new Error(`${nama} ${method} ${url}: HTTP ${res.status} ${teks.slice(0, 300)}`);
      (hasil[nama] ??= []).push(ms);
    }
    process.send({ hasil });
  } catch (error) {
    process.send({ galat: error.message });
  }
});
