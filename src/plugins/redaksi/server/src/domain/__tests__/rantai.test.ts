import {
  bandingkanDenganJangkar,
  type BarisJangkar,
  IndeksJangkar,
  tulisBarisJangkar,
  uraikanBarisJangkar,
} from '../jangkar';
import {
  type BarisBerantai,
  hashBaris,
  hashBarisTanpaKunci,
  kunciUlangRantai,
  periksaRantai,
} from '../rantai';

const KUNCI = 'kunci-uji-riwayat-0123456789';
const UID = 'api::liputan.liputan';

const isi = {
  uidKonten: UID,
  dokumenId: 'd1',
  dari: null,
  ke: 'koreksi',
  aktorId: 4,
  aktorNama: 'Uji',
  peran: 'tim-peliputan',
  note: null,
  alasanTerlambat: null,
  terlambat: false,
};

/** n rows chained by `hash` (keyed by default), as the engine writes them. */
function rantai(n = 3, hash = (b: BarisBerantai, s: string | null) => hashBaris(b, s, KUNCI)) {
  const hasil: BarisBerantai[] = [];
  let sebelumnya: string | null = null;
  for (let i = 1; i <= n; i += 1) {
    const baris = {
      ...isi,
      id: i * 10,
      aksi: `aksi-${i}`,
      waktu: i % 2 ? `2025-05-05T0${i}:00:00.000Z` : new Date(`2025-05-05T0${i}:00:00Z`),
      hashSebelum: sebelumnya,
      hash: null,
    } as BarisBerantai;
    baris.hash = hash(baris, sebelumnya);
    hasil.push(baris);
    sebelumnya = baris.hash;
  }
  return hasil;
}

/** The anchor an engine would have written for these rows: one head per row. */
function jangkarDari(baris: BarisBerantai[], sampai = baris.length) {
  const indeks = new IndeksJangkar();
  baris.slice(0, sampai).forEach((b, i) =>
    indeks.tambah({
      uidKonten: UID,
      dokumenId: 'd1',
      jumlah: i + 1,
      hash: b.hash!,
      waktu: '2025-05-05T08:00:00.000+07:00',
      sebab: 'riwayat',
    }),
  );
  return indeks;
}

