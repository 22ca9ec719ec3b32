import { closeSync, constants, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { KonfigurasiRantai } from '../../config';
import { PLUGIN_ID, UID } from '../../constants';
import { type KepalaJangkar, waktuJangkar } from '../../domain/jangkar';
import {
  type BarisBerantai,
  hashBaris,
  type HasilRantai,
  type IsiBarisRantai,
  periksaRantai,
} from '../../domain/rantai';
import type { Sidik } from '../../domain/sidik';
import type { CatatanPublik } from '../../../../shared/contracts/dokumen';
import { AnchorFileReader, writeAnchorFile } from '../../utils/anchor-file';
import type { TransactionParams } from '../../utils/transaction';
import { type Aktor, peranTercatat } from './aktor';

/** A history row as the engine writes it (the chain's links are added by `append`). */
interface BarisRiwayat extends IsiBarisRantai {
  waktu: Date;
  /** The content's fingerprint, on a decision that approves it and on the publication. */
  sidik: Sidik | null;
  /** The fields an edit changed (an edit outside the SOP, a media change). */
  field: string[] | null;
  /** An SOP rule this act was exempt from, for whom (a Super Admin): `pemisahan-tugas`, `sunting-luar-sop`. */
  pengecualian: string | null;
  /** What the act put on the public record (UU 14/2008): shared/contracts/dokumen.ts. */
  publik: CatatanPublik | null;
}

/**
 * What a caller knows of an act: the item, the action, the stages, who, when. The row's own shape
 * (the actor's columns, the role recorded, the empty values) is decided here only, for every
 * writer of the history: a transition, an effect's child disposition, a file change, an edit
 * outside the SOP.
 */
export interface CatatanRiwayat {
  uidKonten: string;
  dokumenId: string;
  aksi: string;
  dari: string | null;
  ke: string;
  aktor: Aktor;
  /** The roles the act belongs to: the first the actor holds is recorded, else the actor's special role. */
  peranAksi: readonly string[];
  waktu: Date;
  note?: string | null;
  alasanTerlambat?: string | null;
  terlambat?: boolean;
  sidik?: Sidik | null;
  field?: string[] | null;
  pengecualian?: string | null;
  publik?: CatatanPublik | null;
}

/** The row a `CatatanRiwayat` is written as (pure; the chain's links are added when it is appended). */
export function barisRiwayat({ aktor, peranAksi, ...catatan }: CatatanRiwayat): BarisRiwayat {
  return {
    uidKonten: catatan.uidKonten,
    dokumenId: catatan.dokumenId,
    aksi: catatan.aksi,
    dari: catatan.dari,
    ke: catatan.ke,
    aktorId: aktor.id,
    aktorNama: aktor.nama,
    peran: peranTercatat(aktor, peranAksi),
    note: catatan.note?.trim() || null,
    alasanTerlambat: catatan.alasanTerlambat ?? null,
    terlambat: catatan.terlambat ?? false,
    waktu: catatan.waktu,
    sidik: catatan.sidik ?? null,
    field: catatan.field ?? null,
    pengecualian: catatan.pengecualian ?? null,
    publik: catatan.publik ?? null,
  };
}

/** A history row as the query engine gives it back (`sidik` and `field` are JSON columns). */
export interface BarisRiwayatTersimpan extends BarisBerantai {
  sidik: Sidik | null;
  field: string[] | null;
  pengecualian: string | null;
  publik: CatatanPublik | null;
}

const PESAN_HANYA_TAMBAH =
  'Riwayat alur SOP hanya dapat ditambah: tidak dapat diubah atau dihapus oleh siapa pun';

/**
 * The append-only history of every transition (who, role, action, from, to, note, late reason,
 * when), each row chained to the one before it for the same item by its HMAC, and each item's
 * chain head anchored after commit in the operator's anchor file, outside the database.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { kunci, berkasJangkar } = strapi.config.get<KonfigurasiRantai>(
    `plugin::${PLUGIN_ID}.rantai`,
  );
  const berkas = path.resolve(strapi.dirs.app.root, berkasJangkar);
  const pembaca = new AnchorFileReader(berkas);

  /**
   * Append the heads of a committed transaction. A failure is logged as an error, loudly, and
   * goes no further: the transition already committed (the stage changed, the row is in the
   * history, the people concerned will be told), and throwing here would only report as failed
   * a transition that happened; it cannot undo a COMMIT. The head missing from the file shows in
   * the verification as rows "belum tercatat di berkas jangkar", and the item's next committed
   * row anchors a head that vouches for them again.
   *
   * Synchronous on purpose: the head is on the disk before the transition's answer goes out, so
   * whoever saw the 200 can rely on the witness. Transitions are an editorial team's pace, and an
   * fdatasync of a few milliseconds on the event loop per transition is a small price for that.
   */
  function jangkarkan(kepala: KepalaJangkar[]): void {
    try {
      const waktu = waktuJangkar(new Date());
      writeAnchorFile(
        berkas,
        kepala.map((k) => ({ ...k, waktu, sebab: 'riwayat' as const })),
      );
    } catch (error) {
      strapi.log.error(
        `RIWAYAT TIDAK TERJANGKAR: kepala rantai ${kepala
          .map((k) => `${k.uidKonten} ${k.dokumenId} (baris ke-${k.jumlah}, ${k.hash})`)
          .join(
            ', ',
          )} gagal ditulis ke ${berkas}: ${error instanceof Error ? error.message : String(error)}. ` +
          'Transisi tetap tercatat di basis data; periksa berkas jangkar (izin, disk penuh) sekarang.',
      );
    }
  }

  return {
    /** Where the heads are anchored (absolute). */
    berkasJangkar: berkas,

    /**
     * Rows of one item are written one at a time: every caller holds the item's state row by its
     * compare-and-set in the same transaction, so the row before is the one this row links to,
     * and the count before is this row's position.
     */
    async append(catatan: CatatanRiwayat): Promise<void> {
      const isi = barisRiwayat(catatan);
      // Joins the caller's transaction (or opens one): the head is anchored only once it commits.
      await strapi.db.transaction(async ({ trx, onCommit }: TransactionParams) => {
        const where = { uidKonten: isi.uidKonten, dokumenId: isi.dokumenId };
        const terakhir = (await strapi.db.query(UID.riwayat).findOne({
          where,
          orderBy: { id: 'desc' },
          select: ['hash'],
        })) as Pick<BarisRiwayatTersimpan, 'hash'> | null;
        const jumlah = await strapi.db.query(UID.riwayat).count({ where });
        const hashSebelum: string | null = terakhir?.hash ?? null;
        const hash = hashBaris(isi, hashSebelum, kunci);
        await strapi.db.query(UID.riwayat).create({ data: { ...isi, hashSebelum, hash } });
        const kepala: KepalaJangkar = {
          uidKonten: isi.uidKonten,
          dokumenId: isi.dokumenId,
          jumlah: jumlah + 1,
          hash,
        };
        // Strapi runs onCommit callbacks after knex's commit(), which resolves even when the
        // COMMIT itself failed (a database restart): a head anchored then would name a row the
        // database never kept, and the item's next row would look like a rewrite. So the head is
        // written only once the commit's own promise settles fulfilled. Nothing here may throw
        // into Strapi's commit path.
        const komit = trx.executionPromise ?? Promise.resolve();
        onCommit(() => {
          komit.then(
            () => jangkarkan([kepala]),
            () => undefined,
          );
        });
      });
    },

    /** Whether the item's history is as the engine wrote it, and as the anchor file last saw it. */
    async periksaRantai(uid: string, dokumenId: string): Promise<HasilRantai> {
      const baris = (await strapi.db
        .query(UID.riwayat)
        .findMany({ where: { uidKonten: uid, dokumenId } })) as BarisRiwayatTersimpan[];
      let jangkar = null;
      try {
        jangkar = pembaca.baca().untuk(uid, dokumenId);
      } catch (error) {
        strapi.log.error(
          `Berkas jangkar riwayat ${berkas} tidak terbaca: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return periksaRantai(baris, kunci, jangkar);
    },

    async count(uid: string, dokumenId: string): Promise<number> {
      return strapi.db.query(UID.riwayat).count({ where: { uidKonten: uid, dokumenId } });
    },

    async list(uid: string, dokumenId: string): Promise<BarisRiwayatTersimpan[]> {
      return (await strapi.db.query(UID.riwayat).findMany({
        where: { uidKonten: uid, dokumenId },
        orderBy: [{ waktu: 'asc' }, { id: 'asc' }],
      })) as BarisRiwayatTersimpan[];
    },

    /**
     * The database layer itself refuses to change or remove a history row, so that neither the
     * admin panel, an API, nor code in this project can rewrite what happened.
     */
    lindungi(): void {
      const tolak = () => {
        throw new errors.PolicyError(PESAN_HANYA_TAMBAH);
      };
      strapi.db.lifecycles.subscribe({
        models: [UID.riwayat],
        beforeUpdate: tolak,
        beforeUpdateMany: tolak,
        beforeDelete: tolak,
        beforeDeleteMany: tolak,
      });
      // An anchor file this process cannot append to would leave every transition without its
      // witness outside the database: said at start, not at the first transition.
      try {
        mkdirSync(path.dirname(berkas), { recursive: true });
        closeSync(
          openSync(berkas, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o640),
        );
      } catch (error) {
        strapi.log.error(
          `RIWAYAT TIDAK TERJANGKAR: berkas jangkar ${berkas} tidak dapat ditambah (${error instanceof Error ? error.message : String(error)}); periksa RIWAYAT_JANGKAR_FILE dan izinnya.`,
        );
      }
    },
  };
};
