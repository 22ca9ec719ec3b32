import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';
import { type StatusAlur, tambahKontributor } from '../../domain/mesin';
import type { JenisKontribusi } from '../../workflows/types';
import type { Sidik } from '../../domain/sidik';
import type { DefinisiAlur } from '../../workflows/types';
import { conflictError } from '../../utils/errors';

/** A stored workflow state row (plugin::redaksi.status-alur). */
export interface StatusTersimpan {
  id: number;
  kunci: string;
  uidKonten: string;
  dokumenId: string;
  tahap: string;
  versi: number;
  tahapSejak: Date | string | null;
  diserahkanPada: Date | string | null;
  nomorRegister: string | null;
  terlambat: boolean;
  alasanTerlambat: string | null;
  izinTerlambat: boolean;
  penugasan: number[] | null;
  pengajuId: number | null;
  /** Pemisahan tugas: who made, edited or submitted the content since the last decision. */
  kontributor: number[] | null;
  /** Who created the item by hand (null: the engine made it, or it was made before this was kept). */
  pembuatId: number | null;
  sidikDisetujui: Sidik | null;
}

export type PerubahanStatus = Partial<
  Pick<
    StatusTersimpan,
    | 'tahap'
    | 'tahapSejak'
    | 'diserahkanPada'
    | 'nomorRegister'
    | 'terlambat'
    | 'alasanTerlambat'
    | 'izinTerlambat'
    | 'penugasan'
    | 'pengajuId'
    | 'kontributor'
    | 'pembuatId'
    | 'sidikDisetujui'
  >
>;

const kunciDokumen = (uid: string, dokumenId: string) => `${uid}::${dokumenId}`;

export function keStatusAlur(status: StatusTersimpan): StatusAlur {
  return {
    tahap: status.tahap,
    diserahkanPada: status.diserahkanPada ? new Date(status.diserahkanPada) : null,
    izinTerlambat: Boolean(status.izinTerlambat),
    penugasan: status.penugasan ?? null,
    pengajuId: status.pengajuId ?? null,
    kontributor: status.kontributor ?? null,
    sidikDisetujui: status.sidikDisetujui ?? null,
  };
}

/** The workflow state of each document, kept apart from the document so it never marks it Modified. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID.statusAlur);

  return {
    async findOne(uid: string, dokumenId: string): Promise<StatusTersimpan | null> {
      return (await query().findOne({
        where: { kunci: kunciDokumen(uid, dokumenId) },
      })) as StatusTersimpan | null;
    },

    async findMany(uid: string, dokumenIds: string[]): Promise<StatusTersimpan[]> {
      if (dokumenIds.length === 0) return [];
      return (await query().findMany({
        where: { uidKonten: uid, dokumenId: { $in: dokumenIds } },
      })) as StatusTersimpan[];
    },

    /**
     * The state of a document, created in the initial stage when the document has none yet
     * (documents created before the engine, or through a path that skipped creation).
     * Two requests creating it at once are fine: the unique `kunci` lets one win, the other rereads.
     */
    async ensure(
      alur: DefinisiAlur,
      dokumenId: string,
      sekarang: Date,
      tahapAwal = alur.tahapAwal,
      awal: Pick<PerubahanStatus, 'kontributor' | 'pembuatId'> = {},
    ): Promise<StatusTersimpan> {
      const ada = await this.findOne(alur.uid, dokumenId);
      if (ada) return ada;
      try {
        return (await query().create({
          data: {
            kunci: kunciDokumen(alur.uid, dokumenId),
            uidKonten: alur.uid,
            dokumenId,
            tahap: tahapAwal,
            versi: 0,
            tahapSejak: sekarang,
            terlambat: false,
            izinTerlambat: false,
            ...awal,
          },
        })) as StatusTersimpan;
      } catch (error) {
        const lain = await this.findOne(alur.uid, dokumenId);
        if (lain) return lain;
        throw error;
      }
    },

    /**
     * Compare-and-set: the change applies only if nobody changed the state since it was read.
     * Exactly one of two concurrent transitions gets through; the other gets 409.
     */
    async compareAndSet(
      status: StatusTersimpan,
      perubahan: PerubahanStatus,
    ): Promise<StatusTersimpan> {
      const { count } = await query().updateMany({
        where: { id: status.id, versi: status.versi },
        data: { ...perubahan, versi: status.versi + 1 },
      });
      if (count !== 1) {
        throw conflictError(
          'Dokumen baru saja diproses orang lain dan sudah berpindah tahap. Muat ulang untuk melihat keadaan terbaru.',
          {
            kode: 'konflik',
          },
        );
      }
      return { ...status, ...perubahan, versi: status.versi + 1 };
    },

    /**
     * Pemisahan tugas: this person had a hand in the content (an edit, a media file changed). The
     * state is compare-and-set even when the list stays as it is, so that the caller's history
     * row keeps its place in order with a transition taken at the same moment.
     */
    async addContributor(
      alur: DefinisiAlur,
      status: StatusTersimpan,
      id: number | null,
      jenis: JenisKontribusi = 'penyunting',
    ): Promise<StatusTersimpan> {
      const kontributor = tambahKontributor(alur, keStatusAlur(status), id, jenis);
      return this.compareAndSet(status, kontributor ? { kontributor } : {});
    },

    async delete(uid: string, dokumenId: string): Promise<void> {
      await query().delete({ where: { kunci: kunciDokumen(uid, dokumenId) } });
    },
  };
};
