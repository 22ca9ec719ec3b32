import type { Core } from '@strapi/strapi';
import { match } from 'path-to-regexp';
import cacheSebelumRouting from '../../middlewares/cache-publik';
import cacheRutePublik from '../../middlewares/cache-rute-publik';
import { applyPublicQuery } from '../response';
import { type PublicRouteName, PUBLIC_ROUTES } from '../routes';
import { responseCache } from '../cache-store';

/**
 * The public read path as Strapi runs it: the pre-routing cache middleware, then (a miss) the
 * router's route middleware and the controller action, with the process's own response cache
 * (no REDIS_URL) and a version stamp read from a stand-in for the redaksi plugin.
 */
const strapi = {
  config: { get: (_kunci: string, bawaan: unknown) => bawaan },
  plugin: () => ({ service: () => ({ bacaPenghitung: async () => 1 }) }),
  log: { warn: () => undefined, info: () => undefined },
} as unknown as Core.Strapi;

const sebelumRouting = cacheSebelumRouting({}, { strapi });
const store = responseCache(strapi);

type Ctx = Parameters<typeof sebelumRouting>[0];

interface Permintaan {
  ctx: Ctx;
  header: Record<string, string>;
  /** The queries the controller ran (one per run). */
  dijalankan: Array<Record<string, unknown>>;
}

let urutan = 0;

interface Pilihan {
  /** The query as strapi::query parses it. */
  query?: Record<string, unknown>;
  kredensial?: string;
  /** What the controller answers. */
  status?: number;
  /** A download the controller answers instead of JSON (the register's CSV or PDF). */
  unduhan?: { isi: Buffer; tipe: string; disposisi: string };
}

/** A GET of `path` through the pipeline, `nama` being the route the router matches. */
async function baca(
  nama: PublicRouteName,
  path: string,
  { query = {}, kredensial, status = 200, unduhan }: Pilihan = {},
): Promise<Permintaan> {
  const header: Record<string, string> = {};
  const dijalankan: Array<Record<string, unknown>> = [];
  const ctx = {
    method: 'GET',
    path,
    query,
    params: {},
    state: {},
    status: 404,
    body: undefined as unknown,
    type: '',
    get: (nama: string) => (nama.toLowerCase() === 'authorization' ? (kredensial ?? '') : ''),
    set: (nama: string | Record<string, string>, nilai?: string) => {
      for (const [k, v] of Object.entries(typeof nama === 'string' ? { [nama]: nilai! } : nama))
        header[k.toLowerCase()] = v;
    },
    response: { get: (nama: string) => header[nama.toLowerCase()] ?? '' },
  } as unknown as Ctx;
  const rute = PUBLIC_ROUTES[nama];
  const diRute = cacheRutePublik({ rute: nama }, { strapi });
  await sebelumRouting(ctx, async () => {
    // The router: the route's parameters, then its middlewares and its controller action.
    const cocok = match<Record<string, string>>(rute.jalur, { decode: decodeURIComponent })(
      ctx.path,
    );
    ctx.params = cocok ? cocok.params : {};
    await diRute(ctx, async () => {
      applyPublicQuery(strapi, ctx, rute.uid, rute.aksi);
      dijalankan.push(ctx.query as Record<string, unknown>);
      ctx.status = status;
      ctx.body = status === 200 ? { data: [{ documentId: 'a', judul: 'Rapat pleno' }] } : null;
      if (unduhan) {
        ctx.set({ 'Content-Type': unduhan.tipe, 'Content-Disposition': unduhan.disposisi });
        ctx.body = unduhan.isi;
      }
    });
  });
  return { ctx, header, dijalankan };
}

/** A page of the list no earlier test asked for. */
const halamanBaru = () => ({ query: { cari: `pleno-${(urutan += 1)}` } });

let ambil: jest.SpyInstance;
let simpan: jest.SpyInstance;
beforeEach(() => {
  ambil = jest.spyOn(store, 'get');
  simpan = jest.spyOn(store, 'set');
});
afterEach(() => jest.restoreAllMocks());

