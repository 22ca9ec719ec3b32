import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type Job, Queue, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { UID } from '../../constants';
import { bacaJadwalTayang, type StatusJadwal } from '../../domain/jadwal-tayang';
import { aksiPublish, bolehMengambil, labelTahap, putuskan } from '../../domain/mesin';
import { bedaDariSidik, type Sidik } from '../../domain/sidik';
import { formatWib } from '../../../../shared/time';
import { documentService } from '../../utils/document-service';
import { getService } from '../../utils/get-service';
import { permintaanSebagai } from '../../utils/permintaan-sebagai';
import type { TransactionParams } from '../../utils/transaction';
import {
  AKSI_JADWAL_BATAL,
  AKSI_JADWAL_GAGAL,
  FIELD_JADWAL_TAYANG,
} from '../../workflows/jadwal-tayang';
import type { DefinisiAksi, DefinisiAlur } from '../../workflows/types';
import { AKTOR_SISTEM, type AdminUser, type Aktor, aktorFromAdmin } from './aktor';
import type { KonteksEfek } from './efek';
import { loadDocument, sidikForAction } from './load-document';
import { keStatusAlur } from './status';
import { toError } from './transition';

/** A row of plugin::redaksi.jadwal-tayang. */
export interface BarisJadwal {
  id: number;
  uidKonten: string;
  dokumenId: string;
  waktu: string | Date;
  status: StatusJadwal;
  pemasangId: number;
  pemasangNama: string | null;
  sidik: Sidik | null;
  alasan: string | null;
}

/** How one firing ended, for the caller (the sweep counts, tests read it). */
export type HasilTayang = 'terbit' | 'belum' | 'diambil' | 'batal' | 'gagal';

/**
 * The request state under which the scheduled publication runs: the Publish guard
 * (document-middleware/index.ts) writes it as the note of its history row, so the history shows
 * the setter's publication as scheduled.
 */
const STATE_TERJADWAL = 'redaksiTayangTerjadwal';

export function catatanTayangTerjadwal(strapi: Core.Strapi): string | null {
  const state: unknown = strapi.requestContext.get()?.state;
  const catatan = (state as Record<string, unknown> | undefined)?.[STATE_TERJADWAL];
  return typeof catatan === 'string' ? catatan : null;
}

/** The setter lost the right to publish (cancelled, not failed: nothing was tried). */
class IzinDicabut extends Error {}

/** Why the setter may no longer publish, or null when they still may. */
function izinPemasang(user: AdminUser | null, publikasi: DefinisiAksi): string | null {
  if (!user) return 'akun pemasang jadwal sudah dihapus';
  if (user.isActive === false) return 'akun pemasang jadwal dinonaktifkan';
  if (!bolehMengambil(publikasi, aktorFromAdmin(user)))
    return `pemasang jadwal tidak lagi memegang peran ${publikasi.peran.join(' atau ')}`;
  return null;
}

export interface OpsiPemicu {
  /** BullMQ's key prefix (several installations, or test files, share one Redis). */
  prefix: string;
  /** How long a Redis call made for a schedule may take before it is given up (logged). */
  batasMs: number;
}

/**
 * A new Redis connection for BullMQ (`pekerja`: the worker's blocking one), or null without Redis.
 * The application gives it (src/publik/redis.ts, where every Redis client of the server is made).
 */
export type SambungRedis = (pekerja: boolean) => Redis | null;

export const ANTREAN_JADWAL = 'jadwal-tayang';

/**
 * The trigger at the minute, when Redis is there: a BullMQ delayed job per schedule (jobId from the
 * schedule's id: added twice, it is one job; cancelled, it is removed). Only a trigger: whichever
 * fires first, a job on any instance or the database sweep, claims the schedule in the database,
 * and only that one publishes. Every Redis call is bounded and made off the request: a Redis that
 * hangs delays nothing but its own job, and the sweep still publishes on time (issue #22).
 */
