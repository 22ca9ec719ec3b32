import { winston } from '@strapi/logger';
import { formatSatuBaris } from '../src/utils/log';

/**
 * One line per event with time, level and request id (src/utils/log.ts), for journald and an
 * operator following one request. LOG_LEVEL: error, warn, info, http (each request, the
 * default), verbose, debug.
 */
export default {
  level: process.env.LOG_LEVEL ?? 'http',
  format: formatSatuBaris,
  transports: [new winston.transports.Console()],
};
