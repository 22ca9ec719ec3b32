import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  type AntreanRequestQuery,
  type AntreanResponse,
  type ItemAntrean,
  type JumlahTahap,
  UKURAN_HALAMAN_BAWAAN,
  UKURAN_HALAMAN_MAKS,
} from '../../../shared/contracts/antrean';
import { aksiDitunggu, bolehMengambil, hambatanPelaku, labelTahap, tenggatAksi } from '../domain/mesin';
import { isoAtauNull, sudahLewat } from '../domain/tenggat';
import { kondisiDraf } from '../utils/dokumen';
import { getService } from '../utils/get-service';
import type { Aktor } from './aktor';
import { keStatusAlur } from './status';

/** Overdue first (flagged `lewat`), then the soonest deadline, then the longest waiting. */
function urutanAntrean(a: ItemAntrean, b: ItemAntrean): number {
  if (a.lewat !== b.lewat) return a.lewat ? -1 : 1;
  if (a.tenggat !== b.tenggat) {
    if (a.tenggat === null) return 1;
    if (b.tenggat === null) return -1;
    return a.tenggat < b.tenggat ? -1 : 1;
  }
  return String(a.tahapSejak).localeCompare(String(b.tahapSejak));
}

function bilanganBulat(nilai: unknown, nama: string, bawaan: number, maks = Number.MAX_SAFE_INTEGER): number {
  if (nilai === undefined || nilai === '') return bawaan;
  const angka = Number(nilai);
  if (!Number.isInteger(angka) || angka < 1 || angka > maks) {
    throw new errors.ValidationError(`Parameter ${nama} harus bilangan bulat 1 sampai ${maks}.`, { parameter: nama });
  }
  return angka;
}

/**
 * "Meja Redaksi": what waits for a person. Deadlines come from each item's own fields, so the
 * order is known only once every waiting item is read; that is two queries per workflow (states
 * at the person's stages, then those drafts' few listed columns), sorted in memory, and a page
 * cut from it. A backlog of thousands stays one round trip per table.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Everything that waits for the actor's roles, in queue order (the reminders read it whole). */
  async semua(aktor: Aktor): Promise<ItemAntrean[]> {
    const sekarang = getService('jam').sekarang();
    const hasil: ItemAntrean[] = [];
    for (const alur of getService('alur').semua()) {
      // The stages where an item waits for this person, and for which of their actions.
      const aksiSayaPerTahap = new Map(
        alur.tahap
          .map((t) => [t.kode, aksiDitunggu(alur, t.kode).filter((aksi) => bolehMengambil(aksi, aktor))] as const)
          .filter(([, aksi]) => aksi.length > 0),
      );
      const daftarStatus = await getService('status').diTahap(alur.uid, [...aksiSayaPerTahap.keys()]);
      if (daftarStatus.length === 0) continue;

      const dokumen: Array<Record<string, unknown> & { documentId: string }> = await strapi.db.query(alur.uid as never).findMany({
        where: { documentId: { $in: daftarStatus.map((status) => status.dokumenId) }, ...kondisiDraf(alur.uid) },
        select: ['documentId', ...alur.antrean.kolom],
      });
      const dokumenPerId = new Map(dokumen.map((item) => [item.documentId, item]));

      for (const status of daftarStatus) {
        const doc = dokumenPerId.get(status.dokumenId);
        if (!doc) continue;
        // Not assigned to it, or deciding on what one submitted oneself: not this person's item.
        const statusAlur = keStatusAlur(status);
        const hambatan = (aksiSayaPerTahap.get(status.tahap) ?? []).map((aksi) => [aksi, hambatanPelaku(alur, aksi, aktor, statusAlur)] as const);
        // The decision on what one submitted oneself waits for someone else, whatever else stays open.
        if (hambatan.some(([, h]) => h?.jenis === 'pemisahan-tugas')) continue;
        const aksiDiSini = hambatan.filter(([, h]) => !h).map(([aksi]) => aksi);
        if (aksiDiSini.length === 0) continue;
        const batas = aksiDiSini
          .map((aksi) => tenggatAksi(aksi, doc, statusAlur))
          .filter((value): value is Date => value !== null)
          .sort((a, b) => a.getTime() - b.getTime())[0];
        hasil.push({
          uid: alur.uid,
          alur: alur.kode,
          documentId: status.dokumenId,
          judul: (doc[alur.antrean.judul] as string | null) ?? null,
          tanggalKegiatan: (doc.tanggalKegiatan as string | null) ?? null,
          nomorAgenda: (doc.nomorAgenda as string | null) ?? null,
          tahap: status.tahap,
          tahapLabel: labelTahap(alur, status.tahap),
          tahapSejak: isoAtauNull(status.tahapSejak),
          nomorRegister: status.nomorRegister,
          aksi: [...new Set(aksiDiSini.map((aksi) => aksi.kode))],
          tenggat: batas ? batas.toISOString() : null,
          lewat: sudahLewat(batas ?? null, sekarang),
        });
      }
    }
    return hasil.sort(urutanAntrean);
  },

  /** GET /redaksi/queue: one page of it, optionally of one workflow or stage, with counts per stage. */
  async halaman(aktor: Aktor, query: AntreanRequestQuery): Promise<AntreanResponse> {
    const page = bilanganBulat(query.page, 'page', 1);
    const pageSize = bilanganBulat(query.pageSize, 'pageSize', UKURAN_HALAMAN_BAWAAN, UKURAN_HALAMAN_MAKS);
    const alur = query.alur ? getService('alur').semua().find((item) => item.kode === query.alur) : undefined;
    if (query.alur && !alur) throw new errors.ValidationError(`Alur SOP "${query.alur}" tidak dikenal.`, { parameter: 'alur' });
    if (query.tahap && !alur?.tahap.some((item) => item.kode === query.tahap)) {
      throw new errors.ValidationError(`Tahap "${query.tahap}" tidak dikenal${alur ? ` di alur SOP ${alur.sop.nomor}` : '; pilih alurnya juga'}.`, {
        parameter: 'tahap',
      });
    }

    const semua = await this.semua(aktor);
    const perTahap: JumlahTahap[] = [];
    for (const definisi of getService('alur').semua()) {
      for (const tahap of definisi.tahap) {
        const di = semua.filter((item) => item.alur === definisi.kode && item.tahap === tahap.kode);
        if (di.length > 0) {
          perTahap.push({ alur: definisi.kode, tahap: tahap.kode, tahapLabel: tahap.label, jumlah: di.length, lewat: di.filter((item) => item.lewat).length });
        }
      }
    }
    const terpilih = semua.filter((item) => (!alur || item.alur === alur.kode) && (!query.tahap || item.tahap === query.tahap));
    return {
      data: terpilih.slice((page - 1) * pageSize, page * pageSize),
      meta: {
        pagination: { page, pageSize, pageCount: Math.ceil(terpilih.length / pageSize), total: terpilih.length },
        ringkasan: { jumlah: semua.length, lewat: semua.filter((item) => item.lewat).length },
        perTahap,
      },
    };
  },
});