export function buatPemicuJadwal(
  strapi: Core.Strapi,
  opsi: OpsiPemicu,
  tayangkan: (id: number) => Promise<HasilTayang>,
) {
  let antrean: Queue | null = null;
  let pekerja: Worker | null = null;
  const koneksi: Redis[] = [];

  const dalamBatas = async <T>(kerja: Promise<T>, apa: string): Promise<T | undefined> => {
    let batas: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        kerja,
        new Promise<never>((_, reject) => {
          batas = setTimeout(
            () => reject(new Error(`tidak dijawab dalam ${opsi.batasMs} ms`)),
            opsi.batasMs,
          );
        }),
      ]);
    } catch (error) {
      strapi.log.warn(
        `Jadwal tayang: ${apa} lewat Redis gagal (${(error as Error).message}); sapuan basis data tetap menerbitkan tepat waktu`,
      );
      return undefined;
    } finally {
      clearTimeout(batas);
    }
  };

  return {
    aktif: () => antrean !== null,

    /** At start, when Redis is configured: the queue and this instance's worker. */
    async mulai(sambung: SambungRedis): Promise<void> {
      if (antrean) return;
      const [untukAntrean, untukPekerja] = [sambung(false), sambung(true)];
      if (!untukAntrean || !untukPekerja) return;
      koneksi.push(untukAntrean, untukPekerja);
      antrean = new Queue(ANTREAN_JADWAL, { connection: untukAntrean, prefix: opsi.prefix });
      pekerja = new Worker(
        ANTREAN_JADWAL,
        async (job: Job<{ id: number }>) => {
          await tayangkan(Number(job.data.id));
        },
        { connection: untukPekerja, prefix: opsi.prefix, concurrency: 1 },
      );
      pekerja.on('error', (error) =>
        strapi.log.warn(`Jadwal tayang: pekerja BullMQ: ${error.message}`),
      );
      await dalamBatas(antrean.waitUntilReady(), 'menyambung antrean');
    },

    /** After commit: the job that fires at the schedule's minute. */
    async antrekan(baris: Pick<BarisJadwal, 'id' | 'waktu'>): Promise<void> {
      if (!antrean) return;
      const delay = Math.max(
        0,
        new Date(baris.waktu).getTime() - getService('clock').now().getTime(),
      );
      await dalamBatas(
        antrean.add(
          'tayang',
          { id: baris.id },
          { jobId: `jadwal-${baris.id}`, delay, removeOnComplete: true, removeOnFail: 1000 },
        ),
        `memasang pemicu jadwal #${baris.id}`,
      );
    },

    /** After commit: a cancelled schedule's job goes (were it left, it would find nothing to do). */
    async hapus(id: number): Promise<void> {
      if (!antrean) return;
      await dalamBatas(antrean.remove(`jadwal-${id}`), `mencabut pemicu jadwal #${id}`);
    },

    async tutup(): Promise<void> {
      const [lamaAntrean, lamaPekerja] = [antrean, pekerja];
      antrean = null;
      pekerja = null;
      await dalamBatas(
        Promise.all([lamaPekerja?.close(), lamaAntrean?.close()]),
        'menutup antrean',
      );
      for (const klien of koneksi.splice(0)) klien.disconnect();
    },
  };
}

