import type { Core } from '@strapi/strapi';

/**
 * Strapi's first start (no admin user and no API token yet) creates two content API tokens
 * nobody asked for, "Read Only" and "Full Access", both without expiry (@strapi/admin
 * server/src/bootstrap.ts, createDefaultAPITokensIfNeeded; DEFAULT_API_TOKENS in
 * services/constants.ts). The first Super Admin can read them back in the panel and hand them
 * out; in production the website's token is made on purpose, with the access it needs. So a
 * production start removes them again, before the server listens, as long as nobody ever used
 * them: one that was used (a website already depending on it) is only named in the log.
 */
export const STRAPI_DEFAULT_TOKENS = [
  {
    name: 'Read Only',
    description:
      'A default API token with read-only permissions, only used for accessing resources',
    type: 'read-only',
  },
  {
    name: 'Full Access',
    description:
      'A default API token with full access permissions, used for accessing or modifying resources',
    type: 'full-access',
  },
] as const;

export interface TokenRow {
  id: number;
  name: string;
  description?: string | null;
  type?: string | null;
  kind?: string | null;
  lastUsedAt?: string | Date | null;
}

/** Strapi's default tokens among these, by name, description and type exactly: unused ones to remove, used ones to name. */
export function partitionDefaultTokens(tokens: readonly TokenRow[]): {
  hapus: TokenRow[];
  dipakai: TokenRow[];
} {
  const bawaan = tokens.filter(
    (token) =>
      (token.kind ?? 'content-api') === 'content-api' &&
      STRAPI_DEFAULT_TOKENS.some(
        (asli) =>
          asli.name === token.name &&
          asli.description === token.description &&
          asli.type === token.type,
      ),
  );
  return {
    hapus: bawaan.filter((token) => !token.lastUsedAt),
    dipakai: bawaan.filter((token) => Boolean(token.lastUsedAt)),
  };
}

/** The admin plugin's content-API token service, as far as used here (untyped in Strapi's types). */
interface LayananToken {
  revoke(id: number): Promise<unknown>;
}

export async function removeStrapiDefaultTokens(strapi: Core.Strapi): Promise<void> {
  const tokens = (await strapi.db.query('admin::api-token').findMany({
    select: ['id', 'name', 'description', 'type', 'kind', 'lastUsedAt'],
  })) as TokenRow[];
  const { hapus, dipakai } = partitionDefaultTokens(tokens);
  for (const token of hapus) {
    await (strapi.service('admin::api-token-content-api') as LayananToken).revoke(token.id);
    strapi.log.info(
      `Token API bawaan Strapi "${token.name}" (${token.type}, tanpa kedaluwarsa, belum pernah dipakai) dihapus: token untuk situs web dibuat Super Admin di Pengaturan > Token API.`,
    );
  }
  for (const token of dipakai)
    strapi.log.warn(
      `Token API bawaan Strapi "${token.name}" (${token.type}, tanpa kedaluwarsa) sudah pernah dipakai, jadi tidak dihapus otomatis: bila bukan token situs web, hapus di Pengaturan > Token API.`,
    );
}