describe('rantai riwayat berkunci', () => {
  it('holds for rows as written, whatever form the database gives back, and anchored', () => {
    const baris = rantai();
    const acak = [{ ...baris[2], terlambat: 0 as unknown as boolean }, baris[0], baris[1]];
    expect(periksaRantai(acak, KUNCI, jangkarDari(baris).untuk(UID, 'd1'))).toEqual({
      utuh: true,
      jumlah: 3,
      rusakPada: null,
      alasan: null,
      peringatan: null,
      terjangkar: 3,
    });
  });

  it('is an HMAC: the same rows under another key, or hashed with plain SHA-256, do not verify', () => {
    const baris = rantai();
    expect(periksaRantai(baris, 'kunci-lain-yang-juga-panjang')).toMatchObject({
      utuh: false,
      rusakPada: 10,
    });
    const tanpaKunci = rantai(3, hashBarisTanpaKunci);
    const hasil = periksaRantai(tanpaKunci, KUNCI);
    expect(hasil).toMatchObject({ utuh: false, rusakPada: 10 });
    expect(hasil.alasan).toMatch(/Baris #10 tidak cocok dengan hash-nya.*tanpa kunci riwayat/);
    expect(() => hashBaris(baris[0], null, '')).toThrow(/RIWAYAT_HMAC_KEY/);
  });

  it('hashes the public record of a row, and leaves the rows written before it as they were', () => {
    const [baris] = rantai(1);
    expect(hashBaris({ ...baris, publik: null }, null, KUNCI)).toBe(baris.hash);
    const publik = { kategori: 'kesalahan-fakta', alasanPublik: 'Angka rekapitulasi keliru' };
    const berpublik = { ...baris, publik, hash: hashBaris({ ...baris, publik }, null, KUNCI) };
    expect(berpublik.hash).not.toBe(baris.hash);
    expect(periksaRantai([berpublik], KUNCI)).toMatchObject({ utuh: true });
    expect(
      periksaRantai([{ ...berpublik, publik: { ...publik, alasanPublik: 'diubah' } }], KUNCI),
    ).toMatchObject({ utuh: false, rusakPada: 10 });
  });

  it('reports the first row changed or removed, naming it', () => {
    const baris = rantai();
    expect(periksaRantai([{ ...baris[0], note: 'diubah' }, baris[1]], KUNCI)).toMatchObject({
      utuh: false,
      rusakPada: 10,
    });
    const tengah = periksaRantai([baris[0], baris[2]], KUNCI);
    expect(tengah).toMatchObject({ utuh: false, rusakPada: 30 });
    expect(tengah.alasan).toMatch(/Baris #30 tidak bersambung/);
  });

  it('reports the last row deleted: the chain still links, the anchor is longer', () => {
    const baris = rantai();
    const hasil = periksaRantai(baris.slice(0, 2), KUNCI, jangkarDari(baris).untuk(UID, 'd1'));
    expect(hasil).toMatchObject({ utuh: false, jumlah: 2, terjangkar: 2 });
    expect(hasil.alasan).toBe(
      'Riwayat terpotong: basis data berisi 2 baris, padahal berkas jangkar mencatat 3 baris; 1 baris terakhir dihapus langsung di basis data (atau data dipulihkan dari cadangan yang lebih lama).',
    );
  });

  it('reports a history rewritten with the key: it verifies, but not against the anchor', () => {
    const baris = rantai();
    const jangkar = jangkarDari(baris).untuk(UID, 'd1');
    // Row 2 edited and every hash from it recomputed with the right key.
    const ditulisUlang = rantai(3).map((b) => ({ ...b }));
    ditulisUlang[1].note = 'disisipkan';
    let sebelumnya: string | null = ditulisUlang[0].hash;
    for (const b of ditulisUlang.slice(1)) {
      b.hashSebelum = sebelumnya;
      b.hash = hashBaris(b, sebelumnya, KUNCI);
      sebelumnya = b.hash;
    }
    expect(periksaRantai(ditulisUlang, KUNCI).utuh).toBe(true);
    const hasil = periksaRantai(ditulisUlang, KUNCI, jangkar);
    expect(hasil).toMatchObject({ utuh: false, rusakPada: 20, terjangkar: 1 });
    expect(hasil.alasan).toMatch(/Riwayat ditulis ulang: baris ke-2 \(#20\)/);
  });

  it('warns, without calling it broken, about rows no anchored head vouches for yet', () => {
    const baris = rantai();
    const sebagian = periksaRantai(baris, KUNCI, jangkarDari(baris, 2).untuk(UID, 'd1'));
    expect(sebagian).toMatchObject({ utuh: true, terjangkar: 2 });
    expect(sebagian.peringatan).toMatch(/^1 baris terakhir \(mulai #30\) belum tercatat/);
    expect(periksaRantai(baris, KUNCI).peringatan).toMatch(/Belum ada kepala rantai/);
    expect(periksaRantai([], KUNCI)).toMatchObject({ utuh: true, peringatan: null });
  });

  it('re-keys an old chain row by row, but never past a row changed behind its back', () => {
    const lama = rantai(3, hashBarisTanpaKunci);
    const hasil = kunciUlangRantai(lama, KUNCI);
    expect(hasil.rusakPada).toBeNull();
    expect(hasil.hashLama).toBe(lama[2].hash);
    const baru = lama.map((b, i) => ({ ...b, ...hasil.baru[i] }));
    expect(periksaRantai(baru, KUNCI).utuh).toBe(true);
    // Already keyed: the same hashes again.
    expect(kunciUlangRantai(baru, KUNCI).baru).toEqual(hasil.baru);

    const diubah = lama.map((b) => ({ ...b }));
    diubah[1].note = 'diubah sebelum migrasi';
    const sebagian = kunciUlangRantai(diubah, KUNCI);
    expect(sebagian).toMatchObject({ rusakPada: 20 });
    expect(sebagian.baru.map((b) => b.id)).toEqual([10]);
    const hasilnya = diubah.map((b, i) => ({ ...b, ...(sebagian.baru[i] ?? {}) }));
    expect(periksaRantai(hasilnya, KUNCI)).toMatchObject({ utuh: false, rusakPada: 20 });
  });
});

describe('berkas jangkar', () => {
  const kepala = (jumlah: number, hash: string, sebab: BarisJangkar['sebab'] = 'riwayat') => ({
    uidKonten: UID,
    dokumenId: 'd1',
    jumlah,
    hash,
    waktu: '2026-12-03T13:00:00.000+07:00',
    sebab,
  });

  it('writes one JSON line per head and reads it back; torn or foreign lines are counted, not trusted', () => {
    const baris = tulisBarisJangkar(kepala(1, 'h1'));
    expect(baris.endsWith('\n')).toBe(true);
    expect(uraikanBarisJangkar(baris.trim())).toEqual(kepala(1, 'h1'));
    const indeks = new IndeksJangkar();
    indeks.tambahTeks(
      `${baris}{"uidKonten":"x","jumlah":1\n${tulisBarisJangkar(kepala(2, 'h2'))}bukan json\n`,
    );
    expect(indeks.rusak).toBe(2);
    expect(indeks.tertinggi(UID, 'd1')).toEqual({ jumlah: 2, hash: 'h2' });
  });

  it('keeps every position whatever the order of lines, flags two hashes at one position, starts afresh on a re-key or restore', () => {
    const indeks = new IndeksJangkar();
    indeks.tambah(kepala(2, 'h2'));
    indeks.tambah(kepala(1, 'h1'));
    expect(indeks.untuk(UID, 'd1')).toEqual({
      kepala: new Map([
        [2, 'h2'],
        [1, 'h1'],
      ]),
      konflik: [],
    });
    indeks.tambah(kepala(2, 'lain'));
    expect(indeks.untuk(UID, 'd1')?.konflik).toEqual([2]);
    indeks.tambah(kepala(2, 'k2', 'migrasi-kunci'));
    expect(indeks.untuk(UID, 'd1')).toEqual({ kepala: new Map([[2, 'k2']]), konflik: [] });
    expect(indeks.untuk(UID, 'lain')).toBeNull();
  });

  it('tells an older backup of the same history from one that differs from the anchor', () => {
    const indeks = new IndeksJangkar();
    for (const [j, h] of [
      [1, 'h1'],
      [2, 'h2'],
      [3, 'h3'],
    ] as const)
      indeks.tambah(kepala(j, h));
    indeks.tambah({ ...kepala(1, 'e1'), dokumenId: 'd2' });
    const kunci = `${UID}::d1`;
    expect(bandingkanDenganJangkar({ [kunci]: { jumlah: 3, hash: 'h3' } }, indeks)).toEqual([
      expect.objectContaining({ kunci: `${UID}::d2`, jenis: 'lebih-lama' }),
    ]);
    const lebihLama = bandingkanDenganJangkar(
      { [kunci]: { jumlah: 2, hash: 'h2' }, [`${UID}::d2`]: { jumlah: 1, hash: 'e1' } },
      indeks,
    );
    expect(lebihLama).toEqual([
      {
        kunci,
        jenis: 'lebih-lama',
        pesan: `${UID} d1: 2 baris di arsip, 3 di berkas jangkar: 1 baris sesudah cadangan ini hilang bila dipulihkan`,
      },
    ]);
    expect(
      bandingkanDenganJangkar({ [kunci]: { jumlah: 2, hash: 'ditulis-ulang' } }, indeks)[0],
    ).toMatchObject({
      jenis: 'berbeda',
      pesan: expect.stringMatching(/baris ke-2 di arsip berbeda/),
    });
    expect(
      bandingkanDenganJangkar({ [kunci]: { jumlah: 4, hash: 'h4' } }, indeks)[0],
    ).toMatchObject({ jenis: 'berbeda' });
    expect(
      bandingkanDenganJangkar({ [`${UID}::d3`]: { jumlah: 1, hash: 'x' } }, new IndeksJangkar()),
    ).toEqual([expect.objectContaining({ jenis: 'tanpa-jangkar' })]);
  });
});
