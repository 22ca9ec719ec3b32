import type { KonfigurasiSop21 } from '../config';
import { UID } from '../constants';
import { labelTenggat } from '../domain/tenggat';
import { FIELD_JADWAL_TAYANG } from './jadwal-tayang';
import { aksiJadwalTayang, CATATAN_MESIN_JADWAL } from './jadwal-tayang';
import {
  type DefinisiAksi,
  type DefinisiAlur,
  type DefinisiSyarat,
  type DefinisiTenggat,
  DIKEMBALIKAN,
  type FieldKonten,
} from './types';

/** The fields of Konten Medsos, as its schema has them: a renamed one fails the typecheck here. */
type Field = FieldKonten<typeof UID.kontenMedsos>;

/**
 * SOP 21/2025, Alur Pengunggahan Konten Media Sosial, as data (docs/ISTILAH.md, `sop-21`).
 * Thresholds come from the plugin configuration so that a revision is a config change.
 */
export function alurSop21(config: KonfigurasiSop21): DefinisiAlur {
  const tenggatSejakKegiatan = (hari: number): DefinisiTenggat<Field> => ({
    dasar: 'tanggalKegiatan',
    hari,
    jenisHari: config.jenisHari,
  });
  const tenggatSerahkan = tenggatSejakKegiatan(config.tenggatSerahkanHari);
  const tenggatUnggah = tenggatSejakKegiatan(config.tenggatUnggahHari);
  /** "H+1": the deadlines counted from the activity date, as configured. */
  const batasSejakKegiatan = [...new Set([tenggatSerahkan, tenggatUnggah].map(labelTenggat))].join(
    ' dan ',
  );
  const tenggatTinjauan: DefinisiTenggat<Field> = {
    dasar: 'diserahkanPada',
    hari: config.tenggatTinjauanHari,
    jenisHari: config.jenisHari,
  };

  /** Steps 2-4 (receive, check, decide): taken by the day after submission; late is recorded. */
  const tinjauan = (
    aksi: Pick<
      DefinisiAksi<Field>,
      | 'kode'
      | 'label'
      | 'langkah'
      | 'dari'
      | 'ke'
      | 'peran'
      | 'catatanWajib'
      | 'rekap'
      | 'notifikasi'
    >,
  ): DefinisiAksi<Field> => ({
    ...aksi,
    melalui: 'transisi',
    syarat: [],
    tenggat: tenggatTinjauan,
    terlambat: 'dicatat',
  });

  /**
   * SOP 21 langkah 3–5 (issue #26): the post fits its target platforms. Only the rules the office
   * configured `wajib` hold an action back; the others are the panel's warnings. Checked at the
   * submission, again at the decision (the Wakil may have edited the caption in between) and at
   * the upload.
   */
  const sesuaiPlatform: DefinisiSyarat<Field> = {
    kode: 'sesuai-platform',
    jenis: 'sesuai-platform',
    field: 'platformTujuan',
    label: 'Platform tujuan',
    aturan: config.platform,
    sumber: { judul: 'judul', caption: 'caption', foto: 'dokumentasi' },
  };

  const kelengkapanSerah: DefinisiSyarat<Field>[] = [
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
    // Posts carry their photos' descriptions too (the platforms' alt text), written where they are known.
    {
      kode: 'dokumentasi-teks-alternatif',
      jenis: 'teks-alternatif',
      field: 'dokumentasi',
      label: 'Dokumentasi',
    },
    { kode: 'narasi-terisi', jenis: 'terisi', field: 'narasi', label: 'Narasi berita' },
    { kode: 'caption-terisi', jenis: 'terisi', field: 'caption', label: 'Caption kegiatan' },
    sesuaiPlatform,
  ];

  return {
    kode: 'sop-21',
    uid: UID.kontenMedsos,
    sop: {
      nomor: config.nomor,
      judul: config.judul,
      tanggalRevisi: config.tanggalRevisi,
      jumlahLangkah: 5,
    },
    tahapAwal: 'draf',
    tahapTayang: 'diunggah',
    antrean: { judul: 'judul', kolom: ['judul', 'tanggalKegiatan'] },
    catatanMesin: CATATAN_MESIN_JADWAL,
    // The schedule's mirror on the draft: set and cleared by the engine only.
    fieldMesin: [FIELD_JADWAL_TAYANG],
    // Deadlines count from H: once the documentation is submitted, H is what it is.
    fieldTetap: [
      {
        field: 'tanggalKegiatan',
        sejakAksi: 'serahkan',
        alasan: `tenggat ${batasSejakKegiatan} dihitung dari tanggal kegiatan`,
      },
    ],
    ...(config.pemisahanTugas
      ? {
          pemisahanTugas: {
            pengaju: ['serahkan'],
            pemutus: ['setujui', 'tolak'],
            kontributor: ['pembuat', 'penyunting', 'pengaju'],
          },
        }
      : {}),
    // Who may edit in each stage: the one whose SOP step it is. Submitted material is reviewed as
    // it was submitted (langkah 2, 4: nobody edits); the Wakil "mengontrol dan mengoreksi"
    // (langkah 3); after the decision only the upload's own record, the platform links, changes.
    tahap: [
      { kode: 'draf', label: 'Draf', langkahSop: 1, sunting: { peran: ['tim-pelaksana'] } },
      { kode: 'diserahkan', label: 'Diserahkan ke Admin Medsos', langkahSop: 2 },
      {
        kode: 'pemeriksaan',
        label: 'Pemeriksaan Wakil Pemimpin Redaksi',
        langkahSop: 3,
        sunting: { peran: ['wakil-pemimpin-redaksi'] },
      },
      { kode: 'keputusan', label: 'Keputusan Pemimpin Redaksi', langkahSop: 4 },
      {
        kode: 'disetujui',
        label: 'Disetujui, siap diunggah',
        langkahSop: 5,
        sunting: { peran: ['admin-medsos'], field: ['tautan'] },
      },
      {
        kode: 'diunggah',
        label: 'Diunggah',
        langkahSop: 5,
        sunting: { peran: ['admin-medsos'], field: ['tautan'], hanyaTambah: ['tautan'] },
      },
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
        tenggat: tenggatSerahkan,
        terlambat: 'alasan-wajib',
        efek: ['nomor-register'],
        rekap: 'diserahkan',
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
        ...DIKEMBALIKAN,
      }),
      {
        ...tinjauan({
          kode: 'setujui',
          label: 'Setujui',
          langkah:
            'SOP 21 langkah 4: keputusan Pemimpin Redaksi atas dokumentasi dan konten yang akan diunggah',
          dari: ['keputusan'],
          ke: 'disetujui',
          peran: ['pemimpin-redaksi'],
          catatanWajib: false,
        }),
        syarat: [sesuaiPlatform],
        sidik: 'catat',
      },
      {
        ...tinjauan({
          kode: 'tolak',
          label: 'Tolak',
          langkah: 'SOP 21 langkah 4: keputusan Pemimpin Redaksi',
          dari: ['keputusan'],
          ke: 'ditolak',
          peran: ['pemimpin-redaksi'],
          catatanWajib: true,
          // Nobody moves a rejected item on: who submitted it is whoever moved it out of the draft.
          notifikasi: { surel: 'ditolak', penerima: 'pengaju-tahap-awal' },
        }),
        // Rejected content is not online: an item sent back for a new decision after its upload
        // (`kembalikan` from `diunggah`) still has a published version, taken down with the rejection.
        efek: ['tarik'],
        rekap: 'ditolak',
      },
      tinjauan({
        kode: 'kembalikan',
        label: 'Kembalikan ke Wakil Pemimpin Redaksi',
        langkah: 'SOP 21 langkah 4: keputusan Pemimpin Redaksi',
        dari: ['keputusan'],
        ke: 'pemeriksaan',
        peran: ['pemimpin-redaksi'],
        catatanWajib: true,
        ...DIKEMBALIKAN,
      }),
      {
        kode: 'izinkan-terlambat',
        label: 'Izinkan Terlambat',
        langkah: `SOP 21 langkah 5: izin Pemimpin Redaksi untuk unggahan melewati ${labelTenggat(tenggatUnggah)}`,
        dari: ['diserahkan', 'pemeriksaan', 'keputusan', 'disetujui'],
        ke: null,
        peran: ['pemimpin-redaksi'],
        melalui: 'transisi',
        catatanWajib: true,
        syarat: [],
        efek: ['izin-terlambat'],
      },
      {
        // Issue #24: the one who is refused at the upload asks, with why it is late; the request
        // already waits in the Pemimpin Redaksi's queue, this puts the reason and a name to it.
        kode: 'minta-izin-terlambat',
        label: 'Minta Izin Terlambat',
        langkah: `SOP 21 langkah 5: Admin Medsos meminta izin Pemimpin Redaksi untuk unggahan melewati ${labelTenggat(tenggatUnggah)}`,
        dari: ['disetujui'],
        ke: null,
        peran: ['admin-medsos'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: [],
        selamaPerluIzin: true,
        jedaUlangMenit: config.jedaMintaIzinMenit,
        notifikasi: { surel: 'minta-izin-terlambat', penerima: 'pemberi-izin-terlambat' },
      },
      {
        kode: 'unduh-paket',
        label: 'Unduh Paket Unggahan',
        langkah:
          'SOP 21 langkah 5: Admin Medsos mengambil foto, caption dan narasi yang disetujui untuk diunggah',
        // After the first platform, others follow (a link added in `diunggah`): the same package.
        dari: ['disetujui', 'diunggah'],
        ke: null,
        peran: ['admin-medsos'],
        melalui: 'unduhan',
        catatanWajib: false,
        syarat: [],
        // What is handed over for upload is what the Pemimpin Redaksi approved, byte for byte.
        sidik: 'cocokkan',
        paket: {
          foto: 'dokumentasi',
          teks: [
            { berkas: 'caption.txt', field: 'caption' },
            { berkas: 'narasi.txt', field: 'narasi' },
          ],
        },
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
        tenggat: tenggatUnggah,
        terlambat: 'izin-wajib',
        sidik: 'cocokkan',
        // Counted from `disetujui` only: publishing again from `diunggah` (another platform's link)
        // is no new upload.
        rekap: 'terbit',
      },
      ...aksiJadwalTayang<Field>({
        dari: 'disetujui',
        peran: ['admin-medsos'],
        langkah: 'SOP 21 langkah 5: Admin Medsos mengunggah ke platform media sosial',
      }),
      {
        // The way back when what would go online is no longer what was decided on.
        kode: 'kembalikan',
        label: 'Minta Keputusan Ulang',
        langkah:
          'SOP 21 langkah 4: konten yang berubah sejak disetujui diputuskan ulang oleh Pemimpin Redaksi',
        dari: ['disetujui', 'diunggah'],
        ke: 'keputusan',
        peran: ['admin-medsos', 'pemimpin-redaksi'],
        melalui: 'transisi',
        catatanWajib: true,
        syarat: [],
        kapanSaja: true,
        ...DIKEMBALIKAN,
      },
    ],
  } satisfies DefinisiAlur<typeof UID.kontenMedsos>;
}
