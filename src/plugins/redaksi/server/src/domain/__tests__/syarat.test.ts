import { periksaSyarat } from '../syarat';
import { FIELD_TAYANG_TERAKHIR } from '../../workflows/types';

describe('syarat teks-alternatif', () => {
  const syarat = {
    kode: 'foto-teks-alternatif',
    jenis: 'teks-alternatif',
    field: 'foto',
    label: 'Foto',
  } as const;
  const sekarang = new Date('2025-05-06T03:00:00Z');
  const gambar = (alternativeText: string | null) => ({ mime: 'image/jpeg', alternativeText });

  it('is met when every image is described, and names the undescribed ones by their place otherwise', () => {
    expect(
      periksaSyarat(
        syarat,
        { foto: [gambar('Ketua KPU membuka rapat'), gambar('Peserta rapat')] },
        sekarang,
      ),
    ).toMatchObject({
      terpenuhi: true,
      pesan: 'Foto: setiap foto punya teks alternatif',
    });
    const hasil = periksaSyarat(
      syarat,
      { foto: [gambar('Ada'), gambar(null), gambar('   '), gambar('Ada juga')] },
      sekarang,
    );
    expect(hasil).toMatchObject({ kode: 'foto-teks-alternatif', terpenuhi: false, field: 'foto' });
    expect(hasil.pesan).toContain('Foto: foto ke-2, 3 belum punya teks alternatif');
  });

  it('asks nothing of files that are not images, nor of an empty field (the minimum is its own condition)', () => {
    expect(
      periksaSyarat(
        syarat,
        { foto: [{ mime: 'application/pdf', alternativeText: null }] },
        sekarang,
      ).terpenuhi,
    ).toBe(true);
    expect(periksaSyarat(syarat, { foto: [] }, sekarang).terpenuhi).toBe(true);
    expect(periksaSyarat(syarat, {}, sekarang).terpenuhi).toBe(true);
  });
});

describe('syarat klasifikasi informasi (UU 14/2008)', () => {
  // 2025-05-06 10:00 WIB: "today" in WIB is the 6th.
  const sekarang = new Date('2025-05-06T03:00:00Z');

  it('nilai-salah-satu: met by a listed value, named by its label; an empty or other value says what may', () => {
    const syarat = {
      kode: 'klasifikasi-dapat-dipublikasikan',
      jenis: 'nilai-salah-satu',
      field: 'klasifikasi',
      label: 'Klasifikasi informasi',
      nilai: ['berkala', 'serta-merta'],
      labelNilai: {
        berkala: 'Berkala',
        'serta-merta': 'Serta-merta',
        dikecualikan: 'Dikecualikan',
      },
    } as const;
    expect(periksaSyarat(syarat, { klasifikasi: 'berkala' }, sekarang)).toMatchObject({
      terpenuhi: true,
      pesan: 'Klasifikasi informasi: Berkala',
    });
    expect(periksaSyarat(syarat, { klasifikasi: 'dikecualikan' }, sekarang)).toMatchObject({
      terpenuhi: false,
      field: 'klasifikasi',
      pesan:
        'Klasifikasi informasi "Dikecualikan" tidak memungkinkan aksi ini; yang dapat: Berkala, Serta-merta',
    });
    expect(periksaSyarat(syarat, { klasifikasi: null }, sekarang)).toMatchObject({
      terpenuhi: false,
      pesan: 'Klasifikasi informasi wajib dipilih: Berkala, Serta-merta',
    });
  });

  it('bagian-terisi: names every empty part of the component, and an absent component as all empty', () => {
    const syarat = {
      kode: 'uji-konsekuensi-lengkap',
      jenis: 'bagian-terisi',
      field: 'ujiKonsekuensi',
      label: 'Uji konsekuensi',
      bagian: [
        { field: 'akibat', label: 'akibat' },
        { field: 'kesimpulan', label: 'kesimpulan' },
      ],
    } as const;
    expect(
      periksaSyarat(syarat, { ujiKonsekuensi: { akibat: 'A', kesimpulan: 'K' } }, sekarang)
        .terpenuhi,
    ).toBe(true);
    expect(
      periksaSyarat(syarat, { ujiKonsekuensi: { akibat: 'A', kesimpulan: '  ' } }, sekarang).pesan,
    ).toBe('Uji konsekuensi belum lengkap: kesimpulan wajib diisi');
    expect(periksaSyarat(syarat, { ujiKonsekuensi: null }, sekarang).pesan).toBe(
      'Uji konsekuensi belum lengkap: akibat, kesimpulan wajib diisi',
    );
  });

  it('tanggal-mendatang: only a date after today in WIB; a missing date is left to its own terisi', () => {
    const syarat = {
      kode: 'berlaku-sampai-mendatang',
      jenis: 'tanggal-mendatang',
      field: 'berlakuSampai',
      label: 'Berlaku sampai',
    } as const;
    const cek = (berlakuSampai: string | null) =>
      periksaSyarat(syarat, { berlakuSampai }, sekarang).terpenuhi;
    expect(cek('2025-05-07')).toBe(true);
    expect(cek('2025-05-06')).toBe(false);
    expect(cek('2025-05-01')).toBe(false);
    expect(cek(null)).toBe(true);
    // 23:30 WIB on the 6th is still the 6th: the 7th is after it; 00:30 WIB on the 7th it is not.
    expect(
      periksaSyarat(syarat, { berlakuSampai: '2025-05-07' }, new Date('2025-05-06T16:30:00Z'))
        .terpenuhi,
    ).toBe(true);
    expect(
      periksaSyarat(syarat, { berlakuSampai: '2025-05-07' }, new Date('2025-05-06T17:30:00Z'))
        .terpenuhi,
    ).toBe(false);
  });
});

describe('syarat terisi-baru-sejak-tayang (catatan koreksi publik)', () => {
  const syarat = {
    kode: 'catatan-koreksi-baru',
    jenis: 'terisi-baru-sejak-tayang',
    field: 'catatanKoreksi',
    label: 'Catatan koreksi',
  } as const;
  const sekarang = new Date('2025-05-06T03:00:00Z');
  const periksa = (catatanKoreksi: unknown, terakhir: unknown) =>
    periksaSyarat(syarat, { catatanKoreksi, [FIELD_TAYANG_TERAKHIR]: terakhir }, sekarang);

  it('asks nothing before the first publication', () => {
    expect(periksa(null, null)).toMatchObject({ kode: 'catatan-koreksi-baru', terpenuhi: true });
    expect(periksaSyarat(syarat, {}, sekarang).terpenuhi).toBe(true);
  });

  it('requires a note once a version was published, even one published without a note', () => {
    for (const kosong of [null, '', '   ']) {
      const hasil = periksa(kosong, {});
      expect(hasil).toMatchObject({ terpenuhi: false, field: 'catatanKoreksi' });
      expect(hasil.pesan).toContain('Catatan koreksi wajib diisi');
    }
    expect(periksa('Nama narasumber diperbaiki.', {}).terpenuhi).toBe(true);
  });

  it('refuses the note of the last publication again, however it is spaced, and takes a new one', () => {
    const terakhir = { catatanKoreksi: 'Nama narasumber diperbaiki.' };
    const sama = periksa('  Nama narasumber diperbaiki. ', terakhir);
    expect(sama.terpenuhi).toBe(false);
    expect(sama.pesan).toContain('masih sama dengan catatan pada penayangan terakhir');
    expect(periksa('Tanggal kegiatan diperbaiki.', terakhir).terpenuhi).toBe(true);
  });
});
