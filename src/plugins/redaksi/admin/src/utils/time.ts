import { TZDate } from '@date-fns/tz';
import { differenceInMinutes, format, formatDistanceStrict } from 'date-fns';
import { id } from 'date-fns/locale';
import { formatDate, formatWib, TIME_ZONE } from '../../../shared/time';

/** KPU Sumbar works in WIB whatever the browser's own zone is. */
const WIB = TIME_ZONE;

/** Times and dates read the same here as in mails and printed sheets. */
export { formatDate, formatWib };

/** "Mei 2025" for a YYYY-MM month. */
export function formatMonth(bulan: string): string {
  return format(new TZDate(`${bulan}-01T00:00:00+07:00`, WIB), 'MMMM yyyy', { locale: id });
}

/** The current month in WIB as YYYY-MM. */
export function currentMonth(sekarang = new Date()): string {
  return format(new TZDate(sekarang, WIB), 'yyyy-MM');
}

/** Time left before a deadline, or how late: "sisa 5 jam" / "terlambat 2 hari". */
export function timeLeft(batas: string, sekarang = new Date()): { teks: string; lewat: boolean } {
  const lewat = differenceInMinutes(new Date(batas), sekarang) < 0;
  const jarak = formatDistanceStrict(new Date(batas), sekarang, { locale: id });
  return { teks: lewat ? `terlambat ${jarak}` : `sisa ${jarak}`, lewat };
}
