import type { Core } from '@strapi/strapi';
import { daftarRahasia } from '../src/utils/rahasia';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: daftarRahasia(env, 'APP_KEYS'),
  },
});

export default config;
