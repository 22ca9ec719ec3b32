'use strict';

/**
 * Strapi loads a local plugin from its source folder. This plugin's server is TypeScript that
 * the project's own build (`strapi build`, `strapi develop`, the tests' compile step) compiles
 * with the rest of src/ into dist/, so the entry point hands Strapi the compiled module.
 */
const path = require('node:path');

/* global strapi -- Strapi sets the global before it loads plugins. */
module.exports = require(
  path.join(strapi.dirs.dist.src, 'plugins', 'redaksi', 'server', 'src'),
).default;
