/**
 * The history is evidence against whoever holds the database (issue #21): the chain is keyed
 * (HMAC under RIWAYAT_HMAC_KEY, from the environment) and each item's chain head is anchored after
 * commit in an append-only file outside the database. Each tampering is done here as someone
 * holding the database would do it, with straight SQL past the engine, and the document view must
 * name the item's history as not intact, and why.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import {
  type BarisBerantai,
  hashBaris,
  hashBarisTanpaKunci,
} from '../../src/plugins/redaksi/server/src/domain/rantai';
import { http, jalur, UID_LIPUTAN, UID_MEDSOS } from '../helpers/http';
import { type Pengguna, penggunaPerPeran, PERAN_SOP_20, PERAN_SOP_21 } from '../helpers/pengguna';
import {
  buatKontenMedsos,
  buatLiputan,
  liputanSampaiTayang,
  medsosSampaiTahap,
} from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let folder: string;
let berkasJangkar: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'redaksi-rantai-'));
  // The anchor file of this run only, outside the database (read by config/plugins.ts at load).
  berkasJangkar = path.join(folder, 'jangkar', 'jangkar-riwayat.jsonl');
  process.env.RIWAYAT_JANGKAR_FILE = berkasJangkar;
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, [...PERAN_SOP_21, ...PERAN_SOP_20]));
});
afterAll(async () => {
  await hentikanStrapi(strapi);
  delete process.env.RIWAYAT_JANGKAR_FILE;
  rmSync(folder, { recursive: true, force: true });
});

const kunciServer = () => (strapi.config.get('plugin::redaksi.rantai') as { kunci: string }).kunci;

const rantai = async (documentId: string, uid = UID_MEDSOS) =>
  (await http(strapi, p['pemimpin-redaksi']).get(jalur.redaksi(documentId, uid)).expect(200)).body
    .data.rantai;

/** An SOP 21 item walked by its roles from the draft to the decision: four history rows. */
async function itemDisetujui(): Promise<string> {
  const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
  await medsosSampaiTahap(strapi, p, documentId, 'disetujui');
  return documentId;
}

/** The item's history rows in chain order, as the chain reads them. */
const barisRiwayat = async (documentId: string) =>
  (await strapi.db
    .query('plugin::redaksi.riwayat')
    .findMany({ where: { dokumenId: documentId }, orderBy: { id: 'asc' } })) as BarisBerantai[];

/** Straight SQL, past the append-only lifecycle guard: what someone holding the database can do. */
const sql = () => strapi.db.connection('redaksi_riwayat');

/**
 * Row `ke` (0-based) edited, and every hash of the chain recomputed with `hash`, the way a copy
 * of the code in dist/ run against the database would.
 */
async function tulisUlang(
  documentId: string,
  ke: number,
  hash: (baris: BarisBerantai, sebelumnya: string | null) => string,
) {
  const baris = await barisRiwayat(documentId);
  baris[ke].note = 'disisipkan kemudian';
  let sebelumnya: string | null = null;
  for (const row of baris) {
    const baru = hash(row, sebelumnya);
    await sql()
      .where({ id: row.id })
      .update({ note: row.note, hash_sebelum: sebelumnya, hash: baru });
    sebelumnya = baru;
  }
  return baris;
}

/** The heads the anchor file holds for one item, in file order. */
async function jangkarUntuk(documentId: string) {
  const teks = await readFile(berkasJangkar, 'utf8');
  return teks
    .split('\n')
    .filter(Boolean)
    .map((baris) => JSON.parse(baris))
    .filter((baris) => baris.dokumenId === documentId);
}

