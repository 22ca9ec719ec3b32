import type { Core } from '@strapi/strapi';
import { rahasia } from '../src/utils/rahasia';

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
  flags: {
    nps: false,
    promoteEE: false,
  },
});

export default config;
