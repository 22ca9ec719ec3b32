/**
 * Four projects: `deploy` (the production topology of deploy/: nginx, two `strapi start` in
 * production on PostgreSQL and Redis, `npm run test:deploy`), `e2e` (the admin panel in Debian's Chromium against a started demo server,
 * `npm run test:e2e`) and `unit` (pure logic, no Strapi, run in a time zone far from WIB on purpose) and
 * `integration` (one real Strapi per test file on a temporary SQLite file, or on PostgreSQL
 * with DATABASE_CLIENT=postgres; compiled once in global setup; run in band).
 */
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      module: 'commonjs',
      esModuleInterop: true,
      resolveJsonModule: true,
      strict: true,
      target: 'ES2022',
      isolatedModules: true,
    },
  },
];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      // Node, in a zone far from WIB (tests/helpers/lingkungan-zona-asing.js).
      testEnvironment: '<rootDir>/tests/helpers/lingkungan-zona-asing.js',
      roots: ['<rootDir>/src'],
      testMatch: ['**/__tests__/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/batas-waktu.js'],
    },
    {
      displayName: 'deploy',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/deploy'],
      testMatch: ['**/*.deploy.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testTimeout: 120_000,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.e2e.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/e2e/server.js',
      globalTeardown: '<rootDir>/tests/e2e/server-berhenti.js',
    },
  ],
};
