import type { Core } from '@strapi/strapi';
import { PERAN, UID } from '../../constants';
import { aksiBerkode, aksiDariTahap, peranBerikutnya } from '../../domain/mesin';
import { getService } from '../../utils/get-service';
import { documentUrl } from '../../utils/admin-links';
import { formatWib } from '../../../../shared/time';
import type { DefinisiAlur, NotifikasiAksi } from '../../workflows/types';
import { type Aktor, type AdminUser, aktorFromAdmin } from '../engine/aktor';
import type { Penerima } from './mailer';
import type { Kedatangan, PeristiwaTransisi } from '../engine/events';

const KODE_PERAN = new Set<string>(PERAN.map((peran) => peran.kode));

/**
 * Who hears of what (issue "nobody misses an H+1"):
 * - an item arriving at a stage: every active admin holding a role that acts there, or only its
 *   assignees where the stage is for them;
 * - an item handed back or rejected (an action with `notifikasi` in its workflow): its submitter,
 *   with the note;
 * and, twice a day, each person's digest of what is due today or late (services/mail/reminders.ts).
 * People are reached through their SOP roles only: a Super Admin is not mailed for everything.
 */
/** A row of the plugin's mail preferences (content-types/preferensi-surel). */
interface BarisPreferensi {
  id: number;
  surelAktif: boolean | null;
}

/** How a scheduled publication ended, for whoever set it (services/engine/jadwal-tayang.ts). */
export interface KabarJadwal {
  jadwalId: number;
  uid: string;
  documentId: string;
  pemasangId: number;
  waktu: Date | string;
  hasil: 'batal' | 'gagal';
  alasan: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The people among these admins who want mail: a preference kept with their account, on by default. */
  async function yangMauSurel(users: AdminUser[]): Promise<Penerima[]> {
    const aktif = users.filter(
      (user): user is AdminUser & { email: string } =>
        user.isActive !== false && Boolean(user.email),
    );
    if (aktif.length === 0) return [];
    const mati = await strapi.db.query(UID.preferensiSurel).findMany({
      where: { adminUserId: { $in: aktif.map((user) => user.id) }, surelAktif: false },
    });
    const tolak = new Set(mati.map((baris: { adminUserId: number }) => baris.adminUserId));
    return aktif
      .filter((user) => !tolak.has(user.id))
      .map((user) => ({ id: user.id, email: user.email, nama: aktorFromAdmin(user).nama }));
  }

  async function penggunaDenganPeran(peran: string[]): Promise<AdminUser[]> {
    if (peran.length === 0) return [];
    return (await strapi.db
      .query('admin::user')
      .findMany({ where: { isActive: true, roles: { code: { $in: peran } } } })) as AdminUser[];
  }

  async function pengguna(ids: number[]): Promise<AdminUser[]> {
    if (ids.length === 0) return [];
    return (await strapi.db
      .query('admin::user')
      .findMany({ where: { id: { $in: ids } } })) as AdminUser[];
  }

  /** Those who act at the stage an item now stands in. */
  async function yangBertindak(
    alur: DefinisiAlur,
    tahap: string,
    penugasan: number[] | null,
  ): Promise<AdminUser[]> {
    const definisi = alur.tahap.find((item) => item.kode === tahap);
    if (!definisi || definisi.akhir) return [];
    if (definisi.untukYangDitugaskan) return pengguna(penugasan ?? []);
    return penggunaDenganPeran(peranBerikutnya(alur, tahap).map((peran) => peran.kode));
  }

