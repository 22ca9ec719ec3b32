/**
 * Secrets come from the environment, and only starting the server needs them. Loading the
 * configuration (which `strapi build` does too, in a container or a CI pipeline that holds no
 * secrets) never fails: a missing secret reads as a clearly-marked local stand-in. Starting in
 * production (`register`, src/index.ts) then refuses every secret that is missing, still the
 * example value of .env.example, too short, a single character or short pattern repeated, or
 * equal to another secret, naming each variable.
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
  // The history chain's HMAC key (plugin redaksi, domain/rantai.ts): never in the database.
  'RIWAYAT_HMAC_KEY',
] as const;

/** Where the history's anchor file goes when RIWAYAT_JANGKAR_FILE is not set (development, tests). */
export const BERKAS_JANGKAR_BAWAAN = '.tmp/jangkar-riwayat.jsonl';

/** The anchor file's path from the environment, relative to the application's folder unless absolute. */
export function berkasJangkar(env: Env): string {
  return env('RIWAYAT_JANGKAR_FILE')?.trim() || BERKAS_JANGKAR_BAWAAN;
}

type Env = (name: string, fallback?: string) => string | undefined;

export class RahasiaTidakSahError extends Error {}

/**
 * The exit status of a start refused for its configuration (sysexits.h EX_CONFIG): the unit
 * (deploy/systemd) does not restart on it (RestartPreventExitStatus=78), since starting again
 * with the same environment file can only fail the same way.
 */
export const KELUAR_KONFIGURASI_SALAH = 78;

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

/**
 * The shortest unit the value repeats, when it is that unit at least twice over (`aaaa...` gives
 * `a`, `abcabcabca...` gives `abc`): a typed placeholder, not something random. A random 16+
 * character value practically never has a period of half its length or less.
 */
export function polaBerulang(nilai: string): string | null {
  for (let periode = 1; periode <= nilai.length / 2; periode += 1) {
    let berulang = true;
    for (let i = periode; i < nilai.length && berulang; i += 1)
      berulang = nilai[i] === nilai[i - periode];
    if (berulang) return nilai.slice(0, periode);
  }
  return null;
}

const kunciDari = (nama: string, nilai: string) =>
  (nama === 'APP_KEYS' ? nilai.split(',') : [nilai]).map((bagian) => bagian.trim());

/** What is wrong with one secret's value (each key of a list checked), or null. */
function masalah(nama: string, nilai: string | undefined): string | null {
  if (!nilai || nilai.trim() === '') return `${nama} belum diisi`;
  const daftar = kunciDari(nama, nilai);
  for (const kunci of daftar) {
    if (PENANDA_CONTOH.some((contoh) => kunci.toLowerCase().includes(contoh)))
      return `${nama} masih berisi nilai contoh dari .env.example`;
    if (kunci.length < PANJANG_MINIMAL)
      return `${nama} terlalu pendek (minimal ${PANJANG_MINIMAL} karakter${nama === 'APP_KEYS' ? ' per kunci' : ''})`;
    const pola = polaBerulang(kunci);
    if (pola)
      return pola.length === 1
        ? `${nama} hanya berisi satu karakter yang diulang ("${pola}")`
        : `${nama} hanya berisi pola pendek yang diulang (${pola.length} karakter)`;
  }
  if (new Set(daftar).size < daftar.length) return `${nama} berisi dua kunci yang sama`;
  return null;
}

/**
 * Secrets that equal one another: one leaked value would open both doors (a token salt that is
 * also the JWT secret, the history key that is also an APP_KEY). Each pair is named once.
 */
function rahasiaKembar(env: Env): string[] {
  const pemilik = new Map<string, string[]>();
  for (const nama of NAMA_RAHASIA) {
    const nilai = env(nama);
    if (!nilai || nilai.trim() === '') continue;
    for (const kunci of new Set(kunciDari(nama, nilai))) {
      if (kunci === '') continue;
      pemilik.set(kunci, [...(pemilik.get(kunci) ?? []), nama]);
    }
  }
  return [...pemilik.values()]
    .filter((nama) => new Set(nama).size > 1)
    .map((nama) => `${[...new Set(nama)].join(' dan ')} berisi nilai yang sama`);
}

/**
 * Before starting in production: every secret present, not an example, long enough, not a
 * repeated character or pattern, none equal to another. One error naming every variable to fix,
 * so the operator fixes them all in one go.
 */
export function periksaRahasiaProduksi(env: Env): void {
  const salah = [
    ...NAMA_RAHASIA.map((nama) => masalah(nama, env(nama))).filter(
      (pesan): pesan is string => pesan !== null,
    ),
    ...rahasiaKembar(env),
  ];
  if (salah.length > 0) {
    throw new RahasiaTidakSahError(
      `Server tidak dapat mulai di produksi: ${salah.join('; ')}. Isi variabel lingkungan itu dengan nilai acak (mis. openssl rand -base64 32).`,
    );
  }
}
