/**
 * Hostile and broken input, as found by sending 1,040 requests to a production build: each is a
 * 4xx in Indonesian, one log line (no stack trace), and nothing changed. Plus what an operator
 * reads: the readiness endpoint and the request id on every log line.
 */
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import request from 'supertest';
import { http, jalur } from '../helpers/http';
import { type LogTertangkap, tangkapLog } from '../helpers/log';
import { buatPengguna, type Pengguna } from '../helpers/pengguna';
import { buatKontenMedsos, potret } from '../helpers/sop';
import { alamat, hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let documentId: string;
let log: LogTertangkap;

beforeAll(async () => {
  strapi = await mulaiStrapi();
  log = tangkapLog(strapi);
  p['tim-pelaksana'] = await buatPengguna(strapi, ['tim-pelaksana']);
  documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const JSON_DALAM = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;

/** The lines logged for one request, by the id the response carried. */
function barisPermintaan(res: request.Response): string[] {
  expect(res.headers['x-request-id']).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  return log.milik(res);
}

function satuBarisTanpaStack(res: request.Response, alasan: RegExp) {
  const milikIni = barisPermintaan(res);
  expect(milikIni).toHaveLength(1);
  expect(milikIni[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00 warn \[/);
  expect(milikIni[0]).toMatch(alasan);
  expect(milikIni[0]).not.toMatch(/stack=|\s+at\s+\S+\s+\(/);
}

const kirimMentah = (
  metode: 'put' | 'post',
  url: string,
  isi: string,
  jenis = 'application/json',
) =>
  request(alamat(strapi))
    [metode](url)
    .set('Authorization', `Bearer ${p['tim-pelaksana'].token}`)
    .set('Content-Type', jenis)
    .send(isi);

describe('isi permintaan yang rusak atau bermusuhan', () => {
  it.each([
    ['PUT /redaksi/preferences', 'put', '/redaksi/preferences'],
    ['the transitions route', 'post', 'transisi'],
    ['a content-manager edit', 'put', 'cm'],
    ['the REST API', 'put', 'rest'],
  ] as const)(
    'answers JSON nested 10,000 levels deep on %s with 400, one line, nothing changed',
    async (_nama, metode, tujuan) => {
      const url =
        {
          transisi: jalur.transisi(documentId),
          cm: jalur.cmDokumen(documentId),
          rest: jalur.restDokumen(documentId),
        }[tujuan as string] ?? tujuan;
      const sebelum = await potret(strapi, documentId);
      const res = await kirimMentah(metode, url, JSON_DALAM);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Isi permintaan bersarang terlalu dalam (lebih dari 64 tingkat).',
      );
      satuBarisTanpaStack(res, /400 .*JSON bersarang lebih dari 64 tingkat/);
      expect(await potret(strapi, documentId)).toEqual(sebelum);
    },
  );

  it('still accepts what the admin panel sends: a rich-text list nested ten deep', async () => {
    const butir = { type: 'list-item', children: [{ type: 'text', text: 'butir' }] };
    let isi: Record<string, unknown> = { type: 'list', format: 'unordered', children: [butir] };
    for (let i = 0; i < 10; i += 1)
      isi = { type: 'list', format: 'unordered', children: [butir, isi] };
    const res = await http(strapi, p['tim-pelaksana']).put(jalur.cmDokumen(documentId), {
      narasi: [isi],
    });
    expect(res.status).toBe(200);
  });

  it.each([
    [
      'invalid JSON',
      () => kirimMentah('put', '/redaksi/preferences', '{"surelAktif": tru'),
      400,
      'Isi permintaan bukan JSON yang sah.',
    ],
    [
      'a body over the 1 MB JSON limit',
      () =>
        kirimMentah('put', '/redaksi/preferences', JSON.stringify({ x: 'a'.repeat(1_200_000) })),
      413,
      'Isi permintaan terlalu besar.',
    ],
    [
      'a body compressed in a way the server does not read',
      () =>
        kirimMentah('put', '/redaksi/preferences', '{"surelAktif":true}').set(
          'Content-Encoding',
          'compress',
        ),
      415,
      'Pengodean isi permintaan tidak didukung: kirim JSON dalam UTF-8, tanpa kompresi atau dengan gzip, deflate atau br.',
    ],
    [
      'a malformed address (bad UTF-8 in the path)',
      () => request(alamat(strapi)).get('/api/liputans/%E0%A4%A'),
      400,
      'Alamat permintaan memuat pengodean yang tidak sah (bukan UTF-8).',
    ],
  ])(
    'answers %s in Indonesian with one log line and no stack trace',
    async (_nama, kirim, status, pesan) => {
      const res = await kirim();
      expect(res.status).toBe(status);
      expect(res.body.error.message).toBe(pesan);
      expect(res.headers['cache-control']).toBe('no-store');
      satuBarisTanpaStack(res, new RegExp(` ${status} `));
    },
  );

  it('answers absurd pagination on the public routes with 400', async () => {
    for (const kueri of ['pagination[start]=1e20', 'pagination[page]=1e18']) {
      const res = await request(alamat(strapi)).get(`/api/liputans?${kueri}`);
      expect(res.status).toBe(400);
    }
  });

  // A CDN, nginx or a browser that kept an error would serve it again after its cause is gone.
  it.each([
    [
      'a query parameter of the wrong type',
      400,
      () => request(alamat(strapi)).get('/api/liputans?_q[a]=x'),
    ],
    [
      'a filter the public API does not offer',
      400,
      () => request(alamat(strapi)).get('/api/liputans?filters[judul][$contains]=pleno'),
    ],
    [
      "Strapi's own validation (a field of the wrong type)",
      400,
      () => http(strapi, p['tim-pelaksana']).put(jalur.cmDokumen(documentId), { judul: { a: 1 } }),
    ],
    [
      'a transition the SOP does not offer at this stage',
      409,
      () =>
        http(strapi, p['tim-pelaksana']).post(jalur.transisi(documentId), { action: 'setujui' }),
    ],
    ['a route that needs an admin', 401, () => request(alamat(strapi)).get('/redaksi/queue')],
    [
      'what the public role may not read',
      403,
      () => request(alamat(strapi)).get('/api/disposisi-list'),
    ],
    [
      'an article that does not exist',
      404,
      () => request(alamat(strapi)).get('/api/liputans/tidak-ada'),
    ],
  ] as const)('marks %s (%i) no-store', async (_nama, status, kirim) => {
    const res = await kirim();
    expect(res.status).toBe(status);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('jenis berkas yang diunggah', () => {
  const unggah = (nama: string, isi: Buffer, jenis: string) =>
    request(alamat(strapi))
      .post('/upload')
      .set('Authorization', `Bearer ${p['tim-pelaksana'].token}`)
      .attach('files', isi, { filename: nama, contentType: jenis });
  const jumlahBerkas = () => strapi.db.query('plugin::upload.file').count();

  it('takes what the SOPs use (photos, PDF, video) with one log line, no security warning', async () => {
    const foto = sharp({
      create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 30, b: 30 } },
    });
    const berkas: Array<[string, Buffer, string]> = [
      ['pleno.jpg', await foto.clone().jpeg().toBuffer(), 'image/jpeg'],
      ['infografis.png', await foto.clone().png().toBuffer(), 'image/png'],
      [
        'surat.pdf',
        Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
        'application/pdf',
      ],
      [
        'video.mp4',
        Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex'),
        'video/mp4',
      ],
    ];
    for (const [nama, isi, jenis] of berkas) {
      const res = await unggah(nama, isi, jenis);
      expect({ nama, status: res.status }).toEqual({ nama, status: 201 });
      expect(barisPermintaan(res)).toEqual([expect.stringMatching(/ http \[.*POST \/upload 201 /)]);
    }
  });

  it.each([
    [
      'an SVG (a script the browser would run from /uploads)',
      'gambar.svg',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ],
    ['an HTML page', 'halaman.html', 'text/html', '<!doctype html><script>alert(1)</script>'],
    ['an executable', 'pasang.exe', 'application/x-msdownload', 'MZ\u0090\u0000'],
  ])('refuses %s in Indonesian, never cached, nothing stored', async (_nama, nama, jenis, isi) => {
    const sebelum = await jumlahBerkas();
    const res = await unggah(nama, Buffer.from(isi), jenis);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^Jenis berkas .*tidak diterima\. Yang diterima: foto \(JPEG, PNG, WebP, GIF, AVIF\), video \(MP4, MOV, WebM\) dan dokumen PDF\.$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(await jumlahBerkas()).toBe(sebelum);
  });
});

describe('untuk operator', () => {
  it('reports readiness: 200 with the database answering', async () => {
    const res = await request(alamat(strapi)).get('/_ready').expect(200);
    expect(res.body).toEqual({ status: 'siap', basisData: 'ok', redis: 'tidak dipakai' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('keeps the proxy request id, and names it on every line of that request', async () => {
    const res = await request(alamat(strapi))
      .get('/_health')
      .set('X-Request-Id', 'nginx-5f2c9a7e11d0')
      .expect(204);
    expect(res.headers['x-request-id']).toBe('nginx-5f2c9a7e11d0');
    expect(barisPermintaan(res)).toEqual([
      expect.stringMatching(/ http \[nginx-5f2c9a7e11d0\] GET \/_health 204 [\d.]+ ms /),
    ]);
    // A header that is not plainly an id is replaced, never written into the log.
    const asing = await request(alamat(strapi))
      .get('/_health')
      .set('X-Request-Id', 'bukan id; rm -rf /')
      .expect(204);
    expect(asing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
