import { periksaSyarat } from '../syarat';

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
