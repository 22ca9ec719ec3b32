import type { Core } from '@strapi/strapi';
import type {
  AksiTersedia,
  PerubahanSejak,
  TampilanDokumen,
} from '../../../../shared/contracts/dokumen';
import { bedaCuplikan, type Cuplikan, fieldBedaCuplikan } from '../../domain/beda';
import {
  aksiDariTahap,
  aksiPublish,
  evaluasiSyarat,
  hambatanPelaku,
  izinTerlambatDiperlukan,
  izinTerlambatDitunggu,
  jejakPengembalian,
  labelTahap,
  pemberiIzinTerlambat,
  peranBerikutnya,
  posisiTahap,
  tenggatTahap,
} from '../../domain/mesin';
import { platformTujuanDokumen } from '../../domain/platform';
import { bedaDariSidik, type Sidik } from '../../domain/sidik';
import { type RingkasanSunting, ringkasSunting } from '../../domain/sunting';
import { putuskanTautanUbah } from '../../domain/tautan';
import type { DokumenSnapshot, HasilSyarat } from '../../domain/syarat';
import { formatWib, isoAtauNull, sudahLewat } from '../../domain/tenggat';
import { documentService, draftFilter } from '../../utils/document-service';
import { getService } from '../../utils/get-service';
import { loadDocument, sidikForAction } from '../engine/load-document';
import { type DefinisiAksi, type DefinisiAlur, FIELD_TAYANG } from '../../workflows/types';
import { type AdminUser, type Aktor, aktorFromAdmin } from '../engine/aktor';
import type { CuplikanTersimpan } from '../engine/cuplikan';
import { keStatusAlur } from '../engine/status';

/** Conditions that depend on what the actor types, shown as flags on the action rather than as unmet conditions. */
const SYARAT_MASUKAN = new Set(['catatan-wajib', 'alasan-terlambat', 'masukan-wajib']);

/** Whether a condition is met by what the request brings (the form asks for it), not by the item. */
const dariMasukan = (aksi: DefinisiAksi, kode: string) =>
  SYARAT_MASUKAN.has(kode) || Boolean(aksi.masukan?.some((kolom) => kolom.kode === kode));

/** A kept content and its history row are written by the same act: same action, stages and time. */
const kunciBaris = (baris: {
  aksi: string;
  dari: string | null;
  ke: string;
  waktu: string | Date | null;
}) => `${baris.aksi}|${baris.dari}|${baris.ke}|${isoAtauNull(baris.waktu)}`;

/**
 * The request for the late permission the item still needs (an action `selamaPerluIzin`), as
 * people read it: who asked last, and when. A request a permission already answered (a permission
 * given since, and lost again with a new cycle) is no longer pending.
 */
function permintaanIzin(
  alur: DefinisiAlur,
  riwayat: ReadonlyArray<{ aksi: string; aktorNama: string; waktu: Date | string }>,
) {
  const kode = (syarat: (aksi: DefinisiAksi) => boolean) =>
    new Set(alur.aksi.filter(syarat).map((aksi) => aksi.kode));
  const minta = kode((aksi) => Boolean(aksi.selamaPerluIzin));
  const beri = kode((aksi) => Boolean(aksi.efek?.includes('izin-terlambat')));
  const baris = [...riwayat].reverse().find((item) => minta.has(item.aksi) || beri.has(item.aksi));
  return baris && minta.has(baris.aksi)
    ? {
        oleh: baris.aktorNama,
        waktu: new Date(baris.waktu).toISOString(),
        waktuTeks: formatWib(baris.waktu),
      }
    : null;
}

