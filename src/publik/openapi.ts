import type { Core } from '@strapi/strapi';
import { generate } from '@strapi/openapi';
import { routerPath, ALL_PUBLIC_ROUTES } from './routes';
import { addServerRoute } from '../utils/koa';

type Dokumen = ReturnType<typeof generate>['document'];
type Operasi = {
  description?: string;
  parameters?: unknown[];
  responses?: Record<string, unknown>;
};

/** What the generator cannot know of our public contract, written into its document. */
function lengkapi(dokumen: Dokumen): Dokumen {
  dokumen.info = {
    ...dokumen.info,
    title: 'API Publik Laman KPU Provinsi Sumatera Barat',
    description:
      'Baca Liputan dan Konten Medsos yang sudah tayang (hanya versi terbit; kolom, filter dan urutan dibatasi ' +
      'server). Tanggapan daftar dan satuan membawa ETag dan Cache-Control; kirim If-None-Match untuk 304. ' +
      'Setiap Liputan membawa jumlahPembaca.',
  };
  const operasi = (path: string, method: 'get' | 'post') =>
    (dokumen.paths?.[path] as Record<string, Operasi> | undefined)?.[method];
  // The table's paths name their parameters as the website does (`:documentId`); the core
  // router's as Strapi does (`{id}`): the route is the same when the names are left out.
  const tanpaNama = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
  const jalurDokumen = new Map(
    Object.keys(dokumen.paths ?? {}).map((path) => [tanpaNama(path), path]),
  );
  for (const rute of ALL_PUBLIC_ROUTES) {
    const path = jalurDokumen.get(routerPath(rute).replace(/:[^/]+/g, '{}'));
    const get = path ? operasi(path, 'get') : undefined;
    if (!get) continue;
    if (rute.keterangan) get.description = rute.keterangan;
    // `cari` is ours, not Strapi's: the lists take it.
    if (rute.aksi === 'find' && rute.aturan && rute.aturan.cari.length > 0)
      get.parameters = [
        ...(get.parameters ?? []),
        {
          name: 'cari',
          in: 'query',
          required: false,
          description: `Pencarian teks (tanpa beda huruf besar/kecil) pada ${rute.aturan?.cari.join(' dan ')}`,
          schema: { type: 'string' },
        },
      ];
  }
  const views = operasi('/liputans/{documentId}/views', 'post');
  if (views) {
    views.description =
      'Laporkan satu pembacaan. Pengunjung yang sama (IP dan user agent) dihitung sekali per hari WIB. ' +
      '404 bila Liputan tidak ada atau belum tayang; 429 dengan Retry-After bila melewati batas per alamat.';
  }
  return dokumen;
}

/**
 * The public API as OpenAPI, generated from the running application's content-API routes and
 * content types, served to authenticated admins at GET /api-publik/openapi.json (the website
 * team reads it without reading the code).
 */
export function installOpenApiRoute(strapi: Core.Strapi): void {
  let tersimpan: Dokumen | null = null;
  addServerRoute(strapi, {
    method: 'GET',
    path: '/api-publik/openapi.json',
    handler: (ctx: Parameters<Core.MiddlewareHandler>[0]) => {
      tersimpan ??= lengkapi(generate(strapi, { type: 'content-api' }).document);
      ctx.body = tersimpan;
    },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });
}
