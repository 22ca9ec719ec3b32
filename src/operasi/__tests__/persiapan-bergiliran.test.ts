import { BATAS_TUNGGU_BAKU_MS, batasTungguMs, pesanBatasTerlampaui } from '../persiapan-bergiliran';

describe('batasTungguMs', () => {
  it('waits five minutes for the other instance unless DATABASE_PREPARE_TIMEOUT_MS says otherwise', () => {
    expect(batasTungguMs(undefined)).toBe(BATAS_TUNGGU_BAKU_MS);
    expect(BATAS_TUNGGU_BAKU_MS).toBe(300_000);
    expect(batasTungguMs('600000')).toBe(600_000);
    expect(batasTungguMs('2500.7')).toBe(2500);
  });

  it('ignores a value that is not a positive number (never an unbounded or a zero wait)', () => {
    for (const nilai of ['', '0', '-5', 'lima menit', 'Infinity'])
      expect(batasTungguMs(nilai)).toBe(BATAS_TUNGGU_BAKU_MS);
  });
});

describe('pesanBatasTerlampaui', () => {
  it('names the wait, the variable and what the operator can do, in Indonesian', () => {
    const pesan = pesanBatasTerlampaui(300_000);
    expect(pesan).toContain('setelah 5 menit');
    expect(pesan).toContain('DATABASE_PREPARE_TIMEOUT_MS');
    expect(pesanBatasTerlampaui(2000)).toContain('setelah 2000 ms');
  });
});
