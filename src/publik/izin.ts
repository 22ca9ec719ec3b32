import type { Core } from '@strapi/strapi';

/**
 * What an anonymous visitor of the website may read. Nothing else: reporting a read
 * (`POST /api/liputans/:documentId/views`) is a route without authentication of its own.
 */
const AKSI_PUBLIK = [
  'api::liputan.liputan.find',
  'api::liputan.liputan.findOne',
  'api::liputan.liputan.bySlug',
  'api::konten-medsos.konten-medsos.find',
  'api::konten-medsos.konten-medsos.findOne',
];

/** Grants the public role exactly these actions, idempotently (missing ones are added). */
export async function pastikanIzinPublik(strapi: Core.Strapi): Promise<void> {
  const peranPublik = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!peranPublik) return;
  const ada = await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: peranPublik.id, action: { $in: AKSI_PUBLIK } },
  });
  const sudah = new Set(ada.map((izin: { action: string }) => izin.action));
  for (const action of AKSI_PUBLIK.filter((aksi) => !sudah.has(aksi))) {
    await strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action, role: peranPublik.id } });
  }
}
