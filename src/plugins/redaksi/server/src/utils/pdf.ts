import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { KonfigurasiCetak } from '../config';

/**
 * The printed documents of the newsroom (the disposition sheet, the monthly recap, the register):
 * A4 under the letterhead of the configuration (`redaksi.cetak.kop`), ruled tables, a running
 * header on every page after the first and "Halaman X dari Y" on every page, as Indonesian
 * offices file them.
 */
const MARGIN = 50;

/**
 * The typefaces of every printed document, embedded (subset) in the file: Noto Sans (SIL Open Font
 * License), so the sheet prints the same on any machine and in any viewer, and a PDF/A archive
 * accepts it. PDF's built-in Helvetica is only named, never embedded: each viewer substitutes its
 * own font. WOFF, not WOFF2: fontkit's subsetting of a WOFF2 source writes broken glyph outlines
 * (the text extracts, the page shows slashes) or throws a RangeError.
 */
export const HURUF = { biasa: 'NotoSans', tebal: 'NotoSans-Bold' } as const;

const berkasHuruf = {
  [HURUF.biasa]: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  [HURUF.tebal]: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
};
let isiHuruf: [string, Buffer][] | null = null;

/** Read once per process: a recap printed on election night does not go back to the disk. */
function daftarkanHuruf(doc: PDFKit.PDFDocument): void {
  isiHuruf ??= Object.entries(berkasHuruf).map(([nama, modul]) => [
    nama,
    readFileSync(require.resolve(modul)),
  ]);
  for (const [nama, isi] of isiHuruf) doc.registerFont(nama, isi);
}

export interface OpsiPdf {
  /** The document's title (PDF metadata, and the running header of pages after the first). */
  judulDokumen: string;
  /** The title under the letterhead. */
  judulHalaman: string;
  /** A small line under the title: what the document rests on (the SOP, the law), its time zone. */
  subjudul?: string;
  kop: KonfigurasiCetak['kop'];
  /** Landscape for wide tables (the recap, the register); portrait by default. */
  lanskap?: boolean;
}

export interface DokumenPdf {
  doc: PDFKit.PDFDocument;
  /** The width between the margins. */
  lebar: number;
  /** Ends the document (numbering its pages); resolves to its bytes. */
  selesai(): Promise<Buffer>;
}

export function mulaiPdf({
  judulDokumen,
  judulHalaman,
  subjudul,
  kop,
  lanskap = false,
}: OpsiPdf): DokumenPdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: lanskap ? 'landscape' : 'portrait',
    margin: MARGIN,
    // Kept in memory until the end, so that each page can say how many there are.
    bufferPages: true,
    info: { Title: judulDokumen, Author: kop.instansi },
  });
  daftarkanHuruf(doc);
  const bagian: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => bagian.push(chunk));
  const hasil = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(bagian))),
  );
  const lebar = doc.page.width - 2 * MARGIN;

  const garis = (y: number, tebal: number) =>
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + lebar, y)
      .lineWidth(tebal)
      .stroke()
      .lineWidth(1);

  if (kop.logo) doc.image(kop.logo, MARGIN, MARGIN - 8, { fit: [48, 48] });
  doc.font(HURUF.tebal).fontSize(13).text(kop.instansi, MARGIN, MARGIN, { align: 'center' });
  doc.font(HURUF.biasa).fontSize(9).text(kop.alamat, { align: 'center' });
  garis(doc.y + 4, 1.5);
  doc.moveDown(1);
  doc.font(HURUF.tebal).fontSize(14).text(judulHalaman, { align: 'center' });
  doc.moveDown(0.8);
  if (subjudul) {
    doc.font(HURUF.biasa).fontSize(9).text(subjudul, { align: 'center' });
    doc.moveDown(0.8);
  }

  // Every later page, however it was started (a table row that no longer fits, pdfkit's own
  // wrapping), says what it belongs to before anything else is written on it.
  doc.on('pageAdded', () => {
    doc
      .font(HURUF.biasa)
      .fontSize(8)
      .text(`${kop.instansi}: ${judulDokumen}`, MARGIN, MARGIN, { width: lebar, align: 'left' });
    garis(doc.y + 2, 0.5);
    doc.x = MARGIN;
    doc.y += 10;
  });

  return {
    doc,
    lebar,
    selesai() {
      const { start, count } = doc.bufferedPageRange();
      for (let i = start; i < start + count; i++) {
        doc.switchToPage(i);
        // Written inside the bottom margin: without lifting it, pdfkit would start a new page.
        const bawah = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc
          .font(HURUF.biasa)
          .fontSize(8)
          .text(
            `Halaman ${i - start + 1} dari ${count}`,
            MARGIN,
            doc.page.height - MARGIN / 2 - 4,
            {
              width: lebar,
              align: 'center',
              lineBreak: false,
            },
          );
        doc.page.margins.bottom = bawah;
      }
      doc.end();
      return hasil;
    },
  };
}

