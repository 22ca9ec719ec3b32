/**
 * The month at a glance ("Kalender"): the entries of the calendar built from an item's rows, and
 * the filters on them. Pure: the kalender read model (services/read-models/kalender.ts) reads the
 * rows, this decides what they show and whom they concern.
 *
 * Whom an entry concerns (the role filter, docs/ISTILAH.md "kalender"):
 * - `kegiatan` (an activity's date): the roles the item waits for at its stage now;
 * - `tenggat` (a deadline running in the item's stage): the roles of the action it is due for;
 * - `jadwal` (a scheduled publication) and `terbit` (a publication): the roles that publish.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { TIME_ZONE } from '../constants';
import type { DefinisiAksi, DefinisiAlur } from '../workflows/types';
import { aksiDitunggu, aksiPublish, labelTahap, type StatusAlur, tenggatTahap } from './mesin';
import type { DokumenSnapshot } from './syarat';
import type { RentangBulan } from './tenggat';
import { jalurEditDokumen } from '../../../shared/alur';
import {
  type EntriKalender,
  JENIS_ENTRI_KALENDER,
  type JenisEntriKalender,
  type SopKalender,
} from '../../../shared/contracts/kalender';

const inWib = { in: tz(TIME_ZONE) };

/** "20" for SOP 20/2025 (the disposition sheets belong to SOP 20 too). */
export const sopKalender = (alur: DefinisiAlur): SopKalender =>
  alur.sop.nomor.split('/')[0] as SopKalender;

/** When an instant falls, as people in Padang read it. */
export function saatWib(instant: Date): Pick<EntriKalender, 'tanggal' | 'jam' | 'waktu'> {
  return {
    tanggal: format(instant, 'yyyy-MM-dd', inWib),
    jam: format(instant, 'HH:mm', inWib),
    waktu: instant.toISOString(),
  };
}

const dalamBulan = (instant: Date, rentang: RentangBulan) =>
  instant.getTime() >= rentang.mulai.getTime() && instant.getTime() < rentang.selesai.getTime();

const unik = (kode: readonly string[]) => [...new Set(kode)];

/** The roles an item at this stage waits for now (all its awaited actions' roles). */
export const peranDitunggu = (alur: DefinisiAlur, tahap: string): string[] =>
  unik(aksiDitunggu(alur, tahap, 'semua').flatMap((aksi) => aksi.peran));

/** The roles that publish in this workflow (and so set or change a schedule). */
export const peranPenerbit = (alur: DefinisiAlur): string[] => unik(aksiPublish(alur)?.peran ?? []);

/** An item as the calendar reads it: which one, its title, its stage. */
export interface ItemKalender {
  documentId: string;
  judul: string | null;
  tahap: string;
}

function entri(
  alur: DefinisiAlur,
  item: ItemKalender,
  jenis: JenisEntriKalender,
  saat: Pick<EntriKalender, 'tanggal' | 'jam' | 'waktu'>,
  peran: string[],
  lain: { kunci?: string; aksiLabel?: string } = {},
): EntriKalender {
  return {
    id: [jenis, alur.kode, item.documentId, lain.kunci].filter(Boolean).join(':'),
    jenis,
    judul: item.judul?.trim() || '(tanpa judul)',
    ...saat,
    sop: sopKalender(alur),
    alur: alur.kode,
    uid: alur.uid,
    documentId: item.documentId,
    tahap: item.tahap,
    tahapLabel: labelTahap(alur, item.tahap),
    aksiLabel: lain.aksiLabel ?? null,
    peran,
    tautan: jalurEditDokumen(alur.uid, item.documentId),
  };
}

/** The activity's date (`tanggalKegiatan`, a WIB calendar day), a whole-day entry. */
export const entriKegiatan = (alur: DefinisiAlur, item: ItemKalender, tanggal: string) =>
  entri(
    alur,
    item,
    'kegiatan',
    { tanggal: tanggal.slice(0, 10), jam: null, waktu: null },
    peranDitunggu(alur, item.tahap),
  );

/** The minute the server will publish the draft (`jadwalTayang`). */
export const entriJadwal = (alur: DefinisiAlur, item: ItemKalender, jadwal: Date) =>
  entri(alur, item, 'jadwal', saatWib(jadwal), peranPenerbit(alur));

/** A publication, from its history row (`kunci`: the row's id, an item may be published again). */
export const entriTerbit = (alur: DefinisiAlur, item: ItemKalender, waktu: Date, kunci: string) =>
  entri(alur, item, 'terbit', saatWib(waktu), peranPenerbit(alur), { kunci });

/**
 * The deadlines running in the item's stage (the engine's `tenggatTahap`) that fall in the month:
 * one entry per instant, for all the actions due then (a decision's approve, reject and return
 * share one deadline, and are one thing to do by then).
 */
export function entriTenggat(
  alur: DefinisiAlur,
  item: ItemKalender,
  dokumen: DokumenSnapshot,
  status: StatusAlur,
  rentang: RentangBulan,
): EntriKalender[] {
  const perBatas = new Map<number, { batas: Date; aksi: DefinisiAksi[] }>();
  for (const { aksi, batas } of tenggatTahap(alur, dokumen, status)) {
    if (!dalamBulan(batas, rentang)) continue;
    const sama = perBatas.get(batas.getTime()) ?? { batas, aksi: [] };
    sama.aksi.push(aksi);
    perBatas.set(batas.getTime(), sama);
  }
  return [...perBatas.values()].map(({ batas, aksi }) =>
    entri(alur, item, 'tenggat', saatWib(batas), unik(aksi.flatMap((satu) => satu.peran)), {
      kunci: `${aksi[0].kode}@${item.tahap}`,
      aksiLabel: unik(aksi.map((satu) => satu.label)).join(' / '),
    }),
  );
}

export interface SaringanKalender {
  sop: SopKalender | null;
  /** Empty: every role. */
  peran: readonly string[];
}

/** The entries of this SOP concerning any of these roles. */
export const saringKalender = (daftar: EntriKalender[], saringan: SaringanKalender) =>
  daftar.filter(
    (item) =>
      (!saringan.sop || item.sop === saringan.sop) &&
      (saringan.peran.length === 0 || item.peran.some((kode) => saringan.peran.includes(kode))),
  );

/** By day, whole days first, then by time, kind (the legend's order) and title. */
export function urutanKalender(a: EntriKalender, b: EntriKalender): number {
  return (
    a.tanggal.localeCompare(b.tanggal) ||
    (a.jam ?? '').localeCompare(b.jam ?? '') ||
    JENIS_ENTRI_KALENDER.indexOf(a.jenis) - JENIS_ENTRI_KALENDER.indexOf(b.jenis) ||
    a.judul.localeCompare(b.judul, 'id')
  );
}
