import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENGINE_UIDS, UID } from '../constants';
import { aksiOtomatis, aksiPublish } from '../domain/mesin';
import { aktorDariRequest } from '../services/aktor';
import { layananDokumen } from '../utils/dokumen';
import { getService } from '../utils/get-service';
import type { DefinisiAlur } from '../workflows/types';
import { adaIzinMesin } from './izin-mesin';

type Middleware = Modules.Documents.Middleware.Middleware;
type Context = Parameters<Middleware>[0];
/** The rest of the chain; what it resolves to depends on the action, and is passed back unchanged. */
type Next = () => Promise<unknown>;
type Params = Record<string, unknown> & { documentId?: string; status?: string; locale?: string };

const AKSI_TULIS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/**
 * The SOP guard. Every way of publishing in Strapi 5 goes through the document service: the
 * content manager's Publish and bulk publish, the REST API, and code calling
 * `strapi.documents(uid)`. Guarding here, not in a controller, is what makes the SOP hold
 * on every path (review-workflows' document-service middleware is the model).
 */
export function pasangPenjagaDokumen(strapi: Core.Strapi): void {
  const publikasikan = (alur: DefinisiAlur, kodeAksi: string, documentId: string, next: Next) =>
    getService('transisi').jalankan({
      uid: alur.uid,
      documentId,
      kodeAksi,
      jalur: 'publish',
      aktor: aktorDariRequest(strapi),
      masukan: {},
      lakukan: next,
    });

  /**
   * `create`/`update` with `status: 'published'` publish inside the repository without calling
   * `publish` through the middlewares: save the draft, then publish through the guard, in one
   * transaction so that a refusal leaves nothing behind.
   */
  const simpanLaluTerbitkan = (alur: DefinisiAlur, context: Context, next: Next) =>
    strapi.db.transaction(async () => {
      const { status: _published, ...params } = context.params as Params;
      context.params = params;
      const draf = (await next()) as { documentId: string; locale?: string } | null;
      if (!draf) return draf;
      const documents = layananDokumen(alur.uid);
      await documents.publish({ documentId: draf.documentId, locale: draf.locale });
      return documents.findOne({
        documentId: draf.documentId,
        locale: draf.locale,
        status: 'published',
        fields: params.fields,
        populate: params.populate,
      });
    });

  /** Once an item has a history in the SOP, its record must stay: only untouched drafts may go. */
  const periksaHapus = async (alur: DefinisiAlur, documentId: string) => {
    const riwayat = await strapi.db.query(UID.riwayat).count({ where: { uidKonten: alur.uid, dokumenId: documentId } });
    if (riwayat > 0) {
      const status = await getService('status').baca(alur.uid, documentId);
      throw new errors.ValidationError(
        `Dokumen yang sudah masuk alur SOP ${alur.sop.nomor} (tahap "${status?.tahap}"${
          status?.nomorRegister ? `, register ${status.nomorRegister}` : ''
        }) tidak dapat dihapus: catatannya harus tetap ada`,
        { kode: 'hapus-ditolak' },
      );
    }
  };

  /** A new item enters its workflow: its first stage, and its number if the workflow issues one. */
  const mulaiAlur = async (alur: DefinisiAlur, dokumen: Record<string, unknown> & { documentId: string }, data: Record<string, unknown>) => {
    const sekarang = getService('jam').sekarang();
    const terkait = alur.tahapAwalJikaTerkait;
    const adaRelasi = (field: string) => {
      const value = data[field];
      if (value === null || value === undefined || value === '') return false;
      if (typeof value === 'object' && 'connect' in value) return Array.isArray(value.connect) && value.connect.length > 0;
      return !(Array.isArray(value) && value.length === 0);
    };
    await getService('status').pastikan(alur, dokumen.documentId, sekarang, terkait && adaRelasi(terkait.field) ? terkait.tahap : alur.tahapAwal);
    if (alur.penomoran && !adaRelasi(alur.penomoran.kecualiJikaTerkait)) {
      const nomor = await getService('penomoran').nomorAgenda(sekarang);
      await strapi.db.query(alur.uid as never).updateMany({ where: { documentId: dokumen.documentId }, data: { [alur.penomoran.field]: nomor } });
      dokumen[alur.penomoran.field] = nomor;
    }
  };

  /** SOP 20: editing the draft of a published article sends it back to correction, in the same transaction. */
  const suntingLaluKoreksi = (alur: DefinisiAlur, kodeAksi: string, documentId: string, next: Next) =>
    strapi.db.transaction(async () => {
      const hasil = await next();
      await getService('transisi').jalankan({
        uid: alur.uid,
        documentId,
        kodeAksi,
        jalur: 'suntingan',
        aktor: aktorDariRequest(strapi),
        masukan: {},
      });
      return hasil;
    });

  const penjaga = async (context: Context, next: Next): Promise<unknown> => {
    if ((ENGINE_UIDS as readonly string[]).includes(context.uid)) {
      if (AKSI_TULIS.has(context.action)) {
        throw new errors.PolicyError('Status dan riwayat alur SOP hanya ditulis oleh mesin redaksi');
      }
      return next();
    }

    const alur = getService('alur').untukUid(context.uid);
    if (!alur) return next();
    const params = context.params as Params;

    const publish = aksiPublish(alur);
    switch (context.action) {
      case 'publish':
        return publish ? publikasikan(alur, publish.kode, String(params.documentId), next) : next();

      case 'create':
      case 'clone':
      case 'update': {
        if (context.action !== 'clone' && params.status === 'published') return simpanLaluTerbitkan(alur, context, next);
        if (context.action === 'update') {
          const status = await getService('status').baca(alur.uid, String(params.documentId));
          const sunting = status && aksiOtomatis(alur, 'suntingan', status.tahap);
          return sunting ? suntingLaluKoreksi(alur, sunting.kode, String(params.documentId), next) : next();
        }
        return strapi.db.transaction(async () => {
          const hasil = (await next()) as (Record<string, unknown> & { documentId: string }) | null;
          // Every new item starts in its first stage, so that it shows in its makers' queue.
          if (hasil?.documentId) await mulaiAlur(alur, hasil, (params.data ?? {}) as Record<string, unknown>);
          return hasil;
        });
      }

      case 'unpublish':
        if (adaIzinMesin()) return next();
        throw new errors.ValidationError(
          `Penarikan dari tayang hanya melalui aksi SOP ${alur.sop.nomor} (Turunkan oleh Pemimpin Redaksi, bila SOP mengaturnya)`,
          { kode: 'tarik-ditolak' },
        );

      case 'delete': {
        await periksaHapus(alur, String(params.documentId));
        return strapi.db.transaction(async () => {
          const hasil = await next();
          await getService('status').hapus(alur.uid, String(params.documentId));
          return hasil;
        });
      }

      default:
        return next();
    }
  };

  strapi.documents.use(penjaga as unknown as Middleware);
}
