import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // Request id, one access line per request, in-flight count for the graceful shutdown (in place of strapi::logger).
  'global::request',
  'strapi::errors',
  // Bad bodies, malformed addresses, a database restarting, a full disk: 4xx/503/507 in Indonesian, one log line.
  'global::request-errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Query parameters of the wrong type (`?_q[a]=x`, `?page=1e18`) on any route, Strapi's own
  // included: 400 in Indonesian naming the parameter, instead of a 500 from the query builder.
  'global::query-shape',
  'strapi::body',
  // JSON nested deeper than anything the panel or the website sends: 400 before it reaches a handler.
  'global::body-depth',
  // Failed admin logins and password resets: a budget per address across accounts and per
  // account, shared by the instances through Redis (Strapi's own admin::rateLimit is off, see admin.ts).
  {
    name: 'global::admin-auth-limit',
    config: {
      perAccount: env.int('MASUK_BATAS_GAGAL_PER_AKUN', 10),
      perAddress: env.int('MASUK_BATAS_GAGAL_PER_ALAMAT', 30),
      windowSeconds: env.int('MASUK_JENDELA_MENIT', 15) * 60,
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // Cache hits of the public reads, answered before routing and authentication (src/middlewares/cache-publik.ts).
  'global::cache-publik',
];

export default config;
