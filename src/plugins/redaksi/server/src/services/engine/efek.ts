import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../constants';
import { penurunanPengecualian } from '../../domain/catatan-publik';
import { aksiOtomatis, type MasukanAksi } from '../../domain/mesin';
import type { DokumenSnapshot } from '../../domain/syarat';
import { menutupRantai } from '../../domain/tautan';
import { tanggalWib } from '../../domain/tenggat';
import { withEnginePermission } from './engine-permission';
import { documentService } from '../../utils/document-service';
import { getService } from '../../utils/get-service';
import { AKSI_TERIMA_DISPOSISI } from '../../workflows/disposisi';
import {
  type DefinisiAksi,
  type DefinisiAlur,
  type EfekAksi,
  FIELD_TAYANG,
} from '../../workflows/types';
import { type Aktor, AKTOR_SISTEM } from './aktor';
import type { Kedatangan } from './events';
import { keStatusAlur, type PerubahanStatus, type StatusTersimpan } from './status';

export interface KonteksEfek {
  alur: DefinisiAlur;
  aksi: DefinisiAksi;
  documentId: string;
  dokumen: DokumenSnapshot;
  status: StatusTersimpan;
  /** The state change being prepared; `sebelum` handlers add to it. */
  perubahan: PerubahanStatus;
  masukan: MasukanAksi & { assignees?: number[] | null };
  aktor: Aktor;
  sekarang: Date;
  /** Documents an effect brought to a stage (a child sheet, a new article): told to their people after commit. */
  tiba: Kedatangan[];
  /** The item an effect created for the action's taker to work on next: the panel opens it. */
  dibuat: Kedatangan[];
  /**
   * Actions an effect sets off on other documents (closing a disposition chain): the transition
   * takes them after its effects, in its transaction. Effects decide, they never run transitions.
   */
  lanjutan: AksiLanjutan[];
}

/** An action of the engine itself on another document, set off by an effect. */
export interface AksiLanjutan {
  uid: string;
  documentId: string;
  kodeAksi: string;
  jalur: 'sistem';
  aktor: Aktor;
  masukan: MasukanAksi & { note: string };
}

interface PenanganEfek {
  /** Before the compare-and-set: contributes to the state change (or refuses, changing nothing). */
  sebelum?: (konteks: KonteksEfek) => void | Promise<void>;
  /** After the state moved and the Strapi operation ran: further writes in the same transaction. */
  sesudah?: (konteks: KonteksEfek) => void | Promise<void>;
}

interface Relasi {
  documentId?: string;
}

