import config from '../../config';
import { type KodePeran, UID } from '../../constants';
import { alurDisposisi } from '../../workflows/disposisi';
import { alurSop20 } from '../../workflows/sop-20';
import { alurSop21 } from '../../workflows/sop-21';
import type { DefinisiAksi, DefinisiAlur } from '../../workflows/types';
import { jalanUtama } from '../jalan';
import { aksiDitunggu, bolehMengambil } from '../mesin';

const aksi = (
  kode: string,
  dari: string[],
  ke: string | null,
  peran: KodePeran[],
  lain: Partial<DefinisiAksi> = {},
): DefinisiAksi => ({
  kode,
  label: kode,
  langkah: `langkah ${kode}`,
  dari,
  ke,
  peran,
  melalui: 'transisi',
  catatanWajib: false,
  syarat: [],
  ...lain,
});

/**
 * A small workflow with every kind of step the path must pass over: a return to an earlier stage,
 * a rejection into a final stage, a late permission that stays, an exception open everywhere, an
 * edit, and an assignment with a choice of roles, before publication.
 */
const CONTOH: DefinisiAlur = {
  kode: 'contoh',
  uid: UID.kontenMedsos,
  sop: { nomor: '0/2025', judul: 'Contoh', tanggalRevisi: '2025-01-01', jumlahLangkah: 3 },
  tahapAwal: 'a',
  tahapTayang: 'd',
  antrean: { judul: 'judul', kolom: [] },
  tahap: [
    { kode: 'a', label: 'A' },
    { kode: 'b', label: 'B' },
    { kode: 'c', label: 'C' },
    { kode: 'd', label: 'D' },
    { kode: 'x', label: 'X', akhir: true },
  ],
  aksi: [
    aksi('maju', ['a'], 'b', ['tim-pelaksana']),
    aksi('izin', ['a', 'b'], null, ['pemimpin-redaksi']),
    aksi('tugaskan', ['b'], 'c', ['wakil-pemimpin-redaksi', 'pemimpin-redaksi'], {
      efek: ['penugasan'],
      penugasan: { peran: ['tim-peliputan', 'tim-pasca-produksi'] },
    }),
    aksi('kembalikan', ['b', 'c'], 'a', ['pemimpin-redaksi']),
    aksi('tolak', ['c'], 'x', ['pemimpin-redaksi']),
    aksi('turunkan', ['a', 'b', 'c', 'd'], 'x', ['pemimpin-redaksi'], { kapanSaja: true }),
    aksi('sunting', ['c'], 'b', [], { melalui: 'suntingan' }),
    aksi('terbitkan', ['c'], 'd', ['admin-medsos'], { melalui: 'publish' }),
    aksi('lagi', ['d'], 'b', ['admin-medsos']),
  ],
};

const ringkas = (alur: DefinisiAlur, opsi?: Parameters<typeof jalanUtama>[1]) =>
  jalanUtama(alur, opsi).map((langkah) => [
    langkah.aksi.kode,
    langkah.dari,
    langkah.ke,
    langkah.peran,
    langkah.ditugaskan,
  ]);

describe('jalan utama sebuah alur', () => {
  it('takes, from the first stage, the step that moves on: no return, rejection, permission, exception or edit', () => {
    expect(ringkas(CONTOH)).toEqual([
      ['maju', 'a', 'b', 'tim-pelaksana', undefined],
      ['tugaskan', 'b', 'c', 'wakil-pemimpin-redaksi', 'tim-peliputan'],
      ['terbitkan', 'c', 'd', 'admin-medsos', undefined],
    ]);
  });

  it('stops where it is asked to, and online where nothing is waited on', () => {
    expect(ringkas(CONTOH, { sampai: 'b' })).toEqual([
      ['maju', 'a', 'b', 'tim-pelaksana', undefined],
    ]);
    expect(ringkas(CONTOH, { sampai: 'a' })).toEqual([]);
  });

  it('casts the preferred role where an action admits several, for the actor and the assignees', () => {
    expect(ringkas(CONTOH, { utamakan: ['pemimpin-redaksi', 'tim-pasca-produksi'] })[1]).toEqual([
      'tugaskan',
      'b',
      'c',
      'pemimpin-redaksi',
      'tim-pasca-produksi',
    ]);
  });

  it('says so when the path forks or never reaches the stage asked for', () => {
    const bercabang: DefinisiAlur = {
      ...CONTOH,
      aksi: [...CONTOH.aksi, aksi('pintas', ['a'], 'c', ['tim-pelaksana'])],
    };
    expect(() => jalanUtama(bercabang)).toThrow('Alur contoh bercabang di tahap "a": maju, pintas');
    expect(() => jalanUtama(CONTOH, { sampai: 'x' })).toThrow(
      'Jalan utama alur contoh tidak sampai ke tahap "x"',
    );
  });

  it('follows a forwarded disposition into the child sheet the forward writes', () => {
    const jalan = jalanUtama(alurDisposisi(config.default.sop20), { sampai: 'redaktur' });
    expect(jalan.map((langkah) => [langkah.dari, langkah.ke, langkah.diLembarAnak])).toEqual([
      ['ppid', 'pimpinan', true],
      ['pimpinan', 'sekretariat', true],
      ['sekretariat', 'redaktur', true],
    ]);
    expect(jalan.at(-1)?.ditugaskan).toBe('redaktur-pelaksana');
  });

  describe.each([
    ['sop-21', alurSop21(config.default.sop21)],
    ['sop-20', alurSop20(config.default.sop20)],
  ])('of %s', (_, alur) => {
    const jalan = jalanUtama(alur);

    it('goes from the first stage online, each step one the stage waits on, by a role that may take it', () => {
      expect(jalan[0].dari).toBe(alur.tahapAwal);
      expect(jalan.at(-1)?.ke).toBe(alur.tahapTayang);
      for (const [i, langkah] of jalan.entries()) {
        expect(langkah.dari).toBe(i === 0 ? alur.tahapAwal : jalan[i - 1].ke);
        expect(aksiDitunggu(alur, langkah.dari)).toContain(langkah.aksi);
        expect(bolehMengambil(langkah.aksi, { peran: [langkah.peran], superAdmin: false })).toBe(
          true,
        );
      }
      expect(new Set(jalan.map((langkah) => langkah.ke)).size).toBe(jalan.length);
    });

    it('passes every stage but the side ones: final, beside the path, or reached only by an exception', () => {
      const dilalui = [alur.tahapAwal, ...jalan.map((langkah) => langkah.ke)];
      const sampingan = alur.tahap.filter(
        (tahap) =>
          tahap.akhir ||
          tahap.samping ||
          (tahap.kode !== alur.tahapAwal &&
            alur.aksi.filter((item) => item.ke === tahap.kode).every((item) => item.kapanSaja)),
      );
      expect(sampingan.length).toBeGreaterThan(0);
      expect(alur.tahap.filter((tahap) => !dilalui.includes(tahap.kode))).toEqual(sampingan);
    });
  });
});
