/**
 * The content's fingerprint (sidik): what the leadership approved or the Verifikator verified,
 * as a stable hash per field, so that publication can prove it puts exactly that online, and an
 * edit can be told apart from a Save that changed nothing. Pure: the schema and the file hashes
 * come from the caller.
 */
import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { FIELD_JADWAL_TAYANG } from '../workflows/jadwal-tayang';

/** The part of a Strapi attribute definition the normalisation reads. */
export interface AtributSkema {
  type: string;
  component?: string;
  relation?: string;
  multiple?: boolean;
}

export type SkemaAtribut = Readonly<Record<string, AtributSkema>>;

interface Berkas {
  id?: number;
  mime?: string | null;
  alternativeText?: string | null;
  caption?: string | null;
}

export interface OpsiNormalisasi {
  /** Attributes of a component, by its uid. */
  skemaKomponen: (uid: string) => SkemaAtribut;
  /**
   * Relations (other than media) count as content: a link to a disposition is an edit, though
   * not part of what goes online.
   */
  relasi: boolean;
  /** The hash of a media file's bytes, when known: a file replaced on the same id is then caught. */
  hashBerkas?: (berkas: Berkas) => string | undefined;
}

/** Bookkeeping Strapi writes on every save: never content (the fingerprint and the snapshots skip it). */
export const BUKAN_KONTEN: ReadonlySet<string> = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

/**
 * The engine's own fields (`fieldMesin`) that are bookkeeping about the content, not content: not
 * counted in the fingerprint, nor as an edit. Setting or clearing one changes nothing that was
 * approved or would go online, so the approval stands, the engine and the data migration compute
 * the same fingerprint. The mirror of a pending schedule is one (set and cleared while the approved
 * content waits for its minute). Since no edit shows them, the edit guard refuses a write to them
 * from the request itself (document-middleware/sunting.ts). A machine field that is content (an
 * agenda number, printed on the sheet) stays counted: do not add it here.
 */
export const FIELD_TANPA_SIDIK: ReadonlySet<string> = new Set([FIELD_JADWAL_TAYANG]);

/** An empty string, an empty list and a missing value are the same absence to a person. */
function kosong(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function normalisasiBerkas(value: unknown, opsi: OpsiNormalisasi): unknown {
  const daftar = (Array.isArray(value) ? value : [value]) as Berkas[];
  return daftar.map((berkas) => ({
    id: berkas.id ?? null,
    hash: opsi.hashBerkas?.(berkas) ?? null,
    mime: berkas.mime ?? null,
    alternativeText: berkas.alternativeText || null,
    caption: berkas.caption || null,
  }));
}

function normalisasiRelasi(value: unknown): unknown {
  const daftar = (Array.isArray(value) ? value : [value]) as Array<{
    documentId?: string;
    id?: number;
  }>;
  return daftar.map((item) => item.documentId ?? item.id ?? null).sort();
}

function normalisasiNilai(value: unknown, atribut: AtributSkema, opsi: OpsiNormalisasi): unknown {
  if (kosong(value)) return null;
  switch (atribut.type) {
    case 'media':
      return normalisasiBerkas(value, opsi);
    case 'relation':
      return normalisasiRelasi(value);
    case 'component': {
      const skema = opsi.skemaKomponen(atribut.component ?? '');
      const daftar = Array.isArray(value) ? value : [value];
      return daftar.map((item) => normalisasiObjek(item as Record<string, unknown>, skema, opsi));
    }
    case 'datetime':
    case 'timestamp':
      return new Date(value as string).toISOString();
    case 'boolean':
      return Boolean(value);
    default:
      return value;
  }
}

function normalisasiObjek(
  objek: Record<string, unknown>,
  skema: SkemaAtribut,
  opsi: OpsiNormalisasi,
): Record<string, unknown> {
  const hasil: Record<string, unknown> = {};
  for (const [nama, atribut] of Object.entries(skema)) {
    if (BUKAN_KONTEN.has(nama) || FIELD_TANPA_SIDIK.has(nama)) continue;
    if (atribut.type === 'relation' && !opsi.relasi) continue;
    hasil[nama] = normalisasiNilai(objek[nama], atribut, opsi);
  }
  return hasil;
}

/** Each content field of a document, in a form that compares equal exactly when a person would say it did not change. */
export function nilaiKonten(
  dokumen: Record<string, unknown>,
  skema: SkemaAtribut,
  opsi: OpsiNormalisasi,
): Record<string, unknown> {
  return normalisasiObjek(dokumen, skema, opsi);
}

const sha256 = (teks: string) => createHash('sha256').update(teks).digest('hex');

/** Canonical JSON (keys sorted) hashed: the same content always gives the same hash. */
export function hashStabil(value: unknown): string {
  return sha256(stringify(value) ?? 'null');
}

export interface Sidik {
  /** One hash over every field's hash. */
  total: string;
  /** Each field's hash, so that a difference can be named. */
  field: Record<string, string>;
}

export function buatSidik(nilai: Record<string, unknown>): Sidik {
  const field = Object.fromEntries(
    Object.entries(nilai).map(([nama, value]) => [nama, hashStabil(value)]),
  );
  return { total: hashStabil(field), field };
}

/** The fields whose values differ between two normalised documents. */
export function fieldBerubah(
  sebelum: Record<string, unknown>,
  sesudah: Record<string, unknown>,
): string[] {
  const nama = new Set([...Object.keys(sebelum), ...Object.keys(sesudah)]);
  return [...nama]
    .filter((field) => stringify(sebelum[field] ?? null) !== stringify(sesudah[field] ?? null))
    .sort();
}

/** What an empty field hashes to (`normalisasiNilai` makes every absence null). */
const HASH_KOSONG = hashStabil(null);

/**
 * The fields whose hash differs from the approved fingerprint, leaving out those the stage may
 * still edit. A field one fingerprint does not have (added to the schema after the approval, or
 * since removed) counts as empty there: adding an optional field to a content type must not
 * refuse the republishing of every item approved before it, while a value in it is still a change.
 */
export function bedaDariSidik(
  disetujui: Sidik,
  sekarang: Sidik,
  kecuali: readonly string[] = [],
): string[] {
  const nama = new Set([...Object.keys(disetujui.field), ...Object.keys(sekarang.field)]);
  const hash = (sidik: Sidik, field: string) => sidik.field[field] ?? HASH_KOSONG;
  return [...nama]
    .filter((field) => !kecuali.includes(field) && hash(disetujui, field) !== hash(sekarang, field))
    .sort();
}
