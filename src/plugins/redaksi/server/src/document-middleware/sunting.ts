import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID as UID_REDAKSI } from '../constants';
import { aksiOtomatis, tahapAwalUntuk, tambahKontributor } from '../domain/mesin';
import { fieldBerubah } from '../domain/sidik';
import {
  fieldMesinDikirim,
  fieldMesinDitulis,
  hanyaFieldKeputusan,
  putuskanSunting,
} from '../domain/sunting';
import { type PenolakanTautan, putuskanTautanBaru, putuskanTautanUbah } from '../domain/tautan';
import { aktorFromRequest } from '../services/engine/aktor';
import { keStatusAlur, type StatusTersimpan } from '../services/engine/status';
import { draftFilter } from '../utils/document-service';
import { getService } from '../utils/get-service';
import { AKSI_SUNTING_LUAR_SOP, type DefinisiAlur } from '../workflows/types';
import { hasEnginePermission } from '../services/engine/engine-permission';
import type { Context, Next, Params } from './types';

/** A row as the query engine gives it. */
type Baris = Record<string, unknown>;

/**
 * The guard's editing half: every way content changes (create, clone, update, discarding a
 * draft) held to the editing rights of the stage the item stands in (workflow data,
 * domain/sunting.ts); a new item entering its workflow; the links an article may make to a
 * disposition. The publishing half, in index.ts, saves through it.
 */
