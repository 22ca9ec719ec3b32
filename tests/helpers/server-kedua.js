/**
 * A second Strapi process on the same database (and Redis) as the first, same environment: for
 * the tests across processes, and for bench:api's run behind nginx, which also mounts its core
 * baseline route (RUTE_INTI_BENCH=1). Prints "SIAP <port>" once it listens; stops gracefully on SIGTERM.
 */
'use strict';

const path = require('node:path');

const appDir = path.resolve(__dirname, '..', '..');

(async () => {
  const { createStrapi } = require('@strapi/strapi');
  const app = await createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
  }).load();
  if (process.env.RUTE_INTI_BENCH === '1') require('../../bench/lib/boot').pasangRuteInti(app);
  // Tests across processes drive this instance's scheduled-publication sweep at an injected minute
  // (tests/integration/jadwal-tayang.test.ts): a line "SAPU <ISO instant>" on stdin answers
  // "SAPU-HASIL <JSON>" with what the sweep did, as the instance's minute cron would at that minute.
  if (process.env.SAPU_JADWAL_STDIN === '1') {
    require('node:readline')
      .createInterface({ input: process.stdin })
      .on('line', async (baris) => {
        const cocok = /^SAPU (\S+)$/.exec(baris);
        if (!cocok) return;
        const clock = app.plugin('redaksi').service('clock');
        const asli = clock.now;
        clock.now = () => new Date(cocok[1]);
        try {
          const hasil = await app.plugin('redaksi').service('jadwal-tayang').sapu();
          process.stdout.write(`SAPU-HASIL ${JSON.stringify(hasil)}\n`);
        } catch (error) {
          process.stdout.write(`SAPU-GALAT ${error.message}\n`);
        } finally {
          clock.now = asli;
        }
      });
  }
  app.server.listen(0, '127.0.0.1', () =>
    process.stdout.write(`SIAP ${app.server.httpServer.address().port}\n`),
  );
  // SIGTERM: the application's graceful shutdown (src/operations/graceful-shutdown.ts) drains, closes and exits.
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
