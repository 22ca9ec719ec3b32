import config from '../../config';
import { alurSop20 } from '../../workflows/sop-20';
import type { DefinisiAlur } from '../../workflows/types';
import {
  type BarisCatatanPublik,
  bacaCatatanPublik,
  hitungPer,
  klasifikasiBerlaku,
  ringkasCatatanPublik,
} from '../register-publik';

/**
 * SOP 20 with its actions marked as the groundwork names them (#25): the Verifikator's decision
 * records the classification, a republication the correction, the takedown its reason. Marked
 * here so that these tests do not wait on the workflow rows that mark them.
 */
const alur: DefinisiAlur = (() => {
  const dasar = alurSop20(config.default.sop20);
  const tanda: Record<string, 'klasifikasi' | 'koreksi' | 'penurunan'> = {
    setujui: 'klasifikasi',
    tayangkan: 'koreksi',
    turunkan: 'penurunan',
  };
  return {
    ...dasar,
    aksi: dasar.aksi.map((aksi) =>
      tanda[aksi.kode] ? { ...aksi, catatanPublik: tanda[aksi.kode] } : aksi,
    ),
  };
})();

const baris = (
  dokumenId: string,
  aksi: string,
  jam: number,
  publik: BarisCatatanPublik['publik'],
): BarisCatatanPublik => ({
  dokumenId,
  aksi,
  waktu: new Date(Date.UTC(2026, 9, 1, jam)),
  publik,
});

describe('bacaCatatanPublik', () => {
  it('reads the JSON text SQLite answers and the object PostgreSQL answers alike', () => {
    const catatan = { klasifikasi: 'berkala' };
    expect(bacaCatatanPublik(JSON.stringify(catatan))).toEqual(catatan);
    expect(bacaCatatanPublik(catatan)).toEqual(catatan);
    expect(bacaCatatanPublik(null)).toBeNull();
    expect(bacaCatatanPublik('bukan json')).toBeNull();
  });
});

describe('klasifikasiBerlaku', () => {
  it('keeps the last classification of each item, whatever order the rows come in', () => {
    const berlaku = klasifikasiBerlaku([
      baris('a', 'setujui', 5, { klasifikasi: 'berkala' }),
      baris('a', 'setujui', 2, { klasifikasi: 'dikecualikan', dasarPengecualian: 'pasal-17-h' }),
      baris('b', 'setujui', 3, { klasifikasi: 'serta-merta' }),
      baris('b', 'turunkan', 4, { kategori: 'lainnya' }),
    ]);
    expect(berlaku.get('a')).toEqual({
      klasifikasi: 'berkala',
      dasarPengecualian: null,
      waktu: new Date(Date.UTC(2026, 9, 1, 5)),
    });
    expect(berlaku.get('b')?.klasifikasi).toBe('serta-merta');
  });
});

describe('ringkasCatatanPublik', () => {
  it('counts exempt decisions per legal basis, corrections, and takedowns per reason, from the marked actions only', () => {
    const ringkas = ringkasCatatanPublik(alur, [
      baris('a', 'setujui', 1, { klasifikasi: 'dikecualikan', dasarPengecualian: 'pasal-17-h' }),
      baris('b', 'setujui', 2, { klasifikasi: 'dikecualikan', dasarPengecualian: 'pasal-17-h' }),
      baris('c', 'setujui', 3, { klasifikasi: 'dikecualikan', dasarPengecualian: 'pasal-17-a' }),
      baris('d', 'setujui', 4, { klasifikasi: 'berkala' }),
      baris('d', 'tayangkan', 5, { catatanKoreksi: 'Tanggal kegiatan diperbaiki' }),
      baris('e', 'tayangkan', 6, null),
      baris('d', 'turunkan', 7, { kategori: 'kesalahan-fakta', alasanPublik: 'Data keliru' }),
      baris('f', 'turunkan', 8, { alasanPublik: 'Tanpa kategori' }),
      // An action the workflow does not mark is no public record, whatever its row holds.
      baris('g', 'kembalikan', 9, { klasifikasi: 'dikecualikan', dasarPengecualian: 'pasal-17-b' }),
    ]);
    expect(ringkas).toEqual({
      dikecualikanPerDasar: [
        { kode: 'pasal-17-a', jumlah: 1 },
        { kode: 'pasal-17-h', jumlah: 2 },
      ],
      koreksi: 1,
      penurunanPerKategori: [
        { kode: 'kesalahan-fakta', jumlah: 1 },
        { kode: 'tanpa-kategori', jumlah: 1 },
      ],
    });
  });

  it('counts nothing on a workflow whose actions put nothing on the public record', () => {
    const tanpa = { ...alur, aksi: alur.aksi.map(({ catatanPublik: _, ...aksi }) => aksi) };
    expect(
      ringkasCatatanPublik(tanpa, [baris('a', 'setujui', 1, { klasifikasi: 'dikecualikan' })]),
    ).toEqual({ dikecualikanPerDasar: [], koreksi: 0, penurunanPerKategori: [] });
    expect(hitungPer([])).toEqual([]);
  });
});
