import type { Core } from '@strapi/strapi';
import { installSlugRule } from './api/liputan/document-middleware';
import { installWriteTracking } from './operations/write-tracking';
import { installReadinessRoute } from './operations/readiness';
import { installPoolConnectionGuard } from './operations/pool-connections';
import {
  removeUnhandledRejectionHandler,
  installUnhandledRejectionHandler,
} from './operations/unhandled-rejection';
import { installGracefulShutdown } from './operations/graceful-shutdown';
import { installPrepareLock } from './operations/prepare-lock';
import { installSettledTransactions } from './operations/settled-transactions';
import { installAtomicUpload } from './operations/atomic-upload';
import { configureUserRegistration, ensurePublicPermissions } from './publik/permissions';
import { installOpenApiRoute } from './publik/openapi';
import { connectRedis, closeRedis, koneksiAntrean } from './publik/redis';
import { installPublicVersion } from './publik/version';
import { getService } from './plugins/redaksi/server/src/utils/get-service';
import { guardQueryParams } from './utils/query-guard';
import { removeStrapiDefaultTokens } from './operations/default-tokens';
import { fillAdminLanguage, installAdminLanguageDefault } from './utils/admin-language';
import {
  KELUAR_KONFIGURASI_SALAH,
  periksaRahasiaProduksi,
  RahasiaTidakSahError,
} from './utils/secrets';

/**
 * The SOP machinery lives in the local plugin `redaksi` (src/plugins/redaksi). The application's
 * bootstrap runs last, after the admin panel created its own roles and every plugin registered
 * its permission actions: the right moment to set up the SOP roles and, in development, demo data.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Only starting needs the secrets (a build loads the configuration too, and holds none).
    if (strapi.config.get('environment') === 'production') {
      try {
        periksaRahasiaProduksi((nama) => process.env[nama]);
      } catch (error) {
        if (!(error instanceof RahasiaTidakSahError)) throw error;
        // Not Strapi's exit 1, which systemd restarts every few seconds for ever: the same file
        // fails the same way, so the unit stops on this status until the operator fixes it.
        strapi.log.error(error.message);
        process.exit(KELUAR_KONFIGURASI_SALAH);
      }
    }
    // Instances started together prepare the database one after the other (PostgreSQL advisory lock).
    installPrepareLock(strapi);
    // A transition is answered 200 only if its COMMIT went through (a database restart may lose it).
    installSettledTransactions(strapi);
    // Whether a request's changes were sent before the database went away: what its 503 may say.
    installWriteTracking(strapi);
    // A connection that dies while being opened is discarded, not waited on for 30 s.
    installPoolConnectionGuard(strapi);
    // A malformed filter or an unknown field is a 400 naming it, not a 500 from the query builder.
    guardQueryParams(strapi);
    installSlugRule(strapi);
    installOpenApiRoute(strapi);
    installPublicVersion(strapi);
    installReadinessRoute(strapi);
    // Every admin user is created with the Indonesian panel unless another language is named.
    installAdminLanguageDefault(strapi);
    // SIGTERM (systemd, a deploy): finish the requests in flight and the queued mails, then close.
    installGracefulShutdown(strapi);
    // A database that goes away under Strapi's own after-commit work does not end the process.
    installUnhandledRejectionHandler(strapi);
  },

  async destroy() {
    removeUnhandledRejectionHandler();
    await closeRedis();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const peranIds = await getService('peran').pastikanPeran();
    await ensurePublicPermissions(strapi);
    await configureUserRegistration(strapi);
    await fillAdminLanguage(strapi);
    // An upload that fails half-way (a full disk) leaves no file and no row behind.
    installAtomicUpload(strapi);
    // Several instances share the public cache, version stamps and rate limit through Redis (REDIS_URL).
    await connectRedis(strapi);
    // Scheduled publications fire through BullMQ too when Redis is there (the sweep runs anyway).
    await getService('jadwal-tayang').pemicu.mulai((pekerja) => koneksiAntrean(strapi, pekerja));
    // The upload plugin computes usage figures for Strapi's telemetry once a week (the first time
    // 15 s after a new database starts): a scan of every file and a write to the core store,
    // also with telemetry off, where nothing is sent. A backup taken meanwhile differed from its
    // database for no reason of ours; with nothing to send, there is no job.
    if (strapi.telemetry.isDisabled) strapi.cron.remove('uploadWeekly');
    // Strapi's first start makes a "Read Only" and a "Full Access" token nobody asked for.
    if (strapi.config.get('environment') === 'production') await removeStrapiDefaultTokens(strapi);

    // Demo accounts and content exist only for a newcomer's `npm run develop`, never in tests or production.
    if (
      strapi.config.get('environment') === 'development' &&
      process.env.REDAKSI_DEMO !== 'false'
    ) {
      const { installDemo } = await import('./demo');
      await installDemo(strapi, peranIds);
    }
  },
};
