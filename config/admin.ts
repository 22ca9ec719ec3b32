import type { Core } from '@strapi/strapi';
import { rahasia } from '../src/utils/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: rahasia(env, 'ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: rahasia(env, 'API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: rahasia(env, 'TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: rahasia(env, 'ENCRYPTION_KEY'),
  },
  // Strapi's login limit (koa2-ratelimit, in memory) counts per e-mail + path + address on each
  // instance, successes included: one address may spray every account, two instances give two
  // budgets. global::admin-auth-limit (src/middlewares/admin-auth-limit.ts) replaces it on the
  // same endpoints with failed attempts per address and per account, shared through Redis.
  rateLimit: { enabled: false },
  flags: {
    nps: false,
    promoteEE: false,
  },
});

export default config;
