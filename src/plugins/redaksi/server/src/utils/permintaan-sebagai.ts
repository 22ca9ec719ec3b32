import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { Core } from '@strapi/strapi';

/**
 * A request context in which this admin user is signed in, for code that acts in a person's name
 * outside any HTTP request (the demo's walk, a scheduled publication): run under
 * `strapi.requestContext.run`, the document service's guard sees that person, with the roles
 * given, exactly as for their own click. `state` adds what the guard may read besides the user.
 */
export function permintaanSebagai(
  strapi: Core.Strapi,
  user: unknown,
  state: Record<string, unknown> = {},
) {
  const req = new IncomingMessage(new Socket());
  const ctx = strapi.server.app.createContext(req, new ServerResponse(req));
  Object.assign(ctx.state, state);
  ctx.state.user = user;
  ctx.state.auth = { strategy: { name: 'admin' } };
  return ctx;
}
