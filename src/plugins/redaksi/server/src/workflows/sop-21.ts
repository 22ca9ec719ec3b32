import type { KonfigurasiSop21 } from '../config';
import { UID } from '../constants';
import type { DefinisiAksi, DefinisiAlur, DefinisiSyarat, DefinisiTenggat } from './types';

/**
 * SOP 21/2025, Alur Pengunggahan Konten Media Sosial, as data (DOMAIN.md "SOP 21").
 * Thresholds come from the plugin configuration so that a revision is a config change.
 */
export function alurSop21(config: KonfigurasiSop21): DefinisiAlur {
  const tenggatSejakKegiatan = (hari: number): DefinisiTenggat => ({
    dasar: 'tanggalKegiatan',
    hari,
    jenisHari: config.jenisHari,
  });
  const tenggatTinjauan: DefinisiTenggat = {
    dasar: 'diserahkanPada',
    hari: config.tenggatTinjauanHari,
    jenisHari: config.jenisHari,
  };

  /** Steps 2-4 (receive, check, decide): taken by the day after submission; late is recorded. */
  const tinjauan = (aksi: Pick<DefinisiAksi, 'kode' | 'label' | 'langkah' | 'dari' | 'ke' | 'peran' | 'catatanWajib'>): DefinisiAksi => ({
    ...aksi,
    melalui: 'transisi',
    syarat: [],
    tenggat: tenggatTinjauan,
    terlambat: 'dicatat',
  });

  const kelengkapanSerah: DefinisiSyarat[] = [
    {
      kode: 'tanggal-kegiatan-terisi',
      jenis: 'terisi',
      field: 'tanggalKegiatan',
      label: 'Tanggal kegiatan',
    },
    {
      kode: 'tanggal-kegiatan-sudah-lewat',
      jenis: 'tanggal-sudah-lewat',
      field: 'tanggalKegiatan',
      label: 'Tanggal kegiatan',
    },
    {
      kode: 'dokumentasi-minimal',
      jenis: 'gambar-minimal',
      field: 'dokumentasi',
      label: 'Dokumentasi',
      minimal: config.minimalDokumentasi,
    },
    { kode: 'narasi-terisi', jenis: 'terisi', field: 'narasi', label: 'Narasi berita' },
    { kode: 'caption-terisi', jenis: 'terisi', field: 'caption', label: 'Caption kegiatan' },
  ];

  return {
    kode: 'sop-21',
    uid: UID.kontenMedsos,
    sop: { nomor: config.nomor, judul: config.judul, tanggalRevisi: config.tanggalRevisi },
    tahapAwal: 'draf',
    tahapTayang: 'diunggah',
    antrean: { judul: 'judul', kolom: ['judul', 'tanggalKegiatan'] },
    tahap: [
      { kode: 'draf', label: 'Draf' },
      { kode: 'diserahkan', label: 'Diserahkan ke Admin Medsos' },
      { kode: 'pemeriksaan', label: 'Pemeriksaan Wakil Pemimpin Redaksi' },
      { kode: 'keputusan', label: 'Keputusan Pemimpin Redaksi' },
      { kode: 'disetujui', label: 'Disetujui, siap diunggah' },
      { kode: 'diunggah', label: 'Diunggah' },
      { kode: 'ditolak', label: 'Ditolak', akhir: true },
    ],
    aksi: [
      {
        kode: 'serahkan',
        label: 'Serahkan',
        langkah: 'SOP 21 langkah 1: Tim Pelaksana menyerahkan dokumentasi, narasi dan caption',
        dari: ['draf'],
        ke: 'diserahkan',
        peran: ['tim-pelaksana'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: kelengkapanSerah,
        tenggat: tenggatSejakKegiatan(config.tenggatSerahkanHari),
        terlambat: 'alasan-wajib',
        efek: ['nomor-register'],
      },
      tinjauan({
        kode: 'terima',
        label: 'Terima',
        langkah: 'SOP 21 langkah 2: Admin Medsos menerima hasil dokumentasi',
        dari: ['diserahkan'],
        ke: 'pemeriksaan',
        peran: ['admin-medsos'],
        catatanWajib: false,
      }),
      tinjauan({
        kode: 'teruskan',
        label: 'Teruskan ke Pemimpin Redaksi',
        langkah: 'SOP 21 langkah 3: Wakil Pemimpin Redaksi mengontrol dan mengoreksi',
        dari: ['pemeriksaan'],
        ke: 'keputusan',
        peran: ['wakil-pemimpin-redaksi'],
        catatanWajib: false,
      }),
      tinjauan({
        kode: 'kembalikan',
        label: 'Kembalikan ke Tim Pelaksana',
        langkah: 'SOP 21 langkah 3: Wakil Pemimpin Redaksi mengembalikan untuk diperbaiki',
        dari: ['pemeriksaan'],
        ke: 'draf',
        peran: ['wakil-pemimpin-redaksi'],
        catatanWajib: true,
      }),
      tinjauan({
        kode: 'setujui',
        label: 'Setujui',
        langkah: 'SOP 21 langkah 4: keputusan Pemimpin Redaksi',
        dari: ['keputusan'],
        ke: 'disetujui',
        peran: ['pemimpin-redaksi'],
        catatanWajib: false,
      }),
      tinjauan({
        kode: 'tolak',
        label: 'Tolak',
        langkah: 'SOP 21 langkah 4: keputusan Pemimpin Redaksi',
        dari: ['keputusan'],
        ke: 'ditolak',
        peran: ['pemimpin-redaksi'],
        catatanWajib: true,
      }),
      tinjauan({
        kode: 'kembalikan',
        label: 'Kembalikan ke Wakil Pemimpin Redaksi',
        langkah: 'SOP 21 langkah 4: keputusan Pemimpin Redaksi',
        dari: ['keputusan'],
        ke: 'pemeriksaan',
        peran: ['pemimpin-redaksi'],
        catatanWajib: true,
      }),
      {
        kode: 'izinkan-terlambat',
        label: 'Izinkan Terlambat',
        langkah: 'SOP 21 langkah 5: izin Pemimpin Redaksi untuk unggahan melewati H+1',
        dari: ['diserahkan', 'pemeriksaan', 'keputusan', 'disetujui'],
        ke: null,
        peran: ['pemimpin-redaksi'],
        melalui: 'transisi',
        catatanWajib: true,
        syarat: [],
        efek: ['izin-terlambat'],
      },
      {
        kode: 'unggah',
        label: 'Unggah (Terbitkan)',
        langkah: 'SOP 21 langkah 5: Admin Medsos mengunggah ke platform media sosial',
        // Publishing again from `diunggah` (another platform's link added) stays `diunggah`.
        dari: ['disetujui', 'diunggah'],
        ke: 'diunggah',
        peran: ['admin-medsos'],
        melalui: 'publish',
        catatanWajib: false,
        syarat: [
          ...kelengkapanSerah.filter((syarat) => syarat.jenis !== 'tanggal-sudah-lewat'),
          {
            kode: 'tautan-minimal',
            jenis: 'item-minimal',
            field: 'tautan',
            label: 'Tautan unggahan',
            minimal: config.minimalTautan,
          },
        ],
        tenggat: tenggatSejakKegiatan(config.tenggatUnggahHari),
        terlambat: 'izin-wajib',
      },
    ],
  };
}
