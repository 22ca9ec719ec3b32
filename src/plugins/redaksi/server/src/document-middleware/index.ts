import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENGINE_UIDS, UID as UID_REDAKSI } from '../constants';
import { aksiPublish, bolehMengambil } from '../domain/mesin';
import { aktorFromRequest } from '../services/engine/aktor';
import { catatanTayangTerjadwal } from '../services/engine/jadwal-tayang';
import { documentService } from '../utils/document-service';
import { getService } from '../utils/get-service';
import { CATATAN_MESIN_UMUM, type DefinisiAlur } from '../workflows/types';
import { hasEnginePermission } from '../services/engine/engine-permission';
import { penjagaSunting } from './sunting';
import type { Context, Middleware, Next, Params } from './types';

const AKSI_TULIS = new Set([
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
  'clone',
]);

/**
 * The SOP guard. Every way of publishing in Strapi 5 goes through the document service: the
 * content manager's Publish and bulk publish, the REST API, and code calling
 * `strapi.documents(uid)`. Guarding here, not in a controller, is what makes the SOP hold
 * on every path (review-workflows' document-service middleware is the model).
 */
export function installDocumentGuard(strapi: Core.Strapi): void {
  // Creating, cloning and editing are held to the stage's editing rights (sunting.ts).
  const { simpanSesuaiAturan } = penjagaSunting(strapi);

  /**
   * The published version, when the draft holds nothing it does not already show. Publishing that
   * again would change nothing online yet record another upload: a double click, or five people
   * pressing Publish at once, is one publication in the history and the recap.
   */
  const terbitanSamaDenganDraf = async (alur: DefinisiAlur, documentId: string) => {
    const documents = documentService(alur.uid);
    const [draf, terbitan] = await Promise.all([
      documents.findOne({ documentId, status: 'draft', populate: '*' }),
      documents.findOne({ documentId, status: 'published', populate: '*' }),
    ]);
    if (!draf || !terbitan) return null;
    const sidik = getService('sidik');
    const [sidikDraf, sidikTerbitan] = await Promise.all([
      sidik.sidik(alur.uid, draf),
      sidik.sidik(alur.uid, terbitan),
    ]);
    return sidikDraf.total === sidikTerbitan.total ? terbitan : null;
  };

  // One transaction with the transition: on SQLite the second of two publishes waits for the first
  // and then finds nothing new; on PostgreSQL the state's compare-and-set lets one through (409).
  const publikasikan = (alur: DefinisiAlur, kodeAksi: string, documentId: string, next: Next) =>
    strapi.db.transaction(async () => {
      const aktor = aktorFromRequest(strapi);
      // Only for those who may publish: anyone else hears why not, as for any other publish.
      const aksi = alur.aksi.find((candidate) => candidate.kode === kodeAksi);
      const terbitan =
        aksi && bolehMengambil(aksi, aktor) ? await terbitanSamaDenganDraf(alur, documentId) : null;
      if (terbitan) return { documentId, entries: [terbitan] };
      return getService('transition').jalankan({
        uid: alur.uid,
        documentId,
        kodeAksi,
        jalur: 'publish',
        aktor,
        // A scheduled publication says so in its history row (services/engine/jadwal-tayang.ts).
        masukan: { note: catatanTayangTerjadwal(strapi) },
        lakukan: next,
      });
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
      const draf = (await simpanSesuaiAturan(alur, context, next)) as {
        documentId: string;
        locale?: string;
      } | null;
      if (!draf) return draf;
      const documents = documentService(alur.uid);
      await documents.publish({ documentId: draf.documentId, locale: draf.locale });
      return documents.findOne({
        documentId: draf.documentId,
        locale: draf.locale,
        status: 'published',
        fields: params.fields,
        populate: params.populate,
      });
    });

  /**
   * Once an item took a step of the SOP, its record must stay: only drafts that never moved may go.
   * The engine's own notes on a draft (a photo replaced, an edit outside the rule) are not steps.
   */
  const periksaHapus = async (alur: DefinisiAlur, documentId: string) => {
    const riwayat = await strapi.db.query(UID_REDAKSI.riwayat).count({
      where: {
        uidKonten: alur.uid,
        dokumenId: documentId,
        aksi: { $notIn: Object.keys(CATATAN_MESIN_UMUM) },
      },
    });
    if (riwayat > 0) {
      const status = await getService('status').findOne(alur.uid, documentId);
      throw new errors.ValidationError(
        `Dokumen yang sudah masuk alur SOP ${alur.sop.nomor} (tahap "${status?.tahap}"${
          status?.nomorRegister ? `, register ${status.nomorRegister}` : ''
        }) tidak dapat dihapus: catatannya harus tetap ada`,
        { kode: 'hapus-ditolak' },
      );
    }
  };

  const penjaga = async (context: Context, next: Next): Promise<unknown> => {
    if ((ENGINE_UIDS as readonly string[]).includes(context.uid)) {
      if (AKSI_TULIS.has(context.action)) {
        throw new errors.PolicyError(
          'Status dan riwayat alur SOP hanya ditulis oleh mesin redaksi',
        );
      }
      return next();
    }

    const alur = getService('workflows').untukUid(context.uid);
    if (!alur) return next();
    const params = context.params as Params;

    const publish = aksiPublish(alur);
    switch (context.action) {
      case 'publish':
        return publish ? publikasikan(alur, publish.kode, String(params.documentId), next) : next();

      case 'create':
      case 'clone':
      case 'update':
      case 'discardDraft':
        if (
          (context.action === 'create' || context.action === 'update') &&
          params.status === 'published'
        ) {
          return simpanLaluTerbitkan(alur, context, next);
        }
        return simpanSesuaiAturan(alur, context, next);

      case 'unpublish':
        if (hasEnginePermission()) return next();
        throw new errors.ValidationError(
          `Penarikan dari tayang hanya melalui aksi SOP ${alur.sop.nomor} (Turunkan oleh Pemimpin Redaksi, bila SOP mengaturnya)`,
          { kode: 'tarik-ditolak' },
        );

      case 'delete': {
        await periksaHapus(alur, String(params.documentId));
        return strapi.db.transaction(async () => {
          const hasil = await next();
          await getService('status').delete(alur.uid, String(params.documentId));
          return hasil;
        });
      }

      default:
        return next();
    }
  };

  strapi.documents.use(penjaga as unknown as Middleware);
}
