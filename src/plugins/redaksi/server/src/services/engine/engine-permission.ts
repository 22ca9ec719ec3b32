import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Operations the guard refuses to everyone (unpublishing) but the engine itself carries out as
 * the effect of an SOP action (`turunkan`). The permission lives only for the duration of the call.
 */
const izin = new AsyncLocalStorage<true>();

export function withEnginePermission<T>(fn: () => Promise<T>): Promise<T> {
  return izin.run(true, fn);
}

export function hasEnginePermission(): boolean {
  return izin.getStore() === true;
}
