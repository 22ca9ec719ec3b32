/** The admin panel reads the server's answers through the plugin's contracts (shared/contracts). */
export type {
  AntreanRequestQuery,
  AntreanResponse,
  ItemAntrean,
  JumlahTahap,
} from '../../shared/contracts/antrean';
export type {
  AlurResponse,
  DefinisiAksi,
  DefinisiAlur,
  DefinisiSyarat,
} from '../../shared/contracts/alur';
export type {
  AksiTersedia,
  BarisRiwayat,
  DokumenResponse,
  MasukanTransisi,
  Orang,
  Syarat,
  TampilanDokumen,
  Tenggat,
} from '../../shared/contracts/dokumen';
export type { PreferensiRequest, PreferensiResponse } from '../../shared/contracts/preferensi';
export type { Rekap } from '../../shared/contracts/rekap';
export type {
  EntriKalender,
  JenisEntriKalender,
  KalenderRequestQuery,
  KalenderResponse,
} from '../../shared/contracts/kalender';
