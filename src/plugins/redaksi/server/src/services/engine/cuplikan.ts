import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { UID } from '../../constants';
import { buatCuplikan, type Cuplikan } from '../../domain/beda';
import type { SkemaAtribut } from '../../domain/sidik';

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

    async list(uid: string, dokumenId: string): Promise<CuplikanTersimpan[]> {
      return (await strapi.db.query(UID.cuplikan).findMany({
        where: { uidKonten: uid, dokumenId },
        orderBy: [{ waktu: 'asc' }, { id: 'asc' }],
      })) as CuplikanTersimpan[];
    },
  };
};
