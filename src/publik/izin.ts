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

/**
 * Nobody signs up to this site: the website's visitors read anonymously, and the editors are admin
 * users. Strapi's users-permissions opens `POST /api/auth/local/register` by default; it stays
 * closed unless the operator opens it on purpose (`PENDAFTARAN_PENGGUNA_TERBUKA=true`). The
 * environment decides at every start, so a setting flipped in the panel does not outlive a restart
 * unnoticed. Even then, such users hold no SOP role (services/aktor.ts).
 */
export async function aturPendaftaranPengguna(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const lanjutan = ((await store.get()) ?? {}) as Record<string, unknown>;
  const terbuka = process.env.PENDAFTARAN_PENGGUNA_TERBUKA === 'true';
  if (lanjutan.allow_register !== terbuka)
    await store.set({ value: { ...lanjutan, allow_register: terbuka } });
}
