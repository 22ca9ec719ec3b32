import type { Core } from '@strapi/strapi';
import type { LayananPublikRedaksi } from '../../../shared/contracts/publik';
import { UID } from '../constants';
import { tanggalWib } from '../domain/tenggat';
import { getService } from '../utils/get-service';

/** The plugin's surface for the application (shared/contracts/publik.ts), and nothing more. */
export default ({ strapi }: { strapi: Core.Strapi }): LayananPublikRedaksi => ({
  sekarang: () => getService('clock').now(),
  tanggalWib,
  naikkanPenghitung: (kunci) => getService('penomoran').berikutnya(kunci),

  async bacaPenghitung(kunci) {
    const baris = (await strapi.db
      .query(UID.penomoran)
      .findOne({ where: { kunci }, select: ['nilai'] })) as { nilai: number | string } | null;
    return Number(baris?.nilai ?? 0);
  },

  daftarInformasiPublik: (saringan) => getService('daftar-informasi-publik').daftar(saringan),
  berkasDaftarInformasiPublik: (saringan, format) =>
    getService('daftar-informasi-publik').berkas(saringan, format),

  async pernahTayang(uid, documentId) {
    const alur = getService('workflows').untukUid(uid);
    if (!alur?.tahapTayang) return false;
    const jumlah = await strapi.db
      .query(UID.riwayat)
      .count({ where: { uidKonten: uid, dokumenId: documentId, ke: alur.tahapTayang } });
    return jumlah > 0;
  },
});