  /**
   * Who is told of the action by name, as its `notifikasi.penerima` says: who submitted what was
   * returned or rejected (whoever last moved it out of the stage it is returned to, the team that
   * submitted or the secretary who forwarded, or out of the first stage for a rejection), or who
   * grants the late permission asked for.
   */
  async function pengaju(
    alur: DefinisiAlur,
    peristiwa: PeristiwaTransisi,
    kabar: NotifikasiAksi,
  ): Promise<AdminUser[]> {
    // A request for a late permission goes to whoever may grant it, not back down the line.
    if (kabar.penerima === 'pemberi-izin-terlambat') {
      const peran = alur.aksi
        .filter((aksi) => aksi.efek?.includes('izin-terlambat'))
        .flatMap((aksi) => aksi.peran);
      return (await penggunaDenganPeran([...new Set(peran)])).filter(
        (user) => user.id !== peristiwa.aktor.id,
      );
    }
    const asal = kabar.penerima === 'pengaju-tahap-awal' ? alur.tahapAwal : peristiwa.ke;
    const riwayat = await getService('riwayat').list(peristiwa.uid, peristiwa.documentId);
    const baris = [...riwayat].reverse().find((item) => item.dari === asal && item.aktorId);
    return baris ? pengguna([baris.aktorId as number]) : [];
  }

  /** The mail's facts about an item as it stands now (after the commit). */
  async function ringkasan(alur: DefinisiAlur, documentId: string) {
    const item = await getService('view').ringkas(alur.uid, documentId);
    const langkah = [
      ...new Set(
        aksiDariTahap(alur, item.tahap)
          .filter((aksi) => aksi.melalui !== 'sistem')
          .map((aksi) => aksi.langkah),
      ),
    ];
    return {
      judul: String(item.judul ?? '(tanpa judul)'),
      sop: `SOP ${alur.sop.nomor}: ${alur.sop.judul}`,
      tahap: item.tahapLabel,
      kodeTahap: item.tahap,
      langkah,
      tenggat: item.tenggatTeks,
      nomorRegister: item.nomorRegister,
      tautan: documentUrl(strapi, alur.uid, documentId),
      penugasan: item.penugasan,
      riwayatTerakhir: item.jumlahRiwayat,
    };
  }

  async function beritahuKedatangan(peristiwa: PeristiwaTransisi, kedatangan: Kedatangan) {
    const alur = getService('workflows').wajib(kedatangan.uid);
    const data = await ringkasan(alur, kedatangan.documentId);
    const penerima = await yangMauSurel(
      (await yangBertindak(alur, data.kodeTahap, data.penugasan)).filter(
        (user) => user.id !== peristiwa.aktor.id,
      ),
    );
    for (const kepada of penerima) {
      await getService('mailer').antrekan({
        // The arrival is identified by the item's history length: the same arrival, the same key.
        kunci: `tiba:${kedatangan.uid}:${kedatangan.documentId}:${data.riwayatTerakhir}:${kepada.id}`,
        jenis: 'tiba',
        kepada,
        data: { ...data, pengirim: peristiwa.aktor.nama, note: peristiwa.note },
      });
    }
  }

  async function beritahuPengaju(peristiwa: PeristiwaTransisi, kabar: NotifikasiAksi) {
    const alur = getService('workflows').wajib(peristiwa.uid);
    const data = await ringkasan(alur, peristiwa.documentId);
    for (const kepada of await yangMauSurel(await pengaju(alur, peristiwa, kabar))) {
      await getService('mailer').antrekan({
        kunci: `${kabar.surel}:${peristiwa.uid}:${peristiwa.documentId}:${data.riwayatTerakhir}:${kepada.id}`,
        jenis: kabar.surel,
        kepada,
        data: { ...data, pengirim: peristiwa.aktor.nama, note: peristiwa.note },
      });
    }
  }

  /** A schedule its setter did not end themselves: cancelled (and why), or failed (with the reason). */
  async function beritahuPemasangJadwal(kabar: KabarJadwal) {
    const alur = getService('workflows').wajib(kabar.uid);
    const data = await ringkasan(alur, kabar.documentId);
    for (const kepada of await yangMauSurel(await pengguna([kabar.pemasangId]))) {
      await getService('mailer').antrekan({
        kunci: `jadwal-tayang:${kabar.jadwalId}:${kabar.hasil}:${kepada.id}`,
        jenis: 'jadwal-tayang',
        kepada,
        data: {
          ...data,
          hasil: kabar.hasil === 'gagal' ? 'gagal diterbitkan' : 'dibatalkan',
          waktuJadwal: formatWib(kabar.waktu),
          note: kabar.alasan,
        },
      });
    }
  }

  const berjalan = new Set<Promise<void>>();

