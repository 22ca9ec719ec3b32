/**
 * Publication at an hour (jadwal tayang): when a schedule may be set, as pure rules. The engine
 * (services/engine/jadwal-tayang.ts) stores the schedule and publishes at that minute.
 */
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { TIME_ZONE, formatWib } from '../../../shared/time';

/** A schedule further ahead than this is a mistake more often than a plan. */
export const JADWAL_MAKSIMAL_HARI = 60;

/** `YYYY-MM-DDTHH:mm` (seconds allowed), with no zone: the minute as an editor in WIB means it. */
const WAKTU_LOKAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
/** An ISO time that names its zone (`Z`, `+07:00`): read as it says. */
const WAKTU_BERZONA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export type HasilJadwal = { ok: true; waktu: Date } | { ok: false; pesan: string };

/**
 * The minute of publication the request asks for: a WIB wall-clock time (what the action dialog
 * sends, whatever the browser's zone) or an ISO time with its zone; seconds dropped, since the
 * schedule fires at a minute. It must lie ahead of `sekarang`, within `JADWAL_MAKSIMAL_HARI`.
 */
export function bacaJadwalTayang(masukan: unknown, sekarang: Date): HasilJadwal {
  const teks = typeof masukan === 'string' ? masukan.trim() : '';
  if (!teks) return { ok: false, pesan: 'Waktu tayang (jadwalTayang) wajib diisi' };
  let waktu: Date;
  const lokal = WAKTU_LOKAL.exec(teks);
  if (lokal) {
    const [, tahun, bulan, hari, jam, menit] = lokal.map(Number);
    waktu = new Date(new TZDate(tahun, bulan - 1, hari, jam, menit, TIME_ZONE).getTime());
    // 2025-02-30 rolls over in Date: a day that does not exist is a typo, not a plan.
    const kembali = new TZDate(waktu.getTime(), TIME_ZONE);
    if (kembali.getDate() !== hari || kembali.getMonth() !== bulan - 1)
      return { ok: false, pesan: `Waktu tayang "${teks}" bukan tanggal yang ada` };
  } else if (WAKTU_BERZONA.test(teks) && !Number.isNaN(Date.parse(teks))) {
    waktu = new Date(Date.parse(teks));
    waktu.setUTCSeconds(0, 0);
  } else {
    return {
      ok: false,
      pesan: `Waktu tayang "${teks}" tidak terbaca: tulis tanggal dan jam WIB, misalnya 2025-05-06T09:30`,
    };
  }
  if (waktu.getTime() <= sekarang.getTime())
    return {
      ok: false,
      pesan: `Waktu tayang ${formatWib(waktu)} sudah lewat: pilih waktu setelah ${formatWib(sekarang)}, atau terbitkan sekarang`,
    };
  const batas = addDays(sekarang, JADWAL_MAKSIMAL_HARI);
  if (waktu.getTime() > batas.getTime())
    return {
      ok: false,
      pesan: `Waktu tayang paling jauh ${JADWAL_MAKSIMAL_HARI} hari ke depan (sampai ${formatWib(batas)})`,
    };
  return { ok: true, waktu };
}

/** A schedule's life: pending, then published, cancelled or failed (each final). */
export type StatusJadwal = 'menunggu' | 'terbit' | 'batal' | 'gagal';

/** Why a pending schedule is cancelled without anyone cancelling it by hand. */
export type AlasanBatal = 'konten-berubah' | 'tahap-berubah' | 'izin-dicabut' | 'manual';
