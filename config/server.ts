import type { Core } from '@strapi/strapi';
import { daftarRahasia } from '../src/utils/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: daftarRahasia(env, 'APP_KEYS'),
  },
  // Behind the commission's reverse proxy (deploy/nginx), trust X-Forwarded-For so that reader
  // counts and the per-address limit see the visitor, not the proxy. Off by default: without a
  // proxy in front, the header could be forged. Only the last SERVER_PROXY_HOPS addresses of the
  // header are believed (Koa's maxIpsCount): those the operator's proxies appended. Whatever a
  // client wrote in the header itself comes before them and is ignored.
  proxy: { koa: env.bool('SERVER_PROXY', false), maxIpsCount: env.int('SERVER_PROXY_HOPS', 1) },
  // Uploads live in <PUBLIC_DIR>/uploads: with two instances, one folder both see (deploy/README).
  dirs: { public: env('PUBLIC_DIR', './public') },
  // `strapi transfer` with a transfer token writes straight into the database, past the SOP guard
  // and the append-only history. Off in production unless an operator turns it on for a migration.
  transfer: {
    remote: { enabled: env.bool('TRANSFER_REMOTE_ENABLED', env('NODE_ENV') !== 'production') },
  },
  // The reminder digests (07:00 and 13:00 WIB) run as cron jobs of the redaksi plugin.
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  // In production the log is the one-line journal (config/logger.ts): Strapi's 28-line ANSI
  // banner at start and its boxed "new version" notice (which also asks npm from the server) are
  // a developer's, not an operator's. Start is still logged: "Strapi started successfully".
  logger: {
    startup: { enabled: env('NODE_ENV') !== 'production' },
    updates: { enabled: env('NODE_ENV') !== 'production' },
  },
});

export default config;
