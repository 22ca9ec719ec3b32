import type { KodePeran } from '../constants';
import type { DefinisiAksi } from './types';

/**
 * The field that mirrors, on the draft, a pending scheduled publication (contract: docs/ISTILAH.md).
 * Named with the schedule's actions, like every other name of the workflow data the domain reads
 * (domain/sidik.ts leaves it out of the fingerprint).
 */
export const FIELD_JADWAL_TAYANG = 'jadwalTayang';

/** The actions of publication at an hour, as each SOP's workflow names them. */
export const AKSI_JADWALKAN = 'jadwalkan';
export const AKSI_BATALKAN_JADWAL = 'batalkan-jadwal';

/** History rows the engine writes for a schedule nobody cancelled by hand: changed content, a return, a revoked role, a failure. */
export const AKSI_JADWAL_BATAL = 'jadwal-dibatalkan';
export const AKSI_JADWAL_GAGAL = 'jadwal-gagal';
export const CATATAN_MESIN_JADWAL: Readonly<Record<string, string>> = {
  [AKSI_JADWAL_BATAL]: 'Jadwal tayang dibatalkan sistem',
  [AKSI_JADWAL_GAGAL]: 'Tayang terjadwal gagal',
};

/**
 * Press releases after a plenary, posts timed for their audience: whoever may publish from the
 * ready stage may instead set the minute of publication (WIB), and cancel it. Both stay in the
 * stage; the server publishes at that minute through the Publish guard, as the person who set it
 * (services/engine/jadwal-tayang.ts). Scheduling checks the publication's own conditions as they
 * will stand at that minute, so a schedule that could not publish is refused now.
 */
export function aksiJadwalTayang<F extends string>(publikasi: {
  dari: string;
  peran: readonly KodePeran[];
  langkah: string;
}): DefinisiAksi<F>[] {
  // Setting and cancelling are one decision's two sides: taken by the same people from the same
  // stage, which neither leaves, with no note required and no conditions of their own (the
  // publication's conditions are checked by the effect, as they will stand at the minute).
  const bersama: Pick<
    DefinisiAksi<F>,
    'dari' | 'ke' | 'peran' | 'melalui' | 'catatanWajib' | 'syarat'
  > = {
    dari: [publikasi.dari],
    ke: null,
    peran: publikasi.peran,
    melalui: 'transisi',
    catatanWajib: false,
    syarat: [],
  };
  return [
    {
      ...bersama,
      kode: AKSI_JADWALKAN,
      label: 'Jadwalkan Tayang',
      langkah: `${publikasi.langkah}, pada waktu yang ditentukan`,
      efek: ['jadwalkan-tayang'],
      masukan: [
        {
          kolom: FIELD_JADWAL_TAYANG,
          label: 'Waktu tayang (WIB)',
          wajib: true,
          kode: 'jadwal-tayang-wajib',
          bentuk: 'waktu-wib',
          petunjuk:
            'Server menerbitkan pada menit ini atas nama Anda, melalui pemeriksaan yang sama dengan tombol Terbitkan',
        },
      ],
    },
    {
      ...bersama,
      kode: AKSI_BATALKAN_JADWAL,
      label: 'Batalkan Jadwal Tayang',
      langkah: `${publikasi.langkah}: jadwal tayang dibatalkan`,
      efek: ['batalkan-jadwal'],
    },
  ];
}