export function penjagaSunting(strapi: Core.Strapi) {
  const atributDari = (uid: string) =>
    (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<
      string,
      { type: string; target?: string }
    >;

  /**
   * A new item enters its workflow: its first stage (another when it is created already linked,
   * e.g. a Liputan carrying out a disposition), who made it (pemisahan tugas; and, when made by
   * hand, whose article may close a disposition chain), and its number if the workflow issues one.
   */
  const mulaiAlur = async (
    alur: DefinisiAlur,
    dokumen: Record<string, unknown> & { documentId: string },
    nilai: Record<string, unknown>,
    mesin: boolean,
  ) => {
    const sekarang = getService('clock').now();
    const tahap = tahapAwalUntuk(alur, nilai);
    const aktor = aktorFromRequest(strapi);
    // The engine makes an item in the name of whoever took the action (buat-liputan): they made it.
    const kontributor = alur.pemisahanTugas
      ? (tambahKontributor(
          alur,
          { tahap, diserahkanPada: null, izinTerlambat: false, kontributor: [] },
          aktor.id,
          'pembuat',
        ) ?? [])
      : undefined;
    await getService('status').ensure(alur, dokumen.documentId, sekarang, tahap, {
      kontributor,
      pembuatId: mesin ? null : aktor.id,
    });
    const induk = alur.penomoran && nilai[alur.penomoran.kecualiJikaTerkait];
    if (alur.penomoran && (induk === null || induk === undefined)) {
      const nomor = await getService('penomoran').nomorAgenda(sekarang);
      await strapi.db.query(alur.uid).updateMany({
        where: { documentId: dokumen.documentId },
        data: { [alur.penomoran.field]: nomor },
      });
      // What the caller gets back shows the number: the document, or each entry of a clone.
      dokumen[alur.penomoran.field] = nomor;
      for (const entri of (dokumen.entries as Array<Record<string, unknown>> | undefined) ?? [])
        entri[alur.penomoran.field] = nomor;
    }
  };

  /** A link refused: a condition of the item, marked on the relation field in the edit view. */
  const galatTautan = (field: string, { kode, pesan }: PenolakanTautan) =>
    new errors.ValidationError(pesan, {
      syarat: [{ kode, pesan, field }],
      errors: [{ path: [field], message: pesan, name: 'ValidationError' }],
    });

  /** The workflow of the items a workflow's items link to (a Liputan's disposition sheets). */
  const alurTerkait = (alur: DefinisiAlur) => getService('workflows').terkait(alur);

  /**
   * SOP 20 langkah 3: an article carries out a disposition only once the chain has handed it to a
   * Redaktur Pelaksana, and only that Redaktur makes it. A link to a sheet still on its way, or made
   * by someone else, is refused: otherwise the article would skip the disposition chain, and its
   * publication would close a disposition nobody handed to its maker (domain/tautan.ts).
   */
  const periksaTautanBaru = async (alur: DefinisiAlur, nilai: Record<string, unknown>) => {
    const terkait = alur.tahapAwalJikaTerkait;
    const ids = terkait ? (nilai[terkait.field] as string[] | null) : null;
    const alurTarget = alurTerkait(alur);
    if (!terkait || !ids || !alurTarget) return;
    const aktor = aktorFromRequest(strapi);
    for (const id of ids) {
      const status = await getService('status').findOne(alurTarget.uid, id);
      const penolakan = putuskanTautanBaru(
        alur,
        alurTarget,
        aktor,
        status ? keStatusAlur(status) : null,
      );
      if (penolakan) throw galatTautan(terkait.field, penolakan);
    }
  };

  /** The link is written when the item is made: adding, replacing or removing it later is refused. */
  const periksaTautanUbah = (alur: DefinisiAlur, berubah: string[]) => {
    const terkait = alur.tahapAwalJikaTerkait;
    const alurTarget = alurTerkait(alur);
    if (!terkait || !alurTarget || !berubah.includes(terkait.field)) return;
    const penolakan = putuskanTautanUbah(alur, alurTarget);
    if (penolakan) throw galatTautan(terkait.field, penolakan);
  };

  /** The actions already taken on an item, for fields that freeze after one. */
  const aksiTerjadi = async (alur: DefinisiAlur, documentId: string | null, berubah: string[]) => {
    const perlu =
      documentId && (alur.fieldTetap ?? []).some((aturan) => berubah.includes(aturan.field));
    if (!perlu) return new Set<string>();
    const baris = await strapi.db
      .query(UID_REDAKSI.riwayat)
      .findMany({ where: { uidKonten: alur.uid, dokumenId: documentId }, select: ['aksi'] });
    return new Set<string>(baris.map((row: { aksi: string }) => row.aksi));
  };

  /** What the content manager shows beside the fields, and a client reads in `details`. */
  const galatSunting = (pesan: string, kode: string, field: string[]) =>
    new errors.PolicyError(pesan, {
      kode,
      field,
      errors: field.map((nama) => ({ path: [nama], message: pesan, name: 'PolicyError' })),
    });

  /**
   * A field the engine writes, set or emptied by the request, is refused before it reaches the
   * database (domain/sunting.ts fieldMesinDitulis): compared with the draft as stored, since the
   * mirror of a pending schedule is in no edit's before and after.
   */
  const tolakFieldMesinYangDitulis = async (
    alur: DefinisiAlur,
    params: Params,
    documentId: string | null,
  ) => {
    const atribut = atributDari(alur.uid);
    const data = (params.data ?? {}) as Record<string, unknown>;
    if (fieldMesinDikirim(alur, atribut, data).length === 0) return;
    const tersimpan = documentId
      ? ((await strapi.db
          .query(alur.uid)
          .findOne({ where: { documentId, ...draftFilter(alur.uid) } })) as Baris | null)
      : null;
    const ditulis = fieldMesinDitulis(alur, atribut, data, tersimpan);
    if (ditulis.length === 0) return;
    const keputusan = putuskanSunting(alur, {
      tahap: alur.tahapAwal,
      pelaku: aktorFromRequest(strapi),
      penugasan: null,
      berubah: ditulis,
      sebelum: tersimpan ?? {},
      sesudah: data,
      aksiTerjadi: new Set(),
    });
    if (!keputusan.ok) throw galatSunting(keputusan.pesan, keputusan.kode, keputusan.field);
  };

  /**
   * A clone is a new item: what the engine issues or builds (numbers, the chain) is not copied, nor
   * the decisions taken on the original (its classification): the copy is decided on anew.
   */
  const tanpaFieldMesin = (alur: DefinisiAlur, params: Params) => {
    const kosongkan = [...(alur.fieldMesin ?? []), ...(alur.fieldKeputusan ?? [])];
    if (kosongkan.length === 0) return;
    const atribut = atributDari(alur.uid);
    const data = { ...((params.data ?? {}) as Record<string, unknown>) };
    for (const field of kosongkan)
      data[field] = atribut[field]?.type === 'relation' ? { set: [] } : null;
    params.data = data;
  };

  /**
   * Every way content changes (create, clone, update, discarding a draft) held to the editing
   * rights of the stage the item stands in (workflow data, domain/sunting.ts). What changed is
   * read from the stored draft before and after, so that a Save sending the whole form counts only
   * what really differs, whatever shape the request gave media, components and relations. A
   * refusal rolls the transaction back: nothing changes.
   */
  const simpanSesuaiAturan = (alur: DefinisiAlur, context: Context, next: Next) =>
    strapi.db.transaction(async () => {
      const params = context.params as Params;
      const baru = context.action === 'create' || context.action === 'clone';
      if (context.action === 'clone') tanpaFieldMesin(alur, params);
      const documentIdLama = baru ? null : String(params.documentId);
      const layananSidik = getService('sidik');
      const sebelum = documentIdLama ? await layananSidik.muatNilai(alur.uid, documentIdLama) : {};
      if (!hasEnginePermission()) await tolakFieldMesinYangDitulis(alur, params, documentIdLama);

      const hasil = (await next()) as (Record<string, unknown> & { documentId?: string }) | null;
      const documentId = documentIdLama ?? hasil?.documentId;
      if (!documentId) return hasil;
      const sesudah = await layananSidik.muatNilai(alur.uid, documentId);
      const berubah = fieldBerubah(sebelum, sesudah);
      const mesin = hasEnginePermission();

      if (baru) {
        // The link first: a sheet still on its way, or handed to someone else, is the reason.
        if (!mesin) await periksaTautanBaru(alur, sesudah);
        if (!mesin)
          await periksaSunting(
            alur,
            null,
            tahapAwalUntuk(alur, sesudah),
            berubah,
            sebelum,
            sesudah,
          );
        await mulaiAlur(
          alur,
          hasil as Record<string, unknown> & { documentId: string },
          sesudah,
          mesin,
        );
        return hasil;
      }
      if (berubah.length === 0 || mesin) return hasil;

      periksaTautanUbah(alur, berubah);
      const status = await getService('status').ensure(alur, documentId, getService('clock').now());
      const keputusan = await periksaSunting(
        alur,
        documentId,
        status.tahap,
        berubah,
        sebelum,
        sesudah,
        status.penugasan,
      );
      // Pemisahan tugas: whoever changed the content may not decide on it. Written only when the
      // list grows, so that two people saving the same draft at once do not collide on the state.
      // Classifying (decision fields only) is deciding, not writing: the Verifikator stays free to.
      const aktor = aktorFromRequest(strapi);
      const kontributor = hanyaFieldKeputusan(alur, berubah)
        ? null
        : tambahKontributor(alur, keStatusAlur(status), aktor.id, 'penyunting');
      const terkini = kontributor
        ? await getService('status').compareAndSet(status, { kontributor })
        : status;
      if (keputusan.luarSop) await catatSuntinganLuarSop(alur, documentId, terkini, berubah);
      // A publication scheduled for content that is no longer what would go online is cancelled.
      await getService('jadwal-tayang').setelahSuntingan(alur, documentId, aktor);

      // SOP 20: an edit of an article online starts its correction cycle again, in this
      // transaction; a record beside it (the publisher's social-media links) does not.
      const sunting = aksiOtomatis(alur, 'suntingan', status.tahap);
      if (sunting && !keputusan.pencatatan) {
        await getService('transition').jalankan({
          uid: alur.uid,
          documentId,
          kodeAksi: sunting.kode,
          jalur: 'suntingan',
          aktor,
          masukan: {},
        });
      }
      return hasil;
    });

  const periksaSunting = async (
    alur: DefinisiAlur,
    documentId: string | null,
    tahap: string,
    berubah: string[],
    sebelum: Record<string, unknown>,
    sesudah: Record<string, unknown>,
    penugasan: number[] | null = null,
  ) => {
    const keputusan = putuskanSunting(alur, {
      tahap,
      pelaku: aktorFromRequest(strapi),
      penugasan,
      berubah,
      sebelum,
      sesudah,
      aksiTerjadi: await aksiTerjadi(alur, documentId, berubah),
    });
    if (!keputusan.ok) throw galatSunting(keputusan.pesan, keputusan.kode, keputusan.field);
    return keputusan;
  };

  /**
   * A Super Admin (or code acting as the system) may edit outside the stage's rule: the history
   * says so, with the fields changed, and the recap counts it. The state's compare-and-set keeps
   * this row in order with any transition taken at the same moment.
   */
  const catatSuntinganLuarSop = async (
    alur: DefinisiAlur,
    documentId: string,
    status: StatusTersimpan,
    berubah: string[],
  ) => {
    const aktor = aktorFromRequest(strapi);
    await getService('status').compareAndSet(status, {});
    await getService('riwayat').append({
      uidKonten: alur.uid,
      dokumenId: documentId,
      aksi: AKSI_SUNTING_LUAR_SOP,
      dari: status.tahap,
      ke: status.tahap,
      aktor,
      peranAksi: [],
      note: `Suntingan di luar SOP: ${berubah.join(', ')}`,
      waktu: getService('clock').now(),
      field: berubah,
      pengecualian: 'sunting-luar-sop',
    });
  };

  return { simpanSesuaiAturan };
}
