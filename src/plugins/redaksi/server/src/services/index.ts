import alur from './alur';
import antrean from './antrean';
import efek from './efek';
import jam from './jam';
import lembarDisposisi from './lembar-disposisi';
import notifikasi from './notifikasi';
import paketUnggahan from './paket-unggahan';
import pengingat from './pengingat';
import penomoran from './penomoran';
import peran from './peran';
import publik from './publik';
import rekap from './rekap';
import riwayat from './riwayat';
import sidik from './sidik';
import status from './status';
import surel from './surel';
import tampilan from './tampilan';
import transisi from './transisi';

export default {
  alur,
  antrean,
  efek,
  jam,
  'lembar-disposisi': lembarDisposisi,
  notifikasi,
  'paket-unggahan': paketUnggahan,
  penomoran,
  pengingat,
  peran,
  publik,
  rekap,
  riwayat,
  sidik,
  status,
  surel,
  tampilan,
  transisi,
};