/**
 * One ruled row; columns share the width as given. A row that no longer fits starts a new page,
 * and there `ulangi` (the table's header row) is drawn again first, so that no page holds
 * numbers without the names of their columns.
 */
export function barisTabel(
  pdf: DokumenPdf,
  lebarKolom: number[],
  isi: string[],
  tebal = false,
  ulangi?: string[],
): void {
  const { doc } = pdf;
  const tinggiBaris = (sel: string[], huruf: string) => {
    doc.font(huruf).fontSize(9);
    return (
      Math.max(...sel.map((teks, i) => doc.heightOfString(teks, { width: lebarKolom[i] - 6 }))) + 8
    );
  };
  const huruf = tebal ? HURUF.tebal : HURUF.biasa;
  const tinggi = tinggiBaris(isi, huruf);
  if (doc.y + tinggi > doc.page.height - MARGIN) {
    doc.addPage();
    if (ulangi) barisTabel(pdf, lebarKolom, ulangi, true);
  }
  doc.font(huruf).fontSize(9);
  const y = doc.y;
  let kiri = MARGIN;
  isi.forEach((teks, i) => {
    doc.rect(kiri, y, lebarKolom[i], tinggi).stroke();
    doc.text(teks, kiri + 3, y + 4, { width: lebarKolom[i] - 6 });
    kiri += lebarKolom[i];
  });
  // The cursor is set, not moved with an empty text(): pdfkit starts a new page for a text that
  // begins below the bottom margin, and that page would miss the repeated header above.
  doc.x = MARGIN;
  doc.y = y + tinggi;
}

/**
 * The signature block of a printed record, on the right: place and date (WIB), "Mengetahui,",
 * the position, room to sign, the name underlined and the NIP; an unset name or NIP is a dotted
 * line to fill in by hand. Starts a new page when it would not fit whole.
 */
export function blokTandaTangan(
  pdf: DokumenPdf,
  cetak: Pick<KonfigurasiCetak, 'tempat' | 'penandatangan'>,
  tanggal: string,
): void {
  const { doc, lebar } = pdf;
  const tinggi = 130;
  if (doc.y + tinggi > doc.page.height - MARGIN) doc.addPage();
  const kolom = 240;
  const x = MARGIN + lebar - kolom;
  const opsi = { width: kolom, align: 'center' as const };
  doc.moveDown(1);
  const y = doc.y;
  doc.font(HURUF.biasa).fontSize(10).text(`${cetak.tempat}, ${tanggal}`, x, y, opsi);
  doc.text('Mengetahui,', x, doc.y, opsi);
  doc.text(cetak.penandatangan.jabatan, x, doc.y, opsi);
  const yNama = doc.y + 55;
  const { nama, nip } = cetak.penandatangan;
  doc
    .font(HURUF.tebal)
    .text(nama.trim() || '(..................................................)', x, yNama, {
      ...opsi,
      underline: Boolean(nama.trim()),
    });
  doc
    .font(HURUF.biasa)
    .text(`NIP. ${nip.trim() || '..................................'}`, x, doc.y, opsi);
  doc.text('', MARGIN, doc.y);
}