  return {
    /**
     * Called once the transition's transaction has committed (services/engine/transition.ts, onCommit):
     * the work starts on the next turn of the event loop, after the response is on its way.
     */
    jadwalkan(peristiwa: PeristiwaTransisi): void {
      const kerja = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.setelahTransisi(peristiwa))
        .finally(() => berjalan.delete(kerja));
      berjalan.add(kerja);
    },

    /** Off the caller, like `jadwalkan`: the schedule's setter hears how it ended. Never throws. */
    kabarJadwal(kabar: KabarJadwal): void {
      const kerja = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => (getService('mailer').aktif() ? beritahuPemasangJadwal(kabar) : undefined))
        .catch((error) => {
          strapi.log.error(
            `Pemberitahuan jadwal tayang #${kabar.jadwalId} gagal disiapkan: ${String(error)}`,
          );
        })
        .finally(() => berjalan.delete(kerja));
      berjalan.add(kerja);
    },

    /** Resolves once every notification prepared so far is sent or given up (tests, shutdown). */
    async selesai(): Promise<void> {
      while (berjalan.size) await Promise.allSettled([...berjalan]);
      await getService('mailer').selesai();
    },

    /** Never throws: a mail problem is logged and the transition stands. */
    async setelahTransisi(peristiwa: PeristiwaTransisi): Promise<void> {
      if (!getService('mailer').aktif()) return;
      try {
        const kembali = aksiBerkode(
          getService('workflows').wajib(peristiwa.uid),
          peristiwa.kodeAksi,
          peristiwa.dari,
        )?.notifikasi;
        for (const kedatangan of peristiwa.tiba) {
          // A returned item goes back to its submitter by name, not to everyone holding the role.
          if (
            kembali &&
            kedatangan.uid === peristiwa.uid &&
            kedatangan.documentId === peristiwa.documentId
          )
            continue;
          await beritahuKedatangan(peristiwa, kedatangan);
        }
        if (kembali) await beritahuPengaju(peristiwa, kembali);
      } catch (error) {
        strapi.log.error(
          `Pemberitahuan ${peristiwa.kodeAksi} untuk ${peristiwa.documentId} gagal disiapkan: ${String(error)}`,
        );
      }
    },

    /** Active admins who hold an SOP role and want mail, as the digest reaches them. */
    async penerimaPengingat(): Promise<Array<Penerima & { aktor: Aktor }>> {
      const users = (await strapi.db
        .query('admin::user')
        .findMany({ where: { isActive: true }, populate: ['roles'] })) as AdminUser[];
      const denganPeran = users.filter((user) =>
        user.roles?.some((role) => role.code && KODE_PERAN.has(role.code)),
      );
      const mau = new Map(
        (await yangMauSurel(denganPeran)).map((penerima) => [penerima.id, penerima]),
      );
      return denganPeran.flatMap((user) => {
        const penerima = mau.get(user.id);
        if (!penerima) return [];
        // Through their SOP roles only: a Super Admin's queue would hold everything.
        const aktor = aktorFromAdmin(user);
        return [
          {
            ...penerima,
            aktor: {
              ...aktor,
              peran: aktor.peran.filter((kode) => KODE_PERAN.has(kode)),
              superAdmin: false,
              peranKhusus: null,
            },
          },
        ];
      });
    },

    /** A person's own choice (GET/PUT /redaksi/preferences). */
    async preferensi(adminUserId: number): Promise<{ surelAktif: boolean }> {
      const baris = (await strapi.db
        .query(UID.preferensiSurel)
        .findOne({ where: { adminUserId } })) as BarisPreferensi | null;
      return { surelAktif: baris ? Boolean(baris.surelAktif) : true };
    },

    async aturPreferensi(
      adminUserId: number,
      surelAktif: boolean,
    ): Promise<{ surelAktif: boolean }> {
      const query = strapi.db.query(UID.preferensiSurel);
      const ada = (await query.findOne({ where: { adminUserId } })) as BarisPreferensi | null;
      if (ada) await query.update({ where: { id: ada.id }, data: { surelAktif } });
      else await query.create({ data: { adminUserId, surelAktif } });
      return { surelAktif };
    },
  };
};
