import type { UID } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import type { Ctx } from '../../utils/koa';

/** The content type a content-manager route acts on: its `:model` (Koa types params as `any`). */
const modelOf = (ctx: Ctx) => (ctx.params as { model: UID.ContentType }).model;

type Action = (this: unknown, ctx: Ctx, next?: () => Promise<unknown>) => Promise<unknown>;

interface ContentManagerServer {
  controllers: {
    relations: { extractAndValidateRequestInfo: (ctx: Ctx, id?: string) => Promise<unknown> };
    'collection-types': Record<string, Action>;
    'single-types': Record<string, Action>;
  };
}

/** The actions that read a JSON body (documents, or a list of documentIds). */
const READS_BODY = [
  'create',
  'update',
  'clone',
  'autoClone',
  'publish',
  'unpublish',
  'discard',
  'bulkDelete',
  'bulkPublish',
  'bulkUnpublish',
  'bulkFindForValidation',
];

/** The actions whose body holds a document's fields. */
const WRITES_DOCUMENT = ['create', 'update', 'clone', 'autoClone', 'publish'];

/** The actions that only exist for a content type with draft & publish. */
const NEEDS_DRAFT_AND_PUBLISH = ['publish', 'unpublish', 'discard', 'bulkPublish', 'bulkUnpublish'];

const isPlainObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Schema {
  attributes: Record<string, { type: string; component?: string; components?: string[] }>;
}

const MAX_DEPTH = 32;

/** A content type's or a component's schema, by uid, as the route or the body names it. */
const schemaOf = (uid: string): Schema | undefined =>
  (strapi.getModel as (uid: string) => Schema | undefined)(uid);

/**
 * A relation's payload (`{ connect: [{ documentId }] }`, `[{ id }]`, `{ documentId }`) names
 * documents by `documentId` and `id`: the document service looks them up with those values in a
 * where clause, and an object there makes the query builder throw (500). Each must be a value.
 */
function checkRelationIds(value: unknown, path: string[], depth = 0): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'documentId' || key === 'id') && inner !== null && typeof inner === 'object')
      throw new errors.ValidationError(
        `Isian ${path.join('.')} tidak sah: ${key} pada relasi harus teks atau angka.`,
        {
          errors: [
            {
              path: [...path, key],
              message: `${key} harus teks atau angka.`,
              name: 'ValidationError',
            },
          ],
        },
      );
    checkRelationIds(inner, [...path, key], depth + 1);
  }
}

/** The relations of a document's body, also inside its components and dynamic zones. */
function checkDocumentRelations(
  body: unknown,
  schema: Schema | undefined,
  path: string[],
  depth = 0,
): void {
  if (!schema || depth > MAX_DEPTH || !isPlainObject(body)) return;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const attribute = Object.hasOwn(schema.attributes, key) ? schema.attributes[key] : undefined;
    if (!attribute) continue;
    if (attribute.type === 'relation' || attribute.type === 'media')
      checkRelationIds(value, [...path, key]);
    else if (attribute.type === 'component' && attribute.component) {
      const items = Array.isArray(value) ? value : [value];
      const component = schemaOf(attribute.component);
      items.forEach((item, i) =>
        checkDocumentRelations(item, component, [...path, key, String(i)], depth + 1),
      );
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((item, i) => {
        const component = isPlainObject(item)
          ? (item as { __component?: unknown }).__component
          : undefined;
        if (typeof component === 'string' && attribute.components?.includes(component))
          checkDocumentRelations(item, schemaOf(component), [...path, key, String(i)], depth + 1);
      });
    }
  }
}

function wrap(controller: Record<string, Action>, name: string, check: (ctx: Ctx) => void): void {
  const action = controller[name];
  if (typeof action !== 'function') return;
  controller[name] = async function (this: unknown, ctx, next) {
    check(ctx);
    return action.call(this, ctx, next);
  };
}

/**
 * Three places where Strapi's content manager answers what a client sent with a 500, fixed where
 * they happen (found by tests/integration/kueri-bermusuhan.test.ts):
 *
 * - The relations controller (GET /content-manager/relations/...) refuses an admin who may not
 *   read the field with `return ctx.forbidden()` inside its helper extractAndValidateRequestInfo:
 *   that sets a 403 but hands `undefined` back to findAvailable/findExisting, which destructure it
 *   and throw a TypeError. Admin Medsos, PPID Pembantu and Tim Pelaksana, who may not read
 *   Liputan, meet it on the `disposisi` relation. The refusal is made to throw, so its callers
 *   cannot step past it. PolicyError, not ForbiddenError: Strapi replaces a ForbiddenError's
 *   message with "Forbidden".
 * - Publish, unpublish and discard on a type without draft & publish (Disposisi) call document
 *   service methods that such a type does not have (`publish is not a function`).
 * - A JSON body that is not an object (an array, a string) reaches the permission sanitizer of
 *   create, which cannot tag it as a subject (`Object.defineProperty called on non-object`).
 * - The body's `documentId` and `id` are written as the document's own: an object there becomes
 *   a where clause the query builder throws on, a huge number an id the database refuses (500s),
 *   and a string renames the document (a PUT with `{"documentId": {}}` stored "[object Object]").
 *   The route's documentId names the document and a new one gets generated ids, so the body's are
 *   dropped; the panel only ever sends the same ones back.
 * - A relation given `{ "documentId": { ... } }` (or such an `id`) is looked up with that object
 *   as a where clause, which the query builder throws on.
 */
export default (plugin: ContentManagerServer): ContentManagerServer => {
  const relations = plugin.controllers.relations;
  const extract = relations.extractAndValidateRequestInfo;
  relations.extractAndValidateRequestInfo = async function (this: unknown, ctx, id) {
    const info = await extract.call(this, ctx, id);
    if (info === undefined)
      throw new errors.PolicyError('Anda tidak berhak membaca isian relasi ini.');
    return info;
  };

  for (const controller of [
    plugin.controllers['collection-types'],
    plugin.controllers['single-types'],
  ]) {
    for (const name of READS_BODY)
      wrap(controller, name, (ctx) => {
        const body = (ctx.request as { body?: unknown }).body;
        if (body !== undefined && !isPlainObject(body))
          throw new errors.ValidationError(
            'Isi permintaan harus objek JSON, mis. {"judul": "..."}.',
          );
        if (WRITES_DOCUMENT.includes(name))
          checkDocumentRelations(body, schemaOf(modelOf(ctx)), []);
        if (WRITES_DOCUMENT.includes(name) && isPlainObject(body))
          for (const key of ['documentId', 'id']) delete (body as Record<string, unknown>)[key];
      });
    for (const name of NEEDS_DRAFT_AND_PUBLISH)
      wrap(controller, name, (ctx) => {
        const model = strapi.getModel(modelOf(ctx));
        if (model && !contentTypes.hasDraftAndPublish(model))
          throw new errors.ValidationError(
            `${model.info.displayName} tidak memakai draf dan terbit: tidak ada yang dapat diterbitkan, ditarik atau dibuang drafnya.`,
          );
      });
  }
  return plugin;
};
