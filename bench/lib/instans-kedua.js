/**
 * A second instance for bench:api's run behind nginx: the compiled project on the same database
 * and Redis as the first (same environment), with the same core baseline route. Prints
 * "SIAP <port>" once it listens; stops on SIGTERM.
 */
'use strict';

const path = require('node:path');
const { pasangRuteInti } = require('./boot');

const appDir = path.resolve(__dirname, '..', '..');

(async () => {
  const { createStrapi } = require('@strapi/strapi');
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false }).load();
  pasangRuteInti(app);
  app.server.listen(0, '127.0.0.1', () => process.stdout.write(`SIAP ${app.server.httpServer.address().port}\n`));
  process.once('SIGTERM', () => {
    app.server.httpServer.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
