import type { Core } from '@strapi/strapi';
import { errors, isOperator, isOperatorOfType } from '@strapi/utils';
import isPlainObjectLodash from 'lodash/isPlainObject';

/**
 * Every query of Strapi's, whatever route it came from (content manager, media library, REST, the
 * document service), turns its parameters into a database query through the `query-params`
 * service. @strapi/database then builds SQL from it and answers a malformed filter with a plain
 * Error (`Operator $or must be an array`, `Where must be an array or an object`, `Undefined
 * attribute level operator`, `Attribute x not found`) and an unknown `fields` name with SQL's
 * "no such column": a 500, though nothing is wrong with the server. The content manager validates some of this, the media
 * library's admin routes almost none of it.
 *
 * The guard checks the transformed query against the model the way @strapi/database will read it
 * (same rules, same order), before any SQL is built, and answers a ValidationError in Indonesian
 * that names the place in `filters`, the `sort` or the field. A query that the database accepts passes
 * unchanged: this only turns its crashes into 400s.
 */

type Value = unknown;
type Record_ = Record<string, Value>;

interface Attribute {
  type: string;
  target?: string;
  columnName?: string;
}
interface Meta {
  attributes: Record<string, Attribute>;
}

// lodash's, as @strapi/database's own: a knex subquery or a Date that internal code puts in a
// filter is a value, not a nested condition.
const isPlainObject = (value: Value): value is Record_ => isPlainObjectLodash(value);

const SCALAR = new Set([
  'increments',
  'password',
  'email',
  'string',
  'uid',
  'richtext',
  'text',
  'json',
  'enumeration',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'time',
  'datetime',
  'timestamp',
  'boolean',
  'blocks',
]);

const pathText = (path: string[]) => path.map((key) => `[${key}]`).join('');

function refuse(path: string[], why: string): never {
  throw new errors.ValidationError(`Parameter filters${pathText(path)} tidak sah: ${why}`, {
    errors: [
      {
        path: ['filters', ...path],
        message: `Parameter filters${pathText(path)} tidak sah: ${why}`,
        name: 'ValidationError',
      },
    ],
  });
}

/** Bounded: a filter the panel builds is a handful of levels; qs parses at most 20. */
const MAX_DEPTH = 32;

