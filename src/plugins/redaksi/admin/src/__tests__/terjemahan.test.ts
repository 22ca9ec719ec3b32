/**
 * The plugin's labels are translated in both locales, and every label the admin code asks for
 * (`t('kunci', ...)`, `translationKey('kunci')`) exists in both: a missing key would show the
 * default text in English sessions, or a stale one after a rename.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..');
const baca = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(SRC, 'translations', `${locale}.json`), 'utf8'));

function berkasSumber(folder: string): string[] {
  return readdirSync(folder).flatMap((nama) => {
    const penuh = path.join(folder, nama);
    if (statSync(penuh).isDirectory()) return nama === '__tests__' ? [] : berkasSumber(penuh);
    return /\.tsx?$/.test(nama) ? [penuh] : [];
  });
}

const dipakai = new Set(
  berkasSumber(SRC).flatMap((berkas) => {
    const isi = readFileSync(berkas, 'utf8');
    return [
      ...isi.matchAll(/\bt\(\s*'([^']+)'/g),
      ...isi.matchAll(/translationKey\('([^']+)'\)/g),
    ].map((cocok) => cocok[1]);
  }),
);

describe('terjemahan plugin redaksi', () => {
  const id = baca('id');
  const en = baca('en');

  it('id.json dan en.json memuat kunci yang sama', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('setiap label yang dipakai kode admin ada di kedua bahasa, dan tidak ada kunci yatim', () => {
    expect(dipakai.size).toBeGreaterThan(50);
    expect([...dipakai].filter((kunci) => !(kunci in id))).toEqual([]);
    expect(Object.keys(id).filter((kunci) => !dipakai.has(kunci))).toEqual([]);
  });

  it('tidak ada terjemahan kosong', () => {
    expect(Object.entries({ ...id }).filter(([, teks]) => !teks.trim())).toEqual([]);
    expect(Object.entries({ ...en }).filter(([, teks]) => !teks.trim())).toEqual([]);
  });
});
