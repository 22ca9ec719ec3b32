import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  // Request id, one access line per request, in-flight count for the graceful shutdown (in place of strapi::logger).
  'global::permintaan',
  'strapi::errors',
  // Bad bodies, malformed addresses, a database restarting, a full disk: 4xx/503/507 in Indonesian, one log line.
  'global::galat',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Query parameters of the wrong type (`?_q[a]=x`, `?page=1e18`) on any route, Strapi's own
  // included: 400 in Indonesian naming the parameter, instead of a 500 from the query builder.
  'global::query-shape',
  'strapi::body',
  // JSON nested deeper than anything the panel or the website sends: 400 before it reaches a handler.
  'global::batas-isi',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // Cache hits of the public reads, answered before routing and authentication (src/middlewares/cache-publik.ts).
  'global::cache-publik',
];

export default config;
