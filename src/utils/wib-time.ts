import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Asia/Jakarta, the zone of the SOPs' days and of everything an operator reads. */
const ZONA = 'Asia/Jakarta';

/** A WIB date-time in a pattern of date-fns (for file names, for instance). */
export const formatWib = (saat: Date | number, pola: string) =>
  format(new TZDate(typeof saat === 'number' ? saat : saat.getTime(), ZONA), pola);

/** ISO 8601 in WIB with its offset: 2026-11-23T16:02:11.084+07:00 (log lines, manifests). */
export const isoWib = (saat: Date | number) => formatWib(saat, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