/** An item's SOP state as people read it: the side panel's view, and the facts a mail quotes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Admin users as people see them: id and name. */
  async function penggunaBernama(where: Record<string, unknown>) {
    const users = (await strapi.db
      .query('admin::user')
      .findMany({ where, populate: ['roles'], orderBy: { firstname: 'asc' } })) as AdminUser[];
    return users.map((user) => {
      const aktor = aktorFromAdmin(user);
      return { id: aktor.id, nama: aktor.nama };
    });
  }

  async function namaPengguna(ids: number[] | null | undefined) {
    return ids?.length ? penggunaBernama({ id: { $in: ids } }) : [];
  }

  /**
   * The far end of a chain of items along one relation (a disposition's child sheets down
   * `turunan`, its parent up `induk`): the row reached after at least one step, with `select`,
   * or null when the item has no next one. A chain is a handful of sheets; the bound only
   * guards against a cycle written by hand.
   */
  async function ujungJalan(
    alur: DefinisiAlur,
    documentId: string,
    relasi: string,
    select: readonly string[],
  ): Promise<Record<string, unknown> | null> {
    const baca = async (id: string) =>
      (await strapi.db.query(alur.uid).findOne({
        where: { documentId: id },
        select: ['documentId', ...select],
        populate: { [relasi]: { select: ['documentId'] } },
      })) as Record<string, unknown> | null;
    // A to-many relation goes on through its first item (a sheet is forwarded to one office).
    const berikut = (baris: Record<string, unknown> | null) => {
      const nilai = baris?.[relasi] as
        | { documentId: string }
        | Array<{ documentId: string }>
        | null;
      return (Array.isArray(nilai) ? nilai[0] : nilai)?.documentId;
    };
    let ujung: Record<string, unknown> | null = null;
    let sekarang = berikut(await baca(documentId));
    for (let langkah = 0; sekarang && langkah < 50; langkah += 1) {
      ujung = await baca(sekarang);
      sekarang = berikut(ujung);
    }
    return ujung;
  }

  /**
   * The last item of the chain an item was handed on through (`diteruskanLewat`), and its state:
   * what a PPID officer asks of a letter forwarded long ago ("where is it now?").
   */
  async function ujungRantai(alur: DefinisiAlur, documentId: string) {
    if (!alur.diteruskanLewat) return null;
    const ujung = await ujungJalan(alur, documentId, alur.diteruskanLewat, []);
    if (!ujung) return null;
    const status = await getService('status').findOne(alur.uid, String(ujung.documentId));
    if (!status) return null;
    return {
      tahapLabel: labelTahap(alur, status.tahap),
      menunggu: peranBerikutnya(alur, status.tahap).map((peran) => peran.nama),
      ditugaskan: (await namaPengguna(status.penugasan)).map((orang) => orang.nama),
    };
  }

  /**
   * The first item of the chain up `asalRantai.relasi` and the fields every later item shows of it
   * (a forwarded disposition shows the incoming letter); null on the first item itself.
   */
  async function asalRantai(alur: DefinisiAlur, documentId: string) {
    const aturan = alur.asalRantai;
    if (!aturan) return null;
    const asal = await ujungJalan(alur, documentId, aturan.relasi, aturan.field);
    if (!asal) return null;
    return {
      documentId: String(asal.documentId),
      // Scalar fields only (text, numbers, dates as stored): what the letter says.
      field: aturan.field.map((field) => {
        const nilai = asal[field];
        return {
          field,
          nilai: typeof nilai === 'string' || typeof nilai === 'number' ? String(nilai) : null,
        };
      }),
    };
  }

  /**
   * The link an item was created with (a Liputan's disposition) is frozen once the item exists,
   * for everyone (domain/tautan.ts): the form shows it locked, with the same reason.
   */
  function suntingDenganTautan(alur: DefinisiAlur, sunting: RingkasanSunting): RingkasanSunting {
    const field = alur.tahapAwalJikaTerkait?.field;
    const alurTarget = getService('workflows').terkait(alur);
    const penolakan = field && alurTarget ? putuskanTautanUbah(alur, alurTarget) : null;
    return field && penolakan
      ? { ...sunting, tetap: [...sunting.tetap, { field, pesan: penolakan.pesan }] }
      : sunting;
  }

  /** Who may be assigned by an action with the `penugasan` effect: active admins holding one of its roles. */
  async function calonPenugasan(aksi: DefinisiAksi) {
    return aksi.penugasan
      ? penggunaBernama({ isActive: true, roles: { code: { $in: [...aksi.penugasan.peran] } } })
      : undefined;
  }

  async function ringkasAksi(aksi: DefinisiAksi, syarat: HasilSyarat[], dokumen: DokumenSnapshot) {
    return {
      kode: aksi.kode,
      label: aksi.label,
      langkah: aksi.langkah,
      ke: aksi.ke,
      melalui: aksi.melalui,
      catatanWajib: aksi.catatanWajib,
      alasanTerlambatWajib: syarat.some((item) => item.kode === 'alasan-terlambat'),
      siap: syarat.every((item) => item.terpenuhi || dariMasukan(aksi, item.kode)),
      calonPenugasan: await calonPenugasan(aksi),
      // The dialog's further inputs, started from the item's own value (a scalar field's text).
      masukan: (aksi.masukan ?? []).map((kolom): AksiTersedia['masukan'][number] => {
        const nilai = kolom.isiAwal ? dokumen[kolom.isiAwal] : null;
        return {
          kolom: kolom.kolom,
          label: kolom.label,
          wajib: kolom.wajib,
          nilaiAwal: typeof nilai === 'string' || typeof nilai === 'number' ? String(nilai) : null,
          bentuk: kolom.bentuk ?? 'baris',
          pilihan: Object.entries(kolom.pilihan ?? {}).map(([kode, label]) => ({ kode, label })),
          petunjuk: kolom.petunjuk ?? null,
        };
      }),
    };
  }

  /**
   * What is online against what was put online: the published version's fingerprint now, compared
   * with the one its publication recorded in the history. Any difference (a file changed under the
   * same id, a row edited in the database) is named, whatever the draft is doing meanwhile.
   */
  async function bedaDariTerbitan(
    alur: DefinisiAlur,
    documentId: string,
    riwayat: ReadonlyArray<{ aksi: string; sidik?: Sidik | null }>,
  ): Promise<string[]> {
    const publish = aksiPublish(alur);
    const tercatat = [...riwayat]
      .reverse()
      .find((baris) => baris.aksi === publish?.kode && baris.sidik)?.sidik;
    if (!tercatat) return [];
    const terbitan = await documentService(alur.uid).findOne({
      documentId,
      status: 'published',
      populate: '*',
    });
    if (!terbitan) return [];
    return bedaDariSidik(tercatat, await getService('sidik').sidik(alur.uid, terbitan));
  }

  /**
   * SOP 21 langkah 3–4, SOP 20 langkah 6–7: the draft against the content kept at the last return,
   * at the last decision taken at this stage (what the one deciding here saw last time), and, for
   * a correction after `tayang`, against the version online.
   */
  async function perubahanSejak(
    alur: DefinisiAlur,
    documentId: string,
    tahap: string,
    dokumen: Record<string, unknown>,
    cuplikan: readonly CuplikanTersimpan[],
  ): Promise<PerubahanSejak[]> {
    const layanan = getService('cuplikan');
    const skema = layanan.skema(alur.uid);
    const draf = layanan.dari(alur.uid, dokumen);
    const kembali = new Set(
      alur.aksi.filter((aksi) => aksi.rekap === 'dikembalikan').map((aksi) => aksi.kode),
    );
    const terbaru = [...cuplikan].reverse();
    const pembanding: Array<[PerubahanSejak['terhadap'], CuplikanTersimpan | undefined]> = [
      ['pengembalian', terbaru.find((baris) => kembali.has(baris.aksi))],
      ['keputusan', terbaru.find((baris) => baris.dari === tahap && !kembali.has(baris.aksi))],
    ];
    const hasil: PerubahanSejak[] = pembanding
      .filter((pasangan): pasangan is [PerubahanSejak['terhadap'], CuplikanTersimpan] =>
        Boolean(pasangan[1]),
      )
      .map(([terhadap, baris]) => ({
        terhadap,
        aksi: baris.aksi,
        oleh: baris.aktorNama,
        waktu: isoAtauNull(baris.waktu),
        field: bedaCuplikan(baris.isi, draf, skema),
      }));
    if (dokumen[FIELD_TAYANG]) {
      const terbitan = await documentService(alur.uid).findOne({
        documentId,
        status: 'published',
        populate: '*',
      });
      if (terbitan)
        hasil.push({
          terhadap: 'tayang',
          aksi: null,
          oleh: null,
          waktu: isoAtauNull(terbitan.publishedAt as string | null),
          field: bedaCuplikan(layanan.dari(alur.uid, terbitan), draf, skema),
        });
    }
    return hasil;
  }

  /** Each history row that kept content: the fields it differs in from the content kept before it. */
  function perubahanPerBaris(cuplikan: readonly CuplikanTersimpan[]): Map<string, string[]> {
    const hasil = new Map<string, string[]>();
    let sebelum: Cuplikan | null = null;
    for (const baris of cuplikan) {
      hasil.set(kunciBaris(baris), sebelum ? fieldBedaCuplikan(sebelum, baris.isi) : []);
      sebelum = baris.isi;
    }
    return hasil;
  }

  return {
    /** GET /redaksi/documents/:uid/:documentId */
    async tampilan(uid: string, documentId: string, aktor: Aktor): Promise<TampilanDokumen> {
      const alur = getService('workflows').wajib(uid);
      const dokumen = await loadDocument(alur, documentId);
      const sekarang = getService('clock').now();
      const status = await getService('status').ensure(alur, documentId, sekarang);
      const statusAlur = keStatusAlur(status);
      const sidikSekarang = await sidikForAction(alur, status.tahap, dokumen);

      const jadwal = await getService('jadwal-tayang').menunggu(uid, documentId);
      const perluIzinSekarang = izinTerlambatDiperlukan(alur, dokumen, statusAlur, sekarang);
      // A schedule is cancelled only where one is pending (the action's effect refuses otherwise);
      // a late permission is asked for only while it is needed (its condition refuses otherwise).
      const aksiTahap = aksiDariTahap(alur, status.tahap).filter(
        (aksi) =>
          (jadwal || !aksi.efek?.includes('batalkan-jadwal')) &&
          (perluIzinSekarang || !aksi.selamaPerluIzin),
      );
      const syaratPerAksi = new Map(
        aksiTahap.map(
          (aksi) =>
            [
              aksi,
              evaluasiSyarat(aksi, dokumen, statusAlur, {}, sekarang, {
                alur,
                sekarang: sidikSekarang,
              }),
            ] as const,
        ),
      );

      const syarat = new Map<string, HasilSyarat & { aksi: string }>();
      const tenggat = new Map<
        string,
        { aksi: string; label: string; batas: string; batasTeks: string; lewat: boolean }
      >();
      for (const [aksi, hasil] of syaratPerAksi) {
        for (const item of hasil) {
          if (!dariMasukan(aksi, item.kode) && !syarat.has(item.kode))
            syarat.set(item.kode, { ...item, aksi: aksi.kode });
        }
      }
      for (const { aksi, batas } of tenggatTahap(alur, dokumen, statusAlur)) {
        if (tenggat.has(aksi.kode)) continue;
        tenggat.set(aksi.kode, {
          aksi: aksi.kode,
          label: aksi.label,
          batas: batas.toISOString(),
          batasTeks: formatWib(batas),
          lewat: sudahLewat(batas, sekarang),
        });
      }

      const perluIzin = izinTerlambatDitunggu(alur, dokumen, statusAlur, sekarang);
      const riwayat = await getService('riwayat').list(uid, documentId);
      const cuplikan = await getService('cuplikan').list(uid, documentId);
      const perubahanBaris = perubahanPerBaris(cuplikan);
      const aksiTerjadi = new Set(riwayat.map((baris) => baris.aksi));
      const { dikembalikan, diserahkanUlang } = jejakPengembalian(alur, riwayat);
      return {
        uid: alur.uid,
        documentId,
        alur: alur.kode,
        sop: alur.sop,
        tahap: status.tahap,
        tahapLabel: labelTahap(alur, status.tahap),
        jadwalTayang: jadwal
          ? {
              waktu: new Date(jadwal.waktu).toISOString(),
              waktuTeks: formatWib(jadwal.waktu),
              pemasang: {
                id: jadwal.pemasangId,
                nama: jadwal.pemasangNama ?? `#${jadwal.pemasangId}`,
              },
            }
          : null,
        posisi: posisiTahap(alur, status.tahap),
        menunggu: peranBerikutnya(alur, status.tahap),
        nomorRegister: status.nomorRegister,
        diserahkanPada: isoAtauNull(status.diserahkanPada),
        ditugaskan: await namaPengguna(status.penugasan),
        aksi: await Promise.all(
          aksiTahap
            .filter((aksi) => !hambatanPelaku(alur, aksi, aktor, statusAlur))
            .map((aksi) => ringkasAksi(aksi, syaratPerAksi.get(aksi) ?? [], dokumen)),
        ),
        // May this person change the content here, which fields, and if not, why (the form says so).
        sunting: suntingDenganTautan(
          alur,
          ringkasSunting(alur, {
            tahap: status.tahap,
            pelaku: aktor,
            penugasan: status.penugasan,
            aksiTerjadi,
          }),
        ),
        sidik: {
          disetujui: status.sidikDisetujui?.total ?? null,
          berubah:
            status.sidikDisetujui && sidikSekarang
              ? bedaDariSidik(status.sidikDisetujui, sidikSekarang.sidik, sidikSekarang.fieldBebas)
              : [],
          berubahOnline: dokumen[FIELD_TAYANG]
            ? await bedaDariTerbitan(alur, documentId, riwayat)
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
          perluIzin: perluIzin && {
            batas: perluIzin.toISOString(),
            batasTeks: formatWib(perluIzin),
            pemberi: pemberiIzinTerlambat(alur),
            diminta: permintaanIzin(alur, riwayat),
          },
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
          publik: baris.publik ?? null,
          perubahan: perubahanBaris.get(kunciBaris(baris)) ?? null,
        })),
        perubahan: await perubahanSejak(alur, documentId, status.tahap, dokumen, cuplikan),
        dikembalikan: dikembalikan && {
          oleh: dikembalikan.aktorNama,
          peran: dikembalikan.peran,
          waktu: isoAtauNull(dikembalikan.waktu),
          catatan: dikembalikan.note,
        },
        diserahkanUlang,
        sekarangDi: await ujungRantai(alur, documentId),
        // The admin route the panel downloads it from (routes/admin.ts), with the session's token.
        lembarCetak: alur.lembarCetak
          ? {
              label: alur.lembarCetak.label,
              jalur: `/redaksi/${alur.kode}/${encodeURIComponent(documentId)}/lembar.pdf`,
            }
          : null,
        asalRantai: await asalRantai(alur, documentId),
        // Issue #26: per target platform, what will not fit and how the post would look there.
        platformTujuan: platformTujuanDokumen(alur, dokumen),
      };
    },

    /**
     * The few facts a notification quotes (stage, first deadline, register number, who is
     * assigned, history length), read without the full view's condition checks and user lookups.
     */
    async ringkas(uid: string, documentId: string) {
      const alur = getService('workflows').wajib(uid);
      const status = await getService('status').ensure(alur, documentId, getService('clock').now());
      const dokumen = (await strapi.db
        .query(alur.uid)
        .findOne({ where: { documentId, ...draftFilter(alur.uid) } })) as Record<
        string,
        unknown
      > | null;
      const statusAlur = keStatusAlur(status);
      // The view's first deadline.
      const batas = dokumen ? (tenggatTahap(alur, dokumen, statusAlur)[0]?.batas ?? null) : null;
      // The title field is a string attribute: text, or null when left empty.
      const judul = dokumen?.[alur.antrean.judul];
      return {
        tahap: status.tahap,
        tahapLabel: labelTahap(alur, status.tahap),
        judul: typeof judul === 'string' ? judul : null,
        tenggatTeks: batas ? formatWib(batas) : null,
        nomorRegister: status.nomorRegister,
        penugasan: status.penugasan ?? [],
        jumlahRiwayat: await getService('riwayat').count(uid, documentId),
      };
    },
  };
};
