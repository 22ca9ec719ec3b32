/**
 * Secrets come from the environment. In development and tests a fixed, clearly-marked local
 * value stands in so the project runs without a .env; in production a missing secret, or one
 * still holding the example value of .env.example, stops the start with the variable's name.
 */
const PENANDA_CONTOH = ['ubah-saya', 'tobemodified', 'changeme'];

type Env = (name: string, fallback?: string) => string | undefined;

export class RahasiaTidakSahError extends Error {}

function periksa(nama: string, nilai: string | undefined): string | undefined {
  if (process.env.NODE_ENV !== 'production') return nilai;
  if (!nilai || nilai.trim() === '') {
    throw new RahasiaTidakSahError(`Rahasia ${nama} belum diisi: isi variabel lingkungan ${nama} sebelum menjalankan di produksi`);
  }
  if (PENANDA_CONTOH.some((contoh) => nilai.toLowerCase().includes(contoh))) {
    throw new RahasiaTidakSahError(`Rahasia ${nama} masih berisi nilai contoh dari .env.example: ganti dengan nilai acak`);
  }
  return nilai;
}

export function rahasia(env: Env, nama: string): string {
  return periksa(nama, env(nama)) ?? `pengembangan-saja-${nama.toLowerCase()}`;
}

export function daftarRahasia(env: Env, nama: string): string[] {
  const nilai = periksa(nama, env(nama));
  return nilai ? nilai.split(',').map((kunci) => kunci.trim()) : [`pengembangan-saja-${nama.toLowerCase()}-1`, `pengembangan-saja-${nama.toLowerCase()}-2`];
}
