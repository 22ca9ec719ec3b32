import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  aksiDariTahap,
  aksiDitunggu,
  bolehMengambil,
  evaluasiSyarat,
  fieldBebasDiTahap,
  hambatanPelaku,
  type JalurAksi,
  labelTahap,
  type MasukanAksi,
  melanggarPemisahanTugas,
  peranBerikutnya,
  posisiTahap,
  type Penolakan,
  putuskan,
  type SidikSekarang,
  type StatusAlur,
  tenggatAksi,
} from '../domain/mesin';
import { bedaDariSidik } from '../domain/sidik';
import { ringkasSunting } from '../domain/sunting';
import { type DokumenSnapshot, type HasilSyarat, terisi } from '../domain/syarat';
import { formatWib, sudahLewat } from '../domain/tenggat';
import { layananDokumen } from '../utils/dokumen';
import { getService } from '../utils/get-service';
import { galatKonflik } from '../utils/errors';
import { type DefinisiAksi, type DefinisiAlur, FIELD_TAYANG } from '../workflows/types';
import { type Aktor, aktorDariAdmin, peranTercatat } from './aktor';
import type { KonteksEfek } from './efek';
import type { PeristiwaTransisi } from './notifikasi';
import { keStatusAlur, type PerubahanStatus, type StatusTersimpan } from './status';

export interface PermintaanTransisi<T> {
  uid: string;
  documentId: string;
  kodeAksi: string;
  jalur: JalurAksi;
  aktor: Aktor;
  masukan: MasukanAksi & { assignees?: number[] | null };
  /** The Strapi operation the action consists of (the publish itself), run inside the same transaction. */
  lakukan?: () => Promise<T>;
}

/** Conditions that depend on what the actor types, shown as flags on the action rather than as unmet conditions. */
const SYARAT_MASUKAN = new Set(['catatan-wajib', 'alasan-terlambat']);

function keGalat(penolakan: Penolakan): Error {
  switch (penolakan.jenis) {
    case 'tahap-tidak-sesuai':
      return galatKonflik(penolakan.pesan, { kode: penolakan.jenis });
    case 'bukan-peran':
    case 'bukan-penugasan':
    case 'pemisahan-tugas':
      // PolicyError, not ForbiddenError: Strapi replaces a ForbiddenError's message with "Forbidden",
      // and the editor must read which role acts here.
      return new errors.PolicyError(penolakan.pesan, { kode: penolakan.jenis });
    case 'syarat':
      return new errors.ValidationError(penolakan.pesan, {
        syarat: penolakan.syarat.map(({ kode, pesan, field }) => ({ kode, pesan, field })),
        // The content manager marks these fields in the edit view.
        errors: penolakan.syarat
          .filter((syarat) => syarat.field)
          .map((syarat) => ({ path: [syarat.field], message: syarat.pesan, name: 'ValidationError' })),
      });
    default:
      return new errors.ValidationError(penolakan.pesan, { kode: penolakan.jenis });
  }
}

