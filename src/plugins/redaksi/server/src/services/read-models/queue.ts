import type { Core } from '@strapi/strapi';
import { FIELD_JADWAL_TAYANG } from '../../workflows/jadwal-tayang';
import { errors } from '@strapi/utils';
import {
  type AntreanRequestQuery,
  type AntreanResponse,
  type ItemAntrean,
  type JumlahTahap,
  UKURAN_HALAMAN_BAWAAN,
  UKURAN_HALAMAN_MAKS,
} from '../../../../shared/contracts/antrean';
import { UID } from '../../constants';
import {
  aksiDitunggu,
  aksiPemberiIzin,
  bolehMengambil,
  ditungguSekarang,
  hambatanPelaku,
  izinTerlambatDitunggu,
  jejakPengembalian,
  labelTahap,
  type StatusAlur,
  tenggatAksi,
} from '../../domain/mesin';
import { isoAtauNull } from '../../domain/tenggat';
import { draftFilter } from '../../utils/document-service';
import { getService } from '../../utils/get-service';
import type { DefinisiAksi, DefinisiAlur } from '../../workflows/types';
import type { Aktor } from '../engine/aktor';

/** A scalar attribute's column name (Strapi keeps it in the metadata, snake_case by default). */
const kolom = (meta: { attributes: Record<string, unknown> }, nama: string): string =>
  (meta.attributes[nama] as { columnName?: string } | undefined)?.columnName ?? nama;

/**
 * An item waiting for the person, before it is dressed for the answer: a queue of thousands is
 * sorted and counted on these, and only the page asked for is turned into `ItemAntrean`s.
 */
interface Menunggu {
  alur: DefinisiAlur;
  status: StatusAlur & { dokumenId: string; tahapSejak: Date | null; nomorRegister: string | null };
  doc: Record<string, unknown>;
  aksi: DefinisiAksi[];
  /** The soonest of the person's deadlines here, in ms; null when none runs. */
  batas: number | null;
  lewat: boolean;
  perluIzinTerlambat: boolean;
  tanpaIzinTerlambat: boolean;
}

/** Overdue first (flagged `lewat`), then the soonest deadline, then the longest waiting. */
function urutanAntrean(a: Menunggu, b: Menunggu): number {
  if (a.lewat !== b.lewat) return a.lewat ? -1 : 1;
  if (a.batas !== b.batas) {
    if (a.batas === null) return 1;
    if (b.batas === null) return -1;
    return a.batas - b.batas;
  }
  return (
    (a.status.tahapSejak?.getTime() ?? Infinity) - (b.status.tahapSejak?.getTime() ?? Infinity)
  );
}

/** Where an item stands with respect to returns, read from its history (`jejakPengembalian`). */
type Jejak = Pick<ItemAntrean, 'dikembalikan' | 'diserahkanUlang'>;

function keItemAntrean(
  { alur, status, doc, aksi, batas, lewat, perluIzinTerlambat, tanpaIzinTerlambat }: Menunggu,
  jejak: Jejak,
): ItemAntrean {
  return {
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
    aksi: [...new Set(aksi.map((item) => item.kode))],
    tenggat: batas === null ? null : new Date(batas).toISOString(),
    lewat,
    perluIzinTerlambat,
    tanpaIzinTerlambat,
    jadwalTayang: isoAtauNull(
      doc[FIELD_JADWAL_TAYANG] ? new Date(doc[FIELD_JADWAL_TAYANG] as string | number) : null,
    ),
    ...jejak,
  };
}

function bilanganBulat(
  nilai: unknown,
  nama: string,
  bawaan: number,
  maks = Number.MAX_SAFE_INTEGER,
): number {
  if (nilai === undefined || nilai === '') return bawaan;
  const angka = Number(nilai);
  if (!Number.isInteger(angka) || angka < 1 || angka > maks) {
    throw new errors.ValidationError(`Parameter ${nama} harus bilangan bulat 1 sampai ${maks}.`, {
      parameter: nama,
    });
  }
  return angka;
}

