import { createReadStream } from 'node:fs';
import type { Core, UID as UIDStrapi } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { KonfigurasiCetak } from '../config';
import { PERAN, PLUGIN_ID, UID } from '../constants';
import { bolehMengambil } from '../domain/mesin';
import { type Aktor, type AdminUser, aktorFromAdmin } from '../services/engine/aktor';
import type { Kedatangan } from '../services/engine/events';
import type { PaketSiap } from '../services/reports/paket-unggahan';
import { isConcurrentConflict } from '../utils/errors';
import { getService } from '../utils/get-service';
import { rekapKeCsv, rekapKePdf, rekapKeXlsx } from '../services/reports/rekap-export';
import { validateKalender } from '../validation/kalender';
import { validatePreferensi } from '../validation/preferensi';
import { validateRekap } from '../validation/rekap';
import { validateTransisi } from '../validation/transisi';
import type { AlurResponse, DefinisiAlur } from '../workflows/types';
import type { DokumenResponse } from '../../../shared/contracts/dokumen';
import type { KalenderResponse } from '../../../shared/contracts/kalender';
import type { PreferensiRequest, PreferensiResponse } from '../../../shared/contracts/preferensi';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * The signed-in admin: every route here goes through admin::isAuthenticatedAdmin (Koa types the
 * state as `any`).
 */
const penggunaDari = (ctx: Ctx): AdminUser => (ctx.state as { user: AdminUser }).user;
const aktorDari = (ctx: Ctx): Aktor => aktorFromAdmin(penggunaDari(ctx));

/** The route's path parameters, as koa-router gives them (strings; Koa types them as `any`). */
const paramsDari = (ctx: Ctx): Record<string, string> => ctx.params as Record<string, string>;