const isoAtauNull = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The SOP engine: reads an item's state for people, and carries out transitions. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The draft as conditions see it, with whether a version of it is online. */
  async function muatDokumen(alur: DefinisiAlur, documentId: string): Promise<DokumenSnapshot> {
    const dokumen = await layananDokumen(alur.uid).findOne({ documentId, status: 'draft', populate: '*' });
    if (!dokumen) throw new errors.NotFoundError(`Dokumen ${documentId} tidak ditemukan`);
    const sedangTayang = alur.tahapTayang
      ? (await strapi.db.query(alur.uid as never).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0
      : false;
    return { ...dokumen, [FIELD_TAYANG]: sedangTayang };
  }

  /**
   * The content's fingerprint now, when an action from this stage compares it with the approved
   * one (publication): files are read and hashed only then.
   */
  async function sidikUntuk(alur: DefinisiAlur, tahap: string, dokumen: DokumenSnapshot, kodeAksi?: string) {
    const perlu = aksiDariTahap(alur, tahap).some((aksi) => aksi.sidik && (kodeAksi === undefined || aksi.kode === kodeAksi));
    if (!perlu) return undefined;
    const sekarang: SidikSekarang = { sidik: await getService('sidik').sidik(alur.uid, dokumen), fieldBebas: fieldBebasDiTahap(alur, tahap) };
    return sekarang;
  }

  /** Admin users as people see them: id and name. */
  async function penggunaBernama(where: Record<string, unknown>) {
    const users = await strapi.db.query('admin::user').findMany({ where, populate: ['roles'], orderBy: { firstname: 'asc' } });
    return users.map((user: Parameters<typeof aktorDariAdmin>[0]) => {
      const aktor = aktorDariAdmin(user);
      return { id: aktor.id, nama: aktor.nama };
    });
  }

  async function namaPengguna(ids: number[] | null | undefined) {
    return ids?.length ? penggunaBernama({ id: { $in: ids } }) : [];
  }

  /** Who may be assigned by an action with the `penugasan` effect: active admins holding one of its roles. */
  async function calonPenugasan(aksi: DefinisiAksi) {
    return aksi.penugasan
      ? penggunaBernama({ isActive: true, roles: { code: { $in: [...aksi.penugasan.peran] } } })
      : undefined;
  }

  async function ringkasAksi(aksi: DefinisiAksi, syarat: HasilSyarat[]) {
    return {
      kode: aksi.kode,
      label: aksi.label,
      langkah: aksi.langkah,
      ke: aksi.ke,
      melalui: aksi.melalui,
      catatanWajib: aksi.catatanWajib,
      alasanTerlambatWajib: syarat.some((item) => item.kode === 'alasan-terlambat'),
      siap: syarat.every((item) => item.terpenuhi || SYARAT_MASUKAN.has(item.kode)),
      calonPenugasan: await calonPenugasan(aksi),
    };
  }

  return {
    /** GET /redaksi/documents/:uid/:documentId */
    async tampilan(uid: string, documentId: string, aktor: Aktor) {
      const alur = getService('alur').wajib(uid);
      const dokumen = await muatDokumen(alur, documentId);
      const sekarang = getService('jam').sekarang();
      const status = await getService('status').pastikan(alur, documentId, sekarang);
      const statusAlur = keStatusAlur(status);
      const sidikSekarang = await sidikUntuk(alur, status.tahap, dokumen);

      const aksiTahap = aksiDariTahap(alur, status.tahap);
      const syaratPerAksi = new Map(
        aksiTahap.map(
          (aksi) => [aksi, evaluasiSyarat(aksi, dokumen, statusAlur, {}, sekarang, { alur, sekarang: sidikSekarang })] as const,
        ),
      );

      const syarat = new Map<string, HasilSyarat & { aksi: string }>();
      const tenggat = new Map<string, { aksi: string; label: string; batas: string; batasTeks: string; lewat: boolean }>();
      for (const [aksi, hasil] of syaratPerAksi) {
        for (const item of hasil) {
          if (!SYARAT_MASUKAN.has(item.kode) && !syarat.has(item.kode)) syarat.set(item.kode, { ...item, aksi: aksi.kode });
        }
        // Online, no deadline runs: the SOP's deadlines lead up to publication.
        const batas = status.tahap === alur.tahapTayang ? null : tenggatAksi(aksi, dokumen, statusAlur);
        if (batas && !tenggat.has(aksi.kode)) {
          tenggat.set(aksi.kode, {
            aksi: aksi.kode,
            label: aksi.label,
            batas: batas.toISOString(),
            batasTeks: formatWib(batas),
            lewat: sudahLewat(batas, sekarang),
          });
        }
      }

      const riwayat = await getService('riwayat').daftar(uid, documentId);
      const aksiTerjadi = new Set<string>(riwayat.map((baris: { aksi: string }) => baris.aksi));
      return {
        uid,
        documentId,
        alur: alur.kode,
        sop: alur.sop,
        tahap: status.tahap,
        tahapLabel: labelTahap(alur, status.tahap),
        posisi: posisiTahap(alur, status.tahap),
        menunggu: peranBerikutnya(alur, status.tahap),
        nomorRegister: status.nomorRegister,
        diserahkanPada: isoAtauNull(status.diserahkanPada),
        ditugaskan: await namaPengguna(status.penugasan),
        aksi: await Promise.all(
          aksiTahap
            .filter((aksi) => !hambatanPelaku(alur, aksi, aktor, statusAlur))
            .map((aksi) => ringkasAksi(aksi, syaratPerAksi.get(aksi) ?? [])),
        ),
        // May this person change the content here, which fields, and if not, why (the form says so).
        sunting: ringkasSunting(alur, { tahap: status.tahap, pelaku: aktor, penugasan: status.penugasan, aksiTerjadi }),
        sidik: {
          disetujui: status.sidikDisetujui?.total ?? null,
          berubah:
            status.sidikDisetujui && sidikSekarang
              ? bedaDariSidik(status.sidikDisetujui, sidikSekarang.sidik, sidikSekarang.fieldBebas)
              : [],
        },
        rantai: await getService('riwayat').periksaRantai(uid, documentId),
        syarat: [...syarat.values()],
        tenggat: [...tenggat.values()],
        terlambat: {
          ya: Boolean(status.terlambat) || [...tenggat.values()].some((item) => item.lewat),
          tercatat: Boolean(status.terlambat),
          alasan: status.alasanTerlambat,
          izinTerlambat: Boolean(status.izinTerlambat),
        },
        riwayat: riwayat.map((baris) => ({
          aksi: baris.aksi,
          dari: baris.dari,
          ke: baris.ke,
          aktor: { id: baris.aktorId, nama: baris.aktorNama },
          peran: baris.peran,
          note: baris.note,
          alasanTerlambat: baris.alasanTerlambat,
          terlambat: Boolean(baris.terlambat),
          waktu: isoAtauNull(baris.waktu),
          sidik: baris.sidik?.total ?? null,
          field: baris.field ?? null,
          pengecualian: baris.pengecualian ?? null,
        })),
      };
    },

    /**
     * Carry out one action: decide, move the state (compare-and-set), do the Strapi operation
     * the action consists of, and append the history row, all in one database transaction.
     */
    async jalankan<T>(permintaan: PermintaanTransisi<T>): Promise<T | undefined> {
      const { uid, documentId, kodeAksi, jalur, aktor, masukan, lakukan } = permintaan;
      const alur = getService('alur').wajib(uid);

      return strapi.db.transaction(async ({ onCommit }) => {
        const dokumen = await muatDokumen(alur, documentId);
        const sekarang = getService('jam').sekarang();
        const status: StatusTersimpan = await getService('status').pastikan(alur, documentId, sekarang);
        const statusAlur = keStatusAlur(status);
        const sidikSekarang = await sidikUntuk(alur, status.tahap, dokumen, kodeAksi);

        const keputusan = putuskan(alur, {
          kodeAksi,
          jalur,
          status: statusAlur,
          pelaku: aktor,
          dokumen,
          masukan,
          sekarang,
          sidikSekarang,
        });
        if (!keputusan.ok) throw keGalat(keputusan.penolakan);
        const { aksi, ke, terlambat } = keputusan;

        const alasanTerlambat = terisi(masukan.alasanTerlambat) ? String(masukan.alasanTerlambat).trim() : null;
        const perubahan: PerubahanStatus = {};
        if (ke !== status.tahap) {
          perubahan.tahap = ke;
          perubahan.tahapSejak = sekarang;
        }
        if (terlambat) {
          perubahan.terlambat = true;
          if (alasanTerlambat) perubahan.alasanTerlambat = alasanTerlambat;
        }
        // SOP 21 langkah 4, SOP 20 langkah 7: the decision is on this content, fingerprinted.
        if (aksi.sidik === 'catat' && sidikSekarang) perubahan.sidikDisetujui = sidikSekarang.sidik;
        if (alur.pemisahanTugas?.pengaju.includes(aksi.kode)) perubahan.pengajuId = aktor.id;
        const konteks: KonteksEfek = { alur, aksi, documentId, dokumen, status, perubahan, masukan, aktor, sekarang, tiba: [] };
        await getService('efek').sebelum(konteks);

        await getService('status').ubahJikaBelumBerubah(status, perubahan);
        const hasil = lakukan ? await lakukan() : undefined;
        await getService('efek').sesudah(konteks);
        await getService('riwayat').tambah({
          uidKonten: uid,
          dokumenId: documentId,
          aksi: aksi.kode,
          dari: status.tahap,
          ke,
          aktorId: aktor.id,
          aktorNama: aktor.nama,
          peran: peranTercatat(aktor, aksi.peran),
          note: terisi(masukan.note) ? String(masukan.note).trim() : null,
          alasanTerlambat,
          terlambat,
          waktu: sekarang,
          sidik: aksi.sidik ? (sidikSekarang?.sidik ?? null) : null,
          pengecualian: melanggarPemisahanTugas(alur, aksi, aktor, statusAlur) ? 'pemisahan-tugas' : null,
        });

        // People hear of it only once it is committed, and off the request: a mail never holds up
        // or undoes a transition.
        const peristiwa: PeristiwaTransisi = {
          uid,
          documentId,
          kodeAksi: aksi.kode,
          dari: status.tahap,
          ke,
          aktor,
          note: terisi(masukan.note) ? String(masukan.note).trim() : null,
          tiba: [...(ke !== status.tahap ? [{ uid, documentId }] : []), ...konteks.tiba],
        };
        onCommit(() => getService('notifikasi').jadwalkan(peristiwa));
        return hasil;
      });
    },

    /** GET /redaksi/queue: what waits for the actor's roles, soonest deadline first. */
    async antrean(aktor: Aktor) {
      const sekarang = getService('jam').sekarang();
      const hasil = [];
      for (const alur of getService('alur').semua()) {
        // The stages where an item waits for this person, and for which of their actions.
        const aksiSayaPerTahap = new Map(
          alur.tahap
            .map((t) => [t.kode, aksiDitunggu(alur, t.kode).filter((aksi) => bolehMengambil(aksi, aktor))] as const)
            .filter(([, aksi]) => aksi.length > 0),
        );
        const tahap = [...aksiSayaPerTahap.keys()];
        const daftarStatus = await getService('status').diTahap(alur.uid, tahap);
        if (daftarStatus.length === 0) continue;

        const dokumen = await layananDokumen(alur.uid).findMany({
          filters: { documentId: { $in: daftarStatus.map((status) => status.dokumenId) } },
          status: 'draft',
          fields: [...alur.antrean.kolom],
        });
        const dokumenPerId = new Map(dokumen.map((item) => [item.documentId, item]));

        for (const status of daftarStatus) {
          const doc = dokumenPerId.get(status.dokumenId);
          if (!doc) continue;
          // Not assigned to it, or deciding on what one submitted oneself: not this person's item.
          const statusAlur: StatusAlur = keStatusAlur(status);
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
            judul: doc[alur.antrean.judul],
            tanggalKegiatan: doc.tanggalKegiatan ?? null,
            nomorAgenda: doc.nomorAgenda ?? null,
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
      // Overdue first (flagged `lewat`), then the soonest deadline, then the longest waiting.
      return hasil.sort((a, b) => {
        if (a.lewat !== b.lewat) return a.lewat ? -1 : 1;
        if (a.tenggat !== b.tenggat) {
          if (a.tenggat === null) return 1;
          if (b.tenggat === null) return -1;
          return a.tenggat < b.tenggat ? -1 : 1;
        }
        return String(a.tahapSejak).localeCompare(String(b.tahapSejak));
      });
    },
  };
};
