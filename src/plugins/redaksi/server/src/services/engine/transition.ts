import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  bolehDiulangPada,
  type JalurAksi,
  kontributorSetelahAksi,
  type MasukanAksi,
  melanggarPemisahanTugas,
  type Penolakan,
  putuskan,
} from '../../domain/mesin';
import { terisi } from '../../domain/syarat';
import { catatanPublik } from '../../domain/catatan-publik';
import { formatWib } from '../../domain/tenggat';
import type { DefinisiAksi } from '../../workflows/types';
import { getService } from '../../utils/get-service';
import { conflictError } from '../../utils/errors';
import { loadDocument, sidikForAction } from './load-document';
import type { TransactionParams } from '../../utils/transaction';
import type { Aktor } from './aktor';
import type { KonteksEfek } from './efek';
import type { Kedatangan, PeristiwaTransisi } from './events';
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
  /** Filled with the item the action's effects created for its taker to open next (`buat-liputan`). */
  dibuat?: Kedatangan[];
}

export function toError(penolakan: Penolakan): Error {
  switch (penolakan.jenis) {
    case 'tahap-tidak-sesuai':
      return conflictError(penolakan.pesan, { kode: penolakan.jenis });
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
          .map((syarat) => ({
            path: [syarat.field],
            message: syarat.pesan,
            name: 'ValidationError',
          })),
      });
    default:
      return new errors.ValidationError(penolakan.pesan, { kode: penolakan.jenis });
  }
}

/**
 * An action with a pause between repeats (`jedaUlangMenit`), taken again on the same item too
 * soon: refused as a conflict with what the item's history already holds, naming who took it and
 * when it may be taken again.
 */
async function tolakUlangTerlaluCepat(
  uid: string,
  documentId: string,
  aksi: DefinisiAksi,
  sekarang: Date,
): Promise<void> {
  const riwayat = await getService('riwayat').list(uid, documentId);
  const terakhir = [...riwayat].reverse().find((baris) => baris.aksi === aksi.kode);
  const boleh = bolehDiulangPada(aksi, terakhir && new Date(terakhir.waktu), sekarang);
  if (!terakhir || !boleh) return;
  throw conflictError(
    `Aksi "${aksi.label}" sudah dilakukan oleh ${terakhir.aktorNama} pada ${formatWib(terakhir.waktu)}. ` +
      `Permintaan yang sama dapat dikirim lagi mulai ${formatWib(boleh)}`,
    { kode: 'jeda-ulang', bolehPada: boleh.toISOString() },
  );
}

/** The SOP engine's one way to move an item: every transition, on every path, comes through here. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Carry out one action: decide, move the state (compare-and-set), do the Strapi operation
   * the action consists of, and append the history row, all in one database transaction.
   */
  async jalankan<T>(permintaan: PermintaanTransisi<T>): Promise<T | undefined> {
    const { uid, documentId, kodeAksi, jalur, aktor, masukan, lakukan } = permintaan;
    const alur = getService('workflows').wajib(uid);

    return strapi.db.transaction(async ({ onCommit }: TransactionParams) => {
      const dokumen = await loadDocument(alur, documentId);
      const sekarang = getService('clock').now();
      const status: StatusTersimpan = await getService('status').ensure(alur, documentId, sekarang);
      const statusAlur = keStatusAlur(status);
      const sidikSekarang = await sidikForAction(alur, status.tahap, dokumen, kodeAksi);

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
      if (!keputusan.ok) throw toError(keputusan.penolakan);
      const { aksi, ke, terlambat } = keputusan;
      if (aksi.jedaUlangMenit) await tolakUlangTerlaluCepat(uid, documentId, aksi, sekarang);

      const alasanTerlambat = terisi(masukan.alasanTerlambat)
        ? String(masukan.alasanTerlambat).trim()
        : null;
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
      // Pemisahan tugas: a submission adds its taker to who had a hand in the content, a decision
      // clears the list for the next cycle.
      const kontributor = kontributorSetelahAksi(alur, aksi, statusAlur, aktor.id);
      if (kontributor) perubahan.kontributor = kontributor;
      const konteks: KonteksEfek = {
        alur,
        aksi,
        documentId,
        dokumen,
        status,
        perubahan,
        masukan,
        aktor,
        sekarang,
        tiba: [],
        dibuat: permintaan.dibuat ?? [],
        lanjutan: [],
      };
      await getService('efek').sebelum(konteks);

      await getService('status').compareAndSet(status, perubahan);
      const hasil = lakukan ? await lakukan() : undefined;
      await getService('efek').sesudah(konteks);
      // SOP 21 langkah 3–4, SOP 20 langkah 6–7: the content as it stood when it was handed on,
      // sent back or decided on, for whoever looks next to see what changed since. Written before
      // the history row, which stays the act's last statement (the record of the act).
      if (ke !== status.tahap)
        await getService('cuplikan').simpan(
          {
            uidKonten: uid,
            dokumenId: documentId,
            aksi: aksi.kode,
            dari: status.tahap,
            ke,
            aktorNama: aktor.nama,
            waktu: sekarang,
          },
          dokumen,
        );

      await getService('riwayat').append({
        uidKonten: uid,
        dokumenId: documentId,
        aksi: aksi.kode,
        dari: status.tahap,
        ke,
        aktor,
        peranAksi: aksi.peran,
        note: masukan.note,
        alasanTerlambat,
        terlambat,
        waktu: sekarang,
        sidik: aksi.sidik ? (sidikSekarang?.sidik ?? null) : null,
        pengecualian: melanggarPemisahanTugas(alur, aksi, aktor, statusAlur)
          ? 'pemisahan-tugas'
          : null,
        publik: catatanPublik(aksi, dokumen, masukan),
      });
      // After this act's row: an action it sets off on the same item (the takedown an exemption
      // causes) follows it in the item's history chain, as it followed it in time.
      for (const aksiLanjutan of konteks.lanjutan)
        await getService('transition').jalankan(aksiLanjutan);

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
      onCommit(() => getService('notifications').jadwalkan(peristiwa));
      return hasil;
    });
  },
});
