import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The README's "Struktur" tree is how a newcomer finds a room. It stays true only if a test holds
 * it against the tracked files: every path it names exists, and every tracked folder is named,
 * either itself or by a listed folder that stands for its whole subtree (one with nothing else
 * listed under it). A folder listed with children listed under it (the plugin's server, say) does
 * not stand for the children it leaves out: a new room there must get its own line.
 */
const AKAR = path.resolve(__dirname, '../../..');

/** `__tests__` folders sit beside the code they test; the README says so once. */
const BUKAN_RUANG = /(^|\/)__tests__(\/|$)/;

function pohonReadme(): string[] {
  const readme = readFileSync(path.join(AKAR, 'README.md'), 'utf8');
  const bagian = /^## Struktur\n[^#]*?```\n([\s\S]*?)\n```/m.exec(readme);
  if (!bagian) throw new Error('README.md has no "## Struktur" section with a code block');
  const jalur: string[] = [];
  let induk = '';
  for (const baris of bagian[1].split('\n')) {
    const indentasi = baris.length - baris.trimStart().length;
    // Descriptions wrap onto lines indented to the description column: no path there.
    if (baris.trim() === '' || indentasi >= 16) continue;
    // A path column, then two spaces or more, then its description.
    const kolomJalur = baris.trim().split(/\s{2,}/)[0];
    for (const token of kolomJalur.split(' ')) {
      const lengkap = indentasi === 0 ? token : path.posix.join(induk, token);
      jalur.push(lengkap.replace(/\/$/, ''));
      if (indentasi === 0) induk = token;
    }
  }
  return jalur;
}

function folderTerlacak(): string[] {
  const berkas = execFileSync('git', ['ls-files'], { cwd: AKAR, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  const folder = new Set<string>();
  for (const satu of berkas) {
    const dir = path.posix.dirname(satu);
    if (dir !== '.' && !BUKAN_RUANG.test(dir)) folder.add(dir);
  }
  return [...folder].sort();
}

describe('README "Struktur"', () => {
  const jalur = pohonReadme();
  const folder = folderTerlacak();

  it('reads a tree of some size (the parser found the section)', () => {
    expect(jalur.length).toBeGreaterThan(20);
    expect(folder.length).toBeGreaterThan(20);
  });

  it('names only paths that exist', () => {
    expect(jalur.filter((satu) => !existsSync(path.join(AKAR, satu)))).toEqual([]);
  });

  it('names every tracked folder, itself or through a listed folder with nothing listed under it', () => {
    const di = (anak: string, induk: string) => anak === induk || anak.startsWith(`${induk}/`);
    const daun = jalur.filter((satu) => !jalur.some((lain) => lain !== satu && di(lain, satu)));
    const tidakDisebut = folder.filter(
      (dir) => !jalur.includes(dir) && !daun.some((satu) => di(dir, satu)),
    );
    expect(tidakDisebut).toEqual([]);
  });
});