/**
 * Publication at an hour (issue #26): the schedule a person sets with `jadwalkan`, kept in
 * plugin::redaksi.jadwal-tayang and mirrored on the draft's `jadwalTayang` exactly while it is
 * pending; published at its minute through the Publish guard in that person's name, exactly once
 * however many instances race (a compare-and-set claim in the database); cancelled when the content
 * changes, the item leaves the stage, or the setter loses the right to publish.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID.jadwalTayang);
  const sekarang = () => getService('clock').now();

  const menunggu = async (uid: string, documentId: string) =>
    (await query().findOne({
      where: { uidKonten: uid, dokumenId: documentId, status: 'menunggu' },
      orderBy: { id: 'desc' },
    })) as BarisJadwal | null;

  /**
   * The draft's mirror of the pending schedule (contract: non-null exactly while one is pending).
   * Set on the draft; cleared on every version: a publication by hand (or in bulk) copies the draft,
   * mirror and all, before the schedule it overtakes is ended (setelahTransisi), and the published
   * copy must not carry a minute that no longer stands.
   */
  const cerminkan = (uid: string, documentId: string, waktu: Date | null) =>
    strapi.db.query(uid).updateMany({
      where: waktu ? { documentId, publishedAt: null } : { documentId },
      data: { [FIELD_JADWAL_TAYANG]: waktu },
    });

  /** Compare-and-set: ends a pending schedule; false when something else ended it first. */
  const akhiri = async (id: number, status: StatusJadwal, alasan: string | null, saat: Date) => {
    const { count } = await query().updateMany({
      where: { id, status: 'menunggu' },
      data: { status, alasan, selesaiPada: saat },
    });
    return count > 0;
  };

  const publikasiDari = (alur: DefinisiAlur) => {
    const publikasi = aksiPublish(alur);
    if (!publikasi) throw new Error(`SOP ${alur.sop.nomor} tidak menerbitkan apa pun`);
    return publikasi;
  };

  const pemasang = async (id: number) =>
    (await strapi.db
      .query('admin::user')
      .findOne({ where: { id }, populate: ['roles'] })) as AdminUser | null;

  const pemicu = buatPemicuJadwal(
    strapi,
    {
      prefix: `${strapi.config.get<string>('publik.redisPrefix', 'redaksi:')}bull`,
      batasMs: Math.max(1000, strapi.config.get<number>('publik.redisTimeoutMs', 250) * 4),
    },
    (id) => layanan.tayangkanId(id),
  );

  /**
   * A pending schedule ended by the engine (the content changed, the item moved, the setter lost
   * the right, the publication failed): recorded in the item's history and told to the setter.
   * Inside the caller's transaction; nothing when it was no longer pending.
   */
  async function akhiriOlehSistem(
    alur: DefinisiAlur,
    baris: BarisJadwal,
    hasil: 'batal' | 'gagal',
    alasan: string,
    aktor: Aktor = AKTOR_SISTEM,
  ): Promise<boolean> {
    return strapi.db.transaction(async ({ onCommit }: TransactionParams) => {
      const saat = sekarang();
      if (!(await akhiri(baris.id, hasil, alasan, saat))) return false;
      await cerminkan(alur.uid, baris.dokumenId, null);
      const status = await getService('status').ensure(alur, baris.dokumenId, saat);
      // In order with any transition taken at the same moment, like any engine note.
      await getService('status').compareAndSet(status, {});
      await getService('riwayat').append({
        uidKonten: alur.uid,
        dokumenId: baris.dokumenId,
        aksi: hasil === 'gagal' ? AKSI_JADWAL_GAGAL : AKSI_JADWAL_BATAL,
        dari: status.tahap,
        ke: status.tahap,
        aktor,
        peranAksi: [],
        note: `${hasil === 'gagal' ? 'Tayang terjadwal' : 'Jadwal tayang'} ${formatWib(baris.waktu)} (dipasang ${baris.pemasangNama ?? `#${baris.pemasangId}`}) ${hasil === 'gagal' ? 'gagal' : 'dibatalkan'}: ${alasan}`,
        waktu: saat,
      });
      onCommit(() => {
        void pemicu.hapus(baris.id);
        getService('notifications').kabarJadwal({
          jadwalId: baris.id,
          uid: alur.uid,
          documentId: baris.dokumenId,
          pemasangId: baris.pemasangId,
          waktu: baris.waktu,
          hasil,
          alasan,
        });
      });
      return true;
    });
  }

  const onCommitDari = (kerja: () => void) =>
    strapi.db.transaction(({ onCommit }: TransactionParams) => {
      onCommit(kerja);
      return Promise.resolve();
    });

  const layanan = {
    pemicu,

    /** The pending schedule of an item, if any (the panel and the queue show it). */
    menunggu,

    /**
     * `jadwalkan`, before the state moves: the time is readable, ahead and within bounds, and the
     * publication's own conditions hold as they will stand at that minute (fingerprint, links,
     * the deadline and late permission): what could not publish then is refused now, with the
     * Publish button's own messages. The history row's note says the minute.
     */
    async periksa(konteks: KonteksEfek): Promise<void> {
      const { alur, status, dokumen, aktor, masukan } = konteks;
      if (aktor.id === null)
        throw new errors.ValidationError('Jadwal tayang dipasang oleh seorang pengguna admin', {
          kode: 'jadwal-tanpa-pemasang',
        });
      const waktu = bacaJadwalTayang(masukan.jadwalTayang, konteks.sekarang);
      if (!waktu.ok)
        throw new errors.ValidationError(waktu.pesan, {
          syarat: [{ kode: 'jadwal-tayang', pesan: waktu.pesan, field: FIELD_JADWAL_TAYANG }],
        });
      const publikasi = publikasiDari(alur);
      const keputusan = putuskan(alur, {
        kodeAksi: publikasi.kode,
        jalur: 'publish',
        status: keStatusAlur(status),
        pelaku: aktor,
        dokumen,
        masukan: {},
        sekarang: waktu.waktu,
        sidikSekarang: await sidikForAction(alur, status.tahap, dokumen, publikasi.kode),
      });
      if (!keputusan.ok) throw toError(keputusan.penolakan);
      masukan.jadwalTayang = waktu.waktu.toISOString();
      masukan.note = [`Tayang pada ${formatWib(waktu.waktu)}`, masukan.note?.trim()]
        .filter(Boolean)
        .join('. ');
    },

    /** `jadwalkan`, in its transaction: the schedule (replacing a pending one) and its mirror. */
    async pasang(konteks: KonteksEfek): Promise<void> {
      const { alur, documentId, dokumen, status, aktor, masukan } = konteks;
      const waktu = new Date(String(masukan.jadwalTayang));
      const lama = await menunggu(alur.uid, documentId);
      if (lama)
        await akhiri(lama.id, 'batal', `diganti jadwal ${formatWib(waktu)}`, konteks.sekarang);
      const sidik = await sidikForAction(alur, status.tahap, dokumen, publikasiDari(alur).kode);
      const baris = (await query().create({
        data: {
          uidKonten: alur.uid,
          dokumenId: documentId,
          waktu,
          status: 'menunggu',
          pemasangId: aktor.id,
          pemasangNama: aktor.nama,
          sidik: sidik?.sidik ?? null,
        },
      })) as BarisJadwal;
      await cerminkan(alur.uid, documentId, waktu);
      await onCommitDari(() => {
        if (lama) void pemicu.hapus(lama.id);
        void pemicu.antrekan(baris);
      });
    },

    /** `batalkan-jadwal`, before the state moves: there is a schedule to cancel; the note says which. */
    async periksaBatal({ alur, documentId, masukan }: KonteksEfek): Promise<void> {
      const lama = await menunggu(alur.uid, documentId);
      if (!lama)
        throw new errors.ValidationError('Tidak ada jadwal tayang yang menunggu pada dokumen ini', {
          kode: 'tanpa-jadwal',
        });
      masukan.note = [`Jadwal tayang ${formatWib(lama.waktu)} dibatalkan`, masukan.note?.trim()]
        .filter(Boolean)
        .join('. ');
    },

    /** `batalkan-jadwal`, in its transaction: its row is the record; the setter hears if someone else did it. */
    async batalkan({ alur, documentId, aktor, sekarang: saat, masukan }: KonteksEfek) {
      const lama = await menunggu(alur.uid, documentId);
      if (!lama || !(await akhiri(lama.id, 'batal', masukan.note ?? null, saat))) return;
      await cerminkan(alur.uid, documentId, null);
      await onCommitDari(() => {
        void pemicu.hapus(lama.id);
        if (lama.pemasangId !== aktor.id)
          getService('notifications').kabarJadwal({
            jadwalId: lama.id,
            uid: alur.uid,
            documentId,
            pemasangId: lama.pemasangId,
            waktu: lama.waktu,
            hasil: 'batal',
            alasan: `dibatalkan oleh ${aktor.nama}`,
          });
      });
    },

    /**
     * After any transition: a schedule is set for the stage it was set in. An item moved on (sent
     * back, published by hand before the minute, taken down) takes its schedule with it.
     */
    async setelahTransisi({ alur, aksi, status, perubahan, documentId, aktor }: KonteksEfek) {
      if (!perubahan.tahap || perubahan.tahap === status.tahap) return;
      const baris = await menunggu(alur.uid, documentId);
      if (!baris) return;
      await akhiriOlehSistem(
        alur,
        baris,
        'batal',
        `tahap berpindah ke "${labelTahap(alur, perubahan.tahap)}" oleh aksi "${aksi.label}" (${aktor.nama})`,
        aktor,
      );
    },

    /**
     * After an edit of the draft: a change of what would go online (the fingerprint, beyond the
     * fields the stage leaves free) is no longer what the schedule was set for.
     */
    async setelahSuntingan(alur: DefinisiAlur, documentId: string, aktor: Aktor): Promise<void> {
      const baris = await menunggu(alur.uid, documentId);
      if (!baris?.sidik) return;
      const status = await getService('status').findOne(alur.uid, documentId);
      if (!status) return;
      const dokumen = await loadDocument(alur, documentId);
      const kini = await sidikForAction(alur, status.tahap, dokumen, publikasiDari(alur).kode);
      const beda = kini ? bedaDariSidik(baris.sidik, kini.sidik, kini.fieldBebas) : [];
      if (beda.length === 0) return;
      await akhiriOlehSistem(
        alur,
        baris,
        'batal',
        `konten berubah sejak dijadwalkan (${beda.join(', ')}) oleh ${aktor.nama}`,
        aktor,
      );
    },

    /** An admin account changed or went: its pending schedules go when it may no longer publish. */
    async periksaPemasang(adminId: number): Promise<void> {
      const daftar = (await query().findMany({
        where: { pemasangId: adminId, status: 'menunggu' },
      })) as BarisJadwal[];
      if (daftar.length === 0) return;
      const user = await pemasang(adminId);
      for (const baris of daftar) {
        const alur = getService('workflows').wajib(baris.uidKonten);
        const alasan = izinPemasang(user, publikasiDari(alur));
        if (alasan) await akhiriOlehSistem(alur, baris, 'batal', alasan);
      }
    },

    /**
     * At the minute: claim the schedule (compare-and-set, in the publication's transaction: a
     * second instance waits for the first and then finds it taken), then publish through the
     * Publish guard as the setter, re-read with their roles now. A refusal rolls the claim back
     * and ends the schedule as failed, with the guard's own reason, told to the setter.
     */
    async tayangkan(baris: BarisJadwal): Promise<HasilTayang> {
      if (new Date(baris.waktu).getTime() > sekarang().getTime()) return 'belum';
      const alur = getService('workflows').wajib(baris.uidKonten);
      const publikasi = publikasiDari(alur);
      try {
        return await strapi.db.transaction(async () => {
          const saat = sekarang();
          if (!(await akhiri(baris.id, 'terbit', null, saat))) return 'diambil' as const;
          const user = await pemasang(baris.pemasangId);
          const dicabut = izinPemasang(user, publikasi);
          if (dicabut) throw new IzinDicabut(dicabut);
          await cerminkan(alur.uid, baris.dokumenId, null);
          const catatan = `Tayang terjadwal: dipasang ${baris.pemasangNama ?? `#${baris.pemasangId}`} untuk ${formatWib(baris.waktu)}`;
          await strapi.requestContext.run(
            permintaanSebagai(strapi, user, { [STATE_TERJADWAL]: catatan }),
            async () => {
              await documentService(alur.uid).publish({ documentId: baris.dokumenId });
            },
          );
          return 'terbit' as const;
        });
      } catch (error) {
        const dicabut = error instanceof IzinDicabut;
        const alasan = (error as Error).message || String(error);
        const tercatat = await akhiriOlehSistem(alur, baris, dicabut ? 'batal' : 'gagal', alasan);
        if (!tercatat) return 'diambil';
        if (!dicabut)
          strapi.log.warn(`Tayang terjadwal #${baris.id} (${baris.dokumenId}) gagal: ${alasan}`);
        return dicabut ? 'batal' : 'gagal';
      }
    },

    async tayangkanId(id: number): Promise<HasilTayang> {
      const baris = (await query().findOne({ where: { id } })) as BarisJadwal | null;
      if (!baris || baris.status !== 'menunggu') return 'diambil';
      return layanan.tayangkan(baris);
    },

    /**
     * The database sweep (every minute, on every instance, with or without Redis): each due
     * schedule, oldest first. The only trigger without Redis, the safety net with it.
     */
    async sapu(): Promise<HasilTayang[]> {
      const jatuhTempo = (await query().findMany({
        where: { status: 'menunggu', waktu: { $lte: sekarang() } },
        orderBy: [{ waktu: 'asc' }, { id: 'asc' }],
      })) as BarisJadwal[];
      const hasil: HasilTayang[] = [];
      for (const baris of jatuhTempo) hasil.push(await layanan.tayangkan(baris));
      return hasil;
    },
  };
  return layanan;
};