/**
 * What each effect of a workflow action does (workflows/types.ts `EfekAksi`). All of it runs
 * inside the transition's transaction: a failure anywhere undoes the transition and its history.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function periksaPenugasan({ aksi, masukan }: KonteksEfek): Promise<number[]> {
    const peranBoleh = aksi.penugasan?.peran ?? [];
    const ids = [...new Set(masukan.assignees ?? [])];
    const pesanPeran = peranBoleh.join(' atau ');
    if (ids.length === 0) {
      throw new errors.ValidationError(
        `Aksi "${aksi.label}" perlu assignees: id pengguna admin dengan peran ${pesanPeran}`,
        {
          syarat: [{ kode: 'penugasan', pesan: `Pilih minimal satu orang (${pesanPeran})` }],
        },
      );
    }
    const pengguna = await strapi.db.query('admin::user').findMany({
      where: { id: { $in: ids }, isActive: true },
      populate: ['roles'],
    });
    const sah = new Set(
      pengguna
        .filter((user: { roles?: Array<{ code: string }> }) =>
          user.roles?.some((role) => (peranBoleh as readonly string[]).includes(role.code)),
        )
        .map((user: { id: number }) => user.id),
    );
    const tidakSah = ids.filter((id) => !sah.has(id));
    if (tidakSah.length > 0) {
      throw new errors.ValidationError(
        `Pengguna ${tidakSah.join(', ')} tidak aktif atau tidak memegang peran ${pesanPeran}`,
        {
          syarat: [
            { kode: 'penugasan', pesan: `Yang ditugaskan harus memegang peran ${pesanPeran}` },
          ],
        },
      );
    }
    return ids;
  }

  /** SOP 20: the next office's row of the disposition sheet, addressed and timed. */
  async function buatDisposisiAnak(konteks: KonteksEfek): Promise<void> {
    const { aksi, documentId, dokumen, masukan, aktor, sekarang, perubahan } = konteks;
    const alur = getService('workflows').wajib(UID.disposisi);
    const induk = (await strapi.db.query(UID.disposisi).findOne({ where: { documentId } })) as {
      id: number;
    };
    // The engine writes the chain's next row itself: no office creates a child sheet by hand.
    const anak = await withEnginePermission(() =>
      strapi.documents(UID.disposisi).create({
        data: {
          // The parent's own values, typed as the schema has them (the snapshot is untyped).
          perihal: String(dokumen.perihal),
          asal: aktor.nama,
          instruksi: masukan.note?.trim() || undefined,
          sifat: dokumen.sifat as 'biasa' | 'segera' | 'sangat-segera' | 'rahasia',
          batasWaktu: (dokumen.batasWaktu as string | null) ?? undefined,
          tanggalDiterima: tanggalWib(sekarang),
          induk: induk.id,
        },
      }),
    );
    konteks.tiba.push({ uid: UID.disposisi, documentId: anak.documentId });
    const statusAnak = await getService('status').ensure(alur, anak.documentId, sekarang);
    await getService('status').compareAndSet(statusAnak, {
      tahap: aksi.tahapAnak,
      tahapSejak: sekarang,
      penugasan: perubahan.penugasan ?? null,
    });
    await getService('riwayat').append({
      uidKonten: UID.disposisi,
      dokumenId: anak.documentId,
      aksi: AKSI_TERIMA_DISPOSISI,
      dari: null,
      ke: aksi.tahapAnak ?? alur.tahapAwal,
      aktor,
      peranAksi: aksi.peran,
      note: masukan.note,
      waktu: sekarang,
    });
  }

  /**
   * SOP 20 langkah 8: the published article closes its disposition and the whole chain above it,
   * only when that disposition's chain handed it to a Redaktur Pelaksana and it is the article that
   * Redaktur made (domain/tautan.ts).
   */
  async function selesaikanDisposisi({
    alur,
    documentId: idLiputan,
    dokumen,
    aktor,
    lanjutan,
  }: KonteksEfek): Promise<void> {
    const field = alur.tahapAwalJikaTerkait?.field;
    let documentId = field ? (dokumen[field] as Relasi | null)?.documentId : undefined;
    const lembar = documentId
      ? await getService('status').findOne(UID.disposisi, documentId)
      : null;
    const liputan = await getService('status').findOne(alur.uid, idLiputan);
    if (!menutupRantai(alur, lembar ? keStatusAlur(lembar) : null, liputan?.pembuatId)) return;
    const alurLembar = getService('workflows').wajib(UID.disposisi);
    while (documentId) {
      const status = await getService('status').findOne(UID.disposisi, documentId);
      // The disposition workflow's own step from the sheet's stage; none once it is done.
      const selesaikan = status ? aksiOtomatis(alurLembar, 'sistem', status.tahap) : undefined;
      if (selesaikan) {
        lanjutan.push({
          uid: UID.disposisi,
          documentId,
          kodeAksi: selesaikan.kode,
          jalur: 'sistem',
          aktor,
          masukan: { note: 'Liputan yang melaksanakan disposisi ini telah tayang' },
        });
      }
      const baris = (await strapi.db
        .query(UID.disposisi)
        .findOne({ where: { documentId }, populate: { induk: true } })) as {
        induk: { documentId: string } | null;
      } | null;
      documentId = baris?.induk?.documentId;
    }
  }

  const penangan: Record<EfekAksi, PenanganEfek> = {
    'nomor-register': {
      async sebelum({ status, perubahan, sekarang }) {
        // A resubmission after `kembalikan` keeps its number: the register never reuses or skips one.
        perubahan.diserahkanPada = sekarang;
        perubahan.nomorRegister =
          status.nomorRegister ?? (await getService('penomoran').nomorRegister(sekarang));
      },
    },
    'izin-terlambat': {
      sebelum({ perubahan }) {
        perubahan.izinTerlambat = true;
      },
    },
    penugasan: {
      async sebelum(konteks) {
        konteks.perubahan.penugasan = await periksaPenugasan(konteks);
      },
    },
    tarik: {
      async sesudah({ alur, documentId }) {
        await withEnginePermission(() => documentService(alur.uid).unpublish({ documentId }));
      },
    },
    'penurunan-dikecualikan': {
      /**
       * UU 14/2008: a takedown is public record, and withdrawing the online version of information
       * just exempted is one. The engine's own step from the stage reached records it (its row
       * after the exemption's), so the register, the recap and the article's 410 read it like any
       * takedown. An item never online was taken down from nowhere: nothing is recorded.
       */
      sesudah({ alur, aksi, documentId, dokumen, lanjutan }) {
        if (!dokumen[FIELD_TAYANG]) return;
        const turunkan = aksi.ke ? aksiOtomatis(alur, 'sistem', aksi.ke) : undefined;
        if (!turunkan?.catatanPublik) {
          throw new Error(
            `Alur ${alur.kode}: tahap "${aksi.ke}" tidak punya langkah sistem yang mencatat penurunan`,
          );
        }
        lanjutan.push({
          uid: alur.uid,
          documentId,
          kodeAksi: turunkan.kode,
          jalur: 'sistem',
          aktor: AKTOR_SISTEM,
          masukan: {
            note: 'Versi yang tayang ditarik dari laman karena materi ditetapkan sebagai informasi yang dikecualikan',
            ...penurunanPengecualian(dokumen),
          },
        });
      },
    },
    'disposisi-anak': { sesudah: buatDisposisiAnak },
    'buat-liputan': {
      async sesudah({ masukan, documentId, tiba, dibuat }) {
        // The title the Redaktur Pelaksana wrote (the action requires it: `masukan-wajib`).
        const judul = String(masukan.judul ?? '').trim();
        const liputan = await withEnginePermission(() =>
          documentService(UID.liputan).create({
            data: { judul, disposisi: { connect: [{ documentId }] } },
          }),
        );
        tiba.push({ uid: UID.liputan, documentId: liputan.documentId });
        dibuat.push({ uid: UID.liputan, documentId: liputan.documentId });
      },
    },
    'selesaikan-disposisi': { sesudah: selesaikanDisposisi },
    'jadwalkan-tayang': {
      sebelum: (konteks) => getService('jadwal-tayang').periksa(konteks),
      sesudah: (konteks) => getService('jadwal-tayang').pasang(konteks),
    },
    'batalkan-jadwal': {
      sebelum: (konteks) => getService('jadwal-tayang').periksaBatal(konteks),
      sesudah: (konteks) => getService('jadwal-tayang').batalkan(konteks),
    },
  };

  const jalankanTahap = async (tahap: keyof PenanganEfek, konteks: KonteksEfek) => {
    for (const efek of konteks.aksi.efek ?? []) await penangan[efek][tahap]?.(konteks);
  };

  return {
    sebelum: (konteks: KonteksEfek) => jalankanTahap('sebelum', konteks),
    sesudah: async (konteks: KonteksEfek) => {
      await jalankanTahap('sesudah', konteks);
      // Whatever the action: a schedule set for the stage the item leaves goes with it.
      await getService('jadwal-tayang').setelahTransisi(konteks);
    },
  };
};
