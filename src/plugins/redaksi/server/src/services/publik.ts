import type { Core } from '@strapi/strapi';
import type { JenisCatatanPublik } from '../../../shared/contracts/alur';
import type { CatatanPublik } from '../../../shared/contracts/dokumen';
import type { CatatanPublikTercatat, LayananPublikRedaksi } from '../../../shared/contracts/publik';
import { UID } from '../constants';
import { tanggalWib } from '../domain/tenggat';
import { aksiPublish } from '../domain/mesin';
import { getService } from '../utils/get-service';

interface BarisPublik {
  dokumenId: string;
  waktu: string | Date;
  publik: CatatanPublik;
}

const keTercatat = (baris: BarisPublik): CatatanPublikTercatat => ({
  documentId: baris.dokumenId,
  tanggal: new Date(baris.waktu).toISOString(),
  publik: baris.publik,
});

/** The plugin's surface for the application (shared/contracts/publik.ts), and nothing more. */
export default ({ strapi }: { strapi: Core.Strapi }): LayananPublikRedaksi => {
  /** The codes of a workflow's actions that put this kind of entry on the public record. */
  const kodeAksi = (uid: string, jenis: JenisCatatanPublik): string[] =>
    (getService('workflows').untukUid(uid)?.aksi ?? [])
      .filter((aksi) => aksi.catatanPublik === jenis)
      .map((aksi) => aksi.kode);

  return {
    sekarang: () => getService('clock').now(),
    tanggalWib,
    naikkanPenghitung: (kunci) => getService('penomoran').berikutnya(kunci),

    async bacaPenghitung(kunci) {
      const baris = (await strapi.db
        .query(UID.penomoran)
        .findOne({ where: { kunci }, select: ['nilai'] })) as { nilai: number | string } | null;
      return Number(baris?.nilai ?? 0);
    },

    async pernahTayang(uid, documentId) {
      const alur = getService('workflows').untukUid(uid);
      if (!alur?.tahapTayang) return false;
      const jumlah = await strapi.db
        .query(UID.riwayat)
        .count({ where: { uidKonten: uid, dokumenId: documentId, ke: alur.tahapTayang } });
      return jumlah > 0;
    },

    daftarInformasiPublik: (saringan) => getService('daftar-informasi-publik').daftar(saringan),
    berkasDaftarInformasiPublik: (saringan, format) =>
      getService('daftar-informasi-publik').berkas(saringan, format),

    async catatanPublik(uid, jenis, { documentIds, halaman, urutan }) {
      const aksi = kodeAksi(uid, jenis);
      if (aksi.length === 0) return { data: [], total: 0 };
      // An act that put nothing on the record (a first publication) leaves `publik` empty.
      const where = {
        uidKonten: uid,
        aksi: { $in: aksi },
        publik: { $notNull: true },
        ...(documentIds ? { dokumenId: { $in: [...documentIds] } } : {}),
      };
      const riwayat = strapi.db.query(UID.riwayat);
      const [baris, total] = await Promise.all([
        riwayat.findMany({
          where,
          select: ['dokumenId', 'waktu', 'publik'],
          // The history's own order breaks ties of one instant.
          orderBy: [{ waktu: urutan }, { id: urutan }],
          ...(halaman ? { offset: halaman.start, limit: halaman.limit } : {}),
        }) as Promise<BarisPublik[]>,
        riwayat.count({ where }),
      ]);
      return { data: baris.map(keTercatat), total: Number(total) };
    },

    async penurunanBerlaku(uid, documentId) {
      const alur = getService('workflows').untukUid(uid);
      const publikasi = alur ? aksiPublish(alur) : undefined;
      const penurunan = kodeAksi(uid, 'penurunan');
      if (!publikasi || penurunan.length === 0) return null;
      // The last of the acts that put the item online or took it down decides.
      const terakhir = (await strapi.db.query(UID.riwayat).findOne({
        where: {
          uidKonten: uid,
          dokumenId: documentId,
          aksi: { $in: [publikasi.kode, ...penurunan] },
        },
        select: ['dokumenId', 'waktu', 'publik', 'aksi'],
        orderBy: { id: 'desc' },
      })) as (BarisPublik & { aksi: string }) | null;
      return terakhir && penurunan.includes(terakhir.aksi) && terakhir.publik
        ? keTercatat(terakhir)
        : null;
    },
  };
};
