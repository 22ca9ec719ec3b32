import type { Core } from '@strapi/strapi';
import { rahasia } from '../src/utils/rahasia';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  // The SOP engine. Its thresholds (minimum photos, deadlines, calendar or working days) can be
  // overridden here under `config`, e.g. { sop21: { minimalDokumentasi: 4, ... } }.
  redaksi: {
    enabled: true,
    resolve: './src/plugins/redaksi',
  },
  'users-permissions': {
    config: {
      jwtSecret: rahasia(env, 'JWT_SECRET'),
    },
  },
  upload: {
    config: {
      provider: 'local',
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 50 * 1024 * 1024),
    },
  },
});

export default config;
