import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import {
  type BarisBerantai,
  hashBaris,
  type IsiBarisRantai,
  periksaRantai,
} from '../domain/rantai';
import type { Sidik } from '../domain/sidik';

/** A history row as the engine writes it (the chain's links are added by `tambah`). */
export interface BarisRiwayat extends IsiBarisRantai {
  waktu: Date;
  /** The content's fingerprint, on a decision that approves it and on the publication. */
  sidik?: Sidik | null;
  /** The fields an edit changed (an edit outside the SOP, a media change). */
  field?: string[] | null;
  /** An SOP rule this act was exempt from, for whom (a Super Admin): `pemisahan-tugas`, `sunting-luar-sop`. */
  pengecualian?: string | null;
}

const PESAN_HANYA_TAMBAH =
  'Riwayat alur SOP hanya dapat ditambah: tidak dapat diubah atau dihapus oleh siapa pun';

/**
 * The append-only history of every transition (who, role, action, from, to, note, late reason,
 * when), each row chained to the one before it for the same item by its hash.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Rows of one item are written one at a time: every caller holds the item's state row by its
   * compare-and-set in the same transaction, so the row before is the one this row links to.
   */
  async tambah(baris: BarisRiwayat): Promise<void> {
    const terakhir = await strapi.db.query(UID.riwayat).findOne({
      where: { uidKonten: baris.uidKonten, dokumenId: baris.dokumenId },
      orderBy: { id: 'desc' },
      select: ['hash'],
    });
    const hashSebelum: string | null = terakhir?.hash ?? null;
    const isi = {
      ...baris,
      sidik: baris.sidik ?? null,
      field: baris.field ?? null,
      pengecualian: baris.pengecualian ?? null,
    };
    await strapi.db
      .query(UID.riwayat)
      .create({ data: { ...isi, hashSebelum, hash: hashBaris(isi, hashSebelum) } });
  },

  /** Whether the item's history is as the engine wrote it. */
  async periksaRantai(uid: string, dokumenId: string) {
    const baris = (await strapi.db
      .query(UID.riwayat)
      .findMany({ where: { uidKonten: uid, dokumenId } })) as BarisBerantai[];
    return periksaRantai(baris);
  },

  async hitung(uid: string, dokumenId: string): Promise<number> {
    return strapi.db.query(UID.riwayat).count({ where: { uidKonten: uid, dokumenId } });
  },

  async daftar(uid: string, dokumenId: string) {
    return strapi.db.query(UID.riwayat).findMany({
      where: { uidKonten: uid, dokumenId },
      orderBy: [{ waktu: 'asc' }, { id: 'asc' }],
    });
  },

  /**
   * The database layer itself refuses to change or remove a history row, so that neither the
   * admin panel, an API, nor code in this project can rewrite what happened.
   */
  lindungi(): void {
    const tolak = () => {
      throw new errors.PolicyError(PESAN_HANYA_TAMBAH);
    };
    strapi.db.lifecycles.subscribe({
      models: [UID.riwayat],
      beforeUpdate: tolak,
      beforeUpdateMany: tolak,
      beforeDelete: tolak,
      beforeDeleteMany: tolak,
    });
  },
});
