import {
  bedaDariSidik,
  buatSidik,
  FIELD_TANPA_SIDIK,
  fieldBerubah,
  nilaiKonten,
  type SkemaAtribut,
} from '../sidik';

const skema: SkemaAtribut = {
  judul: { type: 'string' },
  caption: { type: 'text' },
  dokumentasi: { type: 'media', multiple: true },
  tautan: { type: 'component', component: 'medsos.tautan' },
  disposisi: { type: 'relation', relation: 'manyToOne' },
  updatedAt: { type: 'datetime' },
};
const komponen: SkemaAtribut = {
  platform: { type: 'enumeration' },
  url: { type: 'string' },
  diunggahPada: { type: 'datetime' },
};
const opsi = { skemaKomponen: () => komponen, relasi: false };

const dokumen = {
  judul: 'Rapat pleno',
  caption: 'Caption',
  dokumentasi: [{ id: 1, mime: 'image/jpeg', alternativeText: 'Foto 1' }],
  tautan: [{ id: 10, platform: 'instagram', url: 'https://instagram.com/p/1', diunggahPada: null }],
  disposisi: { documentId: 'abc', id: 3 },
  updatedAt: '2025-05-05T00:00:00.000Z',
};

describe('sidik konten', () => {
  it('ignores what Strapi rewrites on every save: ids of components, timestamps, empty strings', () => {
    const disimpanUlang = {
      ...dokumen,
      caption: 'Caption',
      updatedAt: '2026-01-01T00:00:00.000Z',
      tautan: [{ ...dokumen.tautan[0], id: 99 }],
    };
    expect(buatSidik(nilaiKonten(disimpanUlang, skema, opsi))).toEqual(
      buatSidik(nilaiKonten(dokumen, skema, opsi)),
    );
    expect(
      fieldBerubah(
        nilaiKonten({ judul: '' }, skema, opsi),
        nilaiKonten({ judul: null }, skema, opsi),
      ),
    ).toEqual([]);
  });

  it('leaves the machine fields that are bookkeeping out: setting or clearing a schedule changes no fingerprint', () => {
    expect([...FIELD_TANPA_SIDIK]).toEqual(['jadwalTayang']);
    const denganJadwal: SkemaAtribut = { ...skema, jadwalTayang: { type: 'datetime' } };
    const terjadwal = { ...dokumen, jadwalTayang: '2026-01-01T03:00:00.000Z' };
    const nilai = nilaiKonten(terjadwal, denganJadwal, opsi);
    expect(nilai).not.toHaveProperty('jadwalTayang');
    expect(buatSidik(nilai)).toEqual(buatSidik(nilaiKonten(dokumen, denganJadwal, opsi)));
  });

  it('catches a file replaced on the same id by the hash of its bytes', () => {
    const lama = buatSidik(nilaiKonten(dokumen, skema, { ...opsi, hashBerkas: () => 'aaa' }));
    const baru = buatSidik(nilaiKonten(dokumen, skema, { ...opsi, hashBerkas: () => 'bbb' }));
    expect(bedaDariSidik(lama, baru)).toEqual(['dokumentasi']);
  });

  it('names changed fields, leaving out those the stage may still edit', () => {
    const lama = buatSidik(nilaiKonten(dokumen, skema, opsi));
    const baru = buatSidik(nilaiKonten({ ...dokumen, caption: 'Lain', tautan: [] }, skema, opsi));
    expect(bedaDariSidik(lama, baru)).toEqual(['caption', 'tautan']);
    expect(bedaDariSidik(lama, baru, ['tautan'])).toEqual(['caption']);
  });

  it('counts a relation as an edit only when asked to (a link is not what goes online)', () => {
    const tanpa = nilaiKonten(dokumen, skema, opsi);
    const dengan = nilaiKonten(dokumen, skema, { ...opsi, relasi: true });
    expect(tanpa).not.toHaveProperty('disposisi');
    expect(dengan.disposisi).toEqual(['abc']);
  });
});
