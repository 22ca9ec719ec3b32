/**
 * What changed since someone last saw an item (SOP 21 langkah 3–4, SOP 20 langkah 6–7): the
 * content kept at each submission, return and decision (a "cuplikan"), and the field-by-field
 * difference between two of them, as a person reads it: words inserted and deleted in a text,
 * photos added, removed, reordered or replaced and their alt text, relations linked and unlinked.
 * Pure: the schema comes from the caller.
 */
import { diffWordsWithSpace } from 'diff';
import stringify from 'safe-stable-stringify';
import type {
  PerubahanField,
  PotonganTeks,
  BerkasCuplikan,
} from '../../../shared/contracts/dokumen';
import { BUKAN_KONTEN, FIELD_TANPA_SIDIK, type SkemaAtribut } from './sidik';
import { blokKeTeks } from './teks-blok';

export type { PerubahanField, PotonganTeks, BerkasCuplikan };

/** The content of an item at one moment: each content field, in a form that can be stored as JSON and compared. */
export type Cuplikan = Record<string, unknown>;

/** A stored value as text: a string as it is, anything else (a number, a date, a JSON field) as JSON. */
function teksNilai(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : (stringify(value) ?? '');
}

/** Text a person reads word by word. */
const JENIS_TEKS = new Set(['string', 'text', 'richtext', 'blocks', 'email', 'uid', 'component']);

interface BerkasStrapi {
  id?: number;
  name?: string | null;
  url?: string | null;
  hash?: string | null;
  alternativeText?: string | null;
  formats?: { thumbnail?: { url?: string | null } | null } | null;
}

function berkasCuplikan(berkas: BerkasStrapi): BerkasCuplikan {
  return {
    id: berkas.id ?? null,
    nama: berkas.name ?? null,
    url: berkas.url ?? null,
    // A small picture for the side-by-side view; a file without formats (an SVG) is shown as itself.
    thumbnail: berkas.formats?.thumbnail?.url ?? berkas.url ?? null,
    // The upload plugin's "replace" keeps the id and gives the file a new hash.
    hash: berkas.hash ?? null,
    alt: berkas.alternativeText || null,
  };
}

/** A related entry as people name it: its title, subject or name, else its id. */
function labelRelasi(item: Record<string, unknown>): { documentId: string; label: string } {
  const documentId = teksNilai(item.documentId ?? item.id);
  const label = ['judul', 'perihal', 'nama', 'name', 'title'].map((k) => item[k]).find(Boolean);
  return { documentId, label: typeof label === 'string' ? label : documentId };
}

/** A file or a related entry inside a component, by the name people know it by. */
function namaButir(butir: unknown): string {
  if (typeof butir !== 'object' || butir === null) return teksNilai(butir);
  const { label, nama } = butir as { label?: string | null; nama?: string | null };
  return label ?? nama ?? '';
}

/** One component item as a line of text: `platform: instagram · url: https://…`. */
function komponenKeTeks(
  item: Record<string, unknown>,
  skema: SkemaAtribut,
  skemaKomponen: (uid: string) => SkemaAtribut,
): string {
  return Object.entries(skema)
    .filter(([nama]) => !BUKAN_KONTEN.has(nama))
    .map(([nama, atribut]) => {
      const nilai = nilaiCuplikan(item[nama], atribut.type, atribut.component, skemaKomponen);
      if (nilai === null) return null;
      const teks = Array.isArray(nilai) ? nilai.map(namaButir).join(', ') : teksNilai(nilai);
      return `${nama}: ${teks}`;
    })
    .filter((baris): baris is string => baris !== null)
    .join(' · ');
}

function nilaiCuplikan(
  value: unknown,
  type: string,
  component: string | undefined,
  skemaKomponen: (uid: string) => SkemaAtribut,
): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  switch (type) {
    case 'media':
      return (Array.isArray(value) ? value : [value]).map((b) => berkasCuplikan(b as BerkasStrapi));
    case 'relation':
      return (Array.isArray(value) ? value : [value])
        .map((item) => labelRelasi(item as Record<string, unknown>))
        .sort((a, b) => a.documentId.localeCompare(b.documentId));
    case 'component': {
      const skema = skemaKomponen(component ?? '');
      return (Array.isArray(value) ? value : [value])
        .map((item) => komponenKeTeks(item as Record<string, unknown>, skema, skemaKomponen))
        .join('\n');
    }
    case 'blocks':
      return blokKeTeks(value) || null;
    case 'datetime':
    case 'timestamp':
      return new Date(value as string).toISOString();
    default:
      return value;
  }
}

/** The content of a document (populated with `populate: '*'`) as it is kept with a decision. */
export function buatCuplikan(
  dokumen: Record<string, unknown>,
  skema: SkemaAtribut,
  skemaKomponen: (uid: string) => SkemaAtribut,
): Cuplikan {
  const hasil: Cuplikan = {};
  for (const [nama, atribut] of Object.entries(skema)) {
    // The schedule's mirror is the engine's bookkeeping, not something a person changed.
    if (BUKAN_KONTEN.has(nama) || FIELD_TANPA_SIDIK.has(nama)) continue;
    hasil[nama] = nilaiCuplikan(dokumen[nama], atribut.type, atribut.component, skemaKomponen);
  }
  return hasil;
}

