import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { id as localeId } from 'date-fns/locale';

/**
 * Times and dates as people read them, the same in the admin panel, in mails, on the printed
 * sheets and in the upload package: WIB (the SOPs' zone) whatever the browser's or the server's
 * own zone, in Indonesian.
 */

/** Asia/Jakarta: SOP days are WIB days (docs/ISTILAH.md, "WIB"). */
export const TIME_ZONE = 'Asia/Jakarta';

const TANGGAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "Selasa, 6 Mei 2025 pukul 23.59 WIB"; a dash for none. */
export function formatWib(saat: Date | string | null | undefined): string {
  if (!saat) return '–';
  return format(
    new TZDate(new Date(saat).getTime(), TIME_ZONE),
    "EEEE, d MMMM yyyy 'pukul' HH.mm 'WIB'",
    {
      locale: localeId,
    },
  );
}

/** "5 Mei 2025": a calendar date (YYYY-MM-DD) as itself, no zone shift; a dash for none. */
export function formatDate(tanggal: string | null | undefined): string {
  if (!tanggal) return '–';
  const cocok = TANGGAL_PATTERN.exec(tanggal);
  if (!cocok) return tanggal;
  const [, tahun, bulan, hari] = cocok;
  return format(
    new TZDate(Number(tahun), Number(bulan) - 1, Number(hari), TIME_ZONE),
    'd MMMM yyyy',
    {
      locale: localeId,
    },
  );
}
