import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';

export interface BarisRiwayat {
  uidKonten: string;
  dokumenId: string;
  aksi: string;
  dari: string | null;
  ke: string;
  aktorId: number | null;
  aktorNama: string;
  peran: string;
  note: string | null;
  alasanTerlambat: string | null;
  terlambat: boolean;
  waktu: Date;
}

const PESAN_HANYA_TAMBAH = 'Riwayat alur SOP hanya dapat ditambah: tidak dapat diubah atau dihapus oleh siapa pun';

/** The append-only history of every transition (who, role, action, from, to, note, late reason, when). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async tambah(baris: BarisRiwayat): Promise<void> {
    await strapi.db.query(UID.riwayat).create({ data: baris });
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