/**
 * Word-level difference (jsdiff's `diffWordsWithSpace`: the spaces are tokens too, so the pieces
 * join back into both texts): the pieces of `sesudah` kept and inserted and the pieces of `sebelum`
 * deleted, in reading order; of a replacement, the words deleted read first. Long texts stay
 * bounded: past `maxEditLength` edits the library gives up, and the middle is shown as deleted
 * and inserted whole (a rewrite).
 */
export function bedaKata(sebelum: string, sesudah: string): PotonganTeks[] {
  const bagian = diffWordsWithSpace(sebelum, sesudah, { maxEditLength: BATAS_SUNTINGAN });
  if (!bagian) return [hapusSemua(sebelum), tambahSemua(sesudah)].filter((p) => p.teks);
  const hasil: PotonganTeks[] = [];
  for (const { added, removed, value } of bagian) {
    if (!value) continue;
    const jenis: PotonganTeks['jenis'] = added ? 'tambah' : removed ? 'hapus' : 'sama';
    const akhir = hasil.at(-1);
    if (akhir?.jenis === jenis) akhir.teks += value;
    else hasil.push({ jenis, teks: value });
  }
  return hasil;
}

/** Above this many word edits a text is shown as rewritten whole (bounds the work on a long article). */
const BATAS_SUNTINGAN = 2000;
const hapusSemua = (teks: string): PotonganTeks => ({ jenis: 'hapus', teks });
const tambahSemua = (teks: string): PotonganTeks => ({ jenis: 'tambah', teks });

const sama = (x: unknown, y: unknown) => stringify(x ?? null) === stringify(y ?? null);

function bedaBerkas(
  field: string,
  sebelum: BerkasCuplikan[],
  sesudah: BerkasCuplikan[],
): PerubahanField {
  const lama = new Map(sebelum.map((b) => [b.id, b]));
  const baru = new Map(sesudah.map((b) => [b.id, b]));
  const tetap = sesudah.filter((b) => lama.has(b.id));
  const urutanLama = sebelum.filter((b) => baru.has(b.id)).map((b) => b.id);
  return {
    field,
    jenis: 'berkas',
    sebelum,
    sesudah,
    ditambah: sesudah.filter((b) => !lama.has(b.id)),
    dihapus: sebelum.filter((b) => !baru.has(b.id)),
    diganti: tetap
      .filter((b) => lama.get(b.id)!.hash !== b.hash || lama.get(b.id)!.url !== b.url)
      .map((b) => ({ sebelum: lama.get(b.id)!, sesudah: b })),
    teksAlternatif: tetap
      .filter((b) => (lama.get(b.id)!.alt ?? null) !== (b.alt ?? null))
      .map((b) => ({ berkas: b, sebelum: lama.get(b.id)!.alt ?? null, sesudah: b.alt ?? null })),
    urutanBerubah: !sama(
      urutanLama,
      tetap.map((b) => b.id),
    ),
  };
}

/**
 * The fields that differ between two cuplikan, in the schema's order, each as a person reads the
 * change. A field one cuplikan lacks (added to the schema since) counts as empty there.
 */
export function bedaCuplikan(
  sebelum: Cuplikan,
  sesudah: Cuplikan,
  skema: SkemaAtribut,
): PerubahanField[] {
  const hasil: PerubahanField[] = [];
  for (const [field, atribut] of Object.entries(skema)) {
    if (BUKAN_KONTEN.has(field)) continue;
    const a = sebelum[field] ?? null;
    const b = sesudah[field] ?? null;
    if (sama(a, b)) continue;
    if (atribut.type === 'media') {
      hasil.push(bedaBerkas(field, (a ?? []) as BerkasCuplikan[], (b ?? []) as BerkasCuplikan[]));
    } else if (atribut.type === 'relation') {
      const lama = (a ?? []) as Array<{ documentId: string; label: string }>;
      const baru = (b ?? []) as Array<{ documentId: string; label: string }>;
      const ada = (daftar: typeof lama, x: { documentId: string }) =>
        daftar.some((y) => y.documentId === x.documentId);
      hasil.push({
        field,
        jenis: 'relasi',
        ditambah: baru.filter((x) => !ada(lama, x)).map((x) => x.label),
        dihapus: lama.filter((x) => !ada(baru, x)).map((x) => x.label),
      });
    } else if (JENIS_TEKS.has(atribut.type)) {
      hasil.push({ field, jenis: 'teks', potongan: bedaKata(teksNilai(a), teksNilai(b)) });
    } else {
      hasil.push({
        field,
        jenis: 'nilai',
        sebelum: a === null ? null : teksNilai(a),
        sesudah: b === null ? null : teksNilai(b),
      });
    }
  }
  return hasil;
}

/** Only the names of the fields that differ: what a history row lists. */
export function fieldBedaCuplikan(sebelum: Cuplikan, sesudah: Cuplikan): string[] {
  const nama = new Set([...Object.keys(sebelum), ...Object.keys(sesudah)]);
  return [...nama].filter((field) => !sama(sebelum[field], sesudah[field])).sort();
}
