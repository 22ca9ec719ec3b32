import { catatanPublik } from '../catatan-publik';

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
    expect(
      catatanPublik(
        { catatanPublik: 'koreksi' },
        { catatanKoreksi: ' Nama narasumber diperbaiki. ' },
        {},
      ),
    ).toEqual({
      catatanKoreksi: 'Nama narasumber diperbaiki.',
    });
    expect(catatanPublik({ catatanPublik: 'koreksi' }, { catatanKoreksi: '  ' }, {})).toBeNull();
    expect(
      catatanPublik({ catatanPublik: 'penurunan' }, dikecualikan, {
        kategori: 'kesalahan-fakta',
        alasanPublik: 'Angka rekapitulasi keliru.',
      }),
    ).toEqual({ kategori: 'kesalahan-fakta', alasanPublik: 'Angka rekapitulasi keliru.' });
  });

  it('records nothing for an action without a public record', () => {
    expect(catatanPublik({}, dikecualikan, { kategori: 'lainnya', alasanPublik: 'x' })).toBeNull();
  });
});
