import type { Core } from '@strapi/strapi';
import { rememberPublicPermissions } from '../../publik/permissions';
import { databaseUnavailable } from '../../utils/errors';
import type { Ctx } from '../../utils/koa';

type Layanan = Record<string, (...argumen: never[]) => unknown>;
type Fabrik = (konteks: { strapi: Core.Strapi }) => Layanan;

interface HasilAutentikasi {
  authenticated?: boolean;
  error?: unknown;
}

interface Strategi {
  name: string;
  authenticate: (ctx: Ctx) => Promise<HasilAutentikasi | undefined>;
}

interface Autentikasi {
  register: (jenis: string, strategi: Strategi) => unknown;
}

interface UsersPermissionsServer {
  register: (konteks: { strapi: Core.Strapi }) => unknown;
  services: Record<string, Fabrik>;
}

/** The role service's writes, after which the public role's permissions are read again. */
const MENGUBAH_PERAN = ['createRole', 'updateRole', 'deleteRole'];

/**
 * users-permissions' strategy turns every error of authenticate() into "not authenticated", which
 * the router answers 401: an anonymous visitor whose request needs the public role's permissions
 * while the database is away (the first such request of this process; they are kept afterwards)
 * is told the content is not public. When a request was not authenticated, the database is asked
 * once more; if it is away, that is the answer (503, src/utils/errors.ts), as on every other route.
 * A request refused for its credentials, with the database up, keeps its 401.
 */
function gangguanBukanKredensial(strapi: Core.Strapi, strategi: Strategi): Strategi {
  return {
    ...strategi,
    async authenticate(ctx) {
      const hasil = await strategi.authenticate(ctx);
      if (hasil?.authenticated || hasil?.error) return hasil;
      const gangguan = await strapi.db.connection.raw('select 1').then(
        () => null,
        (galat: unknown) => galat,
      );
      if (databaseUnavailable(gangguan)) throw gangguan;
      return hasil;
    },
  };
}

/**
 * #22 item 4: with the database away, an anonymous public read that misses the cache got 401 (the
 * public role's permissions could not be read) instead of the 503 a CDN serves stale-if-error
 * for. The public role's permissions are kept in memory (src/publik/permissions.ts: one read per five
 * seconds, the last answer while the database is away; read again at once when a role is changed
 * here), and a database outage met while authenticating is answered as the outage it is.
 * What the public role may not do stays refused: its permissions are the database's, at most five
 * seconds old, never widened.
 */
export default (plugin: UsersPermissionsServer): UsersPermissionsServer => {
  const izin = plugin.services.permission;
  plugin.services.permission = (konteks) => {
    const layanan = izin(konteks);
    const ingatan = rememberPublicPermissions(
      layanan.findPublicPermissions as unknown as () => Promise<unknown>,
    );
    return {
      ...layanan,
      findPublicPermissions: () => ingatan.baca(),
      lupakanIzinPublik: () => ingatan.lupakan(),
    };
  };

  const peran = plugin.services.role;
  plugin.services.role = (konteks) => {
    const layanan = peran(konteks);
    const diubah = Object.fromEntries(
      MENGUBAH_PERAN.map((nama) => {
        const asli = layanan[nama] as unknown as (...argumen: unknown[]) => Promise<unknown>;
        return [
          nama,
          async (...argumen: unknown[]) => {
            const hasil = await asli(...argumen);
            konteks.strapi
              .plugin('users-permissions')
              .service<{ lupakanIzinPublik: () => void }>('permission')
              .lupakanIzinPublik();
            return hasil;
          },
        ];
      }),
    );
    return { ...layanan, ...diubah };
  };

  const daftar = plugin.register;
  plugin.register = (konteks) => {
    // The strategy is registered here and held only by the authentication service: it is
    // wrapped on its way in.
    const autentikasi = konteks.strapi.get<Autentikasi>('auth');
    const daftarAsli = autentikasi.register;
    autentikasi.register = function (this: Autentikasi, jenis, strategi) {
      return daftarAsli.call(
        this,
        jenis,
        jenis === 'content-api' && strategi.name === 'users-permissions'
          ? gangguanBukanKredensial(konteks.strapi, strategi)
          : strategi,
      );
    };
    try {
      return daftar(konteks);
    } finally {
      autentikasi.register = daftarAsli;
    }
  };
  return plugin;
};
