import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  PUBLIC_ACTIONS,
  routerPath,
  publicRouterConfig,
  PUBLIC_ROUTES,
  type PublicRoute,
  publicCustomRoutes,
  ALL_PUBLIC_ROUTES,
  PUBLIC_UIDS,
} from '../routes';

const API = path.resolve(__dirname, '../../api');

/** A content type's folder and schema, from its uid (`api::<api>.<type>`). */
function tipe(uid: string) {
  const [api, nama] = uid.replace(/^api::/, '').split('.');
  const schema = JSON.parse(
    readFileSync(path.join(API, api, 'content-types', nama, 'schema.json'), 'utf8'),
  ) as { info: { pluralName: string } };
  return { api, nama, jamak: schema.info.pluralName };
}

/** The row's name in the table, as the route middleware's config names it. */
const namaBaris = (rute: PublicRoute) =>
  Object.entries(PUBLIC_ROUTES).find(([, baris]) => baris === rute)?.[0];

/** A path with its parameters' names left out: `/liputans/:id` and `/liputans/:documentId` are one route. */
const bentuk = (jalur: string) => jalur.replace(/:[^/]+/g, ':');

describe('tabel rute publik', () => {
  it.each(ALL_PUBLIC_ROUTES.filter((rute) => ['find', 'findOne'].includes(rute.aksi)))(
    "$jalur: a core read at the path Strapi's core router gives $aksi, with the response cache",
    (rute) => {
      const { jamak } = tipe(rute.uid);
      const inti = rute.aksi === 'find' ? `/api/${jamak}` : `/api/${jamak}/:id`;
      // The pre-routing cache matches `jalur`: it must be the route the router serves.
      expect(bentuk(rute.jalur)).toBe(bentuk(inti));
      expect(publicRouterConfig(rute.uid)[rute.aksi]).toEqual({
        middlewares: [{ name: 'global::cache-rute-publik', config: { rute: namaBaris(rute) } }],
      });
    },
  );

  it.each(ALL_PUBLIC_ROUTES.filter((rute) => !['find', 'findOne'].includes(rute.aksi)))(
    "$jalur: mounted by its type's custom router, before the core routes, with the response cache",
    async (rute) => {
      const { api, nama } = tipe(rute.uid);
      const berkas = path.join(API, api, 'routes', `01-custom-${nama}.ts`);
      const router = (await import(berkas)) as { default: { routes: unknown[] } };
      expect(router.default.routes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            method: 'GET',
            path: routerPath(rute),
            handler: `${nama}.${rute.aksi}`,
            config: {
              middlewares: [
                { name: 'global::cache-rute-publik', config: { rute: namaBaris(rute) } },
              ],
            },
          }),
        ]),
      );
      expect(publicCustomRoutes(rute.uid).map((item) => item.path)).toContain(routerPath(rute));
    },
  );

  it('grants the public role the action of every row, and only reads', () => {
    expect(PUBLIC_ACTIONS).toEqual(
      expect.arrayContaining(ALL_PUBLIC_ROUTES.map((rute) => `${rute.uid}.${rute.aksi}`)),
    );
    expect(PUBLIC_ACTIONS.filter((aksi) => /\.(create|update|delete|views)$/.test(aksi))).toEqual(
      [],
    );
    expect(PUBLIC_UIDS).toEqual(['api::liputan.liputan', 'api::konten-medsos.konten-medsos']);
  });
});
