import { tz, TZDate } from '@date-fns/tz';
import { addBusinessDays, addDays, endOfDay, format } from 'date-fns';
import { id as localeId } from 'date-fns/locale';
import { LRUCache } from 'lru-cache';
import type { JenisHari } from '../config';
import { TIME_ZONE } from '../constants';
import type { DefinisiTenggat } from '../workflows/types';
import { formatDate, formatWib } from '../../../shared/time';

/**
 * SOP days are calendar days in Asia/Jakarta whatever the server's zone (docs/ISTILAH.md, "WIB").
 * Every computation here goes through @date-fns/tz; nothing reads the process's local zone.
 */
const inWib = { in: tz(TIME_ZONE) };

const TANGGAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The WIB calendar date (YYYY-MM-DD) an instant falls on. */
export function tanggalWib(instant: Date): string {
  // All instants of one UTC hour fall on one WIB date (WIB, like WITA and WIT, is a whole number of
  // hours from UTC), so the formatting, the costly part when a queue dates thousands of items, is
  // done once per hour.
  const jam = Math.floor(instant.getTime() / 3_600_000);
  let tanggal = tanggalPerJam.get(jam);
  if (tanggal === undefined) {
    tanggal = format(instant, 'yyyy-MM-dd', inWib);
    tanggalPerJam.set(jam, tanggal);
  }
  return tanggal;
}

const tanggalPerJam = new LRUCache<number, string>({ max: 10_000 });

function awalHariWib(tanggal: string): TZDate {
  const match = TANGGAL_PATTERN.exec(tanggal);
  if (!match) throw new RangeError(`Tanggal tidak valid: ${tanggal} (format YYYY-MM-DD)`);
  const [, year, month, day] = match;
  return new TZDate(Number(year), Number(month) - 1, Number(day), TIME_ZONE);
}

/**
 * "H+n": until 23:59:59.999 WIB of the n-th day after `tanggal`, in calendar or working days
 * (working days skip Saturday and Sunday; a deadline counted from a weekend lands on a weekday).
 */
export function batasAkhir(tanggal: string, hari: number, jenisHari: JenisHari): Date {
  const kunci = `${tanggal}|${hari}|${jenisHari}`;
  let batas = batasTerhitung.get(kunci);
  if (batas === undefined) {
    const awal = awalHariWib(tanggal);
    const hariTarget =
      jenisHari === 'kerja' ? addBusinessDays(awal, hari, inWib) : addDays(awal, hari, inWib);
    batas = endOfDay(hariTarget, inWib).getTime();
    batasTerhitung.set(kunci, batas);
  }
  return new Date(batas);
}

/**
 * Deadlines by date, kind and length: a pure function of few distinct inputs (the queue asks it
 * for thousands of items that share a few dozen dates), and time-zone arithmetic is the costly part.
 */
const batasTerhitung = new LRUCache<string, number>({ max: 10_000 });

/**
 * A deadline's length as the SOPs write it, "H+1" (calendar days; "H+1 hari kerja" in working
 * days), read from the configured days so that no text restates them.
 */
export function labelTenggat(tenggat: Pick<DefinisiTenggat, 'hari' | 'jenisHari'>): string {
  return `H+${tenggat.hari}${tenggat.jenisHari === 'kerja' ? ' hari kerja' : ''}`;
}

/** The facts a deadline can count from: the document's date field it names, or the submission. */
export interface DasarTenggat {
  tanggal?: string | null;
  diserahkanPada?: Date | null;
}

/** The deadline of an action for an item, or null when what it counts from is not known yet. */
export function hitungTenggat(tenggat: DefinisiTenggat, dasar: DasarTenggat): Date | null {
  if (tenggat.dasar !== 'diserahkanPada') {
    return dasar.tanggal ? batasAkhir(dasar.tanggal, tenggat.hari, tenggat.jenisHari) : null;
  }
  return dasar.diserahkanPada
    ? batasAkhir(tanggalWib(dasar.diserahkanPada), tenggat.hari, tenggat.jenisHari)
    : null;
}

export function sudahLewat(batas: Date | null, sekarang: Date): boolean {
  return batas !== null && sekarang.getTime() > batas.getTime();
}

/** True when `tanggal` is a WIB day after the WIB day of `sekarang` (an activity yet to happen). */
export function diMasaDepan(tanggal: string, sekarang: Date): boolean {
  return tanggal > tanggalWib(sekarang);
}

/** The month key of an instant in WIB, e.g. "2025/05" (used by the register of submissions). */
export function tahunBulanWib(instant: Date): { tahun: string; bulan: string } {
  const [tahun, bulan] = tanggalWib(instant).split('-');
  return { tahun, bulan };
}

/** As people read them, the same as in the admin panel (shared/time.ts). */
export { formatDate, formatWib };

export interface RentangBulan {
  bulan: string;
  /** 00:00 WIB on the 1st. */
  mulai: Date;
  /** 00:00 WIB on the 1st of the next month (exclusive). */
  selesai: Date;
  tanggalAwal: string;
  tanggalAkhir: string;
}

const BULAN_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month as the SOP recaps count it: the 1st 00:00 to the last day 23:59:59.999 in WIB. */
export function rentangBulanWib(bulan: string): RentangBulan {
  const match = BULAN_PATTERN.exec(bulan);
  if (!match) throw new RangeError(`Bulan tidak valid: ${bulan} (format YYYY-MM)`);
  const [tahun, ke] = [Number(match[1]), Number(match[2])];
  const mulai = new TZDate(tahun, ke - 1, 1, TIME_ZONE);
  const selesai = new TZDate(tahun, ke, 1, TIME_ZONE);
  return {
    bulan,
    mulai: new Date(mulai.getTime()),
    selesai: new Date(selesai.getTime()),
    tanggalAwal: tanggalWib(mulai),
    tanggalAkhir: tanggalWib(new Date(selesai.getTime() - 1)),
  };
}

/**
 * The WIB wall-clock time of an instant as a Date whose UTC fields carry it: spreadsheets have
 * no time zones, so a recap's dates are written as the time people in Padang read on the clock.
 */
export function jamDindingWib(instant: Date): Date {
  return new Date(`${format(instant, "yyyy-MM-dd'T'HH:mm:ss.SSS", inWib)}Z`);
}

/** "2025-05-01 00:01" in WIB, for text exports. */
export function formatSingkatWib(instant: Date): string {
  return format(instant, 'yyyy-MM-dd HH:mm', inWib);
}

/** "Mei 2025" for a YYYY-MM month. */
export function formatBulan(bulan: string): string {
  return format(awalHariWib(`${bulan}-01`), 'MMMM yyyy', { ...inWib, locale: localeId });
}

/** An instant as the API carries it: ISO 8601 in UTC, or null. */
export const isoAtauNull = (value: Date | string | null | undefined): string | null =>
  value ? new Date(value).toISOString() : null;

/** "3 Des 2026 10.00" in WIB, for printed tables. */
export function formatPendekWib(instant: Date): string {
  return format(instant, 'd MMM yyyy HH.mm', { ...inWib, locale: localeId });
}

/** "3 Desember 2026": the WIB calendar day of an instant, as a signature block dates it. */
export function formatTanggalWib(instant: Date): string {
  return format(instant, 'd MMMM yyyy', { ...inWib, locale: localeId });
}