describe('rantai riwayat berkunci dan berjangkar', () => {
  it('anchors every committed row of a Liputan walked to online; the untouched chain is intact', async () => {
    const liputan = await buatLiputan(strapi, p, { judul: 'Rapat pleno rantai' });
    await liputanSampaiTayang(strapi, p, liputan);
    const baris = await barisRiwayat(liputan);
    expect(baris.length).toBeGreaterThanOrEqual(6);
    const jangkar = await jangkarUntuk(liputan);
    expect(jangkar.map((j) => [j.sebab, j.uidKonten, j.jumlah, j.hash])).toEqual(
      baris.map((b, i) => ['riwayat', UID_LIPUTAN, i + 1, b.hash]),
    );
    expect(jangkar[0].waktu).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00$/);
    // Keyed: the row's hash is the HMAC under the server's key, not the plain hash of old.
    expect(baris[0].hash).toBe(hashBaris(baris[0], null, kunciServer()));
    expect(baris[0].hash).not.toBe(hashBarisTanpaKunci(baris[0], null));
    expect(await rantai(liputan, UID_LIPUTAN)).toEqual({
      utuh: true,
      jumlah: baris.length,
      rusakPada: null,
      alasan: null,
      peringatan: null,
      terjangkar: baris.length,
    });
  });

  it('(a) the last row deleted in the database: not intact, truncated', async () => {
    const documentId = await itemDisetujui();
    const baris = await barisRiwayat(documentId);
    await sql()
      .where({ id: baris.at(-1)!.id })
      .delete();
    expect(await rantai(documentId)).toMatchObject({
      utuh: false,
      jumlah: 3,
      rusakPada: baris[2].id,
      alasan:
        'Riwayat terpotong: basis data berisi 3 baris, padahal berkas jangkar mencatat 4 baris; 1 baris terakhir dihapus langsung di basis data (atau data dipulihkan dari cadangan yang lebih lama).',
    });
  });

  it('(b) a row edited and every hash recomputed as the old code in dist/ would (plain SHA-256), or with a wrong key: not intact', async () => {
    const sha = await itemDisetujui();
    const baris = await tulisUlang(sha, 1, hashBarisTanpaKunci);
    const hasil = await rantai(sha);
    expect(hasil).toMatchObject({ utuh: false, rusakPada: baris[0].id });
    expect(hasil.alasan).toMatch(/tidak cocok dengan hash-nya.*tanpa kunci riwayat server ini/);

    const kunciSalah = await itemDisetujui();
    const salah = await tulisUlang(kunciSalah, 2, (b, s) =>
      hashBaris(b, s, 'kunci-tebakan-penyerang-0123456789'),
    );
    expect(await rantai(kunciSalah)).toMatchObject({ utuh: false, rusakPada: salah[0].id });
  });

  it('(c) a row edited and the chain recomputed with the right key, the anchor file untouched: not intact, naming the rewrite', async () => {
    const documentId = await itemDisetujui();
    const baris = await tulisUlang(documentId, 2, (b, s) => hashBaris(b, s, kunciServer()));
    const hasil = await rantai(documentId);
    expect(hasil).toMatchObject({ utuh: false, jumlah: 4, rusakPada: baris[2].id, terjangkar: 2 });
    expect(hasil.alasan).toBe(
      `Riwayat ditulis ulang: baris ke-3 (#${baris[2].id}) tidak sama dengan kepala rantai yang dicatat di berkas jangkar; perubahan ada di antara baris ke-3 (#${baris[2].id}) dan ke-3.`,
    );
    // The same rewrite with the last row deleted as well: still caught by the anchored heads.
    await sql().where({ id: baris[3].id }).delete();
    expect(await rantai(documentId)).toMatchObject({ utuh: false, rusakPada: baris[2].id });
  });

  it('(d) an untouched chain is intact, its anchored heads all matching', async () => {
    const documentId = await itemDisetujui();
    expect(await rantai(documentId)).toEqual({
      utuh: true,
      jumlah: 4,
      rusakPada: null,
      alasan: null,
      peringatan: null,
      terjangkar: 4,
    });
  });

  it('reports a history row changed directly in the database, without recomputing anything', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await medsosSampaiTahap(strapi, p, documentId, 'keputusan');
    expect(await rantai(documentId)).toMatchObject({ utuh: true, jumlah: 3, rusakPada: null });
    const [, kedua] = await barisRiwayat(documentId);
    await sql().where({ id: kedua.id }).update({ note: 'disisipkan' });
    expect(await rantai(documentId)).toMatchObject({
      utuh: false,
      jumlah: 3,
      rusakPada: kedua.id,
    });
  });

  it('an anchor write that fails is logged loudly and never undoes the transition; the next row anchors again', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await medsosSampaiTahap(strapi, p, documentId, 'diserahkan');
    // The anchor file's path taken by a folder: open() fails as on a full or read-only disk.
    const disisihkan = `${berkasJangkar}.disisihkan`;
    renameSync(berkasJangkar, disisihkan);
    mkdirSync(berkasJangkar);
    const galat = jest.spyOn(strapi.log, 'error');
    try {
      await medsosSampaiTahap(strapi, p, documentId, 'pemeriksaan');
      expect(galat).toHaveBeenCalledWith(expect.stringMatching(/^RIWAYAT TIDAK TERJANGKAR: /));
    } finally {
      galat.mockRestore();
      rmSync(berkasJangkar, { recursive: true });
      renameSync(disisihkan, berkasJangkar);
    }
    const status = await strapi.db
      .query('plugin::redaksi.status-alur')
      .findOne({ where: { dokumenId: documentId } });
    expect(status.tahap).toBe('pemeriksaan');
    const tanpa = await rantai(documentId);
    expect(tanpa).toMatchObject({ utuh: true, jumlah: 2, terjangkar: 1 });
    expect(tanpa.peringatan).toMatch(/^1 baris terakhir \(mulai #\d+\) belum tercatat/);

    await medsosSampaiTahap(strapi, p, documentId, 'keputusan');
    expect(await rantai(documentId)).toMatchObject({
      utuh: true,
      jumlah: 3,
      terjangkar: 3,
      peringatan: null,
    });
  });
});

