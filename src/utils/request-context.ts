import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The request an event belongs to, for every log line written while it is handled (the logger's
 * format reads it here) without passing it through every call: an operator follows one request
 * by its id, the same id the response carries in X-Request-Id.
 */
export interface RequestContext {
  id: string;
}

const penyimpan = new AsyncLocalStorage<RequestContext>();

/** An id sent by the proxy (nginx's $request_id) is kept when it is plainly an id; otherwise a new one. */
const ID_SAH = /^[A-Za-z0-9._-]{8,64}$/;

export function requestId(dariProxy: string | undefined): string {
  return dariProxy && ID_SAH.test(dariProxy) ? dariProxy : randomUUID();
}

export function runInRequest<T>(konteks: RequestContext, fn: () => T): T {
  return penyimpan.run(konteks, fn);
}

export function currentRequest(): RequestContext | undefined {
  return penyimpan.getStore();
}
