import { randomBytes } from 'node:crypto';
import {
  berkasJangkar,
  daftarRahasia,
  NAMA_RAHASIA,
  periksaRahasiaProduksi,
  polaBerulang,
  rahasia,
  RahasiaTidakSahError,
} from '../secrets';

const envDari = (nilai: Record<string, string>) => (nama: string) => nilai[nama];
/** A fresh random value each call, as `openssl rand -base64` would give. */
const acak = (n: number) => randomBytes(n).toString('base64').slice(0, n);
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

  it('needs the history chain key like the other secrets, and reads the anchor file path', () => {
    expect(NAMA_RAHASIA).toContain('RIWAYAT_HMAC_KEY');
    expect(() => periksaRahasiaProduksi(envDari({ ...semuaSah, RIWAYAT_HMAC_KEY: '' }))).toThrow(
      /RIWAYAT_HMAC_KEY belum diisi/,
    );
    expect(rahasia(envDari({}), 'RIWAYAT_HMAC_KEY')).toBe('pengembangan-saja-riwayat_hmac_key');
    expect(berkasJangkar(envDari({}))).toBe('.tmp/jangkar-riwayat.jsonl');
    expect(berkasJangkar(envDari({ RIWAYAT_JANGKAR_FILE: ' /var/lib/x/j.jsonl ' }))).toBe(
      '/var/lib/x/j.jsonl',
    );
  });

  it('refuses a single character or a short pattern repeated, naming the variable', () => {
    expect(polaBerulang('aaaaaaaaaaaaaaaa')).toBe('a');
    expect(polaBerulang('abcabcabcabcabcab')).toBe('abc');
    expect(polaBerulang(acak(44))).toBeNull();
    expect(() =>
      periksaRahasiaProduksi(envDari({ ...semuaSah, JWT_SECRET: 'a'.repeat(32) })),
    ).toThrow(/JWT_SECRET hanya berisi satu karakter yang diulang \("a"\)/);
    expect(() =>
      periksaRahasiaProduksi(envDari({ ...semuaSah, ENCRYPTION_KEY: 'kpu1'.repeat(8) })),
    ).toThrow(/ENCRYPTION_KEY hanya berisi pola pendek yang diulang \(4 karakter\)/);
    expect(() =>
      periksaRahasiaProduksi(envDari({ ...semuaSah, APP_KEYS: `${acak(24)},${'z'.repeat(20)}` })),
    ).toThrow(/APP_KEYS hanya berisi satu karakter yang diulang/);
  });

  it('refuses secrets that repeat one another, naming each pair, and two equal APP_KEYS', () => {
    const sama = acak(32);
    const hasil = () =>
      periksaRahasiaProduksi(
        envDari({
          ...semuaSah,
          JWT_SECRET: sama,
          RIWAYAT_HMAC_KEY: sama,
          API_TOKEN_SALT: semuaSah.APP_KEYS.split(',')[1],
        }),
      );
    expect(hasil).toThrow(/JWT_SECRET dan RIWAYAT_HMAC_KEY berisi nilai yang sama/);
    expect(hasil).toThrow(/APP_KEYS dan API_TOKEN_SALT berisi nilai yang sama/);
    const kunci = acak(24);
    expect(() =>
      periksaRahasiaProduksi(envDari({ ...semuaSah, APP_KEYS: `${kunci}, ${kunci}` })),
    ).toThrow(/APP_KEYS berisi dua kunci yang sama/);
  });

  it('lets real secrets start', () => {
    expect(() => periksaRahasiaProduksi(envDari(semuaSah))).not.toThrow();
  });
});
