import { appendFileSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BarisJangkar } from '../../domain/jangkar';
import { readAnchorIndex, AnchorFileReader, writeAnchorFile } from '../anchor-file';

const UID = 'api::konten-medsos.konten-medsos';
const kepala = (jumlah: number, hash = `h${jumlah}`): BarisJangkar => ({
  uidKonten: UID,
  dokumenId: 'd1',
  jumlah,
  hash,
  waktu: '2026-12-03T13:00:00.000+07:00',
  sebab: 'riwayat',
});

describe('berkas jangkar di disk', () => {
  let folder: string;
  let berkas: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'jangkar-unit-'));
    berkas = path.join(folder, 'sub', 'jangkar.jsonl');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('appends, creating the folder and the file, and never rewrites what is there', () => {
    writeAnchorFile(berkas, [kepala(1)]);
    writeAnchorFile(berkas, [kepala(2), kepala(3)]);
    writeAnchorFile(berkas, []);
    const baris = readFileSync(berkas, 'utf8').trim().split('\n');
    expect(baris.map((b) => JSON.parse(b).jumlah)).toEqual([1, 2, 3]);
    expect(statSync(berkas).mode & 0o777).toBe(0o640);
  });

  it('reads only what was appended since, waits for a line still being written, rereads a replaced file', () => {
    const pembaca = new AnchorFileReader(berkas);
    expect(pembaca.baca().tertinggi(UID, 'd1')).toBeNull();
    expect(pembaca.ada).toBe(false);
    writeAnchorFile(berkas, [kepala(1)]);
    expect(pembaca.baca().tertinggi(UID, 'd1')).toEqual({ jumlah: 1, hash: 'h1' });
    // Another instance half-way through its write: the partial line is not read yet.
    const utuh = JSON.stringify(kepala(2));
    appendFileSync(berkas, utuh.slice(0, 20));
    expect(pembaca.baca().tertinggi(UID, 'd1')?.jumlah).toBe(1);
    appendFileSync(berkas, `${utuh.slice(20)}\n`);
    expect(pembaca.baca().tertinggi(UID, 'd1')?.jumlah).toBe(2);
    expect(pembaca.baca().rusak).toBe(0);

    // The operator moved the file away and a new one started: read from its beginning.
    renameSync(berkas, `${berkas}.lama`);
    writeFileSync(berkas, JSON.stringify(kepala(5, 'baru')) + '\n');
    expect(pembaca.baca().untuk(UID, 'd1')?.kepala).toEqual(new Map([[5, 'baru']]));
    expect(readAnchorIndex(`${berkas}.lama`).indeks.tertinggi(UID, 'd1')).toEqual({
      jumlah: 2,
      hash: 'h2',
    });
  });

  it('throws when the file cannot be written, for the caller to log', () => {
    writeAnchorFile(berkas, [kepala(1)]);
    rmSync(berkas);
    writeFileSync(path.join(folder, 'bukan-folder'), '');
    // A system error naming the path it could not write, not any error at all.
    expect(() =>
      writeAnchorFile(path.join(folder, 'bukan-folder', 'j.jsonl'), [kepala(1)]),
    ).toThrow(path.join(folder, 'bukan-folder'));
  });
});
