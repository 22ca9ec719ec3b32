import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './routes';
import { databaseUnavailable } from '../utils/errors';

/**
 * Grants the public role the actions of the public read routes (routes.ts), idempotently (missing
 * ones are added). Nothing else: reporting a read (`POST /api/liputans/:documentId/views`) is a
 * route without authentication of its own.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const peranPublik = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (!peranPublik) return;
  const ada = (await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: peranPublik.id, action: { $in: PUBLIC_ACTIONS } },
  })) as Array<{ action: string }>;
  const sudah = new Set(ada.map((izin) => izin.action));
  for (const action of PUBLIC_ACTIONS.filter((aksi) => !sudah.has(aksi))) {
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
 * unnoticed. Even then, such users hold no SOP role (services/engine/aktor.ts).
 */
export async function configureUserRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const lanjutan = ((await store.get()) ?? {}) as Record<string, unknown>;
  const terbuka = process.env.PENDAFTARAN_PENGGUNA_TERBUKA === 'true';
  if (lanjutan.allow_register !== terbuka)
    await store.set({ value: { ...lanjutan, allow_register: terbuka } });
}

/**
 * How long this process trusts the public role's permissions without reading them again: a change
 * by the Super Admin (Settings > Users & Permissions > Roles > Public) reaches every instance
 * within this time, and at once the instance that saved it.
 */
export const PUBLIC_PERMISSIONS_FRESH_MS = 5000;

export interface PublicPermissionsMemo<T> {
  baca(): Promise<T>;
  /** Read again on the next request (the role was just changed here). */
  lupakan(): void;
}

/**
 * users-permissions reads the public role's permissions from the database for every anonymous
 * request, before the route runs; when that read fails it answers 401, which tells a visitor
 * (and a CDN, which serves stale-if-error for a 5xx, not for a 401) that the content is not
 * public. Kept here for a few seconds, it costs one query per interval instead of one per
 * request; and while the database is away the last answer read stays in force (nobody can
 * change the role then), so the request goes on to its route, whose own read of the database
 * is answered 503. Concurrent requests share one read.
 */
export function rememberPublicPermissions<T>(
  bacaDariBasisData: () => Promise<T>,
  {
    segarMs = PUBLIC_PERMISSIONS_FRESH_MS,
    sekarang = Date.now,
  }: { segarMs?: number; sekarang?: () => number } = {},
): PublicPermissionsMemo<T> {
  let terakhir: { nilai: T; dibaca: number } | null = null;
  let sedangDibaca: Promise<T> | null = null;

  const bacaUlang = () =>
    (sedangDibaca ??= bacaDariBasisData()
      .then((nilai) => {
        terakhir = { nilai, dibaca: sekarang() };
        return nilai;
      })
      .catch((galat: unknown) => {
        // Only an outage keeps the last answer; anything else is Strapi's to handle, as before.
        if (terakhir && databaseUnavailable(galat)) return terakhir.nilai;
        throw galat;
      })
      .finally(() => {
        sedangDibaca = null;
      }));

  return {
    baca: () =>
      terakhir && sekarang() - terakhir.dibaca < segarMs
        ? Promise.resolve(terakhir.nilai)
        : bacaUlang(),
    lupakan: () => {
      if (terakhir) terakhir.dibaca = -Infinity;
    },
  };
}
