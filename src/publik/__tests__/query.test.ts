import {
  type PublicQueryRules,
  shapePublicQuery,
  shapeParameterDaftarInformasiPublik,
} from '../query';

const aturan: PublicQueryRules = {
  fields: ['judul', 'slug', 'ringkasan', 'kategori', 'publishedAt'],
  populate: { foto: true },
  filters: ['kategori', 'publishedAt', 'slug'],
  sort: ['publishedAt', 'judul'],
  cari: ['judul', 'ringkasan'],
  sortBawaan: 'publishedAt:desc',
};

describe('kueri publik', () => {
  it('always reads published versions with the public populate, whatever the client sends', () => {
    const hasil = shapePublicQuery(
      { status: 'draft', populate: '*', publicationState: 'preview' },
      aturan,
    );
    expect(hasil).toMatchObject({
      status: 'published',
      populate: { foto: true },
      sort: ['publishedAt:desc'],
    });
    expect(hasil.fields).toEqual(aturan.fields);
  });

  it('keeps allowed filters with their operators, including date ranges and $or', () => {
    const filters = {
      kategori: { $eq: 'berita' },
      publishedAt: { $gte: '2025-05-01', $lte: '2025-05-31' },
      $or: [{ slug: 'a' }, { slug: { $in: ['b', 'c'] } }],
    };
    expect(shapePublicQuery({ filters }, aturan).filters).toEqual(filters);
  });

  it.each([
    [{ disposisi: { perihal: { $contains: 'x' } } }, 'disposisi'],
    [{ createdBy: { email: { $contains: '@' } } }, 'createdBy'],
    [{ $or: [{ kategori: 'berita' }, { tahap: 'koreksi' }] }, 'tahap'],
    [{ kategori: { disposisi: 'x' } }, 'kategori.disposisi'],
    [{ slug: { $eq: { $ne: 'x' } } }, 'bersarang'],
  ])('refuses a filter on anything private (%j)', (filters, disebut) => {
    expect(() => shapePublicQuery({ filters }, aturan)).toThrow(disebut);
  });

  it('refuses fields and sorts outside the public lists, naming them', () => {
    expect(() => shapePublicQuery({ fields: ['judul', 'createdBy'] }, aturan)).toThrow('createdBy');
    expect(() => shapePublicQuery({ sort: 'updatedBy:asc' }, aturan)).toThrow('updatedBy');
    expect(() => shapePublicQuery({ sort: 'judul:sideways' }, aturan)).toThrow('sideways');
    expect(shapePublicQuery({ fields: 'judul,slug', sort: 'judul:DESC' }, aturan)).toMatchObject({
      fields: ['judul', 'slug'],
      sort: ['judul:desc'],
    });
  });

  it('turns `cari` into a case-insensitive search in judul and ringkasan, alongside other filters', () => {
    const hasil = shapePublicQuery({ cari: ' pleno ', filters: { kategori: 'berita' } }, aturan);
    expect(hasil.filters).toEqual({
      kategori: 'berita',
      $and: [{ $or: [{ judul: { $containsi: 'pleno' } }, { ringkasan: { $containsi: 'pleno' } }] }],
    });
  });

  it('applies the default page, so that the same page asked two ways is one query', () => {
    expect(shapePublicQuery({}, aturan).pagination).toEqual({ page: 1, pageSize: 25 });
    expect(
      shapePublicQuery({ pagination: { page: '1', pageSize: '25' } }, aturan).pagination,
    ).toEqual({
      page: 1,
      pageSize: 25,
    });
    expect(shapePublicQuery({ pagination: { start: '10' } }, aturan).pagination).toEqual({
      start: 10,
      limit: 25,
    });
  });

  it.each([
    [{ page: '1e18' }, 'page'],
    [{ start: '1e20' }, 'start'],
    [{ pageSize: '1000' }, 'pageSize'],
    [{ page: '-1' }, 'page'],
    [{ page: 1, limit: 5 }, 'tidak keduanya'],
    [{ halaman: 2 }, 'halaman'],
  ])('refuses pagination %j with a 400 naming it', (pagination, disebut) => {
    expect(() => shapePublicQuery({ pagination }, aturan)).toThrow(disebut);
  });
});

describe('parameter Daftar Informasi Publik', () => {
  it('normalises year, category and format, so one register asked two ways is one cache key', () => {
    const halamanPertama = { page: 1, pageSize: 25 };
    expect(shapeParameterDaftarInformasiPublik({})).toEqual({
      format: 'json',
      pagination: halamanPertama,
    });
    expect(shapeParameterDaftarInformasiPublik({ tahun: '', format: '' })).toEqual({
      format: 'json',
      pagination: halamanPertama,
    });
    // The files hold the whole register: a page asked of them is no other file.
    expect(
      shapeParameterDaftarInformasiPublik({
        tahun: '2026',
        kategori: 'berita',
        format: 'csv',
        pagination: { page: '3' },
      }),
    ).toEqual({ tahun: 2026, kategori: 'berita', format: 'csv' });
  });

  it.each([
    [{ tahun: '26' }, /tahun/],
    [{ tahun: ['2025', '2026'] }, /tahun/],
    [{ kategori: 'rahasia' }, /kategori tidak dikenal/],
    [{ format: 'xlsx' }, /format/],
    [{ filters: { judul: 'x' } }, /Parameter "filters" tidak dikenal/],
    [{ pagination: { pageSize: '1000' } }, /pageSize/],
  ])('refuses %j with a 400 naming the parameter', (query, pesan) => {
    expect(() => shapeParameterDaftarInformasiPublik(query)).toThrow(
      expect.objectContaining({ name: 'ValidationError', message: expect.stringMatching(pesan) }),
    );
  });
});
