import { TZDate } from '@date-fns/tz';
import { formatWib } from '../../../../shared/time';

/**
 * The unit tests claim to run far from WIB (jest.config.js, tests/helpers/lingkungan-zona-asing.js):
 * this holds them to it. In the machine's own zone (UTC on the servers) a deadline computed with
 * the process's local midnight would pass every other test by accident.
 */
describe('zona proses uji unit', () => {
  it('is Los Angeles for Date itself, not only for process.env', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480);
  });

  it('still gives the WIB date of an instant where the local date differs', () => {
    // 2026-03-01 07:30 WIB is 2026-02-28 16:30 in Los Angeles.
    const instan = new TZDate(2026, 2, 1, 7, 30, 'Asia/Jakarta');
    expect(new Date(instan.getTime()).getDate()).toBe(28);
    expect(formatWib(instan)).toBe('Minggu, 1 Maret 2026 pukul 07.30 WIB');
  });
});
