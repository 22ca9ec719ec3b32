import type { Core } from '@strapi/strapi';
import { SUPER_ADMIN_CODE } from '../constants';
import type { Pelaku } from '../domain/mesin';

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

export function aktorDariAdmin(user: AdminUser): Aktor {
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
 * Code that calls the document service outside an admin request (a script, a seed, an API
 * token) has no SOP role: the role check does not apply to it, every condition still does.
 */
export const AKTOR_SISTEM: Aktor = {
  id: null,
  nama: 'Sistem',
  peran: [],
  superAdmin: true,
  peranKhusus: 'sistem',
};

/** Strapi's token strategies (their names changed across 5.x releases). */
const STRATEGI_TOKEN = new Set(['api-token', 'content-api-token', 'admin-token']);

export function aktorDariRequest(strapi: Core.Strapi): Aktor {
  const ctx = strapi.requestContext.get();
  const strategy = ctx?.state?.auth?.strategy?.name;
  if (strategy === 'admin' && ctx?.state?.user) return aktorDariAdmin(ctx.state.user as AdminUser);
  if (typeof strategy === 'string' && STRATEGI_TOKEN.has(strategy)) {
    const nama =
      (ctx?.state?.auth?.credentials as { name?: string } | undefined)?.name ?? 'tanpa nama';
    return {
      ...AKTOR_SISTEM,
      nama: `API token ${nama}`,
      peranKhusus: 'api-token',
      bolehSuntingLuarSop: false,
    };
  }
  return AKTOR_SISTEM;
}

/** The role under which the actor took the action: the first SOP role that allows it. */
export function peranTercatat(aktor: Aktor, peranAksi: readonly string[]): string {
  return (
    peranAksi.find((peran) => aktor.peran.includes(peran)) ?? aktor.peranKhusus ?? 'tanpa-peran'
  );
}
