import { bedaDariSidik, buatSidik, nilaiKonten, type SkemaAtribut } from '../sidik';

/**
 * Every part of what goes online is in the fingerprint: leave one out of `domain/sidik.ts` and the
 * row naming it here goes red. Each row changes one thing of an approved item and expects exactly
 * that field to be named.
 */
const skema: SkemaAtribut = {
  judul: { type: 'string' },
  caption: { type: 'text' },
  tampil: { type: 'boolean' },
  tanggalKegiatan: { type: 'date' },
  dokumentasi: { type: 'media', multiple: true },
  tautan: { type: 'component', component: 'medsos.tautan' },
};
const komponen: SkemaAtribut = {
  platform: { type: 'enumeration' },
  url: { type: 'string' },
  diunggahPada: { type: 'datetime' },
};

type Foto = { id: number; mime: string; alternativeText: string | null; caption: string | null };
const foto = (id: number): Foto => ({
  id,
  mime: 'image/jpeg',
  alternativeText: `Foto ${id}`,
  caption: null,
});
const disetujui = {
  judul: 'Rapat pleno',
  caption: 'Caption',
  tampil: true,
  tanggalKegiatan: '2025-05-05',
  dokumentasi: [foto(1), foto(2), foto(3), foto(4)],
  tautan: [
    { id: 10, platform: 'instagram', url: 'https://instagram.com/p/1', diunggahPada: null },
    { id: 11, platform: 'x', url: 'https://x.com/kpu/1', diunggahPada: '2025-05-06T01:00:00Z' },
  ],
};
const hashIsi: Record<number, string> = { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5' };

function sidik(dokumen: typeof disetujui, hash = hashIsi) {
  return buatSidik(
    nilaiKonten(dokumen, skema, {
      skemaKomponen: () => komponen,
      relasi: false,
      hashBerkas: (berkas) => (berkas.id === undefined ? undefined : hash[berkas.id]),
    }),
  );
}

const denganFoto = (ubah: (daftar: Foto[]) => Foto[]) => ({
  ...disetujui,
  dokumentasi: ubah(disetujui.dokumentasi.map((item) => ({ ...item }))),
});

const perubahan: Array<[string, ReturnType<typeof sidik>, string]> = [
  ['the order of the photos', sidik(denganFoto((d) => [d[1], d[0], d[2], d[3]])), 'dokumentasi'],
  [
    "a photo's alternative text",
    sidik(denganFoto((d) => [{ ...d[0], alternativeText: 'Lain' }, ...d.slice(1)])),
    'dokumentasi',
  ],
  [
    "a photo's caption",
    sidik(denganFoto((d) => [{ ...d[0], caption: 'Keterangan' }, ...d.slice(1)])),
    'dokumentasi',
  ],
  [
    "a photo's type",
    sidik(denganFoto((d) => [{ ...d[0], mime: 'image/png' }, ...d.slice(1)])),
    'dokumentasi',
  ],
  ['another file in its place', sidik(denganFoto((d) => [foto(5), ...d.slice(1)])), 'dokumentasi'],
  ['a photo removed', sidik(denganFoto((d) => d.slice(1))), 'dokumentasi'],
  [
    'the bytes of a file on the same id',
    sidik(disetujui, { ...hashIsi, 2: 'lain' }),
    'dokumentasi',
  ],
  ['a text field', sidik({ ...disetujui, caption: 'Caption lain' }), 'caption'],
  ['a boolean', sidik({ ...disetujui, tampil: false }), 'tampil'],
  ['a date', sidik({ ...disetujui, tanggalKegiatan: '2025-05-06' }), 'tanggalKegiatan'],
  [
    "a component's value",
    sidik({
      ...disetujui,
      tautan: [{ ...disetujui.tautan[0], url: 'https://instagram.com/p/2' }, disetujui.tautan[1]],
    }),
    'tautan',
  ],
  [
    "a component's time",
    sidik({
      ...disetujui,
      tautan: [
        disetujui.tautan[0],
        { ...disetujui.tautan[1], diunggahPada: '2025-05-07T01:00:00Z' },
      ],
    }),
    'tautan',
  ],
  [
    'the order of the components',
    sidik({ ...disetujui, tautan: [disetujui.tautan[1], disetujui.tautan[0]] }),
    'tautan',
  ],
];

describe('setiap bagian yang tayang ada dalam sidik', () => {
  const asal = sidik(disetujui);

  it.each(perubahan)('names %s', (_bagian, sesudah, field) => {
    expect(bedaDariSidik(asal, sesudah)).toEqual([field]);
    expect(sesudah.total).not.toBe(asal.total);
  });

  it('stays the same for the same content', () => {
    expect(sidik(structuredClone(disetujui))).toEqual(asal);
  });
});

describe('kolom baru pada skema', () => {
  const skemaBaru: SkemaAtribut = { ...skema, lokasi: { type: 'string' } };
  const sidikDengan = (dokumen: Record<string, unknown>) =>
    buatSidik(nilaiKonten(dokumen, skemaBaru, { skemaKomponen: () => komponen, relasi: false }));
  const sebelumKolomAda = buatSidik(
    nilaiKonten(disetujui, skema, { skemaKomponen: () => komponen, relasi: false }),
  );

  it('compares a field the approval did not have as empty: an approved item stays publishable', () => {
    expect(bedaDariSidik(sebelumKolomAda, sidikDengan({ ...disetujui, lokasi: null }))).toEqual([]);
    expect(bedaDariSidik(sidikDengan({ ...disetujui, lokasi: '' }), sebelumKolomAda)).toEqual([]);
  });

  it('still names the new field once it holds a value', () => {
    expect(bedaDariSidik(sebelumKolomAda, sidikDengan({ ...disetujui, lokasi: 'Padang' }))).toEqual(
      ['lokasi'],
    );
  });
});
