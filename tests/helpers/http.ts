/**
 * The requests the admin panel and the website make, and the addresses they make them to: the
 * content manager's, REST's and the plugin's routes for each content type.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import type { Pengguna } from './pengguna';
import { alamat } from './strapi';

export const UID_MEDSOS = 'api::konten-medsos.konten-medsos';
export const UID_LIPUTAN = 'api::liputan.liputan';
export const UID_DISPOSISI = 'api::disposisi.disposisi';

/** The requests the admin panel and the website make, as one user. */
export function http(strapi: Core.Strapi, pengguna?: Pengguna | string) {
  const token = typeof pengguna === 'string' ? pengguna : pengguna?.token;
  const auth = <T extends request.Test>(req: T): T =>
    token ? (req.set('Authorization', `Bearer ${token}`) as T) : req;
  const server = () => request(alamat(strapi));
  return {
    get: (url: string) => auth(server().get(url)),
    post: (url: string, body: object = {}) => auth(server().post(url).send(body)),
    put: (url: string, body: object = {}) => auth(server().put(url).send(body)),
    /** A multipart request (the media library's uploads): attach files and fields to it. */
    multipart: (url: string) => auth(server().post(url)),
    delete: (url: string) => auth(server().delete(url)),
  };
}

/** The content manager's address of a collection type, or of one of its documents. */
export const cmUid = (uid: string, documentId = '') =>
  `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;

const CM = cmUid(UID_MEDSOS);

export const jalur = {
  cm: CM,
  cmDokumen: (documentId: string) => `${CM}/${documentId}`,
  cmPublish: (documentId: string) => `${CM}/${documentId}/actions/publish`,
  cmUnpublish: (documentId: string) => `${CM}/${documentId}/actions/unpublish`,
  cmBulkPublish: `${CM}/actions/bulkPublish`,
  rest: '/api/konten-medsos-list',
  restDokumen: (documentId: string) => `/api/konten-medsos-list/${documentId}`,
  redaksi: (documentId: string, uid = UID_MEDSOS) => `/redaksi/documents/${uid}/${documentId}`,
  transisi: (documentId: string, uid = UID_MEDSOS) =>
    `/redaksi/documents/${uid}/${documentId}/transitions`,
};

/** Supertest parser that keeps a binary body (PDF, XLSX) as a Buffer: `.buffer(true).parse(parserBiner)`. */
export function parserBiner(
  res: request.Response,
  done: (error: Error | null, body: Buffer) => void,
): void {
  const bagian: Buffer[] = [];
  res.on('data', (chunk: Buffer) => bagian.push(chunk));
  res.on('end', () => done(null, Buffer.concat(bagian)));
}
