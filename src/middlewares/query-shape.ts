import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Ctx } from '../utils/koa';

/**
 * Global middleware `global::query-shape`: the query parameters Strapi's code reads (the content
 * manager, the media library, REST, the redaksi plugin, the public API) must have the type that
 * code expects. qs turns `?_q[a]=x` into an object, `?page=1e18` into a number that overflows the
 * SQL offset, and nothing between the router and @strapi/database checks the type of every one of
 * them: the request then fails deep inside a query builder with a 500. Here every route, Strapi's
 * own included, gets a 400 in Indonesian that names the parameter and the shape it must have,
 * before any handler runs. What each parameter may *contain* (fields, operators, permissions)
 * stays the business of the handlers' own validation; only the type is checked here.
 */

/** Offsets and page sizes beyond this are never meant; their products still fit a SQL bigint. */
export const MAX_QUERY_INTEGER = 2_147_483_647;

type Value = unknown;

interface Shape {
  /** How the parameter must look, in Indonesian, completing "Parameter <name> harus ...". */
  description: string;
  accepts: (value: Value) => boolean;
}

/** Nesting that any sort or filter the panel builds stays far below (qs itself stops at 20). */
const MAX_DEPTH = 20;

const isPlainObject = (value: Value): value is Record<string, Value> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  // qs builds plain objects only, but the prototype is what lodash's deep helpers walk into.
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

const isString = (value: Value): value is string => typeof value === 'string';

// `?page` without a value is null under Strapi's strictNullHandling: Strapi reads it as absent.
const isAbsent = (value: Value): boolean => value === null || value === '';

const isIntegerLike = (value: Value): boolean =>
  isAbsent(value) ||
  (isString(value) && /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= MAX_QUERY_INTEGER);

/** A sort object: `{ judul: 'asc' }`, `{ foto: { name: 'desc' } }`, values string or nested. */
function isSortObject(value: Value, depth = 0): boolean {
  if (!isPlainObject(value) || depth > MAX_DEPTH) return false;
  return Object.values(value).every(
    (order) =>
      isString(order) ||
      (Array.isArray(order) && order.every(isString)) ||
      isSortObject(order, depth + 1),
  );
}

const TEXT: Shape = {
  description: 'satu teks (mis. ?{name}=nilai), bukan objek atau daftar',
  accepts: (value) => isAbsent(value) || isString(value),
};

const INTEGER: Shape = {
  description: `bilangan bulat tanpa titik, pangkat atau huruf, paling besar ${MAX_QUERY_INTEGER} (mis. ?{name}=2)`,
  accepts: isIntegerLike,
};

/** The pagination object's own keys, each with the shape of its top-level twin. */
const PAGINATION_KEYS: Record<string, Shape> = {
  page: INTEGER,
  pageSize: INTEGER,
  start: INTEGER,
  limit: INTEGER,
  withCount: TEXT,
};

export const SHAPES: Record<string, Shape> = {
  _q: TEXT,
  status: TEXT,
  // Strapi's document service takes a list of locales too (bulk actions across locales).
  locale: {
    description: 'teks (mis. ?locale=id) atau daftar teks',
    accepts: (value) =>
      isAbsent(value) || isString(value) || (Array.isArray(value) && value.every(isString)),
  },
  page: INTEGER,
  pageSize: INTEGER,
  start: INTEGER,
  limit: INTEGER,
  filters: {
    description: 'objek, mis. ?filters[judul][$contains]=pleno',
    accepts: (value) => isAbsent(value) || isPlainObject(value),
  },
  sort: {
    description:
      'teks (mis. ?sort=judul:asc), daftar teks (?sort[0]=judul:asc) atau objek berisi teks (?sort[judul]=asc)',
    accepts: (value) =>
      isAbsent(value) ||
      isString(value) ||
      (Array.isArray(value) && value.every((item) => isString(item) || isSortObject(item))) ||
      isSortObject(value),
  },
  populate: {
    description: 'teks (mis. ?populate=*), daftar teks (?populate[0]=foto) atau objek',
    accepts: (value) =>
      isAbsent(value) ||
      isString(value) ||
      (Array.isArray(value) && value.every(isString)) ||
      isPlainObject(value),
  },
  fields: {
    description: 'teks (mis. ?fields=judul) atau daftar teks (?fields[0]=judul&fields[1]=slug)',
    accepts: (value) =>
      isAbsent(value) || isString(value) || (Array.isArray(value) && value.every(isString)),
  },
  pagination: {
    description: 'objek berisi nilai tunggal, mis. ?pagination[page]=1&pagination[pageSize]=25',
    accepts: (value) =>
      isAbsent(value) ||
      (isPlainObject(value) &&
        Object.values(value).every((item) => isAbsent(item) || isString(item))),
  },
};

