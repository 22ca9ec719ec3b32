import createError from 'http-errors';

/**
 * 409 Conflict: the item moved on while someone else acted on it. Strapi's error middleware
 * renders http-errors with their status, name, message and `details`, like its own errors.
 */
export function galatKonflik(pesan: string, details: Record<string, unknown> = {}): Error {
  const error = new createError.Conflict(pesan);
  Object.assign(error, { details });
  return error;
}

export function isGalatKonflik(error: unknown): boolean {
  return createError.isHttpError(error) && error.status === 409;
}
