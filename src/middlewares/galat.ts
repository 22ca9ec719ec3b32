import type { Core } from '@strapi/strapi';
import { jawabPenolakan, klasifikasiGalat } from '../utils/galat';

/**
 * Right inside strapi::errors: errors that are not faults of the server (a body that is not
 * JSON, too large, a malformed address, the database restarting, a full disk) are answered here
 * in Indonesian and logged as one line by the request's access line. Real faults go on to
 * strapi::errors, which logs them with their stack and answers 500.
 */
export default () => {
  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<unknown>) => {
    try {
      await next();
    } catch (error) {
      const penolakan = klasifikasiGalat(error);
      if (!penolakan) throw error;
      jawabPenolakan(ctx, penolakan);
    }
  };
};
