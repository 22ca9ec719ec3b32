import type { Core } from '@strapi/strapi';
import { daftarRahasia } from '../src/utils/rahasia';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: daftarRahasia(env, 'APP_KEYS'),
  },
  // Behind the website's reverse proxy or CDN, trust its X-Forwarded-For so that reader counts
  // and the per-address limit see the visitor, not the proxy. Off by default: without a proxy in
  // front, the header could be forged.
  proxy: { koa: env.bool('SERVER_PROXY', false) },
  // The reminder digests (07:00 and 13:00 WIB) run as cron jobs of the redaksi plugin.
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});

export default config;
