import { createOrderByChecker, createWhereChecker } from '../query-guard';

const META: Record<string, { attributes: Record<string, { type: string; target?: string }> }> = {
  'api::liputan.liputan': {
    attributes: {
      id: { type: 'increments' },
      judul: { type: 'string' },
      publishedAt: { type: 'datetime' },
      disposisi: { type: 'relation', target: 'api::disposisi.disposisi' },
      tautan: { type: 'component' },
      documentId: { type: 'string' },
    },
  },
  'api::disposisi.disposisi': {
    attributes: { id: { type: 'increments' }, perihal: { type: 'text' } },
  },
};
const periksa = createWhereChecker((uid) => META[uid]);
const cek = (where: unknown) => () => periksa(where, 'api::liputan.liputan');

describe('penjaga filter', () => {
  it.each([
    { judul: 'pleno' },
    { judul: { $containsi: 'pleno' }, publishedAt: { $gte: '2025-05-01', $lte: new Date() } },
    { $or: [{ judul: 'a' }, { judul: { $in: ['b', 'c'] } }], $not: { judul: { $null: true } } },
    { disposisi: { perihal: { $contains: 'rapat' } } },
    { disposisi: { $or: [{ perihal: 'a' }, { id: 2 }] } },
    { disposisi: 3, judul: ['a', 'b'] },
    { disposisi: { $in: [1, 2] } },
    { judul: { $between: ['a', 'z'] } },
    [{ judul: 'a' }, { judul: 'b' }],
  ])('lets a where the database can build through: %j', (where) => {
    expect(cek(where)).not.toThrow();
  });

  it('takes a knex subquery or a Date as a value, not as a condition', () => {
    class Subquery {
      client = 'pg';
      _statements = [];
    }
    expect(
      cek({ id: { $notIn: new Subquery() }, publishedAt: { $lte: new Date() } }),
    ).not.toThrow();
  });

  it.each([
    [{ $or: 'x' }, /\$or harus berupa daftar syarat/],
    [{ $and: { 0: { judul: 'a' } } }, /\$and harus berupa daftar syarat/],
    [{ $or: ['x'] }, /setiap syarat di \$or harus objek/],
    [{ $not: 'x' }, /\$not harus berisi syarat/],
    [{ $eq: 'x' }, /operator \$eq harus berada di bawah nama kolom/],
    [{ judul: { $or: 'x' } }, /"\$or" bukan operator yang dikenal/],
    [{ judul: { a: 'b' } }, /"a" bukan operator yang dikenal/],
    [{ judul: { $between: 'a' } }, /\$between harus berisi tepat dua nilai/],
    [{ disposisi: { $eq: 1, perihal: 'a' } }, /tidak boleh dicampur/],
    [{ disposisi: { $eq: 1, $ne: 2 } }, /hanya satu operator/],
    [{ disposisi: { $in: [{ a: 1 }] } }, /harus berisi nilai \(id\)/],
    [{ tautan: { url: 'x' } }, /kolom tautan \(component\) tidak dapat disaring/],
    ['x', /harus berisi syarat berupa objek/],
  ])('refuses %j: %s', (where, pesan) => {
    expect(cek(where)).toThrow(pesan);
  });

  it('names the place in filters', () => {
    expect(cek({ $and: [{ disposisi: { perihal: { $foo: 1 } } }] })).toThrow(
      'Parameter filters[$and][0][disposisi][perihal][$foo] tidak sah',
    );
  });
});

describe('penjaga urutan', () => {
  const urutkan = createOrderByChecker((uid) => META[uid]);
  const cek = (orderBy: unknown) => () => urutkan(orderBy, 'api::liputan.liputan');

  it.each([
    'judul',
    'status',
    [{ judul: 'asc' }, { publishedAt: 'desc' }],
    { disposisi: { perihal: 'asc' } },
  ])('lets an order the database can build through: %j', (orderBy) => {
    expect(cek(orderBy)).not.toThrow();
  });

  it.each([
    ['', /kolom "" tidak ada/],
    [[{ judul: 'asc' }, { tidakAda: 'asc' }], /kolom "tidakAda" tidak ada/],
    [{ disposisi: { tidakAda: 'asc' } }, /kolom "tidakAda" tidak ada/],
    [{ tautan: 'asc' }, /kolom tautan \(component\) tidak dapat diurutkan/],
    [5, /harus nama kolom dengan arah/],
  ])('refuses %j: %s', (orderBy, pesan) => {
    expect(cek(orderBy)).toThrow(pesan);
  });

  it('refuses status on a type without draft & publish', () => {
    expect(() => urutkan('status', 'api::disposisi.disposisi')).toThrow(/status terbit/);
  });
});