export interface ShapeError {
  path: string[];
  message: string;
  name: 'ValidationError';
  value: string;
}

/** What the client sent, in a word (never the value itself: it may be huge). */
function kindOf(value: Value): string {
  if (Array.isArray(value)) return 'daftar';
  if (value === null) return 'kosong';
  return typeof value === 'object' ? 'objek' : 'teks';
}

const paramName = (path: string[]) =>
  path[0] +
  path
    .slice(1)
    .map((key) => `[${key}]`)
    .join('');

function problem(path: string[], shape: Shape, value: Value): ShapeError {
  const name = paramName(path);
  return {
    path,
    message: `Parameter ${name} harus ${shape.description.replaceAll('{name}', name)}.`,
    name: 'ValidationError',
    value: kindOf(value),
  };
}

/** Every parameter of `query` whose type is wrong, in the order they came. */
/**
 * `populate[...][on][<component uid>]` names the components of a dynamic zone: Strapi's
 * permission sanitizer looks each one up and reads its `uid` without checking it exists (a 500 on
 * `populate[on][x]=1`). Every `on` inside populate must hold known component or content-type uids.
 */
function findUnknownFragment(
  value: Value,
  isModel: (uid: string) => boolean,
  path: string[],
  depth = 0,
): string[] | null {
  if (!isPlainObject(value) || depth > MAX_DEPTH) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'on') {
      if (!isPlainObject(inner)) return [...path, key];
      const unknown = Object.keys(inner).find((uid) => !isModel(uid));
      if (unknown !== undefined) return [...path, key, unknown];
    }
    const found = findUnknownFragment(inner, isModel, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

const FRAGMENT: Shape = {
  description:
    'berisi uid komponen yang dikenal di bawah on, mis. ?populate[bagian][on][medsos.tautan]=*',
  accepts: () => false,
};

export function checkQueryShape(
  query: Record<string, Value>,
  isModel: (uid: string) => boolean = () => true,
): ShapeError[] {
  const found: ShapeError[] = [];
  for (const [key, value] of Object.entries(query)) {
    const shape = Object.hasOwn(SHAPES, key) ? SHAPES[key] : undefined;
    if (!shape) continue;
    if (!shape.accepts(value)) {
      found.push(problem([key], shape, value));
      continue;
    }
    if (key === 'populate') {
      const fragment = findUnknownFragment(value, isModel, [key]);
      if (fragment) found.push(problem(fragment, FRAGMENT, value));
    }
    if (key === 'pagination' && isPlainObject(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        const innerShape = Object.hasOwn(PAGINATION_KEYS, inner)
          ? PAGINATION_KEYS[inner]
          : undefined;
        if (innerShape && !innerShape.accepts(innerValue))
          found.push(problem([key, inner], innerShape, innerValue));
      }
    }
  }
  return found;
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const isModel = (uid: string) => Boolean((strapi.getModel as (uid: string) => unknown)(uid));
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    // No query string, nothing to check (most requests: assets, the panel's own calls).
    if (!ctx.querystring) return next();
    // strapi::query caches each request's parsed query in a plain object keyed by the query
    // string: `?constructor` (or `?toString`, `?valueOf`...) finds Object.prototype's function
    // there and hands the global `Object` to every handler as the query. The permission checker
    // then tags that global as a subject of one content type, and the next such request on
    // another type fails with a 500 (casl: "previously it was casted to ..."). Its cache cannot be
    // redefined (non-configurable getter), but it keeps one it finds on the request: a cache
    // without a prototype, created before anything reads the query.
    (ctx.request as { _querycache?: unknown })._querycache = Object.create(null);
    const found = checkQueryShape(ctx.query, isModel);
    if (found.length) {
      // A refusal of what the client sent: one log line with the reason (never cached: request.ts).
      ctx.state.alasanPenolakan = `bentuk kueri: ${found.map((item) => paramName(item.path)).join(', ')}`;
      throw new errors.ValidationError(found[0].message, { errors: found });
    }
    return next();
  };
};
