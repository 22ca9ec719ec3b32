/**
 * Data migration for "what was approved is what goes online".
 *
 * - Items that already stand where publication checks the approval fingerprint (SOP 21
 *   `disetujui`, `diunggah`; SOP 20 `terverifikasi`, `tayang`) get the fingerprint of their
 *   draft as it is now: it is what the leadership or the Verifikator last decided on.
 * - History rows written before the hash chain get their links, item by item, oldest first.
 *
 * Strapi runs user migrations inside one transaction before it syncs the schema: the columns
 * this release adds may not exist yet, so they are added here (with the types the schema sync
 * gives them), and everything is read and written with this migration's own `knex` (on SQLite
 * the query engine's one connection is this transaction).
 */
import type { UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { KonfigurasiRantai } from '../../src/plugins/redaksi/server/src/config';
import { hashBaris } from '../../src/plugins/redaksi/server/src/domain/rantai';
import {
  buatSidik,
  nilaiKonten,
  type SkemaAtribut,
} from '../../src/plugins/redaksi/server/src/domain/sidik';
import { hashFileContent } from '../../src/plugins/redaksi/server/src/utils/files';
import { getService } from '../../src/plugins/redaksi/server/src/utils/get-service';
import { dariKolom } from '../../src/plugins/redaksi/server/src/utils/riwayat-mentah';
import {
  type Metadata,
  loadRawDraft,
} from '../../src/plugins/redaksi/server/src/utils/raw-document';

const STATUS = 'redaksi_status_alur';
const RIWAYAT = 'redaksi_riwayat';

/** The columns this migration reads by name; a history row goes whole to `dariKolom`. */
interface KolomStatus {
  id: number;
  uid_konten: string;
  dokumen_id: string;
  tahap: string;
  sidik_disetujui: string | null;
}
interface KolomRiwayat extends Record<string, unknown> {
  id: number;
  uid_konten: string;
  dokumen_id: string;
  hash: string | null;
}

async function pastikanKolom(
  knex: Knex,
  tabel: string,
  kolom: Record<string, (t: Knex.CreateTableBuilder) => void>,
) {
  for (const [nama, tambah] of Object.entries(kolom)) {
    if (!(await knex.schema.hasColumn(tabel, nama))) await knex.schema.alterTable(tabel, tambah);
  }
}

async function sidikUntukYangMenunggu(knex: Knex, metadata: Metadata) {
  const skema = (uid: string) =>
    (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as unknown as SkemaAtribut;
  const daftarAlur = getService('workflows').semua();
  for (const alur of daftarAlur) {
    const tahap = [
      ...new Set(
        alur.aksi.filter((aksi) => aksi.sidik === 'cocokkan').flatMap((aksi) => aksi.dari),
      ),
    ];
    if (tahap.length === 0) continue;
    const menunggu = await knex<KolomStatus>(STATUS)
      .where({ uid_konten: alur.uid })
      .whereIn('tahap', tahap)
      .whereNull('sidik_disetujui');
    for (const status of menunggu) {
      const draf = await loadRawDraft(knex, metadata, skema, alur.uid, status.dokumen_id);
      if (!draf) continue;
      const hash = new Map<number, string>();
      for (const [nama, atribut] of Object.entries(skema(alur.uid))) {
        if (atribut.type !== 'media') continue;
        for (const berkas of (draf[nama] as Array<{ id: number; url: string }>) ?? []) {
          hash.set(
            berkas.id,
            await hashFileContent(berkas, strapi.dirs.static.public).catch(
              () => `tidak-terbaca:${berkas.id}`,
            ),
          );
        }
      }
      const sidik = buatSidik(
        nilaiKonten(draf, skema(alur.uid), {
          skemaKomponen: skema,
          relasi: false,
          hashBerkas: (b) => (b.id === undefined ? undefined : hash.get(b.id)),
        }),
      );
      await knex(STATUS)
        .where({ id: status.id })
        .update({ sidik_disetujui: JSON.stringify(sidik) });
    }
  }
}

async function rantaiUntukRiwayatLama(knex: Knex) {
  // Keyed like every row since (domain/rantai.ts); 2026.12.03 re-keys the rows hashed without a key.
  const { kunci: kunciRiwayat } = strapi.config.get<KonfigurasiRantai>('plugin::redaksi.rantai');
  const terakhir = new Map<string, string | null>();
  const belum = await knex<KolomRiwayat>(RIWAYAT).whereNull('hash').orderBy('id');
  for (const baris of belum) {
    const kunci = `${baris.uid_konten}::${baris.dokumen_id}`;
    if (!terakhir.has(kunci)) {
      const sebelumnya = await knex<KolomRiwayat>(RIWAYAT)
        .where({ uid_konten: baris.uid_konten, dokumen_id: baris.dokumen_id })
        .whereNotNull('hash')
        .where('id', '<', baris.id)
        .orderBy('id', 'desc')
        .first();
      terakhir.set(kunci, sebelumnya?.hash ?? null);
    }
    const hashSebelum = terakhir.get(kunci) ?? null;
    const hash = hashBaris(dariKolom(baris), hashSebelum, kunciRiwayat);
    await knex(RIWAYAT).where({ id: baris.id }).update({ hash_sebelum: hashSebelum, hash });
    terakhir.set(kunci, hash);
  }
}

export async function up(knex: Knex, db: { metadata: Metadata }): Promise<void> {
  // A new database has nothing recorded yet: the schema sync creates everything afterwards.
  if (!(await knex.schema.hasTable(STATUS)) || !(await knex.schema.hasTable(RIWAYAT))) return;
  await pastikanKolom(knex, STATUS, {
    pengaju_id: (t) => t.integer('pengaju_id'),
    sidik_disetujui: (t) => t.jsonb('sidik_disetujui'),
  });
  await pastikanKolom(knex, RIWAYAT, {
    sidik: (t) => t.jsonb('sidik'),
    field: (t) => t.jsonb('field'),
    pengecualian: (t) => t.string('pengecualian'),
    hash_sebelum: (t) => t.string('hash_sebelum'),
    hash: (t) => t.string('hash'),
  });
  await sidikUntukYangMenunggu(knex, db.metadata);
  await rantaiUntukRiwayatLama(knex);
}