describe('migrasi data: rantai lama diberi kunci', () => {
  it('re-keys chains hashed without a key, anchors the new heads for the auditor, and leaves a chain tampered before it broken', async () => {
    const utuh = await itemDisetujui();
    const dirusak = await itemDisetujui();
    // The database as the release before left it: every chain hashed with plain SHA-256.
    for (const documentId of [utuh, dirusak]) {
      let sebelumnya: string | null = null;
      for (const row of await barisRiwayat(documentId)) {
        const hash = hashBarisTanpaKunci(row, sebelumnya);
        await sql().where({ id: row.id }).update({ hash_sebelum: sebelumnya, hash });
        sebelumnya = hash;
      }
    }
    const kepalaLama = (await barisRiwayat(utuh)).at(-1)!.hash;
    // ... and one of them changed behind the engine's back before the upgrade.
    const dirusakBaris = await barisRiwayat(dirusak);
    await sql().where({ id: dirusakBaris[2].id }).update({ note: 'diubah sebelum migrasi' });
    expect(await rantai(utuh)).toMatchObject({ utuh: false });

    await strapi.db
      .connection('strapi_migrations')
      .where('name', 'like', '%rantai-riwayat-berkunci%')
      .delete();
    await strapi.db.migrations.up();

    expect(await rantai(utuh)).toMatchObject({
      utuh: true,
      jumlah: 4,
      terjangkar: 4,
      peringatan: null,
    });
    const [migrasi] = (await jangkarUntuk(utuh)).filter((j) => j.sebab === 'migrasi-kunci');
    expect(migrasi).toMatchObject({ jumlah: 4, hash: (await barisRiwayat(utuh)).at(-1)!.hash });
    expect(migrasi.catatan).toContain(`kepala lama (SHA-256 tanpa kunci): ${kepalaLama}`);
    expect(
      await strapi.db
        .connection('strapi_migrations')
        .where('name', 'like', '%rantai-riwayat-berkunci%')
        .first(),
    ).toBeTruthy();

    // Re-keying did not launder the row changed before it.
    expect(await rantai(dirusak)).toMatchObject({ utuh: false, rusakPada: dirusakBaris[2].id });
    const [catatanRusak] = (await jangkarUntuk(dirusak)).filter((j) => j.sebab === 'migrasi-kunci');
    expect(catatanRusak).toMatchObject({ jumlah: 2 });
    expect(catatanRusak.catatan).toContain(`rantai lama rusak pada baris #${dirusakBaris[2].id}`);
  });
});
