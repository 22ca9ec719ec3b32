import clock from './engine/clock';
import cuplikan from './engine/cuplikan';
import efek from './engine/efek';
import jadwalTayang from './engine/jadwal-tayang';
import penomoran from './engine/penomoran';
import peran from './engine/peran';
import riwayat from './engine/riwayat';
import sidik from './engine/sidik';
import status from './engine/status';
import transition from './engine/transition';
import workflows from './engine/workflows';
import kalender from './read-models/kalender';
import queue from './read-models/queue';
import view from './read-models/view';
import daftarInformasiPublik from './reports/daftar-informasi-publik';
import lembarDisposisi from './reports/lembar-disposisi';
import paketUnggahan from './reports/paket-unggahan';
import rekap from './reports/rekap';
import mailer from './mail/mailer';
import notifications from './mail/notifications';
import reminders from './mail/reminders';
import publik from './publik';

export default {
  // The engine: a transition, the state it moves, its history, effects and fingerprint, and what they stand on.
  clock,
  cuplikan,
  efek,
  'jadwal-tayang': jadwalTayang,
  penomoran,
  peran,
  riwayat,
  sidik,
  status,
  transition,
  workflows,
  // Read models: what the panel shows.
  kalender,
  queue,
  view,
  // Reports: the recap, the printable disposition sheet, the upload package, the public register.
  'daftar-informasi-publik': daftarInformasiPublik,
  'lembar-disposisi': lembarDisposisi,
  'paket-unggahan': paketUnggahan,
  rekap,
  // Mail: who is told what, the daily reminders, the mailer.
  mailer,
  notifications,
  reminders,
  // The plugin's surface for the application (src/publik/redaksi.ts).
  publik,
};
