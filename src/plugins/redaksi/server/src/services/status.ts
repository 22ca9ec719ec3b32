import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { StatusAlur } from '../domain/mesin';
import type { Sidik } from '../domain/sidik';
import type { DefinisiAlur } from '../workflows/types';
import { galatKonflik } from '../utils/errors';

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
    sidikDisetujui: status.sidikDisetujui ?? null,
  };
}

/** The workflow state of each document, kept apart from the document so it never marks it Modified. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID.statusAlur);

  return {
    async baca(uid: string, dokumenId: string): Promise<StatusTersimpan | null> {
      return (await query().findOne({
        where: { kunci: kunciDokumen(uid, dokumenId) },
      })) as StatusTersimpan | null;
    },

    async bacaBanyak(uid: string, dokumenIds: string[]): Promise<StatusTersimpan[]> {
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
    ): Promise<StatusTersimpan> {
      const ada = await this.baca(alur.uid, dokumenId);
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
          },
        })) as StatusTersimpan;
      } catch (error) {
        const lain = await this.baca(alur.uid, dokumenId);
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
        throw galatKonflik(
          'Dokumen baru saja diproses orang lain dan sudah berpindah tahap. Muat ulang untuk melihat keadaan terbaru.',
          {
            kode: 'konflik',
          },
        );
      }
      return { ...status, ...perubahan, versi: status.versi + 1 };
    },

    async hapus(uid: string, dokumenId: string): Promise<void> {
      await query().delete({ where: { kunci: kunciDokumen(uid, dokumenId) } });
    },
  };
};
