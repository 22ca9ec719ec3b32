import type { Core } from '@strapi/strapi';
import { pasangAturanSlug } from './api/liputan/document-middleware';
import { pasangJejakPerubahan } from './operasi/jejak-perubahan';
import { pasangRuteKesiapan } from './operasi/kesiapan';
import { pasangKoneksiBaru } from './operasi/koneksi-baru';
import { lepasPenolakanLatar, pasangPenolakanLatar } from './operasi/penolakan-latar';
import { pasangPenutupanAnggun } from './operasi/penutupan';
import { pasangPersiapanBergiliran } from './operasi/persiapan-bergiliran';
import { pasangTransaksiTuntas } from './operasi/transaksi-tuntas';
import { pasangUnggahanUtuh } from './operasi/unggahan-utuh';
import { aturPendaftaranPengguna, pastikanIzinPublik } from './publik/izin';
import { pasangRuteOpenApi } from './publik/openapi';
import { siapkanRedis, tutupRedis } from './publik/redis';
import { pasangVersiPublik } from './publik/versi';
import { getService } from './plugins/redaksi/server/src/utils/get-service';
import { guardQueryParams } from './utils/query-guard';
import { hapusTokenBawaanStrapi } from './operasi/token-bawaan';
import {
  KELUAR_KONFIGURASI_SALAH,
  periksaRahasiaProduksi,
  RahasiaTidakSahError,
} from './utils/rahasia';

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
    pasangPersiapanBergiliran(strapi);
    // A transition is answered 200 only if its COMMIT went through (a database restart may lose it).
    pasangTransaksiTuntas(strapi);
    // Whether a request's changes were sent before the database went away: what its 503 may say.
    pasangJejakPerubahan(strapi);
    // A connection that dies while being opened is discarded, not waited on for 30 s.
    pasangKoneksiBaru(strapi);
    // A malformed filter or an unknown field is a 400 naming it, not a 500 from the query builder.
    guardQueryParams(strapi);
    pasangAturanSlug(strapi);
    pasangRuteOpenApi(strapi);
    pasangVersiPublik(strapi);
    pasangRuteKesiapan(strapi);
    // SIGTERM (systemd, a deploy): finish the requests in flight and the queued mails, then close.
    pasangPenutupanAnggun(strapi);
    // A database that goes away under Strapi's own after-commit work does not end the process.
    pasangPenolakanLatar(strapi);
  },

  async destroy() {
    lepasPenolakanLatar();
    await tutupRedis();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const peranIds = await getService('peran').pastikanPeran();
    await pastikanIzinPublik(strapi);
    await aturPendaftaranPengguna(strapi);
    // An upload that fails half-way (a full disk) leaves no file and no row behind.
    pasangUnggahanUtuh(strapi);
    // Several instances share the public cache, version stamps and rate limit through Redis (REDIS_URL).
    await siapkanRedis(strapi);
    // The upload plugin computes usage figures for Strapi's telemetry once a week (the first time
    // 15 s after a new database starts): a scan of every file and a write to the core store,
    // also with telemetry off, where nothing is sent. A backup taken meanwhile differed from its
    // database for no reason of ours; with nothing to send, there is no job.
    if (strapi.telemetry.isDisabled) strapi.cron.remove('uploadWeekly');
    // Strapi's first start makes a "Read Only" and a "Full Access" token nobody asked for.
    if (strapi.config.get('environment') === 'production') await hapusTokenBawaanStrapi(strapi);

    // Demo accounts and content exist only for a newcomer's `npm run develop`, never in tests or production.
    if (
      strapi.config.get('environment') === 'development' &&
      process.env.REDAKSI_DEMO !== 'false'
    ) {
      const { pasangDemo } = await import('./demo');
      await pasangDemo(strapi, peranIds);
    }
  },
};
