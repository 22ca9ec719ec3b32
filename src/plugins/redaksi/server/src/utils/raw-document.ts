import type { Knex } from 'knex';

/** The part of Strapi's database metadata this reader needs (strapi.db.metadata). */
interface MetadataAtribut {
  type: string;
  columnName?: string;
  target?: string;
  morphBy?: string;
  joinTable?: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName?: string;
  };
}
export interface Metadata {
  get(uid: string): { tableName: string; attributes: Record<string, MetadataAtribut> };
}

interface AtributSkema {
  type: string;
  component?: string;
}

const kolom = (meta: MetadataAtribut | undefined, nama: string) => meta?.columnName ?? nama;

/** SQLite keeps JSON (blocks, json) as text; PostgreSQL gives it parsed. */
function jsonDariKolom(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function skalar(
  row: Record<string, unknown>,
  skema: Record<string, AtributSkema>,
  meta: Record<string, MetadataAtribut>,
) {
  const hasil: Record<string, unknown> = {};
  for (const [nama, atribut] of Object.entries(skema)) {
    if (['relation', 'media', 'component', 'dynamiczone'].includes(atribut.type)) continue;
    const value = row[kolom(meta[nama], nama)];
    hasil[nama] =
      atribut.type === 'json' || atribut.type === 'blocks' ? jsonDariKolom(value) : value;
  }
  return hasil;
}

/** The rows of `tabel` with these ids, in the order of `ids` (a relation's or a media field's order). */
async function barisMenurutUrutan(
  knex: Knex,
  tabel: string,
  ids: number[],
): Promise<Record<string, unknown>[]> {
  const baris = ids.length
    ? ((await knex(tabel).whereIn('id', ids)) as Record<string, unknown>[])
    : [];
  const perId = new Map<unknown, Record<string, unknown>>(baris.map((b) => [b.id, b]));
  return ids.flatMap((id) => {
    const b = perId.get(id);
    return b ? [b] : [];
  });
}

/**
 * A document's draft with its components and media files, read with plain knex in the shape
 * the document service gives with `populate: '*'` (relations aside). For the data migrations in
 * database/migrations: they run inside their own transaction before Strapi's schema sync, where
 * the query engine cannot be used (on SQLite its one connection is the migration's).
 */
export async function loadRawDraft(
  knex: Knex,
  metadata: Metadata,
  skemaDari: (uid: string) => Record<string, AtributSkema>,
  uid: string,
  documentId: string,
): Promise<Record<string, unknown> | null> {
  const model = metadata.get(uid);
  const row = (await knex(model.tableName)
    .where({ document_id: documentId })
    .whereNull('published_at')
    .first()) as Record<string, unknown> | undefined;
  if (!row) return null;
  const skema = skemaDari(uid);
  const dokumen: Record<string, unknown> = {
    id: row.id,
    documentId,
    ...skalar(row, skema, model.attributes),
  };

  for (const [nama, atribut] of Object.entries(skema)) {
    if (atribut.type === 'component' && atribut.component) {
      const join = model.attributes[nama].joinTable;
      if (!join) continue;
      const komponen = metadata.get(atribut.component);
      const ids = (await knex(join.name)
        .where({ [join.joinColumn.name]: row.id, field: nama })
        .orderBy(join.orderColumnName ?? 'id')
        .pluck(join.inverseJoinColumn.name)) as number[];
      dokumen[nama] = (await barisMenurutUrutan(knex, komponen.tableName, ids)).map((b) => ({
        id: b.id,
        ...skalar(b, skemaDari(atribut.component as string), komponen.attributes),
      }));
    }
    if (atribut.type === 'media') {
      const berkas = metadata.get('plugin::upload.file');
      const tabelMorf = berkas.attributes.related?.joinTable?.name ?? 'files_related_mph';
      const ids = (await knex(tabelMorf)
        .where({ related_id: row.id, related_type: uid, field: nama })
        .orderBy('order')
        .pluck('file_id')) as number[];
      dokumen[nama] = (await barisMenurutUrutan(knex, berkas.tableName, ids)).map((b) => ({
        id: b.id,
        url: b.url,
        hash: b.hash,
        mime: b.mime,
        size: b.size,
        updatedAt: b.updated_at,
        alternativeText: b.alternative_text,
        caption: b.caption,
      }));
    }
  }
  return dokumen;
}
