import path from 'node:path';
import Database from 'better-sqlite3';
import { Client, type ClientConfig } from 'pg';
import { daftarBerkas, sha256Berkas } from '../../src/operations/archive';

/**
 * What a backup must carry and a restore must give back, in a form two databases or folders can
 * be compared by: every row of every table (and, on PostgreSQL, every sequence's value), each
 * table's rows as JSON in a stable order; every file's sha256.
 */
const urut = (baris: unknown[]) => baris.map((b) => JSON.stringify(b)).sort();

export function isiSqlite(berkas: string): Record<string, string[]> {
  const db = new Database(berkas, { readonly: true });
  try {
    const tabel = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as Array<{ name: string }>;
    return Object.fromEntries(
      tabel.map(({ name }) => [name, urut(db.prepare(`SELECT * FROM "${name}"`).all())]),
    );
  } finally {
    db.close();
  }
}

export async function isiPostgres(koneksi: ClientConfig): Promise<Record<string, string[]>> {
  const client = new Client(koneksi);
  await client.connect();
  try {
    const hasil: Record<string, string[]> = {};
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    for (const { table_name: nama } of rows)
      hasil[nama] = urut((await client.query(`SELECT * FROM "${nama}"`)).rows);
    hasil['(sekuens)'] = urut(
      (
        await client.query(
          "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'",
        )
      ).rows,
    );
    return hasil;
  } finally {
    await client.end();
  }
}

export async function isiFolder(folder: string): Promise<Record<string, string>> {
  const hasil: Record<string, string> = {};
  for (const nama of await daftarBerkas(folder))
    hasil[nama] = await sha256Berkas(path.join(folder, nama));
  return hasil;
}
