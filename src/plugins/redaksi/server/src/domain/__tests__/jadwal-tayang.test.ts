import { bacaJadwalTayang, JADWAL_MAKSIMAL_HARI } from '../jadwal-tayang';

// 2025-05-06 10:00 WIB
const sekarang = new Date('2025-05-06T03:00:00.000Z');

describe('bacaJadwalTayang', () => {
  it('reads a wall-clock time without a zone as WIB, whatever the server zone', () => {
    const hasil = bacaJadwalTayang('2025-05-06T14:30', sekarang);
    expect(hasil).toEqual({ ok: true, waktu: new Date('2025-05-06T07:30:00.000Z') });
  });

  it('reads an ISO time with its zone as it says, dropping the seconds', () => {
    const hasil = bacaJadwalTayang('2025-05-06T08:15:42.500Z', sekarang);
    expect(hasil).toEqual({ ok: true, waktu: new Date('2025-05-06T08:15:00.000Z') });
  });

  it('refuses a time already past, and the present minute itself', () => {
    for (const teks of ['2025-05-06T09:59', '2025-05-06T10:00']) {
      const hasil = bacaJadwalTayang(teks, sekarang);
      expect(hasil.ok).toBe(false);
      if (!hasil.ok) expect(hasil.pesan).toMatch(/sudah lewat/);
    }
  });

  it('refuses a time further ahead than the bound', () => {
    const hasil = bacaJadwalTayang('2025-08-06T10:00', sekarang);
    expect(hasil.ok).toBe(false);
    if (!hasil.ok) expect(hasil.pesan).toContain(`${JADWAL_MAKSIMAL_HARI} hari`);
  });

  it('refuses an empty value, an unreadable text and a day that does not exist', () => {
    expect(bacaJadwalTayang('', sekarang)).toMatchObject({ ok: false, pesan: /wajib diisi/ });
    expect(bacaJadwalTayang(null, sekarang)).toMatchObject({ ok: false });
    expect(bacaJadwalTayang('besok pagi', sekarang)).toMatchObject({
      ok: false,
      pesan: /tidak terbaca/,
    });
    expect(bacaJadwalTayang('2025-06-31T09:00', sekarang)).toMatchObject({
      ok: false,
      pesan: /bukan tanggal yang ada/,
    });
  });
});