/**
 * "Meja Redaksi": what waits for a person. Deadlines come from each item's own fields, so the
 * order is known only once every waiting item is read; that is two queries per workflow (states
 * at the person's stages, then those drafts' few listed columns), sorted in memory, and a page
 * cut from it. A backlog of thousands stays one round trip per table.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * The items waiting at these stages: each state row with its draft's listed columns, in one
   * query joining the two tables on the document id, reading only those columns. A backlog of
   * thousands is read here on every visit to Meja Redaksi, so the rows are taken as the driver
   * gives them rather than through the query engine's per-row conversions, and converted here:
   * instants arrive as numbers (SQLite) or Dates (PostgreSQL), JSON as text on both, booleans as
   * 0/1 on SQLite.
   */
  async function bacaMenunggu(alur: DefinisiAlur, tahap: string[]) {
    if (tahap.length === 0) return [];
    const meta = strapi.db.metadata.get(UID.statusAlur);
    const metaKonten = strapi.db.metadata.get(alur.uid);
    const kolomStatus = (nama: string) => `s.${kolom(meta, nama)}`;
    const kolomKonten = (nama: string) => `d.${kolom(metaKonten, nama)}`;
    // The listed columns, and the dates an action waits for or is due from (an exemption's end
    // of validity).
    const kolomDibaca = [
      ...new Set([
        ...alur.antrean.kolom,
        ...alur.aksi.flatMap((aksi) => [
          ...(aksi.ditungguSetelah ? [aksi.ditungguSetelah] : []),
          ...(aksi.tenggat && aksi.tenggat.dasar !== 'diserahkanPada' ? [aksi.tenggat.dasar] : []),
        ]),
        // A pending scheduled publication's minute, shown as a badge (issue #26).
        ...(alur.fieldMesin?.includes(FIELD_JADWAL_TAYANG) ? [FIELD_JADWAL_TAYANG] : []),
      ]),
    ];

    let sql = strapi.db
      .connection({ s: meta.tableName })
      .join({ d: metaKonten.tableName }, kolomKonten('documentId'), kolomStatus('dokumenId'))
      .where(kolomStatus('uidKonten'), alur.uid)
      .whereIn(kolomStatus('tahap'), tahap)
      .select({
        dokumenId: kolomStatus('dokumenId'),
        tahap: kolomStatus('tahap'),
        tahapSejak: kolomStatus('tahapSejak'),
        diserahkanPada: kolomStatus('diserahkanPada'),
        nomorRegister: kolomStatus('nomorRegister'),
        izinTerlambat: kolomStatus('izinTerlambat'),
        penugasan: kolomStatus('penugasan'),
        pengajuId: kolomStatus('pengajuId'),
        kontributor: kolomStatus('kontributor'),
        ...Object.fromEntries(kolomDibaca.map((nama) => [`d_${nama}`, kolomKonten(nama)])),
      });
    if (draftFilter(alur.uid).publishedAt === null) sql = sql.whereNull(kolomKonten('publishedAt'));

    const rows = (await sql) as Array<Record<string, unknown>>;
    const instan = (value: unknown) =>
      value === null || value === undefined ? null : new Date(value as string | number | Date);
    return rows.map((row) => {
      const json = (value: unknown): number[] | null =>
        typeof value === 'string'
          ? (JSON.parse(value) as number[] | null)
          : Array.isArray(value)
            ? (value as number[])
            : null;
      const penugasan = json(row.penugasan);
      const status: StatusAlur & {
        dokumenId: string;
        tahapSejak: Date | null;
        nomorRegister: string | null;
      } = {
        dokumenId: String(row.dokumenId),
        tahap: String(row.tahap),
        tahapSejak: instan(row.tahapSejak),
        diserahkanPada: instan(row.diserahkanPada),
        nomorRegister: (row.nomorRegister as string | null) ?? null,
        izinTerlambat: Boolean(row.izinTerlambat),
        penugasan,
        pengajuId: (row.pengajuId as number | null) ?? null,
        kontributor: json(row.kontributor),
        // Not read: no queue question depends on the approved content's fingerprint.
        sidikDisetujui: null,
      };
      const doc: Record<string, unknown> = Object.fromEntries(
        kolomDibaca.map((nama) => [nama, row[`d_${nama}`] ?? null]),
      );
      return { status, doc };
    });
  }

  /** What waits for the actor's roles, in queue order. */
  async function kumpulkan(aktor: Aktor): Promise<Menunggu[]> {
    const sekarang = getService('clock').now();
    const hasil: Menunggu[] = [];
    for (const alur of getService('workflows').semua()) {
      // The stages where an item waits for this person, and for which of their actions: those
      // the stage waits for, and those granting a late permission (waited only when it is needed).
      const boleh = (aksi: DefinisiAksi[]) => aksi.filter((item) => bolehMengambil(item, aktor));
      const aksiSayaPerTahap = new Map(
        alur.tahap
          .map(
            (t) =>
              [
                t.kode,
                {
                  ditunggu: boleh(aksiDitunggu(alur, t.kode, 'semua')),
                  pemberiIzin: boleh(aksiPemberiIzin(alur, t.kode)),
                },
              ] as const,
          )
          .filter(([, aksi]) => aksi.ditunggu.length + aksi.pemberiIzin.length > 0),
      );
      for (const { status, doc } of await bacaMenunggu(alur, [...aksiSayaPerTahap.keys()])) {
        const { ditunggu: ditungguTahap = [], pemberiIzin = [] } =
          aksiSayaPerTahap.get(status.tahap) ?? {};
        // An exempt article waits for its review only once its validity has ended.
        const ditunggu = ditungguTahap.filter((aksi) => ditungguSekarang(aksi, doc, sekarang));
        const batasIzin = izinTerlambatDitunggu(alur, doc, status, sekarang);
        const izin = batasIzin
          ? pemberiIzin.filter((aksi) => !hambatanPelaku(alur, aksi, aktor, status))
          : [];
        // Not assigned to it, or deciding on what one submitted oneself: not this person's item.
        const hambatan = ditunggu.map(
          (aksi) => [aksi, hambatanPelaku(alur, aksi, aktor, status)] as const,
        );
        // The decision on what one submitted oneself waits for someone else, whatever else stays
        // open (a late permission still waits for its giver).
        const dipisah = hambatan.some(([, h]) => h?.jenis === 'pemisahan-tugas');
        const aksi = [
          ...(dipisah ? [] : hambatan.filter(([, h]) => !h).map(([item]) => item)),
          ...izin,
        ];
        if (aksi.length === 0) continue;
        let batas: number | null = izin.length > 0 && batasIzin ? batasIzin.getTime() : null;
        for (const item of aksi) {
          const tenggat = tenggatAksi(item, doc, status)?.getTime() ?? null;
          if (tenggat !== null && (batas === null || tenggat < batas)) batas = tenggat;
        }
        hasil.push({
          alur,
          status,
          doc,
          aksi,
          batas,
          lewat: batas !== null && sekarang.getTime() > batas,
          perluIzinTerlambat: izin.length > 0,
          tanpaIzinTerlambat: batasIzin !== null,
        });
      }
    }
    return hasil.sort(urutanAntrean);
  }

  /**
   * The listed items dressed for the answer, with their returns: the history rows of all of them
   * in one query (only the columns a return is read from), not one per item.
   */
  async function keItem(daftar: Menunggu[]): Promise<ItemAntrean[]> {
    if (daftar.length === 0) return [];
    const baris = (await strapi.db.query(UID.riwayat).findMany({
      where: { dokumenId: { $in: daftar.map((item) => item.status.dokumenId) } },
      select: ['uidKonten', 'dokumenId', 'aksi', 'dari', 'ke', 'aktorNama', 'note'],
      orderBy: { id: 'asc' },
    })) as Array<{
      uidKonten: string;
      dokumenId: string;
      aksi: string;
      dari: string | null;
      ke: string;
      aktorNama: string;
      note: string | null;
    }>;
    const per = new Map<string, typeof baris>();
    for (const item of baris) {
      const kunci = `${item.uidKonten}|${item.dokumenId}`;
      per.set(kunci, [...(per.get(kunci) ?? []), item]);
    }
    return daftar.map((item) => {
      const { dikembalikan, diserahkanUlang } = jejakPengembalian(
        item.alur,
        per.get(`${item.alur.uid}|${item.status.dokumenId}`) ?? [],
      );
      return keItemAntrean(item, {
        dikembalikan: dikembalikan && { oleh: dikembalikan.aktorNama, catatan: dikembalikan.note },
        diserahkanUlang,
      });
    });
  }

  return {
    /**
     * The items standing at these stages with their drafts' listed columns (the queue's read, also
     * the calendar's: the deadlines running in a month are computed from the same columns).
     */
    bacaMenunggu,

    /** Everything that waits for the actor's roles, in queue order (the reminders read it whole). */
    async semua(aktor: Aktor): Promise<ItemAntrean[]> {
      return keItem(await kumpulkan(aktor));
    },

    /** GET /redaksi/queue: one page of it, optionally of one workflow or stage, with counts per stage. */
    async halaman(aktor: Aktor, query: AntreanRequestQuery): Promise<AntreanResponse> {
      const page = bilanganBulat(query.page, 'page', 1);
      const pageSize = bilanganBulat(
        query.pageSize,
        'pageSize',
        UKURAN_HALAMAN_BAWAAN,
        UKURAN_HALAMAN_MAKS,
      );
      const alur = query.alur
        ? getService('workflows')
            .semua()
            .find((item) => item.kode === query.alur)
        : undefined;
      if (query.alur && !alur)
        throw new errors.ValidationError(`Alur SOP "${query.alur}" tidak dikenal.`, {
          parameter: 'alur',
        });
      if (query.tahap && !alur?.tahap.some((item) => item.kode === query.tahap)) {
        const di = alur ? ` di alur SOP ${alur.sop.nomor}` : '; pilih alurnya juga';
        throw new errors.ValidationError(`Tahap "${query.tahap}" tidak dikenal${di}.`, {
          parameter: 'tahap',
        });
      }

      const semua = await kumpulkan(aktor);
      // Counted in one pass, listed in workflow and stage order.
      const hitungan = new Map<string, { jumlah: number; lewat: number }>();
      for (const item of semua) {
        const kunci = `${item.alur.kode}|${item.status.tahap}`;
        const baris = hitungan.get(kunci) ?? { jumlah: 0, lewat: 0 };
        baris.jumlah += 1;
        if (item.lewat) baris.lewat += 1;
        hitungan.set(kunci, baris);
      }
      const perTahap: JumlahTahap[] = getService('workflows')
        .semua()
        .flatMap((definisi) =>
          definisi.tahap.flatMap((tahap) => {
            const baris = hitungan.get(`${definisi.kode}|${tahap.kode}`);
            return baris
              ? [{ alur: definisi.kode, tahap: tahap.kode, tahapLabel: tahap.label, ...baris }]
              : [];
          }),
        );
      const terpilih = semua.filter(
        (item) =>
          (!alur || item.alur === alur) && (!query.tahap || item.status.tahap === query.tahap),
      );
      return {
        data: await keItem(terpilih.slice((page - 1) * pageSize, page * pageSize)),
        meta: {
          pagination: {
            page,
            pageSize,
            pageCount: Math.ceil(terpilih.length / pageSize),
            total: terpilih.length,
          },
          ringkasan: { jumlah: semua.length, lewat: semua.filter((item) => item.lewat).length },
          perTahap,
        },
      };
    },
  };
};
