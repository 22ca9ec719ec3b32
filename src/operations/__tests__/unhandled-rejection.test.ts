import { handleUnhandledRejection } from '../unhandled-rejection';

describe('tanganiPenolakanLatar', () => {
  it('keeps the server running when the database went away under background work', () => {
    // As Strapi's after-commit entry event meets a PostgreSQL restart (pg's error, code 57P01).
    const dihentikan = Object.assign(
      new Error(
        'select distinct "t1"."order" ... - terminating connection due to administrator command',
      ),
      { code: '57P01' },
    );
    expect(handleUnhandledRejection(dihentikan)).toBe('lanjut');
    expect(
      handleUnhandledRejection(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe('lanjut');
  });

  it('leaves every other unhandled rejection fatal', () => {
    expect(
      handleUnhandledRejection(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe('hentikan');
    expect(handleUnhandledRejection('teks saja')).toBe('hentikan');
    expect(handleUnhandledRejection(undefined)).toBe('hentikan');
  });
});