export function createWhereChecker(metaOf: (uid: string) => Meta | undefined) {
  /** A where level: the root of `filters`, an item of $and/$or, the inside of $not or of a relation. */
  function where(value: Value, uid: string, path: string[], depth: number): void {
    if (depth > MAX_DEPTH) refuse(path, 'syarat bersarang terlalu dalam.');
    if (Array.isArray(value)) {
      value.forEach((item, i) => where(item, uid, [...path, String(i)], depth + 1));
      return;
    }
    if (!isPlainObject(value))
      refuse(path, 'harus berisi syarat berupa objek, mis. filters[judul][$eq]=pleno.');
    const meta = metaOf(uid);
    for (const [key, inner] of Object.entries(value)) {
      const here = [...path, key];
      if (isOperatorOfType('group', key)) {
        if (!Array.isArray(inner))
          refuse(
            here,
            `${key} harus berupa daftar syarat, mis. filters[${key}][0][judul][$eq]=pleno.`,
          );
        inner.forEach((item, i) => {
          if (!isPlainObject(item))
            refuse([...here, String(i)], `setiap syarat di ${key} harus objek.`);
          where(item, uid, [...here, String(i)], depth + 1);
        });
        continue;
      }
      if (key === '$not') {
        if (!isPlainObject(inner)) refuse(here, '$not harus berisi syarat berupa objek.');
        where(inner, uid, here, depth + 1);
        continue;
      }
      if (isOperator(key))
        refuse(
          here,
          `operator ${key} harus berada di bawah nama kolom, mis. filters[judul][${key}]=...`,
        );
      const attribute = meta?.attributes[key];
      if (attribute?.target && attribute.type === 'relation') {
        relation(inner, attribute.target, here, depth + 1);
        continue;
      }
      if (attribute && !SCALAR.has(attribute.type))
        refuse(here, `kolom ${key} (${attribute.type}) tidak dapat disaring.`);
      column(inner, here, depth + 1);
    }
  }

  function relation(value: Value, target: string, path: string[], depth: number): void {
    if (!isPlainObject(value)) {
      // Compared with the related ids: a value or a list of values.
      scalarOrList(value, path);
      return;
    }
    const keys = Object.keys(value);
    const operators = keys.filter((key) => isOperator(key));
    if (operators.length && operators.length !== keys.length)
      refuse(path, 'operator dan nama kolom tidak boleh dicampur pada satu relasi.');
    if (operators.length > 1)
      refuse(path, 'hanya satu operator yang boleh langsung di bawah relasi.');
    if (operators.length === 1) {
      const [operator] = operators;
      if (isOperatorOfType('group', operator) || operator === '$not') {
        where(value, target, path, depth);
        return;
      }
      scalarOrList(value[operator], [...path, operator]);
      return;
    }
    where(value, target, path, depth);
  }

  /** A column's condition: a value, a list, or operators each holding one. */
  function column(value: Value, path: string[], depth: number): void {
    if (depth > MAX_DEPTH) refuse(path, 'syarat bersarang terlalu dalam.');
    if (Array.isArray(value)) {
      value.forEach((item, i) => column(item, [...path, String(i)], depth + 1));
      return;
    }
    if (!isPlainObject(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      const here = [...path, key];
      if (!isOperatorOfType('where', key))
        refuse(
          here,
          `"${key}" bukan operator yang dikenal di bawah kolom (mis. $eq, $contains, $in).`,
        );
      if (key === '$between' && !(Array.isArray(inner) && inner.length === 2))
        refuse(
          here,
          '$between harus berisi tepat dua nilai, mis. [$between][0]=1&[$between][1]=9.',
        );
      column(inner, here, depth + 1);
    }
  }

  function scalarOrList(value: Value, path: string[]): void {
    const items = Array.isArray(value) ? value : [value];
    if (items.some((item) => isPlainObject(item) || Array.isArray(item)))
      refuse(path, 'harus berisi nilai (id), bukan objek.');
  }

  return (value: Value, uid: string) => where(value, uid, [], 0);
}

/** The `sort` a query orders by, as @strapi/database's processOrderBy reads it. */
export function createOrderByChecker(metaOf: (uid: string) => Meta | undefined) {
  function refuseSort(why: string): never {
    const message = `Parameter sort tidak sah: ${why}`;
    throw new errors.ValidationError(message, {
      errors: [{ path: ['sort'], message, name: 'ValidationError' }],
    });
  }
  const field = (key: string, uid: string): Attribute | null => {
    const attributes = metaOf(uid)?.attributes;
    if (!attributes) return null;
    if (key === 'status') {
      if (!attributes.publishedAt || !attributes.documentId)
        refuseSort('jenis konten ini tidak punya status terbit untuk diurutkan.');
      return null;
    }
    const attribute = attributes[key];
    if (!attribute) refuseSort(`kolom "${key}" tidak ada.`);
    return attribute;
  };
  const check = (orderBy: Value, uid: string, depth: number): void => {
    if (depth > MAX_DEPTH) refuseSort('urutan bersarang terlalu dalam.');
    if (typeof orderBy === 'string') {
      field(orderBy, uid);
      return;
    }
    if (Array.isArray(orderBy)) {
      orderBy.forEach((item) => check(item, uid, depth + 1));
      return;
    }
    if (!isPlainObject(orderBy)) refuseSort('harus nama kolom dengan arah, mis. ?sort=judul:asc.');
    for (const [key, inner] of Object.entries(orderBy)) {
      const attribute = field(key, uid);
      if (!attribute || SCALAR.has(attribute.type)) continue;
      if (attribute.type === 'relation' && attribute.target)
        check(inner, attribute.target, depth + 1);
      else refuseSort(`kolom ${key} (${attribute.type}) tidak dapat diurutkan.`);
    }
  };
  return (orderBy: Value, uid: string) => check(orderBy, uid, 0);
}

interface TransformedQuery {
  where?: Value;
  select?: Value;
  orderBy?: Value;
}

/** Wraps the `query-params` service's transform: the query it returns is checked first. */
export function guardQueryParams(strapi: Core.Strapi): void {
  const metaOf = (uid: string): Meta | undefined => {
    try {
      return strapi.db.metadata.get(uid);
    } catch {
      return undefined;
    }
  };
  const checkWhere = createWhereChecker(metaOf);
  const checkOrderBy = createOrderByChecker(metaOf);
  const service = strapi.get<{
    transform: (uid: string, params: Value) => TransformedQuery;
  }>('query-params');
  const transform = service.transform.bind(service);
  service.transform = (uid, params) => {
    const query = transform(uid, params);
    if (query.where !== undefined && query.where !== null) checkWhere(query.where, uid);
    if (query.orderBy !== undefined && query.orderBy !== null) checkOrderBy(query.orderBy, uid);
    const meta = metaOf(uid);
    if (meta && Array.isArray(query.select)) {
      const known = new Set(
        Object.entries(meta.attributes).flatMap(([name, attribute]) => [
          name,
          attribute.columnName ?? name,
        ]),
      );
      for (const field of query.select)
        if (typeof field === 'string' && !known.has(field)) {
          const message = `Parameter fields tidak sah: kolom "${field}" tidak ada.`;
          throw new errors.ValidationError(message, {
            errors: [{ path: ['fields'], message, name: 'ValidationError' }],
          });
        }
    }
    return query;
  };
}
