import PDFDocument from 'pdfkit';

/**
 * The printed documents of the newsroom (the disposition sheet, the monthly recap): A4 with the
 * letterhead of KPU Provinsi Sumatera Barat and ruled tables, as Indonesian offices file them.
 */
export const KOP = {
  instansi: 'KOMISI PEMILIHAN UMUM PROVINSI SUMATERA BARAT',
  alamat: 'Jalan Pramuka Nomor 9 Padang, Telp. 0751-446654',
};

export interface DokumenPdf {
  doc: PDFKit.PDFDocument;
  lebar: number;
  /** Ends the document; resolves to its bytes. */
  selesai(): Promise<Buffer>;
}

export function mulaiPdf(judulDokumen: string, judulHalaman: string): DokumenPdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: judulDokumen, Author: KOP.instansi },
  });
  const bagian: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => bagian.push(chunk));
  const hasil = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(bagian))),
  );
  const lebar = doc.page.width - 100;

  doc.font('Helvetica-Bold').fontSize(13).text(KOP.instansi, { align: 'center' });
  doc.font('Helvetica').fontSize(9).text(KOP.alamat, { align: 'center' });
  doc
    .moveTo(50, doc.y + 4)
    .lineTo(50 + lebar, doc.y + 4)
    .lineWidth(1.5)
    .stroke();
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(14).text(judulHalaman, { align: 'center' });
  doc.moveDown(0.8);

  return {
    doc,
    lebar,
    selesai() {
      doc.end();
      return hasil;
    },
  };
}

/** One ruled row; columns share the width as given. A row that no longer fits starts a new page. */
export function barisTabel(
  pdf: DokumenPdf,
  lebarKolom: number[],
  isi: string[],
  tebal = false,
): void {
  const { doc } = pdf;
  doc.font(tebal ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  const tinggi =
    Math.max(...isi.map((teks, i) => doc.heightOfString(teks, { width: lebarKolom[i] - 6 }))) + 8;
  if (doc.y + tinggi > doc.page.height - 50) doc.addPage();
  const y = doc.y;
  let kiri = 50;
  isi.forEach((teks, i) => {
    doc.rect(kiri, y, lebarKolom[i], tinggi).stroke();
    doc.text(teks, kiri + 3, y + 4, { width: lebarKolom[i] - 6 });
    kiri += lebarKolom[i];
  });
  doc.text('', 50, y + tinggi);
}
