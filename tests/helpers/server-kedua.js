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
  app.server.listen(0, '127.0.0.1', () =>
    process.stdout.write(`SIAP ${app.server.httpServer.address().port}\n`),
  );
  // SIGTERM: the application's graceful shutdown (src/operations/graceful-shutdown.ts) drains, closes and exits.
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
