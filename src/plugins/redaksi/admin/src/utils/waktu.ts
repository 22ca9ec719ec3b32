import { TZDate } from '@date-fns/tz';
import { differenceInMinutes, format, formatDistanceStrict } from 'date-fns';
import { id } from 'date-fns/locale';

/** KPU Sumbar works in WIB whatever the browser's own zone is. */
const WIB = 'Asia/Jakarta';

/** "5 Mei 2025 14.30 WIB" */
export function formatWib(iso: string | null | undefined): string {
  if (!iso) return '–';
  return `${format(new TZDate(iso, WIB), 'd MMMM yyyy HH.mm', { locale: id })} WIB`;
}

/** "5 Mei 2025" (a calendar date, e.g. an activity's date, read as a WIB day). */
export function formatTanggal(tanggal: string | null | undefined): string {
  if (!tanggal) return '–';
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(tanggal) ? `${tanggal}T00:00:00+07:00` : tanggal;
  return format(new TZDate(iso, WIB), 'd MMMM yyyy', { locale: id });
}

/** "Mei 2025" for a YYYY-MM month. */
export function formatBulan(bulan: string): string {
  return format(new TZDate(`${bulan}-01T00:00:00+07:00`, WIB), 'MMMM yyyy', { locale: id });
}

/** The current month in WIB as YYYY-MM. */
export function bulanIni(sekarang = new Date()): string {
  return format(new TZDate(sekarang, WIB), 'yyyy-MM');
}

/** Time left before a deadline, or how late: "sisa 5 jam" / "terlambat 2 hari". */
export function sisaWaktu(batas: string, sekarang = new Date()): { teks: string; lewat: boolean } {
  const lewat = differenceInMinutes(new Date(batas), sekarang) < 0;
  const jarak = formatDistanceStrict(new Date(batas), sekarang, { locale: id });
  return { teks: lewat ? `terlambat ${jarak}` : `sisa ${jarak}`, lewat };
}
