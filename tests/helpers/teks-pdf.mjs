// Extracts the text of a PDF read from stdin with Mozilla's pdf.js. pdf.js ships as ES modules
// only, and the test suites run under CommonJS Jest, so tests call this in a child process.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// The 14 standard PDF fonts (Helvetica...) as pdf.js ships them, so it reads text without warnings.
const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({
  data: new Uint8Array(Buffer.concat(chunks)),
  isEvalSupported: false,
  standardFontDataUrl,
}).promise;
let teks = '';
for (let nomor = 1; nomor <= pdf.numPages; nomor += 1) {
  const halaman = await pdf.getPage(nomor);
  const isi = await halaman.getTextContent();
  teks += isi.items.map((item) => item.str + (item.hasEOL ? '\n' : ' ')).join('') + '\n';
}
process.stdout.write(teks);