/** Only people who act somewhere in a workflow read its items' state and history. */
function pastikanTerlibat(alur: DefinisiAlur, aktor: Aktor): void {
  if (!alur.aksi.some((aksi) => bolehMengambil(aksi, aktor))) {
    throw new errors.PolicyError(`Anda tidak memegang peran dalam alur SOP ${alur.sop.nomor}`);
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  workflows(ctx: Ctx) {
    // The role names travel along so that the admin panel draws the flow with people's words.
    const body: AlurResponse = {
      data: getService('workflows').semua(),
      meta: { peran: PERAN.map(({ kode, nama }) => ({ kode, nama })) },
    };
    ctx.body = body;
  },

  async document(ctx: Ctx) {
    const { uid, documentId } = paramsDari(ctx);
    const aktor = aktorDari(ctx);
    pastikanTerlibat(getService('workflows').wajib(uid), aktor);
    const body: DokumenResponse = {
      data: await getService('view').tampilan(uid, documentId, aktor),
    };
    ctx.body = body;
  },

  async transition(ctx: Ctx) {
    const { uid, documentId } = paramsDari(ctx);
    const aktor = aktorDari(ctx);
    getService('workflows').wajib(uid);
    const masukan = await validateTransisi(ctx.request.body);
    const dibuat: Kedatangan[] = [];
    await getService('transition').jalankan({
      uid,
      documentId,
      kodeAksi: masukan.action,
      jalur: 'transisi',
      aktor,
      masukan: {
        note: masukan.note,
        alasanTerlambat: masukan.alasanTerlambat,
        assignees: masukan.assignees,
        kategori: masukan.kategori,
        alasanPublik: masukan.alasanPublik,
        judul: masukan.judul,
        jadwalTayang: masukan.jadwalTayang,
      },
      dibuat,
    });
    const body: DokumenResponse = {
      data: await getService('view').tampilan(uid, documentId, aktor),
      meta: {
        dibuat: dibuat[0]
          ? { uid: dibuat[0].uid as UIDStrapi.ContentType, documentId: dibuat[0].documentId }
          : null,
      },
    };
    ctx.body = body;
  },

  /**
   * GET /redaksi/documents/:uid/:documentId/downloads/:action: an action taken by downloading
   * (SOP 21 langkah 5, the upload package). The engine decides and records it like any action;
   * the package is written inside that transaction, after the fingerprint check, and streamed
   * once committed.
   */
  async download(ctx: Ctx) {
    const { uid, documentId, action } = paramsDari(ctx);
    const aktor = aktorDari(ctx);
    const alur = getService('workflows').wajib(uid);
    const aksi = alur.aksi.find((item) => item.kode === action && item.melalui === 'unduhan');
    if (!aksi)
      throw new errors.NotFoundError(`Tidak ada unduhan "${action}" pada SOP ${alur.sop.nomor}`);

    let paket: PaketSiap | undefined;
    // Two downloads at once (a double click) both get their package: the history takes one row
    // at a time, so the second simply tries again after the first.
    for (let percobaan = 1; ; percobaan += 1) {
      try {
        await getService('transition').jalankan({
          uid,
          documentId,
          kodeAksi: aksi.kode,
          jalur: 'unduhan',
          aktor,
          masukan: {},
          lakukan: async () => {
            paket = await getService('paket-unggahan').buat(alur, aksi, documentId, aktor);
          },
        });
        break;
      } catch (error) {
        await paket?.buang();
        paket = undefined;
        if (!isConcurrentConflict(error) || percobaan >= 3) throw error;
      }
    }
    const siap = paket as PaketSiap;
    const isi = createReadStream(siap.berkas);
    isi.once('close', () => void siap.buang());
    ctx.type = 'application/zip';
    ctx.attachment(siap.nama);
    ctx.body = isi;
  },

  async lembarDisposisi(ctx: Ctx) {
    pastikanTerlibat(getService('workflows').wajib(UID.disposisi), aktorDari(ctx));
    const { nama, pdf } = await getService('lembar-disposisi').buat(paramsDari(ctx).documentId);
    ctx.type = 'application/pdf';
    ctx.set('Content-Disposition', `inline; filename="${nama}"`);
    ctx.body = pdf;
  },

  /**
   * GET /redaksi/recap?month=YYYY-MM&format=json|csv|xlsx|pdf[&part=register] (permission
   * plugin::redaksi.rekap.read); `part=register` prints the register alone.
   */
  async recap(ctx: Ctx) {
    const { month, format, part } = await validateRekap(ctx.query);
    const rekap = await getService('rekap').buat(month);
    const nama = `${part === 'register' ? 'register-dokumentasi' : 'rekapitulasi-redaksi'}-${month}`;
    if (format === 'json') {
      ctx.body = { data: rekap };
      return;
    }
    ctx.set('Content-Disposition', `attachment; filename="${nama}.${format}"`);
    if (format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = rekapKeCsv(rekap);
    } else if (format === 'pdf') {
      ctx.type = 'application/pdf';
      ctx.body = await rekapKePdf(
        rekap,
        getService('clock').now(),
        strapi.config.get<KonfigurasiCetak>(`plugin::${PLUGIN_ID}.cetak`),
        part === 'register' ? 'register' : 'semua',
      );
    } else {
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.body = await rekapKeXlsx(rekap);
    }
  },

  async preferences(ctx: Ctx) {
    const body: PreferensiResponse = {
      data: await getService('notifications').preferensi(penggunaDari(ctx).id),
      // Whether the server sends mail at all (SMTP configured), so the page can say so.
      meta: { surelServerAktif: getService('mailer').aktif() },
    };
    ctx.body = body;
  },

  async updatePreferences(ctx: Ctx) {
    const { surelAktif }: PreferensiRequest = await validatePreferensi(ctx.request.body);
    const body: PreferensiResponse = {
      data: await getService('notifications').aturPreferensi(penggunaDari(ctx).id, surelAktif),
    };
    ctx.body = body;
  },

  async queue(ctx: Ctx) {
    ctx.body = await getService('queue').halaman(aktorDari(ctx), ctx.query);
  },

  /**
   * GET /redaksi/kalender?bulan=YYYY-MM[&sop=20|21][&peran=kode,...]: the month at a glance. A
   * content type the person may not read in the content manager (its explorer.read permission,
   * from the session's ability) contributes nothing.
   */
  async kalender(ctx: Ctx) {
    const permintaan = await validateKalender(ctx.query);
    const { userAbility } = ctx.state as {
      userAbility: { can(action: string, subject: string): boolean };
    };
    const body: KalenderResponse = await getService('kalender').bulan({
      ...permintaan,
      bolehBaca: (uid) => userAbility.can('plugin::content-manager.explorer.read', uid),
    });
    ctx.body = body;
  },
});
