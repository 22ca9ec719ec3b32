import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { UID } from '../../constants';
import { buatCuplikan, type Cuplikan } from '../../domain/beda';
import type { SkemaAtribut } from '../../domain/sidik';
import { documentService } from '../../utils/document-service';
import { getService } from '../../utils/get-service';

/**
 * The act a backfilled kept content is recorded under: an item that stood in its stage before
 * contents were kept gets one, of its content as it was then found, so that "what changed" has a
 * base from that moment on (its stage is both `dari` and `ke`: the view compares with it as with
 * a decision taken there).
 */
export const AKSI_CUPLIKAN_AWAL = 'cuplikan-awal';

/** How many items a backfill looks at per query: a large newsroom's history is read in slices. */
const UKURAN_BATCH = 100;

/** A kept content as the query engine gives it back. */
export interface CuplikanTersimpan {
  id: number;
  uidKonten: string;
  dokumenId: string;
  aksi: string;
  dari: string | null;
  ke: string;
  aktorNama: string | null;
  waktu: string | Date;
  isi: Cuplikan;
}

/**
 * The content of an item kept with each act that moves it (a submission, a return, a decision,
 * a publication), so that whoever looks next sees what changed since (SOP 21 langkah 3–4,
 * SOP 20 langkah 6–7). Written by the transition, in its transaction; never changed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const skema = (uid: string): SkemaAtribut =>
    strapi.getModel(uid as StrapiUID.Schema)?.attributes ?? {};

  return {
    /** The content of a document populated with `populate: '*'`, as it is kept. */
    dari(uid: string, dokumen: Record<string, unknown>): Cuplikan {
      return buatCuplikan(dokumen, skema(uid), skema);
    },

    skema,

    async simpan(baris: Omit<CuplikanTersimpan, 'id' | 'isi'>, dokumen: Record<string, unknown>) {
      await strapi.db
        .query(UID.cuplikan)
        .create({ data: { ...baris, isi: this.dari(baris.uidKonten, dokumen) } });
    },

    /**
     * Keeps, once, the current content of every item that stands in a stage and has no kept
     * content (items from before contents were kept). Idempotent: an item with any kept content
     * is left alone, so a second run writes nothing. Reads the state rows in slices of `batch`.
     * Answers how many contents it kept.
     */
    async isiAwal({ batch = UKURAN_BATCH }: { batch?: number } = {}): Promise<number> {
      let ditulis = 0;
      for (let setelah = 0; ; ) {
        const status = (await strapi.db.query(UID.statusAlur).findMany({
          where: { id: { $gt: setelah } },
          select: ['id', 'uidKonten', 'dokumenId', 'tahap'],
          orderBy: { id: 'asc' },
          limit: batch,
        })) as Array<{ id: number; uidKonten: string; dokumenId: string; tahap: string }>;
        if (status.length === 0) return ditulis;
        setelah = status[status.length - 1].id;
        const ada = (await strapi.db.query(UID.cuplikan).findMany({
          where: { dokumenId: { $in: status.map((item) => item.dokumenId) } },
          select: ['uidKonten', 'dokumenId'],
        })) as Array<{ uidKonten: string; dokumenId: string }>;
        const sudah = new Set(ada.map((item) => `${item.uidKonten}|${item.dokumenId}`));
        for (const item of status) {
          if (sudah.has(`${item.uidKonten}|${item.dokumenId}`)) continue;
          if (!getService('workflows').untukUid(item.uidKonten)) continue;
          const dokumen = await documentService(item.uidKonten).findOne({
            documentId: item.dokumenId,
            status: 'draft',
            populate: '*',
          });
          if (!dokumen) continue;
          await this.simpan(
            {
              uidKonten: item.uidKonten,
              dokumenId: item.dokumenId,
              aksi: AKSI_CUPLIKAN_AWAL,
              dari: item.tahap,
              ke: item.tahap,
              aktorNama: 'Sistem',
              waktu: getService('clock').now(),
            },
            dokumen,
          );
          ditulis += 1;
        }
      }
    },

    async list(uid: string, dokumenId: string): Promise<CuplikanTersimpan[]> {
      return (await strapi.db.query(UID.cuplikan).findMany({
        where: { uidKonten: uid, dokumenId },
        orderBy: [{ waktu: 'asc' }, { id: 'asc' }],
      })) as CuplikanTersimpan[];
    },
  };
};
