/**
 * The workflow definitions hold the SOP knowledge the services read (what the recap counts, who is
 * mailed on a return, the deadline texts), so each must be said there once and consistently.
 */
import config from '../../config';
import { jalanUtama } from '../../domain/jalan';
import { aksiOtomatis } from '../../domain/mesin';
import { FIELD_TANPA_SIDIK } from '../../domain/sidik';
import { alurDisposisi } from '../disposisi';
import { alurSop20 } from '../sop-20';
import { alurSop21 } from '../sop-21';
import type { DefinisiAlur } from '../types';
import skemaDisposisi from '../../../../../../api/disposisi/content-types/disposisi/schema.json';
import skemaKontenMedsos from '../../../../../../api/konten-medsos/content-types/konten-medsos/schema.json';
import skemaLiputan from '../../../../../../api/liputan/content-types/liputan/schema.json';

const SEMUA: Array<[string, DefinisiAlur]> = [
  ['sop-21', alurSop21(config.default.sop21)],
  ['sop-20', alurSop20(config.default.sop20)],
  ['disposisi', alurDisposisi(config.default.sop20)],
];

describe.each(SEMUA)('alur %s', (_, alur) => {
  it('leaves out of the fingerprint only fields the engine alone writes (a person never edits past the approval unseen)', () => {
    const skema = [skemaKontenMedsos, skemaLiputan, skemaDisposisi].find((s) =>
      alur.uid.endsWith(`.${s.info.singularName}`),
    );
    expect(skema).toBeDefined();
    const tanpaSidikBukanMesin = Object.keys(skema?.attributes ?? {}).filter(
      (field) => FIELD_TANPA_SIDIK.has(field) && !alur.fieldMesin?.includes(field),
    );
    expect(tanpaSidikBukanMesin).toEqual([]);
  });

  it('counts the actions that share a code alike in the recap (history rows name only the code)', () => {
    const perKode = new Map<string, Set<string | undefined>>();
    for (const aksi of alur.aksi)
      perKode.set(aksi.kode, (perKode.get(aksi.kode) ?? new Set()).add(aksi.rekap));
    const berbeda = [...perKode].filter(([, rekap]) => rekap.size > 1).map(([kode]) => kode);
    expect(berbeda).toEqual([]);
  });

  it("numbers its stages as the SOP's table numbers its steps: within the count, never going back", () => {
    const langkah = alur.tahap.flatMap((tahap) =>
      tahap.langkahSop === undefined ? [] : [tahap.langkahSop],
    );
    expect(langkah.length).toBeGreaterThan(3);
    expect(langkah.every((n) => Number.isInteger(n) && n >= 1 && n <= alur.sop.jumlahLangkah)).toBe(
      true,
    );
    expect(langkah).toEqual([...langkah].sort((a, b) => a - b));
    // The stage's step is the one its leaving actions say they carry out ("SOP 20 langkah 3-4").
    for (const tahap of alur.tahap) {
      if (tahap.langkahSop === undefined || tahap.kode === alur.tahapTayang) continue;
      const disebut = alur.aksi
        .filter((aksi) => aksi.dari.includes(tahap.kode))
        .flatMap((aksi) => {
          const cocok = /langkah (\d+)(?:-(\d+))?/.exec(aksi.langkah);
          return cocok ? [[Number(cocok[1]), Number(cocok[2] ?? cocok[1])]] : [];
        });
      expect([
        tahap.kode,
        disebut.some(([a, b]) => a <= tahap.langkahSop! && tahap.langkahSop! <= b),
      ]).toEqual([tahap.kode, true]);
    }
  });
});

it('counts every step that hands an item back to an earlier stage of the path, and tells its submitter', () => {
  const mundur = SEMUA.flatMap(([, alur]) => {
    const jalan = [alur.tahapAwal, ...jalanUtama(alur).map((langkah) => langkah.ke)];
    return alur.aksi
      .filter(
        (aksi) =>
          aksi.melalui === 'transisi' &&
          aksi.ke !== null &&
          jalan.includes(aksi.ke) &&
          aksi.dari.some((dari) => jalan.indexOf(dari) > jalan.indexOf(aksi.ke as string)),
      )
      .map((aksi) => [`${alur.kode} ${aksi.kode} ${aksi.dari}`, aksi.rekap, aksi.notifikasi]);
  });
  // The check reads real returns (three in each SOP today), not an empty list.
  expect(mundur.length).toBeGreaterThan(0);
  for (const [nama, rekap, notifikasi] of mundur) {
    expect([nama, rekap, notifikasi]).toEqual([
      nama,
      'dikembalikan',
      { surel: 'dikembalikan', penerima: 'pengaju-tahap-ke' },
    ]);
  }
});

it('records every withdrawal by exemption as a takedown: the stage reached has the engine step that writes it', () => {
  const pemicu = SEMUA.flatMap(([, alur]) =>
    alur.aksi
      .filter((aksi) => aksi.efek?.includes('penurunan-dikecualikan'))
      .map((aksi) => [alur, aksi] as const),
  );
  expect(pemicu.length).toBeGreaterThan(0);
  for (const [alur, aksi] of pemicu) {
    // The withdrawal itself is the action's (`tarik`); the engine's step only records it.
    expect(aksi.efek).toContain('tarik');
    const langkah = aksiOtomatis(alur, 'sistem', aksi.ke ?? '');
    expect({
      kode: aksi.kode,
      langkah: langkah?.kode,
      catatanPublik: langkah?.catatanPublik,
    }).toEqual({ kode: aksi.kode, langkah: expect.any(String), catatanPublik: 'penurunan' });
    expect(langkah?.ke).toBeNull();
  }
});

describe('teks tenggat dalam definisi SOP 21', () => {
  const teks = (alur: DefinisiAlur) => JSON.stringify(alur);

  it('says the configured days, H+1 by default', () => {
    const alur = alurSop21(config.default.sop21);
    expect(alur.fieldTetap?.[0].alasan).toBe('tenggat H+1 dihitung dari tanggal kegiatan');
    expect(alur.aksi.find((aksi) => aksi.kode === 'izinkan-terlambat')?.langkah).toBe(
      'SOP 21 langkah 5: izin Pemimpin Redaksi untuk unggahan melewati H+1',
    );
  });

  it('restates no day count: other days configured, other days said, and never H+1', () => {
    const alur = alurSop21({
      ...config.default.sop21,
      tenggatSerahkanHari: 2,
      tenggatUnggahHari: 3,
      tenggatTinjauanHari: 2,
    });
    expect(teks(alur)).not.toContain('H+1');
    expect(alur.fieldTetap?.[0].alasan).toBe('tenggat H+2 dan H+3 dihitung dari tanggal kegiatan');
    expect(alur.aksi.find((aksi) => aksi.kode === 'izinkan-terlambat')?.langkah).toContain(
      'melewati H+3',
    );
  });

  it('names working days as such', () => {
    const alur = alurSop21({ ...config.default.sop21, jenisHari: 'kerja' });
    expect(alur.fieldTetap?.[0].alasan).toBe(
      'tenggat H+1 hari kerja dihitung dari tanggal kegiatan',
    );
  });
});
