import { bedaCuplikan, bedaKata, buatCuplikan, fieldBedaCuplikan } from '../beda';
import type { SkemaAtribut } from '../sidik';

const skema: SkemaAtribut = {
  judul: { type: 'string' },
  tanggalKegiatan: { type: 'date' },
  narasi: { type: 'blocks' },
  dokumentasi: { type: 'media', multiple: true },
  tautan: { type: 'component', component: 'medsos.tautan' },
  disposisi: { type: 'relation', relation: 'manyToOne' },
  updatedAt: { type: 'datetime' },
};
const komponen: SkemaAtribut = { platform: { type: 'enumeration' }, url: { type: 'string' } };
const skemaKomponen = () => komponen;

const foto = (id: number, hash = `h${id}`, alt: string | null = `Foto ${id}`) => ({
  id,
  name: `foto-${id}.jpg`,
  url: `/uploads/${hash}.jpg`,
  hash,
  alternativeText: alt,
  formats: { thumbnail: { url: `/uploads/thumbnail_${hash}.jpg` } },
});

const dokumen = {
  judul: 'Rapat pleno',
  tanggalKegiatan: '2026-12-01',
  narasi: [{ type: 'paragraph', children: [{ type: 'text', text: 'Rapat dibuka ketua.' }] }],
  dokumentasi: [foto(1), foto(2), foto(3)],
  tautan: [{ id: 9, platform: 'instagram', url: 'https://instagram.com/p/1' }],
  disposisi: { documentId: 'd1', perihal: 'Undangan rapat' },
  updatedAt: '2026-12-01T01:00:00.000Z',
};
const cuplikan = (ubah: Record<string, unknown> = {}) =>
  buatCuplikan({ ...dokumen, ...ubah }, skema, skemaKomponen);

describe('bedaKata', () => {
  it('marks the words deleted and inserted, keeping the rest and the spaces between', () => {
    expect(
      bedaKata('rapat pleno di Padang hari ini', 'rapat pleno terbuka di Solok hari ini'),
    ).toEqual([
      { jenis: 'sama', teks: 'rapat pleno ' },
      { jenis: 'tambah', teks: 'terbuka ' },
      { jenis: 'sama', teks: 'di ' },
      { jenis: 'hapus', teks: 'Padang' },
      { jenis: 'tambah', teks: 'Solok' },
      { jenis: 'sama', teks: ' hari ini' },
    ]);
  });

  it('joins back into both texts', () => {
    const sebelum = 'a b c d e f g';
    const sesudah = 'a x c d y f g z';
    const potongan = bedaKata(sebelum, sesudah);
    const teks = (jenis: string) =>
      potongan
        .filter((p) => p.jenis === 'sama' || p.jenis === jenis)
        .map((p) => p.teks)
        .join('');
    expect(teks('hapus')).toBe(sebelum);
    expect(teks('tambah')).toBe(sesudah);
  });

  it('shows a long text rewritten as a whole instead of diffing it word by word without bound', () => {
    const sebelum = Array.from({ length: 3000 }, (_, i) => `lama${i}`).join(' ');
    const sesudah = Array.from({ length: 3000 }, (_, i) => `baru${i}`).join(' ');
    expect(bedaKata(sebelum, sesudah)).toEqual([
      { jenis: 'hapus', teks: sebelum },
      { jenis: 'tambah', teks: sesudah },
    ]);
  });

  it('shows a text emptied or written from nothing whole', () => {
    expect(bedaKata('', 'Baru')).toEqual([{ jenis: 'tambah', teks: 'Baru' }]);
    expect(bedaKata('Lama', '')).toEqual([{ jenis: 'hapus', teks: 'Lama' }]);
  });
});

