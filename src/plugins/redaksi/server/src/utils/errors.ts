import { errors } from '@strapi/utils';

/**
 * 409 Conflict: the item moved on while someone else acted on it.
 *
 * Strapi's error middleware renders an error with its own status only when it is an instance
 * of `errors.HttpError` from @strapi/utils' copy of http-errors (anything else is logged as an
 * internal error). That class cannot be constructed directly, so this one is an Error whose
 * prototype chain runs through it: a 409 in Strapi's usual shape, and nothing in the error log.
 */
class KonflikError extends Error {
  readonly status = 409;
  readonly statusCode = 409;
  readonly expose = true;
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown>) {
    super(message);
    this.name = 'ConflictError';
    this.details = details;
  }
}
// `as object`: a constructor's prototype is typed `any` (Function.prototype).
Object.setPrototypeOf(KonflikError.prototype, errors.HttpError.prototype as object);

export function conflictError(pesan: string, details: Record<string, unknown> = {}): Error {
  return new KonflikError(pesan, details);
}

/** Whether an error is the compare-and-set's "someone else acted first" (not a stage mismatch). */
export function isConcurrentConflict(error: unknown): boolean {
  return error instanceof KonflikError && error.details.kode === 'konflik';
}
