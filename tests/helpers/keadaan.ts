/**
 * The whole state a refusal must leave untouched: the workflow state row, every history row, the
 * draft and the published version as the fingerprint sees them, and every file either shows, down
 * to its bytes and its description. Compared before and after, it proves that nothing changed.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { UID_MEDSOS } from './http';

type Berkas = { id: number };

/** A file as the public sees it: its bytes, its description, its name. */
export async function isiBerkas(strapi: Core.Strapi, id: number) {
  const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id } });
  if (!file) return { id, ada: false };
  const bytes = await readFile(path.join(strapi.dirs.static.public, file.url));
  return {
    id,
    ada: true,
    hash: createHash('sha256').update(bytes).digest('hex'),
    alt: file.alternativeText,
    caption: file.caption,
    nama: file.name,
  };
}

/** The media files a document holds, in every media field, in their order. */
function berkasDalam(strapi: Core.Strapi, uid: string, dokumen: Record<string, unknown> | null) {
  if (!dokumen) return [];
  const atribut = strapi.getModel(uid as typeof UID_MEDSOS).attributes as Record<
    string,
    { type: string }
  >;
  return Object.keys(atribut)
    .filter((nama) => atribut[nama].type === 'media')
    .flatMap((nama) => {
      const isi = dokumen[nama] as Berkas[] | Berkas | null;
      return Array.isArray(isi) ? isi : isi ? [isi] : [];
    });
}

export async function keadaanLengkap(strapi: Core.Strapi, documentId: string, uid = UID_MEDSOS) {
  const dokumen = strapi.documents(uid as typeof UID_MEDSOS);
  const [draf, terbitan] = await Promise.all([
    dokumen.findOne({ documentId, status: 'draft', populate: '*' }),
    dokumen.findOne({ documentId, status: 'published', populate: '*' }),
  ]);
  const sidik = strapi.plugin('redaksi').service('sidik');
  const status = await strapi.db
    .query('plugin::redaksi.status-alur')
    .findOne({ where: { uidKonten: uid, dokumenId: documentId } });
  const riwayat = await strapi.db.query('plugin::redaksi.riwayat').findMany({
    where: { uidKonten: uid, dokumenId: documentId },
    orderBy: { id: 'asc' },
  });
  const ids = [
    ...new Set(
      [...berkasDalam(strapi, uid, draf), ...berkasDalam(strapi, uid, terbitan)].map((b) => b.id),
    ),
  ];
  return {
    status,
    riwayat,
    draf: sidik.nilai(uid, draf),
    terbitan: terbitan ? sidik.nilai(uid, terbitan) : null,
    berkas: await Promise.all(ids.map((id) => isiBerkas(strapi, id))),
  };
}

/**
 * A file's column changed beneath the SOP, as another tool on the database would: raw SQL, no
 * Strapi lifecycle, no guard (the guard refuses any such change made through Strapi).
 */
export async function ubahBerkasDiLuarSistem(
  strapi: Core.Strapi,
  id: number,
  data: Record<string, unknown>,
): Promise<void> {
  const meta = strapi.db.metadata.get('plugin::upload.file');
  const kolom = Object.fromEntries(
    Object.entries(data).map(([nama, isi]) => [
      (meta.attributes[nama] as { columnName?: string }).columnName ?? nama,
      isi,
    ]),
  );
  await strapi.db.connection(meta.tableName).where({ id }).update(kolom);
}

/**
 * A file's bytes replaced beneath the SOP (another tool writing the disk and the table): same id,
 * same name, same url, other bytes. Only the fingerprint can tell.
 */
export async function gantiIsiBerkasDiLuarSistem(
  strapi: Core.Strapi,
  id: number,
  bytes: Buffer,
): Promise<void> {
  const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id } });
  await writeFile(path.join(strapi.dirs.static.public, file.url), bytes);
  await ubahBerkasDiLuarSistem(strapi, id, { updatedAt: new Date() });
}