describe('bedaCuplikan', () => {
  it('finds nothing between two keepings of the same content, whatever Strapi bookkeeping changed', () => {
    expect(
      bedaCuplikan(cuplikan(), cuplikan({ updatedAt: '2026-12-02T00:00:00.000Z' }), skema),
    ).toEqual([]);
  });

  it("finds nothing when only the engine's schedule mirror changed (a schedule set, then cancelled)", () => {
    const skemaJadwal: SkemaAtribut = { ...skema, jadwalTayang: { type: 'datetime' } };
    const dengan = (jadwalTayang: string | null) =>
      buatCuplikan({ ...dokumen, jadwalTayang }, skemaJadwal, skemaKomponen);
    expect(bedaCuplikan(dengan('2026-12-05T03:00:00.000Z'), dengan(null), skemaJadwal)).toEqual([]);
  });

  it('tells a photo replaced under the same id, one added, one removed and the order changed', () => {
    const sesudah = cuplikan({ dokumentasi: [foto(3), foto(2, 'h2-baru'), foto(4)] });
    const [perubahan] = bedaCuplikan(cuplikan(), sesudah, skema);
    expect(perubahan).toMatchObject({
      field: 'dokumentasi',
      jenis: 'berkas',
      ditambah: [{ id: 4, thumbnail: '/uploads/thumbnail_h4.jpg' }],
      dihapus: [{ id: 1 }],
      diganti: [{ sebelum: { id: 2, hash: 'h2' }, sesudah: { id: 2, hash: 'h2-baru' } }],
      teksAlternatif: [],
      urutanBerubah: true,
    });
  });

  it('tells an alt text changed, and no reordering when the order of the photos kept is the same', () => {
    const sesudah = cuplikan({
      dokumentasi: [foto(1), foto(2, 'h2', 'Ketua membuka rapat'), foto(3)],
    });
    expect(bedaCuplikan(cuplikan(), sesudah, skema)).toEqual([
      expect.objectContaining({
        field: 'dokumentasi',
        ditambah: [],
        dihapus: [],
        diganti: [],
        urutanBerubah: false,
        teksAlternatif: [
          expect.objectContaining({ sebelum: 'Foto 2', sesudah: 'Ketua membuka rapat' }),
        ],
      }),
    ]);
  });

  it('names relations linked and unlinked by their subject, components and other values as read', () => {
    const sesudah = cuplikan({
      disposisi: { documentId: 'd2', perihal: 'Surat Bawaslu' },
      tautan: [{ id: 9, platform: 'facebook', url: 'https://instagram.com/p/1' }],
      tanggalKegiatan: '2026-12-02',
      narasi: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Rapat dibuka wakil ketua.' }] },
      ],
    });
    expect(bedaCuplikan(cuplikan(), sesudah, skema)).toEqual([
      { field: 'tanggalKegiatan', jenis: 'nilai', sebelum: '2026-12-01', sesudah: '2026-12-02' },
      {
        field: 'narasi',
        jenis: 'teks',
        potongan: [
          { jenis: 'sama', teks: 'Rapat dibuka ' },
          { jenis: 'tambah', teks: 'wakil ' },
          { jenis: 'sama', teks: 'ketua.' },
        ],
      },
      {
        field: 'tautan',
        jenis: 'teks',
        potongan: [
          { jenis: 'sama', teks: 'platform: ' },
          { jenis: 'hapus', teks: 'instagram' },
          { jenis: 'tambah', teks: 'facebook' },
          { jenis: 'sama', teks: ' · url: https://instagram.com/p/1' },
        ],
      },
      {
        field: 'disposisi',
        jenis: 'relasi',
        ditambah: ['Surat Bawaslu'],
        dihapus: ['Undangan rapat'],
      },
    ]);
    expect(fieldBedaCuplikan(cuplikan(), sesudah)).toEqual([
      'disposisi',
      'narasi',
      'tanggalKegiatan',
      'tautan',
    ]);
  });

  it('counts a field added to the schema since the content was kept as empty there', () => {
    const lama = cuplikan();
    delete lama.judul;
    expect(bedaCuplikan(lama, cuplikan({ judul: null }), skema)).toEqual([]);
    expect(bedaCuplikan(lama, cuplikan(), skema)).toEqual([
      { field: 'judul', jenis: 'teks', potongan: [{ jenis: 'tambah', teks: 'Rapat pleno' }] },
    ]);
  });
});
