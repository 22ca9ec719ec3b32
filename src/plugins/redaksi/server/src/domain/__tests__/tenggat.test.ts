import {
  batasAkhir,
  diMasaDepan,
  formatSingkatWib,
  formatWib,
  jamDindingWib,
  hitungTenggat,
  rentangBulanWib,
  sudahLewat,
  tanggalWib,
  tahunBulanWib,
} from '../tenggat';

describe('tanggal WIB dari sebuah instant', () => {
  it('puts 16:59:59 UTC on the same WIB day and 17:00 UTC on the next one', () => {
    expect(tanggalWib(new Date('2025-05-05T16:59:59.999Z'))).toBe('2025-05-05');
    expect(tanggalWib(new Date('2025-05-05T17:00:00.000Z'))).toBe('2025-05-06');
  });

  it('crosses month and year ends in WIB, not in UTC', () => {
    expect(tanggalWib(new Date('2025-01-31T17:30:00Z'))).toBe('2025-02-01');
    expect(tanggalWib(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(tahunBulanWib(new Date('2025-12-31T17:00:00Z'))).toEqual({ tahun: '2026', bulan: '01' });
  });
});

describe('batas akhir H+n', () => {
  it('ends H+1 at 23:59:59.999 WIB of the next day, which is 16:59:59.999 UTC', () => {
    expect(batasAkhir('2025-05-05', 1, 'kalender').toISOString()).toBe('2025-05-06T16:59:59.999Z');
  });

  it('crosses the end of a 30-day month, of February and of the year', () => {
    expect(batasAkhir('2025-04-30', 1, 'kalender').toISOString()).toBe('2025-05-01T16:59:59.999Z');
    expect(batasAkhir('2025-02-28', 1, 'kalender').toISOString()).toBe('2025-03-01T16:59:59.999Z');
    expect(batasAkhir('2024-02-28', 1, 'kalender').toISOString()).toBe('2024-02-29T16:59:59.999Z');
    expect(batasAkhir('2025-12-31', 1, 'kalender').toISOString()).toBe('2026-01-01T16:59:59.999Z');
  });

  it('counts H+0 as the end of the same WIB day', () => {
    expect(batasAkhir('2025-05-05', 0, 'kalender').toISOString()).toBe('2025-05-05T16:59:59.999Z');
  });

  it('skips the weekend when counting working days', () => {
    // Friday 2 May 2025 + 1 working day = Monday 5 May.
    expect(batasAkhir('2025-05-02', 1, 'kerja').toISOString()).toBe('2025-05-05T16:59:59.999Z');
    expect(batasAkhir('2025-05-02', 1, 'kalender').toISOString()).toBe('2025-05-03T16:59:59.999Z');
  });

  it('refuses a malformed date instead of guessing', () => {
    expect(() => batasAkhir('05/05/2025', 1, 'kalender')).toThrow(RangeError);
  });
});

describe('terlambat di kedua sisi tengah malam WIB', () => {
  const batas = batasAkhir('2025-05-05', 1, 'kalender');

  it('is on time at 23:59:59.999 WIB of H+1 and late one millisecond later', () => {
    expect(sudahLewat(batas, new Date('2025-05-06T16:59:59.999Z'))).toBe(false);
    expect(sudahLewat(batas, new Date('2025-05-06T17:00:00.000Z'))).toBe(true);
  });

  it('is on time at 06:30 WIB of H+1 even though that is still H in UTC', () => {
    expect(sudahLewat(batas, new Date('2025-05-05T23:30:00Z'))).toBe(false);
  });

  it('has no deadline when what it counts from is unknown', () => {
    expect(
      hitungTenggat({ dasar: 'diserahkanPada', hari: 1, jenisHari: 'kalender' }, {}),
    ).toBeNull();
    expect(sudahLewat(null, new Date())).toBe(false);
  });

  it('counts a review deadline from the WIB day of submission', () => {
    // Submitted at 00:30 WIB on 6 May (17:30 UTC on 5 May): the review runs until the end of 7 May WIB.
    const tenggat = hitungTenggat(
      { dasar: 'diserahkanPada', hari: 1, jenisHari: 'kalender' },
      { diserahkanPada: new Date('2025-05-05T17:30:00Z') },
    );
    expect(tenggat?.toISOString()).toBe('2025-05-07T16:59:59.999Z');
  });
});

describe('tanggal kegiatan di masa depan', () => {
  it('treats tomorrow in WIB as future even when UTC is still on the day before', () => {
    const sekarang = new Date('2025-05-05T18:00:00Z'); // 01:00 WIB, 6 May
    expect(diMasaDepan('2025-05-06', sekarang)).toBe(false);
    expect(diMasaDepan('2025-05-07', sekarang)).toBe(true);
  });
});

describe('waktu tampil', () => {
  it('reads in Indonesian, in WIB', () => {
    expect(formatWib(new Date('2025-05-06T16:59:59.999Z'))).toBe(
      'Selasa, 6 Mei 2025 pukul 23.59 WIB',
    );
  });
});

describe('zona waktu server', () => {
  it('gives the same answers whatever TZ the process runs in', () => {
    // jest.config sets TZ for the unit project to a zone far from WIB; the answers above hold there.
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(new Date('2025-05-06T16:59:59.999Z').getHours()).not.toBe(23);
  });
});

describe('rentang bulan WIB untuk rekapitulasi', () => {
  it('runs from 00:00 WIB on the 1st (17:00 UTC the day before) to the next month', () => {
    const mei = rentangBulanWib('2025-05');
    expect(mei.mulai.toISOString()).toBe('2025-04-30T17:00:00.000Z');
    expect(mei.selesai.toISOString()).toBe('2025-05-31T17:00:00.000Z');
    expect([mei.tanggalAwal, mei.tanggalAkhir]).toEqual(['2025-05-01', '2025-05-31']);
  });

  it('crosses the year end and knows February', () => {
    expect(rentangBulanWib('2025-12').selesai.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(rentangBulanWib('2024-02').tanggalAkhir).toBe('2024-02-29');
  });

  it('refuses anything but YYYY-MM', () => {
    for (const salah of ['2025-13', '2025-5', 'Mei 2025', ''])
      expect(() => rentangBulanWib(salah)).toThrow(RangeError);
  });
});

describe('waktu untuk ekspor', () => {
  it('writes the WIB wall-clock time for spreadsheets and text', () => {
    const instant = new Date('2025-04-30T17:01:00Z'); // 00:01 WIB on 1 May
    expect(jamDindingWib(instant).toISOString()).toBe('2025-05-01T00:01:00.000Z');
    expect(formatSingkatWib(instant)).toBe('2025-05-01 00:01');
  });
});
