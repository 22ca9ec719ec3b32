import type { KeadaanSunting } from '../utils/kunci';
import { kunciField } from '../utils/kunci';

const keadaan = (sunting: Partial<KeadaanSunting['sunting']>): KeadaanSunting => ({
  tahapLabel: 'Verifikasi',
  sunting: { boleh: true, field: null, pesan: null, mesin: [], tetap: [], ...sunting },
});

describe('kunci field di tampilan sunting', () => {
  it('locks nothing for whoever may edit every field, nor without a view', () => {
    expect(kunciField(keadaan({}), 'judul')).toBeNull();
    expect(kunciField(null, 'judul')).toBeNull();
  });

  it("locks every field with the server's own reason where the stage is not this user's", () => {
    const pesan = 'Terkunci: menunggu Verifikator. Isi dokumen pada tahap "Verifikasi" ...';
    const terkunci = keadaan({ boleh: false, field: [], pesan });
    expect(kunciField(terkunci, 'judul')).toBe(pesan);
    expect(kunciField(terkunci, 'ujiKonsekuensi.akibat')).toBe(pesan);
    expect(kunciField(keadaan({ boleh: false, field: [] }), 'isi')).toMatch(
      /^Terkunci di tahap "Verifikasi"/,
    );
  });

  it('leaves open only the fields the stage lets this user edit, components by their top field', () => {
    const sebagian = keadaan({ field: ['tautan', 'ujiKonsekuensi'] });
    expect(kunciField(sebagian, 'tautan')).toBeNull();
    expect(kunciField(sebagian, 'tautan.0.url')).toBeNull();
    expect(kunciField(sebagian, 'ujiKonsekuensi.akibat')).toBeNull();
    expect(kunciField(sebagian, 'judul')).toBe(
      'Terkunci di tahap "Verifikasi": hanya tautan, ujiKonsekuensi yang dapat diubah; isi lain sudah diputuskan.',
    );
  });

  it("locks the engine's fields and the frozen ones even for whoever may edit all the rest", () => {
    const lembar = keadaan({
      mesin: ['nomorAgenda', 'induk'],
      tetap: [{ field: 'tanggalKegiatan', pesan: 'Tidak dapat diubah lagi setelah "Serahkan"' }],
    });
    expect(kunciField(lembar, 'nomorAgenda')).toMatch(/^Diisi oleh sistem redaksi/);
    expect(kunciField(lembar, 'induk')).toMatch(/^Diisi oleh sistem redaksi/);
    expect(kunciField(lembar, 'tanggalKegiatan')).toBe(
      'Tidak dapat diubah lagi setelah "Serahkan"',
    );
    expect(kunciField(lembar, 'perihal')).toBeNull();
  });
});
