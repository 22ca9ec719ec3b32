import type { Core } from '@strapi/strapi';

/** A request's Koa context as Strapi hands it to middlewares, route handlers and policies. */
export type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * A route the application adds to Strapi's server itself, outside any API (/_ready, the OpenAPI
 * document): a full route (handler, config) but no content-API info.
 */
export type RuteServer = Omit<Core.Route, 'info'>;

/** Adds `rute` at the server's root, beside /_health (no /api or /admin prefix). */
export function addServerRoute(strapi: Core.Strapi, rute: RuteServer): void {
  // The router sets the route's info (its type, for authentication) itself.
  const router: Core.Router = { type: 'admin', prefix: '', routes: [{ ...rute, info: {} }] };
  strapi.server.routes(router);
}

/** The route's path parameters: Koa's router fills them with text (`ctx.params` is untyped). */
export const parameterRute = (ctx: Ctx): Record<string, string> =>
  (ctx.params ?? {}) as Record<string, string>;
