/**
 * The files of the tests: photos and PDFs made here and uploaded, the text of a PDF read back, and
 * an upload folder the server may not write.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';

/** Makes file names unique within a test file, and gives each photo its own colour. */
let urutan = 0;

/** Files made here (coloured JPEGs, or a small PDF), uploaded through Strapi's upload service. */
export async function unggahBerkas(
  strapi: Core.Strapi,
  jumlah: number,
  jenis: 'jpeg' | 'pdf' = 'jpeg',
  {
    teksAlternatif = true,
    ukuran = { width: 64, height: 48 },
  }: { teksAlternatif?: boolean; ukuran?: { width: number; height: number } } = {},
): Promise<number[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'redaksi-berkas-'));
  try {
    const ids: number[] = [];
    for (let i = 0; i < jumlah; i += 1) {
      urutan += 1;
      const filepath = path.join(folder, `berkas-${urutan}.${jenis === 'pdf' ? 'pdf' : 'jpg'}`);
      const isi =
        jenis === 'pdf'
          ? Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
          : await sharp({
              create: {
                width: ukuran.width,
                height: ukuran.height,
                channels: 3,
                background: { r: (urutan * 40) % 255, g: 80, b: 120 },
              },
            })
              .jpeg()
              .toBuffer();
      await writeFile(filepath, isi);
      const [file] = await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          // Described, as the SOPs require of every photo before review (teks alternatif).
          data: { fileInfo: { alternativeText: teksAlternatif ? `Berkas uji ${urutan}` : null } },
          files: {
            filepath,
            originalFilename: path.basename(filepath),
            mimetype: jenis === 'pdf' ? 'application/pdf' : 'image/jpeg',
            size: (await stat(filepath)).size,
          },
        });
      ids.push(file.id);
    }
    return ids;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF, as pdf.js extracts it (see teks-pdf.mjs); and every printable of the office
 * carries its fonts: one that only names a font (PDF's built-in Helvetica: `/Subtype /Type1`
 * without a font file) prints with whatever the viewer substitutes, so it is refused here.
 */
export function teksPdf(pdf: Buffer): Promise<string> {
  const isi = pdf.toString('latin1');
  if (/\/Subtype\s*\/Type1\b/.test(isi) || !/\/FontFile2\b/.test(isi))
    return Promise.reject(new Error('PDF memakai huruf yang tidak tertanam di berkasnya'));
  return new Promise((resolve, reject) => {
    const anak = execFile(
      process.execPath,
      [path.join(__dirname, 'teks-pdf.mjs')],
      { maxBuffer: 10 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout.replace(/\s+/g, ' '))),
    );
    anak.stdin?.end(pdf);
  });
}

/**
 * Files or folders the server may no longer write, as a mistaken chown or a read-only mount
 * leaves the upload folder: no file can be added to a folder, none rewritten. Root writes through
 * permission bits, so as root each is made immutable (chattr +i: EPERM, on ext4, xfs, btrfs);
 * otherwise its write bits are taken (EACCES). Answers the function that gives them back.
 */
export function hanyaBaca(...jalur: string[]): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', ...jalur]);
    return () => execFileSync('chattr', ['-i', ...jalur]);
  }
  const mode = jalur.map((satu) => statSync(satu).mode);
  for (const satu of jalur) chmodSync(satu, 0o555);
  return () => jalur.forEach((satu, i) => chmodSync(satu, mode[i]));
}
