import type { Core } from '@strapi/strapi';
import { SUPER_ADMIN_CODE } from '../../constants';
import type { Pelaku } from '../../domain/mesin';

/** Who takes an action, as the history records it. */
export interface Aktor extends Pelaku {
  id: number | null;
  nama: string;
  /** Recorded in the history when no SOP role applies: `super-admin`, `sistem`, `api-token`. */
  peranKhusus: string | null;
}

/** An admin user as the engine reads it (admin::user with its roles). */
export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
  isActive?: boolean;
  roles?: Array<{ code?: string | null }>;
}

export function aktorFromAdmin(user: AdminUser): Aktor {
  const peran = (user.roles ?? [])
    .map((role) => role.code)
    .filter((code): code is string => Boolean(code));
  const superAdmin = peran.includes(SUPER_ADMIN_CODE);
  const nama =
    [user.firstname, user.lastname].filter(Boolean).join(' ').trim() ||
    user.username ||
    user.email ||
    `Admin #${user.id}`;
  return { id: user.id, nama, peran, superAdmin, peranKhusus: superAdmin ? 'super-admin' : null };
}

/**
 * Code of this server running outside any request (a cron job, a migration, a seed, a test's
 * setup): no SOP role, so the role checks do not apply to it; every condition still does. Never a
 * request: whoever comes over HTTP is a person or is nobody (`aktorFromRequest`).
 */
export const AKTOR_SISTEM: Aktor = {
  id: null,
  nama: 'Sistem',
  peran: [],
  superAdmin: true,
  peranKhusus: 'sistem',
};

/**
 * Whoever reaches the document service over HTTP without being an admin: an API token (the
 * website's, an integration's), a users-permissions login, an anonymous visitor. Only people act
 * in the SOP, so they hold no role, no exemption and no right to edit outside the SOP: a
 * read-only token still reads, nothing else of the workflow is theirs.
 */
function aktorTanpaPeran(nama: string, peranKhusus: string): Aktor {
  return { id: null, nama, peran: [], superAdmin: false, bolehSuntingLuarSop: false, peranKhusus };
}

/** Strapi's token strategies (their names changed across 5.x releases). */
const STRATEGI_TOKEN = new Set(['api-token', 'content-api-token', 'admin-token']);

/**
 * What Strapi's authentication leaves on ctx.state (Koa types the state as `any`): the strategy
 * that let the request in, the token it used (`credentials`), and the user it signed in.
 */
interface StateOtentikasi {
  auth?: { strategy?: { name?: unknown }; credentials?: { name?: string } | null };
  user?: unknown;
}

export function aktorFromRequest(strapi: Core.Strapi): Aktor {
  const ctx = strapi.requestContext.get();
  if (!ctx) return AKTOR_SISTEM;
  const state = ctx.state as StateOtentikasi | undefined;
  const strategy = state?.auth?.strategy?.name;
  if (strategy === 'admin' && state?.user) return aktorFromAdmin(state.user as AdminUser);
  if (typeof strategy === 'string' && STRATEGI_TOKEN.has(strategy)) {
    const nama = state?.auth?.credentials?.name ?? 'tanpa nama';
    return aktorTanpaPeran(`API token ${nama}`, 'api-token');
  }
  return aktorTanpaPeran('Pengguna tanpa peran SOP', 'tanpa-peran');
}

/** The role under which the actor took the action: the first SOP role that allows it. */
export function peranTercatat(aktor: Aktor, peranAksi: readonly string[]): string {
  return (
    peranAksi.find((peran) => aktor.peran.includes(peran)) ?? aktor.peranKhusus ?? 'tanpa-peran'
  );
}
