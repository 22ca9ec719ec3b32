import { DEFAULT_WAIT_MS, waitLimitMs, waitExceededMessage } from '../prepare-lock';

describe('batasTungguMs', () => {
  it('waits five minutes for the other instance unless DATABASE_PREPARE_TIMEOUT_MS says otherwise', () => {
    expect(waitLimitMs(undefined)).toBe(DEFAULT_WAIT_MS);
    expect(DEFAULT_WAIT_MS).toBe(300_000);
    expect(waitLimitMs('600000')).toBe(600_000);
    expect(waitLimitMs('2500.7')).toBe(2500);
  });

  it('ignores a value that is not a positive number (never an unbounded or a zero wait)', () => {
    for (const nilai of ['', '0', '-5', 'lima menit', 'Infinity'])
      expect(waitLimitMs(nilai)).toBe(DEFAULT_WAIT_MS);
  });
});

describe('pesanBatasTerlampaui', () => {
  it('names the wait, the variable and what the operator can do, in Indonesian', () => {
    const pesan = waitExceededMessage(300_000);
    expect(pesan).toContain('setelah 5 menit');
    expect(pesan).toContain('DATABASE_PREPARE_TIMEOUT_MS');
    expect(waitExceededMessage(2000)).toContain('setelah 2000 ms');
  });
});
