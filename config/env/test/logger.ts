import { formats, winston } from '@strapi/logger';

// Tests print only what may be wrong; boot chatter (migrations, schema sync) stays out.
export default {
  transports: [new winston.transports.Console({ level: 'warn', format: formats.prettyPrint() })],
};
