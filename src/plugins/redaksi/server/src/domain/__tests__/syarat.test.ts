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
