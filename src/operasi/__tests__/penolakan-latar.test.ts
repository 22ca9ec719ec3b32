import { tanganiPenolakanLatar } from '../penolakan-latar';

describe('tanganiPenolakanLatar', () => {
  it('keeps the server running when the database went away under background work', () => {
    // As Strapi's after-commit entry event meets a PostgreSQL restart (pg's error, code 57P01).
    const dihentikan = Object.assign(
      new Error(
        'select distinct "t1"."order" ... - terminating connection due to administrator command',
      ),
      { code: '57P01' },
    );
    expect(tanganiPenolakanLatar(dihentikan)).toBe('lanjut');
    expect(
      tanganiPenolakanLatar(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe('lanjut');
  });

  it('leaves every other unhandled rejection fatal', () => {
    expect(
      tanganiPenolakanLatar(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe('hentikan');
    expect(tanganiPenolakanLatar('teks saja')).toBe('hentikan');
    expect(tanganiPenolakanLatar(undefined)).toBe('hentikan');
  });
});
