import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { UID } from '../../constants';
import {
  entriJadwal,
  entriKegiatan,
  entriTenggat,
  entriTerbit,
  type ItemKalender,
  saringKalender,
  sopKalender,
  urutanKalender,
} from '../../domain/kalender';
import { aksiDariTahap } from '../../domain/mesin';
import { rentangBulanWib, type RentangBulan } from '../../domain/tenggat';
import { draftFilter } from '../../utils/document-service';
import { getService } from '../../utils/get-service';
import type { DefinisiAlur } from '../../workflows/types';
import { kodeRekap } from '../reports/rekap';
import type {
  EntriKalender,
  KalenderResponse,
  SopKalender,
} from '../../../../shared/contracts/kalender';

type Baris = Record<string, unknown>;

export interface PermintaanKalender {
  bulan: string;
  sop: SopKalender | null;
  peran: string[];
  /** Whether the person may read this content type in the content manager. */
  bolehBaca: (uid: string) => boolean;
}

const instan = (nilai: unknown): Date | null =>
  nilai === null || nilai === undefined ? null : new Date(nilai as string | number | Date);

/**
 * "Kalender": the month at a glance, in WIB. Per workflow at most five queries whatever the number
 * of items: the drafts whose activity or scheduled publication falls in the month and their stages
 * (two), the items at stages where a deadline runs (one, the queue's read; deadlines come from each
 * item's own fields, so they are computed here, not in SQL), and the month's publications in the
 * history with their titles (two). Only the content types the person may read in the content
 * manager are read at all.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const atribut = (uid: string) =>
    strapi.contentType(uid as StrapiUID.ContentType).attributes as Record<string, unknown>;
  const query = (uid: string) => strapi.db.query(uid);

  /** The stages of the items (the state rows), by document id; an item without one is at the start. */
  async function tahapDari(alur: DefinisiAlur, documentIds: string[]) {
    const baris = (await query(UID.statusAlur).findMany({
      where: { uidKonten: alur.uid, dokumenId: { $in: documentIds } },
      select: ['dokumenId', 'tahap'],
    })) as Array<{ dokumenId: string; tahap: string }>;
    const tahap = new Map(baris.map((item) => [item.dokumenId, item.tahap]));
    return (documentId: string) => tahap.get(documentId) ?? alur.tahapAwal;
  }

  /** Activities (`tanggalKegiatan`) and scheduled publications (`jadwalTayang`) in the month. */
  async function kegiatanDanJadwal(alur: DefinisiAlur, r: RentangBulan): Promise<EntriKalender[]> {
    const kolom = atribut(alur.uid);
    const atau: Baris[] = [];
    if ('tanggalKegiatan' in kolom)
      atau.push({ tanggalKegiatan: { $gte: r.tanggalAwal, $lte: r.tanggalAkhir } });
    if ('jadwalTayang' in kolom) atau.push({ jadwalTayang: { $gte: r.mulai, $lt: r.selesai } });
    if (atau.length === 0) return [];
    const judul = alur.antrean.judul;
    const draf = (await query(alur.uid).findMany({
      where: { ...draftFilter(alur.uid), $or: atau },
      select: ['documentId', judul, ...atau.flatMap((syarat) => Object.keys(syarat))],
    })) as Baris[];
    if (draf.length === 0) return [];
    const tahap = await tahapDari(
      alur,
      draf.map((baris) => String(baris.documentId)),
    );
    return draf.flatMap((baris) => {
      const documentId = String(baris.documentId);
      const item: ItemKalender = {
        documentId,
        judul: (baris[judul] as string | null) ?? null,
        tahap: tahap(documentId),
      };
      const kegiatan = baris.tanggalKegiatan as string | null | undefined;
      const jadwal = instan(baris.jadwalTayang);
      return [
        ...(kegiatan && kegiatan >= r.tanggalAwal && kegiatan.slice(0, 10) <= r.tanggalAkhir
          ? [entriKegiatan(alur, item, kegiatan)]
          : []),
        ...(jadwal && jadwal >= r.mulai && jadwal < r.selesai
          ? [entriJadwal(alur, item, jadwal)]
          : []),
      ];
    });
  }

  /** The deadlines running in the items' stages that fall in the month (the disposition sheets' too). */
  async function tenggat(alur: DefinisiAlur, r: RentangBulan): Promise<EntriKalender[]> {
    const tahapBertenggat = alur.tahap
      .map((tahap) => tahap.kode)
      .filter(
        (kode) =>
          kode !== alur.tahapTayang && aksiDariTahap(alur, kode).some((aksi) => aksi.tenggat),
      );
    const baris = await getService('queue').bacaMenunggu(alur, tahapBertenggat);
    return baris.flatMap(({ status, doc }) =>
      entriTenggat(
        alur,
        {
          documentId: status.dokumenId,
          judul: (doc[alur.antrean.judul] as string | null) ?? null,
          tahap: status.tahap,
        },
        doc,
        status,
        r,
      ),
    );
  }

  /** The month's publications: the history rows of the actions the recap counts as `terbit`. */
  async function terbit(alur: DefinisiAlur, r: RentangBulan): Promise<EntriKalender[]> {
    const kode = kodeRekap(alur, 'terbit');
    if (kode.length === 0) return [];
    const baris = (await query(UID.riwayat).findMany({
      where: {
        uidKonten: alur.uid,
        aksi: { $in: kode },
        waktu: { $gte: r.mulai, $lt: r.selesai },
      },
      select: ['id', 'dokumenId', 'ke', 'waktu'],
      orderBy: { id: 'asc' },
    })) as Array<{ id: number; dokumenId: string; ke: string; waktu: string | Date }>;
    if (baris.length === 0) return [];
    const judul = alur.antrean.judul;
    // The titles from the drafts; an item deleted since is left out.
    const draf = (await query(alur.uid).findMany({
      where: {
        ...draftFilter(alur.uid),
        documentId: { $in: [...new Set(baris.map((b) => b.dokumenId))] },
      },
      select: ['documentId', judul],
    })) as Baris[];
    const judulDari = new Map(
      draf.map((item) => [String(item.documentId), item[judul] as string | null]),
    );
    return baris.flatMap((item) =>
      judulDari.has(item.dokumenId)
        ? [
            entriTerbit(
              alur,
              {
                documentId: item.dokumenId,
                judul: judulDari.get(item.dokumenId) ?? null,
                tahap: item.ke,
              },
              new Date(item.waktu),
              String(item.id),
            ),
          ]
        : [],
    );
  }

  return {
    /** GET /redaksi/kalender: the month's entries the person may see, filtered, in day order. */
    async bulan({ bulan, sop, peran, bolehBaca }: PermintaanKalender): Promise<KalenderResponse> {
      const r = rentangBulanWib(bulan);
      const entri: EntriKalender[] = [];
      for (const alur of getService('workflows').semua()) {
        if ((sop && sopKalender(alur) !== sop) || !bolehBaca(alur.uid)) continue;
        entri.push(
          ...(await kegiatanDanJadwal(alur, r)),
          ...(await tenggat(alur, r)),
          ...(await terbit(alur, r)),
        );
      }
      return {
        data: saringKalender(entri, { sop, peran }).sort(urutanKalender),
        meta: { bulan, tanggalAwal: r.tanggalAwal, tanggalAkhir: r.tanggalAkhir, sop, peran },
      };
    },
  };
};
