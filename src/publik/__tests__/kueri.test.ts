import { type AturanPublik, kueriPublik } from '../kueri';

const aturan: AturanPublik = {
  fields: ['judul', 'slug', 'ringkasan', 'kategori', 'publishedAt'],
  populate: { foto: true },
  filters: ['kategori', 'publishedAt', 'slug'],
  sort: ['publishedAt', 'judul'],
  cari: ['judul', 'ringkasan'],
  sortBawaan: 'publishedAt:desc',
};

describe('kueri publik', () => {
  it('always reads published versions with the public populate, whatever the client sends', () => {
    const hasil = kueriPublik(
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
    expect(kueriPublik({ filters }, aturan).filters).toEqual(filters);
  });

  it.each([
    [{ disposisi: { perihal: { $contains: 'x' } } }, 'disposisi'],
    [{ createdBy: { email: { $contains: '@' } } }, 'createdBy'],
    [{ $or: [{ kategori: 'berita' }, { tahap: 'koreksi' }] }, 'tahap'],
    [{ kategori: { disposisi: 'x' } }, 'kategori.disposisi'],
    [{ slug: { $eq: { $ne: 'x' } } }, 'bersarang'],
  ])('refuses a filter on anything private (%j)', (filters, disebut) => {
    expect(() => kueriPublik({ filters }, aturan)).toThrow(disebut);
  });

  it('refuses fields and sorts outside the public lists, naming them', () => {
    expect(() => kueriPublik({ fields: ['judul', 'createdBy'] }, aturan)).toThrow('createdBy');
    expect(() => kueriPublik({ sort: 'updatedBy:asc' }, aturan)).toThrow('updatedBy');
    expect(() => kueriPublik({ sort: 'judul:sideways' }, aturan)).toThrow('sideways');
    expect(kueriPublik({ fields: 'judul,slug', sort: 'judul:DESC' }, aturan)).toMatchObject({
      fields: ['judul', 'slug'],
      sort: ['judul:desc'],
    });
  });

  it('turns `cari` into a case-insensitive search in judul and ringkasan, alongside other filters', () => {
    const hasil = kueriPublik({ cari: ' pleno ', filters: { kategori: 'berita' } }, aturan);
    expect(hasil.filters).toEqual({
      kategori: 'berita',
      $and: [{ $or: [{ judul: { $containsi: 'pleno' } }, { ringkasan: { $containsi: 'pleno' } }] }],
    });
  });

  it('applies the default page, so that the same page asked two ways is one query', () => {
    expect(kueriPublik({}, aturan).pagination).toEqual({ page: 1, pageSize: 25 });
    expect(kueriPublik({ pagination: { page: '1', pageSize: '25' } }, aturan).pagination).toEqual({
      page: 1,
      pageSize: 25,
    });
    expect(kueriPublik({ pagination: { start: '10' } }, aturan).pagination).toEqual({
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
    expect(() => kueriPublik({ pagination }, aturan)).toThrow(disebut);
  });
});
