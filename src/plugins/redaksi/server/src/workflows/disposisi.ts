import type { KonfigurasiSop20 } from '../config';
import { type KodePeran, UID } from '../constants';
import type {
  DefinisiAksi,
  DefinisiAlur,
  DefinisiSyarat,
  DefinisiTenggat,
  FieldKonten,
} from './types';

/** The fields of Disposisi, as its schema has them: a renamed one fails the typecheck here. */
type Field = FieldKonten<typeof UID.disposisi>;

/** The first history row of a child sheet: it received the disposition from the previous office. */
export const AKSI_TERIMA_DISPOSISI = 'terima-disposisi';

/**
 * The disposition sheet (lembar disposisi) of SOP 20 langkah 1-3: PPID Pembantu -> Penanggung
 * Jawab -> Sekretaris Redaksi -> Redaktur Pelaksana. Each forward writes a child sheet (the next
 * row of the paper form) addressed to the next office; the sheet is done when the Liputan that
 * carries it out is published.
 */
export function alurDisposisi(config: KonfigurasiSop20): DefinisiAlur {
  const tenggat: DefinisiTenggat<Field> = {
    dasar: 'batasWaktu',
    hari: config.tenggatDisposisiHari,
    jenisHari: config.jenisHari,
  };
  /**
   * SOP 20 langkah 2-3: one office forwards the sheet to the next, which writes the next row of
   * the paper form (a child sheet in `tahapAnak`); by the sheet's deadline, late is recorded.
   */
  const teruskan = (langkah: {
    label: string;
    langkah: string;
    dari: string;
    tahapAnak: string;
    peran: KodePeran;
    syarat?: DefinisiSyarat<Field>[];
  }): DefinisiAksi<Field> => ({
    kode: 'teruskan',
    label: langkah.label,
    langkah: langkah.langkah,
    dari: [langkah.dari],
    ke: 'diteruskan',
    tahapAnak: langkah.tahapAnak,
    peran: [langkah.peran],
    melalui: 'transisi',
    catatanWajib: false,
    syarat: langkah.syarat ?? [],
    tenggat,
    terlambat: 'dicatat',
    efek: ['disposisi-anak'],
  });

  return {
    kode: 'disposisi',
    uid: UID.disposisi,
    sop: {
      nomor: config.nomor,
      judul: 'Lembar Disposisi',
      tanggalRevisi: config.tanggalRevisi,
      jumlahLangkah: 8,
    },
    tahapAwal: 'ppid',
    // "Nomor agenda" of the incoming letter, per year (001/DISP/2025); child rows belong to the same sheet.
    penomoran: { field: 'nomorAgenda', jenis: 'agenda', kecualiJikaTerkait: 'induk' },
    antrean: { judul: 'perihal', kolom: ['perihal', 'batasWaktu', 'nomorAgenda', 'sifat'] },
    catatanMesin: { [AKSI_TERIMA_DISPOSISI]: 'Menerima lembar disposisi' },
    // The agenda number and the chain are the engine's; an article is linked from its own side.
    fieldMesin: ['nomorAgenda', 'induk', 'turunan', 'liputan'],
    lembarCetak: { label: 'Cetak lembar disposisi' },
    asalRantai: {
      relasi: 'induk',
      field: ['nomorAgenda', 'asal', 'nomorSurat', 'tanggalSurat', 'perihal', 'instruksi'],
    },
    diteruskanLewat: 'turunan',
    // What one office recorded on the sheet is read-only once forwarded: only the PPID's own
    // record, before it leaves, is edited by hand; each later row is written by the forward itself.
    tahap: [
      {
        kode: 'ppid',
        label: 'Dicatat PPID Pembantu',
        langkahSop: 2,
        sunting: { peran: ['ppid-pembantu'] },
      },
      { kode: 'pimpinan', label: 'Di Penanggung Jawab', langkahSop: 2 },
      { kode: 'sekretariat', label: 'Di Sekretaris Redaksi', langkahSop: 3 },
      {
        kode: 'redaktur',
        label: 'Di Redaktur Pelaksana',
        langkahSop: 3,
        untukYangDitugaskan: true,
      },
      // No step of its own: the work (SOP 20 langkah 4-8) goes on in the Liputan it made.
      { kode: 'dikerjakan', label: 'Liputan sedang disusun' },
      { kode: 'diteruskan', label: 'Diteruskan' },
      { kode: 'selesai', label: 'Selesai', akhir: true },
    ],
    aksi: [
      teruskan({
        label: 'Teruskan ke Penanggung Jawab',
        langkah: 'SOP 20 langkah 2: PPID Pembantu mendisposisikan publikasi informasi',
        dari: 'ppid',
        tahapAnak: 'pimpinan',
        peran: 'ppid-pembantu',
        syarat: [
          { kode: 'perihal-terisi', jenis: 'terisi', field: 'perihal', label: 'Perihal' },
          { kode: 'asal-terisi', jenis: 'terisi', field: 'asal', label: 'Asal surat' },
        ],
      }),
      teruskan({
        label: 'Teruskan ke Sekretariat',
        langkah: 'SOP 20 langkah 2: Penanggung Jawab meneruskan disposisi kepada sekretariat',
        dari: 'pimpinan',
        tahapAnak: 'sekretariat',
        peran: 'pemimpin-redaksi',
      }),
      {
        ...teruskan({
          label: 'Disposisikan ke Redaktur Pelaksana',
          langkah:
            'SOP 20 langkah 3: Sekretaris mendisposisikan penyusunan materi kepada Redaktur Pelaksana',
          dari: 'sekretariat',
          tahapAnak: 'redaktur',
          peran: 'sekretaris-redaksi',
        }),
        // The sheet reaches a named Redaktur Pelaksana: only they see it waiting.
        efek: ['disposisi-anak', 'penugasan'],
        penugasan: { peran: ['redaktur-pelaksana'] },
      },
      {
        kode: 'buat-liputan',
        label: 'Buat Liputan',
        langkah:
          'SOP 20 langkah 3: Redaktur Pelaksana menerima disposisi untuk menyusun materi publikasi',
        dari: ['redaktur'],
        ke: 'dikerjakan',
        peran: ['redaktur-pelaksana'],
        melalui: 'transisi',
        catatanWajib: false,
        syarat: [],
        tenggat,
        terlambat: 'dicatat',
        efek: ['buat-liputan'],
        // The article's own title, which the Redaktur Pelaksana writes (a letter's subject is not
        // a headline, and may be longer than a title can be).
        masukan: [{ kolom: 'judul', label: 'Judul liputan', wajib: true, isiAwal: 'perihal' }],
      },
      {
        kode: 'selesaikan',
        label: 'Selesai (liputan tayang)',
        langkah: 'SOP 20 langkah 8: materi publikasi tayang, disposisi selesai',
        // Whatever stage a sheet stands in: once the Liputan carrying it out is online, it is done.
        dari: ['ppid', 'pimpinan', 'sekretariat', 'redaktur', 'dikerjakan', 'diteruskan'],
        ke: 'selesai',
        peran: [],
        melalui: 'sistem',
        catatanWajib: false,
        syarat: [],
        rekap: 'selesai',
      },
    ],
  } satisfies DefinisiAlur<typeof UID.disposisi>;
}
