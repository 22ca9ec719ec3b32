import { daftarRahasia, rahasia, RahasiaTidakSahError } from '../rahasia';

const envDari = (nilai: Record<string, string>) => (nama: string) => nilai[nama];

describe('rahasia dari lingkungan', () => {
  const asli = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = asli;
  });

  it('works without a .env in development and tests, with a clearly local value', () => {
    process.env.NODE_ENV = 'development';
    expect(rahasia(envDari({}), 'ADMIN_JWT_SECRET')).toBe('pengembangan-saja-admin_jwt_secret');
    expect(daftarRahasia(envDari({}), 'APP_KEYS')).toHaveLength(2);
  });

  it('refuses to start in production without a secret, naming the variable', () => {
    process.env.NODE_ENV = 'production';
    expect(() => rahasia(envDari({}), 'ADMIN_JWT_SECRET')).toThrow(RahasiaTidakSahError);
    expect(() => rahasia(envDari({}), 'ADMIN_JWT_SECRET')).toThrow(/ADMIN_JWT_SECRET belum diisi/);
    expect(() => daftarRahasia(envDari({ APP_KEYS: ' ' }), 'APP_KEYS')).toThrow(/APP_KEYS belum diisi/);
  });

  it('refuses in production the example values of .env.example', () => {
    process.env.NODE_ENV = 'production';
    expect(() => rahasia(envDari({ JWT_SECRET: 'ubah-saya-jwt' }), 'JWT_SECRET')).toThrow(/JWT_SECRET masih berisi nilai contoh/);
    expect(() => daftarRahasia(envDari({ APP_KEYS: 'a1b2,tobemodified2' }), 'APP_KEYS')).toThrow(/APP_KEYS/);
  });

  it('passes real secrets through in production', () => {
    process.env.NODE_ENV = 'production';
    expect(rahasia(envDari({ JWT_SECRET: 'q8Zr1v' }), 'JWT_SECRET')).toBe('q8Zr1v');
    expect(daftarRahasia(envDari({ APP_KEYS: 'k1, k2' }), 'APP_KEYS')).toEqual(['k1', 'k2']);
  });
});
