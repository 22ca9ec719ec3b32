import { parse } from 'qs';
import { checkQueryShape } from '../query-shape';

/** The query as Strapi's strapi::query parses it (its qs settings). */
const kueri = (teks: string) =>
  checkQueryShape(parse(teks, { strictNullHandling: true, arrayLimit: 100, depth: 20 }));

describe('bentuk kueri', () => {
  it.each([
    '_q=pleno&page=2&pageSize=10&sort=judul:ASC&filters[$and][0][judul][$contains]=a',
    'sort[0]=publishedAt:desc&sort[1]=judul:asc&pagination[page]=1&pagination[pageSize]=25',
    'sort[foto][name]=desc&sort[judul]=asc&populate[foto][fields][0]=url',
    'fields[0]=judul&fields[1]=slug&populate=*&status=draft&locale=id',
    'locale[0]=id&locale[1]=en&limit=-1&start=0',
    'page&_q=&pagination[withCount]=false',
    'plugins[i18n][locale]=id&idsToOmit[]=1&folder=3',
  ])('lets what the panel and the website send through: %s', (teks) => {
    expect(kueri(teks)).toEqual([]);
  });

  it.each([
    ['_q[a]=x', '_q'],
    ['_q=a&_q=b', '_q'],
    ['page=1e18', 'page'],
    ['page=1.5', 'page'],
    ['pageSize=99999999999', 'pageSize'],
    ['start=abc', 'start'],
    ['limit[a]=1', 'limit'],
    ['filters=x', 'filters'],
    ['filters[0][judul]=x', 'filters'],
    ['sort[0][0]=x', 'sort'],
    ['populate[0][a]=b', 'populate'],
    ['fields[a]=judul', 'fields'],
    ['pagination=1', 'pagination'],
    ['pagination[page][a]=1', 'pagination'],
    ['pagination[page]=-1.5', 'pagination[page]'],
    ['status[a]=draft', 'status'],
    ['locale[0][a]=id', 'locale'],
  ])('refuses %s naming %s and the shape it must have', (teks, nama) => {
    const [galat] = kueri(teks);
    expect(galat.message.startsWith(`Parameter ${nama} harus `)).toBe(true);
    expect(galat).toMatchObject({ name: 'ValidationError' });
  });

  it('checks the components named under populate[...][on] exist', () => {
    const dikenal = (uid: string) => uid === 'medsos.tautan';
    const periksa = (teks: string) => checkQueryShape(parse(teks, { depth: 20 }), dikenal);
    expect(periksa('populate[tautan][on][medsos.tautan]=*')).toEqual([]);
    expect(periksa('populate[on][prototype][$or]=x')[0].message).toMatch(
      /^Parameter populate\[on\]\[prototype\] harus berisi uid komponen yang dikenal/,
    );
    expect(periksa('populate[a][populate][on]=x')[0].path).toEqual([
      'populate',
      'a',
      'populate',
      'on',
    ]);
  });

  it('names every malformed parameter, in the order they came', () => {
    expect(kueri('_q[a]=x&page=dua&sort[0][0]=x&pagination[limit]=x').map((g) => g.path)).toEqual([
      ['_q'],
      ['page'],
      ['sort'],
      ['pagination', 'limit'],
    ]);
  });
});
