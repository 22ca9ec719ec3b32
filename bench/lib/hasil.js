/** The figures of a benchmark: medians and percentiles of its samples, printed and kept. */
'use strict';

const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const persentil = (values, p) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ];

/** Print the figures and keep them under bench/results/ (not committed). */
function simpanHasil(nama, hasil) {
  console.log(JSON.stringify(hasil, null, 2));
  const folder = path.join(__dirname, '..', 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, `${nama}-${hasil.database}-${Date.now()}.json`),
    JSON.stringify(hasil, null, 2),
  );
}

module.exports = { median, persentil, simpanHasil };
