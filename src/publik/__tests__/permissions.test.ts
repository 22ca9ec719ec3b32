import { rememberPublicPermissions } from '../permissions';

const basisDataPergi = () =>
  Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));

function jamUji() {
  let sekarang = 1_000_000;
  return { sekarang: () => sekarang, maju: (ms: number) => (sekarang += ms) };
}

describe('izin peran publik yang diingat', () => {
  it('reads the database once per interval, not once per request', async () => {
    const jam = jamUji();
    const baca = jest.fn().mockResolvedValue(['find']);
    const izin = rememberPublicPermissions(baca, { segarMs: 5000, sekarang: jam.sekarang });
    await izin.baca();
    jam.maju(4999);
    await izin.baca();
    expect(baca).toHaveBeenCalledTimes(1);
    jam.maju(1);
    await izin.baca();
    expect(baca).toHaveBeenCalledTimes(2);
  });

  it('sees a change at the next read after the interval, and at once after lupakan()', async () => {
    const jam = jamUji();
    const baca = jest.fn().mockResolvedValueOnce(['find', 'findOne']).mockResolvedValue(['find']);
    const izin = rememberPublicPermissions(baca, { segarMs: 5000, sekarang: jam.sekarang });
    expect(await izin.baca()).toEqual(['find', 'findOne']);
    izin.lupakan();
    expect(await izin.baca()).toEqual(['find']);
  });

  it('keeps the last answer while the database is away, and reads again once it is back', async () => {
    const jam = jamUji();
    const baca = jest.fn().mockResolvedValueOnce(['find']);
    const izin = rememberPublicPermissions(baca, { segarMs: 5000, sekarang: jam.sekarang });
    await izin.baca();
    jam.maju(60_000);
    baca.mockImplementation(basisDataPergi);
    expect(await izin.baca()).toEqual(['find']);
    baca.mockResolvedValue([]);
    expect(await izin.baca()).toEqual([]);
  });

  it('never invents an answer: with nothing read yet, the outage is thrown; another error always is', async () => {
    const izin = rememberPublicPermissions(basisDataPergi);
    await expect(izin.baca()).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const jam = jamUji();
    const baca = jest.fn().mockResolvedValueOnce(['find']);
    const lain = rememberPublicPermissions(baca, { segarMs: 5000, sekarang: jam.sekarang });
    await lain.baca();
    jam.maju(5000);
    baca.mockRejectedValue(new TypeError('bug'));
    await expect(lain.baca()).rejects.toThrow('bug');
  });

  it('shares one read among the requests that arrive while it runs', async () => {
    let selesai: (nilai: string[]) => void = () => {};
    const baca = jest.fn(() => new Promise<string[]>((resolve) => (selesai = resolve)));
    const izin = rememberPublicPermissions(baca);
    const semua = Promise.all([izin.baca(), izin.baca(), izin.baca()]);
    selesai(['find']);
    expect(await semua).toEqual([['find'], ['find'], ['find']]);
    expect(baca).toHaveBeenCalledTimes(1);
  });
});
