import { errors } from '@strapi/utils';
import {
  aksiDariTahap,
  aksiPublish,
  fieldBebasDiTahap,
  type SidikSekarang,
} from '../../domain/mesin';
import type { DokumenSnapshot } from '../../domain/syarat';
import { UID } from '../../constants';
import { FIELD_TAYANG, FIELD_TAYANG_TERAKHIR, type DefinisiAlur } from '../../workflows/types';
import { documentService } from '../../utils/document-service';
import { getService } from '../../utils/get-service';

/**
 * What the engine reads of an item before it judges it: the draft as conditions see it, and its
 * fingerprint where an action compares it. The view and the transition read it alike, so that
 * what the panel shows as met is what the transition finds met.
 */

/** The draft as conditions see it, with whether a version of it is online. */
export async function loadDocument(
  alur: DefinisiAlur,
  documentId: string,
): Promise<DokumenSnapshot> {
  const dokumen = await documentService(alur.uid).findOne({
    documentId,
    status: 'draft',
    populate: '*',
  });
  if (!dokumen) throw new errors.NotFoundError(`Dokumen ${documentId} tidak ditemukan`);
  const sedangTayang = alur.tahapTayang
    ? (await strapi.db
        .query(alur.uid)
        .count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0
    : false;
  return {
    ...dokumen,
    [FIELD_TAYANG]: sedangTayang,
    [FIELD_TAYANG_TERAKHIR]: await tayangTerakhir(alur, documentId),
  };
}

/**
 * What the item's last publication put on the public record (its history row's `publik`, `{}`
 * when nothing), or null when it was never published: a correction note is new against it.
 */
async function tayangTerakhir(
  alur: DefinisiAlur,
  documentId: string,
): Promise<Record<string, unknown> | null> {
  const publikasi = aksiPublish(alur);
  if (!alur.tahapTayang || !publikasi) return null;
  const baris = (await strapi.db.query(UID.riwayat).findOne({
    where: {
      uidKonten: alur.uid,
      dokumenId: documentId,
      aksi: publikasi.kode,
      ke: alur.tahapTayang,
    },
    select: ['publik'],
    orderBy: { id: 'desc' },
  })) as { publik: Record<string, unknown> | null } | null;
  return baris ? (baris.publik ?? {}) : null;
}

/**
 * The content's fingerprint now, when an action from this stage compares it with the approved
 * one (publication): files are read and hashed only then.
 */
export async function sidikForAction(
  alur: DefinisiAlur,
  tahap: string,
  dokumen: DokumenSnapshot,
  kodeAksi?: string,
): Promise<SidikSekarang | undefined> {
  const perlu = aksiDariTahap(alur, tahap).some(
    (aksi) => aksi.sidik && (kodeAksi === undefined || aksi.kode === kodeAksi),
  );
  if (!perlu) return undefined;
  return {
    sidik: await getService('sidik').sidik(alur.uid, dokumen),
    fieldBebas: fieldBebasDiTahap(alur, tahap),
  };
}
