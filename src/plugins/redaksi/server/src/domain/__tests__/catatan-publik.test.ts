import { catatanPublik, penurunanPengecualian } from '../catatan-publik';
import { FIELD_TAYANG_TERAKHIR } from '../../workflows/types';

describe('catatanPublik: what an action puts on the public record', () => {
  const dikecualikan = {
    klasifikasi: 'dikecualikan',
    dasarPengecualian: 'pasal-17-h',
    ujiKonsekuensi: {
      id: 4,
      akibat: ' Membuka data pribadi ',
      kepentinganPublik: 'Tidak ada',
      kesimpulan: '',
    },
    berlakuSampai: '2027-06-30',
  };

  it('records the classification; an exempt one with its basis, test and validity', () => {
    expect(catatanPublik({ catatanPublik: 'klasifikasi' }, dikecualikan, {})).toEqual({
      klasifikasi: 'dikecualikan',
      dasarPengecualian: 'pasal-17-h',
      ujiKonsekuensi: {
        akibat: 'Membuka data pribadi',
        kepentinganPublik: 'Tidak ada',
        kesimpulan: null,
      },
      berlakuSampai: '2027-06-30',
    });
    // A publishable category drops what a draft still holds of an earlier exemption.
    expect(
      catatanPublik(
        { catatanPublik: 'klasifikasi' },
        { ...dikecualikan, klasifikasi: 'berkala' },
        {},
      ),
    ).toEqual({ klasifikasi: 'berkala' });
    expect(catatanPublik({ catatanPublik: 'klasifikasi' }, { klasifikasi: null }, {})).toBeNull();
  });

  it('records the correction note from the item and the takedown reason from the request', () => {
    const pernahTayang = { [FIELD_TAYANG_TERAKHIR]: { catatanKoreksi: 'Koreksi lama.' } };
    expect(
      catatanPublik(
        { catatanPublik: 'koreksi' },
        { ...pernahTayang, catatanKoreksi: ' Nama narasumber diperbaiki. ' },
        {},
      ),
    ).toEqual({
      catatanKoreksi: 'Nama narasumber diperbaiki.',
    });
    expect(
      catatanPublik({ catatanPublik: 'koreksi' }, { ...pernahTayang, catatanKoreksi: '  ' }, {}),
    ).toBeNull();
    expect(
      catatanPublik({ catatanPublik: 'penurunan' }, dikecualikan, {
        kategori: 'kesalahan-fakta',
        alasanPublik: 'Angka rekapitulasi keliru.',
      }),
    ).toEqual({ kategori: 'kesalahan-fakta', alasanPublik: 'Angka rekapitulasi keliru.' });
  });

  it('records no correction note at a first publication: it corrects nothing the public read', () => {
    const catatan = { catatanKoreksi: 'Catatan yang tertinggal di draf.' };
    expect(catatanPublik({ catatanPublik: 'koreksi' }, catatan, {})).toBeNull();
    expect(
      catatanPublik(
        { catatanPublik: 'koreksi' },
        { ...catatan, [FIELD_TAYANG_TERAKHIR]: null },
        {},
      ),
    ).toBeNull();
    // Published before without a note: this publication is the first correction.
    expect(
      catatanPublik({ catatanPublik: 'koreksi' }, { ...catatan, [FIELD_TAYANG_TERAKHIR]: {} }, {}),
    ).toEqual({ catatanKoreksi: 'Catatan yang tertinggal di draf.' });
  });

  it('records nothing for an action without a public record', () => {
    expect(catatanPublik({}, dikecualikan, { kategori: 'lainnya', alasanPublik: 'x' })).toBeNull();
  });
});

describe('penurunanPengecualian: the takedown of an exempted article, on the public record', () => {
  it('names the Pasal 17 letter and what it protects, and nothing of the exempt content', () => {
    const dokumen = {
      judul: 'Data pribadi pemilih',
      isi: 'Nomor induk kependudukan 1371...',
      klasifikasi: 'dikecualikan',
      dasarPengecualian: 'pasal-17-h',
      ujiKonsekuensi: {
        akibat: 'Membuka NIK',
        kepentinganPublik: 'Tidak ada',
        kesimpulan: 'Tutup',
      },
    };
    const entri = penurunanPengecualian(dokumen);
    expect(entri).toEqual({
      kategori: 'informasi-dikecualikan',
      alasanPublik:
        'Materi ini ditetapkan sebagai informasi yang dikecualikan menurut UU 14/2008 Pasal 17 huruf h (rahasia pribadi).',
    });
    for (const rahasia of ['NIK', '1371', 'Data pribadi pemilih', 'Tutup'])
      expect(entri.alasanPublik).not.toContain(rahasia);
    // The takedown action reads it as its request: the register gets exactly this.
    expect(catatanPublik({ catatanPublik: 'penurunan' }, dokumen, entri)).toEqual(entri);
  });

  it('falls back to the article of the law when the letter is unknown', () => {
    expect(penurunanPengecualian({ dasarPengecualian: null }).alasanPublik).toBe(
      'Materi ini ditetapkan sebagai informasi yang dikecualikan menurut UU 14/2008 Pasal 17.',
    );
  });
});
