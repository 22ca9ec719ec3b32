import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENGINE_UIDS } from '../constants';
import { aksiPublish } from '../domain/mesin';
import { aktorDariRequest } from '../services/aktor';
import { layananDokumen } from '../utils/dokumen';
import { getService } from '../utils/get-service';
import type { DefinisiAlur } from '../workflows/types';

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
  const publikasikan = (alur: DefinisiAlur, documentId: string, next: Next) =>
    getService('transisi').jalankan({
      uid: alur.uid,
      documentId,
      kodeAksi: aksiPublish(alur).kode,
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

  const periksaHapus = async (alur: DefinisiAlur, documentId: string) => {
    const status = await getService('status').baca(alur.uid, documentId);
    if (status && (status.tahap !== alur.tahapAwal || status.nomorRegister)) {
      throw new errors.ValidationError(
        `Konten yang sudah masuk alur SOP ${alur.sop.nomor} (tahap "${status.tahap}"${
          status.nomorRegister ? `, register ${status.nomorRegister}` : ''
        }) tidak dapat dihapus: catatannya harus tetap ada`,
        { kode: 'hapus-ditolak' },
      );
    }
  };

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

    switch (context.action) {
      case 'publish':
        return publikasikan(alur, String(params.documentId), next);

      case 'create':
      case 'clone':
      case 'update': {
        if (context.action !== 'clone' && params.status === 'published') return simpanLaluTerbitkan(alur, context, next);
        const hasil = (await next()) as { documentId?: string } | null;
        if (hasil?.documentId && context.action !== 'update') {
          // Every new item starts in the first stage, so that it shows in its makers' queue.
          await getService('status').pastikan(alur, hasil.documentId, getService('jam').sekarang());
        }
        return hasil;
      }

      case 'unpublish':
        throw new errors.ValidationError(
          `Penarikan konten yang sudah tayang tidak tersedia di luar alur SOP ${alur.sop.nomor}`,
          { kode: 'tarik-ditolak' },
        );

      case 'delete': {
        await periksaHapus(alur, String(params.documentId));
        const hasil = await next();
        await getService('status').hapus(alur.uid, String(params.documentId));
        return hasil;
      }

      default:
        return next();
    }
  };

  strapi.documents.use(penjaga as unknown as Middleware);
}
