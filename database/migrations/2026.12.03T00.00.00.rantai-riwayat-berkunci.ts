/**
 * Data migration for the keyed history chain (issue #21, "the history is evidence against
 * whoever holds the database").
 *
 * Rows written before this release were hashed with plain SHA-256, which anyone can recompute.
 * Each item's chain is re-hashed here with HMAC-SHA256 under RIWAYAT_HMAC_KEY, oldest row first,
 * and its new head is anchored in the operator's anchor file with `sebab: "migrasi-kunci"` and the
 * old head in `catatan`. An auditor sees the re-keying in three places: that line per item in the
 * anchor file (when, old head, new head), this migration's row in `strapi_migrations` (name and
 * time), and the server log.
 *
 * Re-keying never launders: a row is re-keyed only while the old chain up to it holds as it was
 * written (domain/rantai.ts kunciUlangRantai). From the first row that was changed behind the
 * engine's back, rows keep their old hash, so the view still reports the item's history as not
 * intact, at that row.
 *
 * Strapi runs user migrations inside one transaction, before the schema sync; everything is read
 * and written with this migration's own `knex`. The anchor lines are written during the
 * transaction: should it roll back, a later run computes the very same HMACs (same key, same
 * rows), so the lines already in the file still hold.
 */
import path from 'node:path';
import type { Knex } from 'knex';
import type { KonfigurasiRantai } from '../../src/plugins/redaksi/server/src/config';
import {
  type BarisJangkar,
  waktuJangkar,
} from '../../src/plugins/redaksi/server/src/domain/jangkar';
import { kunciUlangRantai } from '../../src/plugins/redaksi/server/src/domain/rantai';
import { writeAnchorFile } from '../../src/plugins/redaksi/server/src/utils/anchor-file';
import { dariKolom } from '../../src/plugins/redaksi/server/src/utils/riwayat-mentah';

const RIWAYAT = 'redaksi_riwayat';

export async function up(knex: Knex): Promise<void> {
  // A new database has no history yet: every row it gets is keyed from the start.
  if (!(await knex.schema.hasTable(RIWAYAT))) return;
  if (!(await knex.schema.hasColumn(RIWAYAT, 'hash'))) return;
  const { kunci, berkasJangkar } = strapi.config.get<KonfigurasiRantai>('plugin::redaksi.rantai');
  const berkas = path.resolve(strapi.dirs.app.root, berkasJangkar);

  const dokumen = (await knex(RIWAYAT)
    .distinct('uid_konten', 'dokumen_id')
    .orderBy(['uid_konten', 'dokumen_id'])) as Array<{ uid_konten: string; dokumen_id: string }>;
  const waktu = waktuJangkar(new Date());
  const jangkar: BarisJangkar[] = [];
  const rusak: string[] = [];
  let diubah = 0;
  for (const { uid_konten: uidKonten, dokumen_id: dokumenId } of dokumen) {
    const baris = (
      await knex(RIWAYAT).where({ uid_konten: uidKonten, dokumen_id: dokumenId }).orderBy('id')
    ).map(dariKolom);
    const hasil = kunciUlangRantai(baris, kunci);
    for (const baru of hasil.baru) {
      const lama = baris.find((b) => b.id === baru.id);
      if (lama?.hash === baru.hash && lama.hashSebelum === baru.hashSebelum) continue;
      await knex(RIWAYAT)
        .where({ id: baru.id })
        .update({ hash_sebelum: baru.hashSebelum, hash: baru.hash });
      diubah += 1;
    }
    if (hasil.rusakPada !== null)
      rusak.push(`${uidKonten} ${dokumenId} (rantai lama rusak pada baris #${hasil.rusakPada})`);
    const kepala = hasil.baru.at(-1);
    if (!kepala) continue;
    jangkar.push({
      waktu,
      sebab: 'migrasi-kunci',
      uidKonten,
      dokumenId,
      jumlah: hasil.baru.length,
      hash: kepala.hash,
      catatan:
        `rantai diberi kunci HMAC; kepala lama (SHA-256 tanpa kunci): ${hasil.hashLama ?? '-'}` +
        (hasil.rusakPada !== null
          ? `; rantai lama rusak pada baris #${hasil.rusakPada}, baris itu dan sesudahnya tidak diberi kunci`
          : ''),
    });
  }
  if (dokumen.length === 0) return;
  writeAnchorFile(berkas, jangkar);
  strapi.log.warn(
    `Migrasi rantai riwayat berkunci: ${dokumen.length} dokumen, ${diubah} baris diberi hash HMAC, ` +
      `${jangkar.length} kepala rantai dicatat di ${berkas} (sebab "migrasi-kunci").` +
      (rusak.length
        ? ` Riwayat yang sudah rusak sebelum migrasi (tetap dilaporkan tidak utuh): ${rusak.join('; ')}.`
        : ''),
  );
}
