/**
 * Secrets come from the environment, and only starting the server needs them. Loading the
 * configuration (which `strapi build` does too, in a container or a CI pipeline that holds no
 * secrets) never fails: a missing secret reads as a clearly-marked local stand-in. Starting in
 * production (`register`, src/index.ts) then refuses every secret that is missing, still the
 * example value of .env.example, or too short, naming each variable.
 */
const PENANDA_CONTOH = ['ubah-saya', 'tobemodified', 'changeme'];

/** Shorter than this is guessable; `openssl rand -base64 32` gives 44 characters. */
export const PANJANG_MINIMAL = 16;

/** The secrets Strapi and this project need in production, as in .env.example. */
export const NAMA_RAHASIA = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

type Env = (name: string, fallback?: string) => string | undefined;

export class RahasiaTidakSahError extends Error {}

const penggantiLokal = (nama: string) => `pengembangan-saja-${nama.toLowerCase()}`;

export function rahasia(env: Env, nama: string): string {
  return env(nama)?.trim() || penggantiLokal(nama);
}

export function daftarRahasia(env: Env, nama: string): string[] {
  const nilai = env(nama)?.trim();
  return nilai
    ? nilai.split(',').map((kunci) => kunci.trim())
    : [`${penggantiLokal(nama)}-1`, `${penggantiLokal(nama)}-2`];
}

/** What is wrong with one secret's value (each key of a list checked), or null. */
function masalah(nama: string, nilai: string | undefined): string | null {
  if (!nilai || nilai.trim() === '') return `${nama} belum diisi`;
  for (const bagian of nama === 'APP_KEYS' ? nilai.split(',') : [nilai]) {
    const kunci = bagian.trim();
    if (PENANDA_CONTOH.some((contoh) => kunci.toLowerCase().includes(contoh)))
      return `${nama} masih berisi nilai contoh dari .env.example`;
    if (kunci.length < PANJANG_MINIMAL)
      return `${nama} terlalu pendek (minimal ${PANJANG_MINIMAL} karakter${nama === 'APP_KEYS' ? ' per kunci' : ''})`;
  }
  return null;
}

/**
 * Before starting in production: every secret present, not an example, long enough. One error
 * naming every variable to fix, so the operator fixes them all in one go.
 */
export function periksaRahasiaProduksi(env: Env): void {
  const salah = NAMA_RAHASIA.map((nama) => masalah(nama, env(nama))).filter(
    (pesan): pesan is string => pesan !== null,
  );
  if (salah.length > 0) {
    throw new RahasiaTidakSahError(
      `Server tidak dapat mulai di produksi: ${salah.join('; ')}. Isi variabel lingkungan itu dengan nilai acak (mis. openssl rand -base64 32).`,
    );
  }
}
