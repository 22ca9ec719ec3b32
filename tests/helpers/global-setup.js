/**
 * Compile the project (TypeScript -> dist/) once for the whole run, as `strapi build` would,
 * so that each test file boots a real Strapi from the same compiled code.
 */
const path = require('node:path');

module.exports = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: path.resolve(__dirname, '..', '..') });
};
