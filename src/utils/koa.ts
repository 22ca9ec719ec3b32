import type { Core } from '@strapi/strapi';

/** A request's Koa context as Strapi hands it to middlewares, route handlers and policies. */
export type Ctx = Parameters<Core.MiddlewareHandler>[0];
