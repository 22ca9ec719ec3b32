import path from 'node:path';
import { teksPdf } from '../../../../../../../tests/helpers/berkas';
import { barisTabel, blokTandaTangan, mulaiPdf } from '../pdf';

// Each reading spawns pdf.js in a process of its own (tests/helpers/teks-pdf.mjs): seconds on a
// loaded machine, more than Jest's default 5 s for a test that reads two sheets.
jest.setTimeout(30_000);

const kop = { instansi: 'KPU CONTOH', alamat: 'Jalan Contoh 1', logo: '' };

/** The text of each page, as pdf.js reads it (pages split on their "Halaman X dari Y"). */
async function halaman(pdf: Buffer): Promise<string[]> {
  const teks = await teksPdf(pdf);
  return teks.split(/(?<=Halaman \d+ dari \d+)/).filter((bagian) => bagian.trim());
}

describe('printed sheets', () => {
  it('numbers every page out of the total and repeats the column header on every page a table runs onto', async () => {
    const pdf = mulaiPdf({ judulDokumen: 'Uji', judulHalaman: 'UJI CETAK', kop, lanskap: true });
    const kepala = ['Nomor', 'Uraian'];
    barisTabel(pdf, [100, pdf.lebar - 100], kepala, true);
    for (let i = 1; i <= 80; i++)
      barisTabel(pdf, [100, pdf.lebar - 100], [String(i), `baris ${i}`], false, kepala);
    const hasil = await halaman(await pdf.selesai());
    expect(hasil.length).toBeGreaterThan(2);
    hasil.forEach((teks, i) => {
      expect(teks).toContain(`Halaman ${i + 1} dari ${hasil.length}`);
      expect(teks).toContain('Nomor Uraian');
      if (i > 0) expect(teks).toContain('KPU CONTOH: Uji');
    });
    expect(hasil.join(' ')).toContain('80 baris 80');
  });

  it('signs with the configured name and NIP, or leaves lines to fill in by hand', async () => {
    const tanda = async (nama: string, nip: string) => {
      const pdf = mulaiPdf({ judulDokumen: 'Uji', judulHalaman: 'UJI', kop });
      blokTandaTangan(
        pdf,
        { tempat: 'Padang', penandatangan: { jabatan: 'Sekretaris', nama, nip } },
        '3 Desember 2026',
      );
      return (await halaman(await pdf.selesai())).join(' ');
    };
    expect(await tanda('Rina', '1980')).toContain(
      'Padang, 3 Desember 2026 Mengetahui, Sekretaris Rina NIP. 1980',
    );
    expect(await tanda(' ', '')).toMatch(/Sekretaris \(\.{10,}\) NIP\. \.{10,}/);
  });

  it('draws the configured logo beside the letterhead, and none when unset', async () => {
    const cetak = async (logo: string) => {
      const pdf = mulaiPdf({ judulDokumen: 'Uji', judulHalaman: 'UJI', kop: { ...kop, logo } });
      return (await pdf.selesai()).toString('latin1');
    };
    const logo = path.resolve(__dirname, '../../../../../../../docs/tangkapan-layar/beranda.png');
    expect(await cetak(logo)).toMatch(/\/Subtype \/Image/);
    expect(await cetak('')).not.toMatch(/\/Subtype \/Image/);
  });
});
