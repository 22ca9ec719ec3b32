import { LABEL_KATEGORI_PENURUNAN, LABEL_KLASIFIKASI_INFORMASI } from '../../../shared/label';
import type { KonfigurasiSop20 } from '../config';
import { UID } from '../constants';
import {
  DIKEMBALIKAN,
  type DefinisiAlur,
  type DefinisiSyarat,
  FIELD_TAYANG,
  type FieldKonten,
} from './types';
import { FIELD_JADWAL_TAYANG } from './jadwal-tayang';
import { aksiJadwalTayang, CATATAN_MESIN_JADWAL } from './jadwal-tayang';

/** The fields of Liputan, as its schema has them: a renamed one fails the typecheck here. */
type Field = FieldKonten<typeof UID.liputan>;

/**
 * SOP 20/2025, Pengelolaan Laman, as data (docs/ISTILAH.md, `sop-20`): from the coverage plan to a
 * verified article on the website. Same engine as SOP 21; only the definition differs.
 */
export function alurSop20(config: KonfigurasiSop20): DefinisiAlur {
  const kelengkapanMateri: DefinisiSyarat<Field>[] = [
    { kode: 'judul-terisi', jenis: 'terisi', field: 'judul', label: 'Judul' },
    { kode: 'isi-terisi', jenis: 'terisi', field: 'isi', label: 'Isi berita' },
    { kode: 'ringkasan-terisi', jenis: 'terisi', field: 'ringkasan', label: 'Ringkasan' },
    {
      kode: 'foto-minimal',
      jenis: 'gambar-minimal',
      field: 'foto',
      label: 'Foto',
      minimal: config.minimalFoto,
    },
    // A government website must be accessible: every photo is described before it goes to review.
    { kode: 'foto-teks-alternatif', jenis: 'teks-alternatif', field: 'foto', label: 'Foto' },
  ];
  // SOP 20 langkah 7 under UU 14/2008: the Verifikator classifies what they verify. Information
  // in Pasal 9-11 may go online; information exempt under Pasal 17 never does, on any path.
  const fieldKlasifikasi: Field[] = [
    'klasifikasi',
    'dasarPengecualian',
    'ujiKonsekuensi',
    'berlakuSampai',
  ];
  const dapatDipublikasikan: DefinisiSyarat<Field> = {
    kode: 'klasifikasi-dapat-dipublikasikan',
    jenis: 'nilai-salah-satu',
    field: 'klasifikasi',
    label: 'Klasifikasi informasi',
    nilai: ['berkala', 'serta-merta', 'setiap-saat'],
    labelNilai: LABEL_KLASIFIKASI_INFORMASI,
  };
  const pengecualianLengkap: DefinisiSyarat<Field>[] = [
    {
      kode: 'klasifikasi-dikecualikan',
      jenis: 'nilai-salah-satu',
      field: 'klasifikasi',
      label: 'Klasifikasi informasi',
      nilai: ['dikecualikan'],
      labelNilai: LABEL_KLASIFIKASI_INFORMASI,
    },
    {
      kode: 'dasar-pengecualian-terisi',
      jenis: 'terisi',
      field: 'dasarPengecualian',
      label: 'Dasar pengecualian (huruf Pasal 17)',
    },
    {
      kode: 'uji-konsekuensi-lengkap',
      jenis: 'bagian-terisi',
      field: 'ujiKonsekuensi',
      label: 'Uji konsekuensi',
      bagian: [
        { field: 'akibat', label: 'akibat bila dibuka' },
        { field: 'kepentinganPublik', label: 'kepentingan publik' },
        { field: 'kesimpulan', label: 'kesimpulan' },
      ],
    },
    {
      kode: 'berlaku-sampai-terisi',
      jenis: 'terisi',
      field: 'berlakuSampai',
      label: 'Berlaku sampai',
    },
    {
      kode: 'berlaku-sampai-mendatang',
      jenis: 'tanggal-mendatang',
      field: 'berlakuSampai',
      label: 'Berlaku sampai',
    },
  ];
  // SOP 20 "Suntingan setelah tayang": a version that replaces one the public read goes through the
  // correction cycle with a new public note saying what changed and why (UU 14/2008: the public
  // record is corrected in the open). The secretary's submission, the verification and the
  // publication each require it; a first publication does not.
  const koreksiPublik: DefinisiSyarat<Field>[] = [
    ...kelengkapanMateri,
    {
      kode: 'catatan-koreksi-baru',
      jenis: 'terisi-baru-sejak-tayang',
      field: 'catatanKoreksi',
      label: 'Catatan koreksi',
    },
  ];
  const penyuntingSetelahTayang = [
    'tim-peliputan',
    'tim-pasca-produksi',
    'sekretaris-redaksi',
  ] as const;
  const semuaTahapKecualiDiturunkan = [
    'proyeksi',
    'penugasan',
    'penyusunan',
    'koreksi',
    'verifikasi',
    'terverifikasi',
    'tayang',
  ];

  return {
    kode: 'sop-20',
    uid: UID.liputan,
    sop: {
      nomor: config.nomor,
      judul: config.judul,
      tanggalRevisi: config.tanggalRevisi,
      jumlahLangkah: 8,
    },
    tahapAwal: 'proyeksi',
    // SOP 20 langkah 3: the secretariat's disposition reaches the Redaktur Pelaksana, who assigns the
    // team. An article carries out a disposition only once the chain has handed it to a Redaktur,
    // and only the Redaktur it was handed to makes that article (`buat-liputan`, or creating it
    // with the link): the chain is the record of who carries the letter out, and the article's
    // publication closes it.
    tahapAwalJikaTerkait: {
      field: 'disposisi',
      tahap: 'penugasan',
      tahapTerkaitSah: ['redaktur', 'dikerjakan'],
      aksiTerkait: 'buat-liputan',
    },
    ...(config.pemisahanTugas
      ? {
          // What the Verifikator verifies was written by others: its maker, its editors (the team, the
          // secretary's correction, an edit after publication) and whoever submitted it.
          pemisahanTugas: {
            pengaju: ['ajukan'],
            pemutus: ['setujui', 'kecualikan'],
            kontributor: ['pembuat', 'penyunting', 'pengaju'],
          },
        }
      : {}),
    tahapTayang: 'tayang',
    // Nobody but the Verifikator at `verifikasi` classifies: an edit anywhere else leaves them alone.
    fieldKeputusan: fieldKlasifikasi,
    antrean: { judul: 'judul', kolom: ['judul', 'tanggalKegiatan'] },
    catatanMesin: CATATAN_MESIN_JADWAL,
    // The schedule's mirror on the draft: set and cleared by the engine only.
    fieldMesin: [FIELD_JADWAL_TAYANG],
    // Who may edit in each stage: the one whose SOP step it is. What the Verifikator verifies
    // (langkah 7) is what goes online: from `verifikasi` on, nobody edits. An edit of an article
    // online (by its writers or the secretary) starts the correction cycle again (langkah 5-7).
    tahap: [
      {
        kode: 'proyeksi',
        label: 'Proyeksi',
        langkahSop: 1,
        sunting: { peran: ['pemimpin-redaksi', 'wakil-pemimpin-redaksi', 'koordinator-liputan'] },
      },
      {
        kode: 'penugasan',
        label: 'Penugasan oleh Redaktur Pelaksana',
        langkahSop: 4,
        sunting: { peran: ['redaktur-pelaksana'] },
      },
      {
        kode: 'penyusunan',
        label: 'Penyusunan materi',
        langkahSop: 5,
        untukYangDitugaskan: true,
        sunting: { peran: ['tim-peliputan', 'tim-pasca-produksi'], hanyaDitugaskan: true },
      },
      {
        kode: 'koreksi',
        label: 'Koreksi Sekretaris Redaksi',
        langkahSop: 6,
        sunting: { peran: ['sekretaris-redaksi'] },
      },
      {
        // What is verified stays as it was written: the Verifikator only classifies it.
        kode: 'verifikasi',
        label: 'Verifikasi',
        langkahSop: 7,
        sunting: { peran: ['verifikator'], field: fieldKlasifikasi },
      },
      // Held back as exempt until its validity ends; then the Verifikator reviews it again.
      { kode: 'dikecualikan', label: 'Informasi dikecualikan', langkahSop: 7, samping: true },
      { kode: 'terverifikasi', label: 'Terverifikasi, siap tayang', langkahSop: 8 },
      {
        kode: 'tayang',
        label: 'Tayang',
        langkahSop: 8,
        sunting: { peran: penyuntingSetelahTayang },
        // SOP 20 langkah 7-8 (publikasi website dan media sosial): whoever published records where
        // the article was shared, adding only, as SOP 21's upload does; no correction cycle.
        pencatatan: {
          peran: ['staf-sekretariat', 'pemimpin-redaksi'],
          field: ['tautan'],
          hanyaTambah: ['tautan'],
        },
      },
      { kode: 'diturunkan', label: 'Diturunkan', sunting: { peran: penyuntingSetelahTayang } },
    ],
    aksi: [
      {
        kode: 'teruskan',
        label: 'Teruskan ke Sekretariat',
        langkah:
          'SOP 20 langkah 1-2: Penanggung Jawab dan Tim Redaksi memproyeksi, diteruskan ke sekretariat',
        dari: ['proyeksi'],
        ke: 'penugasan',
        peran: ['pemimpin-redaksi', 'wakil-pemimpin-redaksi', 'koordinator-liputan'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: [{ kode: 'judul-terisi', jenis: 'terisi', field: 'judul', label: 'Judul' }],
      },
      {
        kode: 'tugaskan',
        label: 'Tugaskan Tim',
        langkah: 'SOP 20 langkah 3-4: Redaktur Pelaksana menugaskan penyusunan materi',
        dari: ['penugasan'],
        ke: 'penyusunan',
        peran: ['redaktur-pelaksana'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: [],
        efek: ['penugasan'],
        penugasan: { peran: ['tim-peliputan', 'tim-pasca-produksi'] },
      },
      {
        kode: 'ajukan',
        label: 'Ajukan untuk Dikoreksi',
        langkah:
          'SOP 20 langkah 5: membuat materi publikasi dan menyerahkannya kepada sekretaris untuk dikoreksi',
        dari: ['penyusunan'],
        ke: 'koreksi',
        peran: ['tim-peliputan', 'tim-pasca-produksi'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: kelengkapanMateri,
      },
      {
        kode: 'teruskan',
        label: 'Teruskan ke Verifikator',
        langkah: 'SOP 20 langkah 6: materi terkoreksi diserahkan untuk diverifikasi',
        dari: ['koreksi'],
        ke: 'verifikasi',
        peran: ['sekretaris-redaksi'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: koreksiPublik,
      },
      {
        kode: 'kembalikan',
        label: 'Kembalikan ke Penyusun',
        langkah: 'SOP 20 langkah 5-6: koreksi sekretaris',
        dari: ['koreksi'],
        ke: 'penyusunan',
        peran: ['sekretaris-redaksi'],
        melalui: 'transisi',
        catatanWajib: true,
        syarat: [],
        ...DIKEMBALIKAN,
      },
      {
        kode: 'setujui',
        label: 'Setujui (Terverifikasi)',
        langkah: 'SOP 20 langkah 7: memverifikasi materi publikasi',
        dari: ['verifikasi'],
        ke: 'terverifikasi',
        peran: ['verifikator'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: [...koreksiPublik, dapatDipublikasikan],
        sidik: 'catat',
        catatanPublik: 'klasifikasi',
      },
      {
        kode: 'kecualikan',
        label: 'Kecualikan (Pasal 17)',
        langkah:
          'SOP 20 langkah 7: Verifikator menetapkan materi sebagai informasi yang dikecualikan (UU 14/2008 Pasal 17)',
        dari: ['verifikasi'],
        ke: 'dikecualikan',
        peran: ['verifikator'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: pengecualianLengkap,
        // Exempt information is never public (UU 14/2008 Pasal 17): a version still online from an
        // earlier cycle (the article re-verified after an edit) is withdrawn in the same transaction,
        // and that withdrawal is a takedown on the public record (`turunkan-dikecualikan`).
        efek: ['tarik', 'penurunan-dikecualikan'],
        catatanPublik: 'klasifikasi',
      },
      {
        // The engine's own step, set off by `kecualikan` only when a version was online: its
        // history row is the takedown's public record (GET /api/penurunan, the article's 410).
        kode: 'turunkan-dikecualikan',
        label: 'Diturunkan karena dikecualikan (Pasal 17)',
        langkah:
          'SOP 20 langkah 7: versi tayang dari materi yang dikecualikan diturunkan dari laman (UU 14/2008 Pasal 17)',
        dari: ['dikecualikan'],
        ke: null,
        peran: [],
        melalui: 'sistem',
        catatanWajib: false,
        syarat: [],
        catatanPublik: 'penurunan',
      },
      {
        kode: 'tinjau-ulang',
        label: 'Tinjau Ulang Klasifikasi',
        langkah:
          'SOP 20 langkah 7: masa berlaku pengecualian berakhir, Verifikator menguji klasifikasinya lagi',
        dari: ['dikecualikan'],
        ke: 'verifikasi',
        peran: ['verifikator'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: [],
        // Waited on from the day after the validity; due on the first working day after it, so
        // that the daily digest brings it to the Verifikator that morning.
        ditungguSetelah: 'berlakuSampai',
        tenggat: { dasar: 'berlakuSampai', hari: 1, jenisHari: 'kerja' },
      },
      {
        kode: 'kembalikan',
        label: 'Kembalikan ke Sekretaris',
        langkah:
          'SOP 20 langkah 7: materi yang harus diperbaiki diserahkan kembali kepada sekretaris',
        dari: ['verifikasi'],
        ke: 'koreksi',
        peran: ['verifikator'],
        melalui: 'transisi',
        catatanWajib: true,
        syarat: [],
        ...DIKEMBALIKAN,
      },
      {
        kode: 'tayangkan',
        label: 'Tayangkan (Terbitkan)',
        langkah: 'SOP 20 langkah 8: staf sekretariat menayangkan materi publikasi pada website',
        dari: ['terverifikasi'],
        ke: 'tayang',
        peran: ['staf-sekretariat', 'pemimpin-redaksi'],
        melalui: 'publish',
        catatanWajib: false,
        // Held here too: a classification changed after verification never reaches the public.
        syarat: [...koreksiPublik, dapatDipublikasikan],
        efek: ['selesaikan-disposisi'],
        sidik: 'cocokkan',
        rekap: 'terbit',
        catatanPublik: 'koreksi',
      },
      ...aksiJadwalTayang<Field>({
        dari: 'terverifikasi',
        peran: ['staf-sekretariat', 'pemimpin-redaksi'],
        langkah: 'SOP 20 langkah 8: staf sekretariat menayangkan materi publikasi pada website',
      }),
      {
        // The way back when what would go online is no longer what the Verifikator verified.
        kode: 'kembalikan',
        label: 'Kembalikan untuk Dikoreksi',
        langkah:
          'SOP 20 langkah 7: materi yang berubah sejak diverifikasi diserahkan kembali kepada sekretaris',
        dari: ['terverifikasi'],
        ke: 'koreksi',
        peran: ['staf-sekretariat', 'pemimpin-redaksi'],
        melalui: 'transisi',
        catatanWajib: true,
        syarat: [],
        kapanSaja: true,
        ...DIKEMBALIKAN,
      },
      {
        kode: 'sunting',
        label: 'Suntingan setelah tayang',
        langkah:
          'SOP 20 langkah 5-7: suntingan atas materi yang tayang harus dikoreksi dan diverifikasi lagi',
        dari: ['tayang', 'diturunkan'],
        ke: 'koreksi',
        peran: [],
        melalui: 'suntingan',
        catatanWajib: false,
        syarat: [],
        rekap: 'dikoreksi',
      },
      {
        kode: 'turunkan',
        label: 'Turunkan dari Laman',
        langkah: 'SOP 20: Penanggung Jawab menurunkan materi yang tayang',
        dari: semuaTahapKecualiDiturunkan,
        ke: 'diturunkan',
        peran: ['pemimpin-redaksi'],
        melalui: 'transisi',
        catatanWajib: true,
        syarat: [
          {
            kode: 'sedang-tayang',
            jenis: 'sedang-tayang',
            field: FIELD_TAYANG,
            label: 'Versi tayang',
          },
        ],
        efek: ['tarik'],
        kapanSaja: true,
        // The takedown register (GET /api/penurunan) and the article's 410 tell the public why.
        catatanPublik: 'penurunan',
        masukan: [
          {
            kolom: 'kategori',
            label: 'Kategori alasan penurunan',
            wajib: true,
            kode: 'kategori-penurunan',
            bentuk: 'pilihan',
            pilihan: LABEL_KATEGORI_PENURUNAN,
          },
          {
            kolom: 'alasanPublik',
            label: 'Alasan publik penurunan',
            wajib: true,
            kode: 'alasan-publik',
            bentuk: 'teks',
            petunjuk:
              'Tampil untuk publik di laman dan di daftar penurunan: tulis tanpa data pribadi.',
          },
        ],
      },
    ],
  } satisfies DefinisiAlur<typeof UID.liputan>;
}
