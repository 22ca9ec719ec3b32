import type { Core } from '@strapi/strapi';

/** The admin panel's language for everyone who has not chosen another (the office works in it). */
export const ADMIN_LANGUAGE = 'id';

type UserData = { preferedLanguage?: string | null } | undefined;

const withDefault = (data: UserData) => {
  if (data && !data.preferedLanguage) data.preferedLanguage = ADMIN_LANGUAGE;
};

/**
 * Strapi's panel opens in the language saved on the admin user (`preferedLanguage`, applied at
 * every login) and creates users without one: someone invited from Settings > Users, or the first
 * Super Admin registering, met an English panel until they found the setting in their profile.
 * Every admin user is created with Indonesian unless the creator names a language, whichever way
 * the row is written (the invitation and registration routes, the admin user service, a script
 * through strapi.db): the database layer is where they all meet. A user who picks English in their
 * profile keeps it; this only fills an empty value at creation.
 */
export function installAdminLanguageDefault(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      withDefault(event.params.data as UserData);
    },
    beforeCreateMany(event) {
      const data = event.params.data as UserData | UserData[];
      for (const user of Array.isArray(data) ? data : [data]) withDefault(user);
    },
  });
}

/**
 * Users created before the default existed, or whose choice was cleared, have none: they are given
 * Indonesian once at start, so the panel follows them from browser to browser like a chosen one.
 */
export async function fillAdminLanguage(strapi: Core.Strapi): Promise<number> {
  const { count } = await strapi.db.query('admin::user').updateMany({
    where: { $or: [{ preferedLanguage: null }, { preferedLanguage: '' }] },
    data: { preferedLanguage: ADMIN_LANGUAGE },
  });
  return count;
}
