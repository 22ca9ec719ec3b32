import { winston } from '@strapi/logger';
import { currentRequest } from './request-context';
import { isoWib } from './wib-time';

/** Folds a multi-line text (a stack trace) into one line, so that one event stays one line. */
const satuBaris = (teks: string) => teks.replace(/\r?\n\s*/g, ' | ');

/**
 * One line per event: time in WIB with its offset, level, the request it belongs to (the id the
 * response carried in X-Request-Id, or "-" outside a request), the message. An error's stack is
 * kept on the same line, folded: journald and grep see one event as one line.
 *
 *   2026-11-23T16:02:11.084+07:00 warn [0f6c…] PUT /redaksi/preferences 400: Isi permintaan bersarang terlalu dalam
 */
export const formatSatuBaris = winston.format.printf((info) => {
  const waktu = isoWib(Date.now());
  const id = currentRequest()?.id ?? '-';
  const galat =
    info instanceof Error ? info : info.message instanceof Error ? info.message : undefined;
  const pesan = galat ? `${galat.name}: ${galat.message}` : String(info.message);
  const tumpukan = galat?.stack ? ` stack=${satuBaris(galat.stack)}` : '';
  return `${waktu} ${info.level} [${id}] ${satuBaris(pesan)}${tumpukan}`;
});
