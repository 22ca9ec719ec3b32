import {
  daftarRahasia,
  NAMA_RAHASIA,
  periksaRahasiaProduksi,
  rahasia,
  RahasiaTidakSahError,
} from '../rahasia';

const envDari = (nilai: Record<string, string>) => (nama: string) => nilai[nama];
const acak = (n: number) => 'x9Qk2LmZ'.repeat(8).slice(0, n);
const semuaSah = Object.fromEntries(
  NAMA_RAHASIA.map((nama) => [nama, nama === 'APP_KEYS' ? `${acak(24)},${acak(20)}` : acak(32)]),
);

describe('rahasia dari lingkungan', () => {
  it('loads the configuration without any secret (a build holds none), with a clearly local stand-in', () => {
    expect(rahasia(envDari({}), 'ADMIN_JWT_SECRET')).toBe('pengembangan-saja-admin_jwt_secret');
    expect(daftarRahasia(envDari({}), 'APP_KEYS')).toHaveLength(2);
    expect(daftarRahasia(envDari({ APP_KEYS: 'k1, k2' }), 'APP_KEYS')).toEqual(['k1', 'k2']);
  });

  it('refuses to start in production without a secret, naming every variable at once', () => {
    const tanpa = { ...semuaSah, ADMIN_JWT_SECRET: '', APP_KEYS: ' ' };
    expect(() => periksaRahasiaProduksi(envDari(tanpa))).toThrow(RahasiaTidakSahError);
    expect(() => periksaRahasiaProduksi(envDari(tanpa))).toThrow(
      /APP_KEYS belum diisi; ADMIN_JWT_SECRET belum diisi/,
    );
  });

  it('refuses the example values of .env.example, and secrets too short to be secret', () => {
    expect(() =>
      periksaRahasiaProduksi(envDari({ ...semuaSah, JWT_SECRET: `ubah-saya-${acak(20)}` })),
    ).toThrow(/JWT_SECRET masih berisi nilai contoh/);
    expect(() => periksaRahasiaProduksi(envDari({ ...semuaSah, JWT_SECRET: 'a' }))).toThrow(
      /JWT_SECRET terlalu pendek \(minimal 16 karakter\)/,
    );
    expect(() =>
      periksaRahasiaProduksi(envDari({ ...semuaSah, APP_KEYS: `${acak(24)},pendek` })),
    ).toThrow(/APP_KEYS terlalu pendek \(minimal 16 karakter per kunci\)/);
  });

  it('lets real secrets start', () => {
    expect(() => periksaRahasiaProduksi(envDari(semuaSah))).not.toThrow();
  });
});