describe('cache tanggapan publik', () => {
  it('looks the cache up once on an anonymous miss, and once on the hit that follows', async () => {
    const halaman = halamanBaru();
    const meleset = await baca('daftarLiputan', '/api/liputans', halaman);
    expect(meleset.header['x-cache']).toBe('MISS');
    expect(meleset.dijalankan).toHaveLength(1);
    expect(ambil).toHaveBeenCalledTimes(1);
    expect(simpan).toHaveBeenCalledTimes(1);

    const kena = await baca('daftarLiputan', '/api/liputans', halaman);
    expect(kena.header['x-cache']).toBe('HIT');
    expect(kena.dijalankan).toHaveLength(0);
    expect(ambil).toHaveBeenCalledTimes(2);
    expect(simpan).toHaveBeenCalledTimes(1);
    // The same key both times: the one stored is the one found.
    expect(ambil.mock.calls[1][0]).toBe(simpan.mock.calls[0][0]);
  });

  it('looks the cache up once on the route for a read carrying credentials (not before routing)', async () => {
    const halaman = { ...halamanBaru(), kredensial: 'Bearer token-situs' };
    const meleset = await baca('daftarLiputan', '/api/liputans', halaman);
    expect(meleset.header['x-cache']).toBe('MISS');
    expect(ambil).toHaveBeenCalledTimes(1);
    const kena = await baca('daftarLiputan', '/api/liputans', halaman);
    expect(kena.header['x-cache']).toBe('HIT');
    expect(kena.dijalankan).toHaveLength(0);
    expect(ambil).toHaveBeenCalledTimes(2);
  });

  it('looks nothing up for a malformed query, and stores nothing', async () => {
    await expect(
      baca('daftarLiputan', '/api/liputans', { query: { sort: 'judul:sideways' } }),
    ).rejects.toThrow('sideways');
    expect(ambil).not.toHaveBeenCalled();
    expect(simpan).not.toHaveBeenCalled();
  });

  it('stores nothing but a 200', async () => {
    const path = `/api/liputans/slug/tidak-ada-${(urutan += 1)}`;
    const tidakAda = await baca('liputanMenurutSlug', path, { status: 404 });
    expect(tidakAda.header).toEqual({ 'cache-control': 'no-store' });
    expect(simpan).not.toHaveBeenCalled();
    // Looked up again, answered fresh: the 404 was not kept.
    const ada = await baca('liputanMenurutSlug', path);
    expect(ada.header['x-cache']).toBe('MISS');
    expect(ambil).toHaveBeenCalledTimes(2);
    expect(simpan).toHaveBeenCalledTimes(1);
  });

  it('serves a download again as its bytes, type and file name, and keys each format apart', async () => {
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
    const unduhan = {
      isi: pdf,
      tipe: 'application/pdf',
      disposisi: 'attachment; filename="daftar-informasi-publik-2031.pdf"',
    };
    const query = { tahun: '2031', format: 'pdf' };
    const jalur = '/api/daftar-informasi-publik';
    const meleset = await baca('daftarInformasiPublik', jalur, { query, unduhan });
    expect(meleset.header['x-cache']).toBe('MISS');
    expect(meleset.dijalankan).toEqual([{ tahun: 2031, format: 'pdf' }]);
    const kena = await baca('daftarInformasiPublik', jalur, { query, unduhan });
    expect(kena.header).toMatchObject({
      'x-cache': 'HIT',
      'content-disposition': unduhan.disposisi,
      etag: meleset.header.etag,
    });
    expect(kena.ctx.type).toBe('application/pdf');
    expect(Buffer.compare(kena.ctx.body as Buffer, pdf)).toBe(0);
    // The same year as JSON is another entry: the format is part of the key.
    const json = await baca('daftarInformasiPublik', jalur, { query: { tahun: '2031' } });
    expect(json.header['x-cache']).toBe('MISS');
  });

  it("runs in the controller the query its row shapes and the cache keys, the route's part over the client's", async () => {
    const { dijalankan } = await baca('liputanMenurutSlug', '/api/liputans/slug/rapat-pleno', {
      query: { filters: { slug: 'lain' }, sort: 'judul', status: 'draft', populate: '*' },
    });
    expect(dijalankan).toEqual([
      {
        fields: [...PUBLIC_ROUTES.liputanMenurutSlug.aturan.fields],
        populate: { foto: true },
        filters: { slug: { $eq: 'rapat-pleno' } },
        sort: ['publishedAt:desc'],
        pagination: { page: 1, pageSize: 25 },
        status: 'published',
      },
    ]);
    const satu = await baca('satuKontenMedsos', '/api/konten-medsos-list/abc', {
      query: { filters: { judul: 'x' } },
    });
    expect(satu.dijalankan[0]).toMatchObject({
      fields: [...PUBLIC_ROUTES.satuKontenMedsos.aturan.fields],
      populate: { dokumentasi: true, tautan: true },
      filters: {},
      status: 'published',
    });
  });
});
