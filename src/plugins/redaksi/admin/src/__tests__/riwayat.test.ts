import { AKSI_UBAH_BERKAS } from '../../../shared/contracts/alur';
import type { BarisRiwayat } from '../../../shared/contracts/dokumen';
import { riwayatTampil } from '../utils/riwayat';

const baris = (aksi: string, dari: string | null, ke: string, waktu: string): BarisRiwayat =>
  ({ aksi, dari, ke, waktu, aktor: { id: 1, nama: 'A' }, note: null }) as unknown as BarisRiwayat;

describe('riwayat di panel SOP', () => {
  it('shows the newest first and folds each run of file changes that moved nothing into one row', () => {
    const riwayat = [
      baris(AKSI_UBAH_BERKAS, 'draf', 'draf', '1'),
      baris(AKSI_UBAH_BERKAS, 'draf', 'draf', '2'),
      baris(AKSI_UBAH_BERKAS, 'draf', 'draf', '3'),
      baris('serahkan', 'draf', 'diserahkan', '4'),
      baris(AKSI_UBAH_BERKAS, 'diserahkan', 'diserahkan', '5'),
      baris('kembalikan', 'pemeriksaan', 'draf', '6'),
      baris(AKSI_UBAH_BERKAS, 'draf', 'draf', '7'),
    ];
    expect(riwayatTampil(riwayat).map(({ baris: b, kali }) => [b.aksi, b.waktu, kali])).toEqual([
      [AKSI_UBAH_BERKAS, '7', 1],
      ['kembalikan', '6', 1],
      [AKSI_UBAH_BERKAS, '5', 1],
      ['serahkan', '4', 1],
      [AKSI_UBAH_BERKAS, '3', 3],
    ]);
  });

  it('never folds steps, even the same step twice in a row', () => {
    const riwayat = [baris('teruskan', 'a', 'b', '1'), baris('teruskan', 'a', 'b', '2')];
    expect(riwayatTampil(riwayat).map(({ kali }) => kali)).toEqual([1, 1]);
    // Nor a file change into a step that ended in the same stage.
    const kembali = [
      baris(AKSI_UBAH_BERKAS, 'draf', 'draf', '1'),
      baris('kembalikan', 'pemeriksaan', 'draf', '2'),
    ];
    expect(riwayatTampil(kembali).map(({ baris: b, kali }) => [b.aksi, kali])).toEqual([
      ['kembalikan', 1],
      [AKSI_UBAH_BERKAS, 1],
    ]);
  });
});
