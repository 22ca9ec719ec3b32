import { chmod, copyFile, cp, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tar from 'tar';
import {
  bandingkanDenganJangkar,
  type BarisJangkar,
  type BedaJangkar,
  type IndeksJangkar,
  kunciDokumen,
  pisahKunci,
  waktuJangkar,
} from '../plugins/redaksi/server/src/domain/jangkar';
import { type BarisBerantai, periksaRantai } from '../plugins/redaksi/server/src/domain/rantai';
import { readAnchorIndex, writeAnchorFile } from '../plugins/redaksi/server/src/utils/anchor-file';
import {
  bacaLokasi,
  BERKAS_MANIFEST,
  bedaTabel,
  daftarBerkas,
  folderBerisi,
  FOLDER_UPLOADS,
  FORMAT_MANIFEST,
  hitungTabelDi,
  jalankanProgramPg,
  kepalaPerDokumen,
  type KoneksiPostgres,
  type Lokasi,
  type Manifest,
  perintahDenganLingkungan,
  riwayatDi,
  sha256Berkas,
} from './archive';

/** The archive is what the manifest says, file for file: nothing missing, altered or added. */
async function periksaArsip(kerja: string): Promise<Manifest> {
  const manifest = JSON.parse(
    await readFile(path.join(kerja, BERKAS_MANIFEST), 'utf8'),
  ) as Manifest;
  if (manifest.format !== FORMAT_MANIFEST)
    throw new Error(`Bukan arsip cadangan sistem redaksi (format "${String(manifest.format)}")`);
  const salah: string[] = [];
  const ada = (await daftarBerkas(kerja)).filter((nama) => nama !== BERKAS_MANIFEST);
  for (const nama of ada) {
    if (!(nama in manifest.berkas)) salah.push(`${nama}: tidak tercantum di manifest`);
    else if ((await sha256Berkas(path.join(kerja, nama))) !== manifest.berkas[nama])
      salah.push(`${nama}: sha256 berbeda`);
  }
  for (const nama of Object.keys(manifest.berkas))
    if (!ada.includes(nama)) salah.push(`${nama}: hilang dari arsip`);
  if (salah.length) throw new Error(`Arsip rusak atau diubah:\n  ${salah.join('\n  ')}`);
  return manifest;
}

/**
 * The archive's uploads, copied next to the live folder (same file system, so that putting them in
 * place is a rename) before anything is replaced: a copy that fails (disk full) leaves the live
 * folder as it was. A dot name, so that nothing serves the half-copied folder meanwhile.
 */
async function siapkanUnggahan(kerja: string, uploads: string): Promise<string> {
  const baru = path.join(
    path.dirname(uploads),
    `.pulihkan-${path.basename(uploads)}-${process.pid}`,
  );
  await rm(baru, { recursive: true, force: true });
  await mkdir(path.dirname(uploads), { recursive: true });
  try {
    await cp(path.join(kerja, FOLDER_UPLOADS), baru, { recursive: true }).catch(
      async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        await mkdir(baru);
      },
    );
  } catch (error) {
    await rm(baru, { recursive: true, force: true });
    throw error;
  }
  return baru;
}

/** The prepared uploads in place of the live folder (kept with its mode, which nginx reads through). */
async function tukarUnggahan(baru: string, uploads: string): Promise<void> {
  const lama = path.join(
    path.dirname(uploads),
    `.pulihkan-lama-${path.basename(uploads)}-${process.pid}`,
  );
  const ada = existsSync(uploads);
  if (ada) {
    await chmod(baru, (await stat(uploads)).mode & 0o7777);
    await rename(uploads, lama);
  }
  await rename(baru, uploads);
  if (ada) await rm(lama, { recursive: true, force: true });
}

/**
 * The archive's SQLite file in place of the target's: copied beside it first (a failed copy leaves
 * the target as it was), then renamed over it, its write-ahead log gone with it (the server is
 * stopped, so nothing is in it but what the restore replaces).
 */
async function pulihkanSqlite(dump: string, tujuan: string): Promise<void> {
  await mkdir(path.dirname(tujuan), { recursive: true });
  const baru = `${tujuan}.pulihkan-${process.pid}`;
  try {
    await copyFile(dump, baru);
  } catch (error) {
    await rm(baru, { force: true });
    throw error;
  }
  for (const akhiran of ['-wal', '-shm']) await rm(`${tujuan}${akhiran}`, { force: true });
  await rename(baru, tujuan);
}

/**
 * All or nothing, the target's old content included: pg_restore only reads the archive into a SQL
 * script (a truncated or corrupt dump fails there, the database untouched), then psql runs that
 * script in ONE transaction together with emptying the schema (`timpa`). A failure anywhere, the
 * last index as much as the first table, rolls all of it back: the target keeps what it had.
 * pg_restore's own --single-transaction would not do: emptying the target before it is a
 * transaction of its own, already committed when the restore fails.
 */
async function pulihkanPostgres(
  pg: KoneksiPostgres,
  dump: string,
  kerja: string,
  timpa: boolean,
): Promise<void> {
  const skrip = path.join(kerja, 'pulihkan.sql');
  await jalankanProgramPg('pg_restore', pg, [
    '--no-owner',
    '--no-privileges',
    `--file=${skrip}`,
    dump,
  ]);
  const schema = `"${(pg.schema ?? 'public').replace(/"/g, '""')}"`;
  await jalankanProgramPg('psql', pg, [
    '--no-psqlrc',
    '--quiet',
    '--set=ON_ERROR_STOP=1',
    '--single-transaction',
    ...(timpa
      ? [`--command=DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`]
      : []),
    `--file=${skrip}`,
  ]);
  await rm(skrip, { force: true });
}

export interface RestoreOptions {
  /** Replace a database and uploads folder that are not empty (their content is lost). */
  timpa?: boolean;
  /** Restore an archive whose history disagrees with the anchor file (recorded in that file). */
  abaikanJangkar?: boolean;
}

/**
 * The archive's history against the operator's anchor file, before anything is touched.
 *
 * An archive OLDER than the file is the normal case of a restore (the file kept growing after
 * the backup): said loudly, item by item, because the rows written after the backup are lost, and
 * the restore goes on. An archive whose history DIFFERS from what the file recorded at the same
 * length (or that the file never saw) is refused: it is not this system's past (its history was
 * altered, or it comes from another installation), and restoring it would make that history the
 * live one. Only the operator, knowing why, may override that (--abaikan-jangkar), and the
 * override is written into the anchor file for the auditor.
 *
 * Without the operator's file (a new machine), the archive's own copy taken right after its
 * snapshot stands in, and the missing file is said loudly: the copy travelled with the archive,
 * so it only catches an archive altered without it.
 */
function bandingkanArsip(
  manifest: Manifest,
  kerja: string,
  lokasi: Lokasi,
  cetak: (baris: string) => void,
): { beda: BedaJangkar[]; tanpaJangkarOperator: boolean } {
  if (!manifest.rantai) {
    cetak(
      '  PERINGATAN: arsip ini dibuat sebelum rantai riwayat berjangkar; riwayatnya hanya diperiksa sesudah dipulihkan.',
    );
    return { beda: [], tanpaJangkarOperator: false };
  }
  const operator = readAnchorIndex(lokasi.jangkar);
  let indeks: IndeksJangkar = operator.indeks;
  // An empty file is no witness either (a server started on a new machine creates it).
  if (!operator.ada || operator.indeks.kunci().length === 0) {
    cetak(
      `  PERINGATAN: berkas jangkar riwayat ${lokasi.jangkar} tidak ada atau kosong. Bila salinannya disimpan di luar mesin ini, hentikan dan letakkan dulu di sana (RIWAYAT_JANGKAR_FILE).` +
        (manifest.rantai.jangkar
          ? ' Dibandingkan dengan salinan jangkar di dalam arsip.'
          : ' Arsip juga tanpa salinan jangkar: riwayatnya tidak dapat dibandingkan.'),
    );
    if (!manifest.rantai.jangkar) return { beda: [], tanpaJangkarOperator: true };
    indeks = readAnchorIndex(path.join(kerja, manifest.rantai.jangkar)).indeks;
    return {
      beda: bandingkanDenganJangkar(manifest.rantai.kepala, indeks),
      tanpaJangkarOperator: true,
    };
  }
  return {
    beda: bandingkanDenganJangkar(manifest.rantai.kepala, indeks),
    tanpaJangkarOperator: false,
  };
}

/**
 * The restored items whose anchor must start afresh from the archive's head (`sebab:
 * "pemulihan"`): without it, every later view of them would report the lost rows, and the next
 * row would collide with a head the file recorded before. The line says what was lost, for the auditor.
 */
function barisPemulihan(
  beda: readonly BedaJangkar[],
  manifest: Manifest,
  arsip: string,
  dipaksa: boolean,
): BarisJangkar[] {
  const waktu = waktuJangkar(new Date());
  return beda.flatMap((b) => {
    const kepala = manifest.rantai?.kepala[b.kunci];
    if (!kepala?.hash || kepala.jumlah < 1) return [];
    const [uidKonten, dokumenId] = pisahKunci(b.kunci);
    return [
      {
        waktu,
        sebab: 'pemulihan' as const,
        uidKonten,
        dokumenId,
        jumlah: kepala.jumlah,
        hash: kepala.hash,
        catatan: `dipulihkan dari ${path.basename(arsip)} (dibuat ${manifest.dibuat})${dipaksa && b.jenis !== 'lebih-lama' ? ' dengan --abaikan-jangkar' : ''}: ${b.pesan}`,
      },
    ];
  });
}

/** Every restored item's chain, under the key and against the anchor file: the lines of those that do not hold. */
function periksaRiwayatPulih(
  baris: BarisBerantai[],
  kunci: string,
  indeks: IndeksJangkar,
): string[] {
  const perDokumen = new Map<string, BarisBerantai[]>();
  for (const row of baris) {
    const kunciDok = kunciDokumen(row.uidKonten, row.dokumenId);
    const ada = perDokumen.get(kunciDok);
    if (ada) ada.push(row);
    else perDokumen.set(kunciDok, [row]);
  }
  const rusak: string[] = [];
  for (const [kunciDok, rows] of perDokumen) {
    const [uid, dokumenId] = pisahKunci(kunciDok);
    const hasil = periksaRantai(rows, kunci, indeks.untuk(uid, dokumenId));
    if (!hasil.utuh) rusak.push(`${uid} ${dokumenId}: ${hasil.alasan}`);
  }
  return rusak;
}

/**
 * Restore an archive of `npm run cadangan` into the database and uploads folder `npm run start`
 * would use (same configuration and environment), with the server stopped. The archive is checked
 * against its manifest first, and its history against the operator's anchor file (bandingkanArsip);
 * a target that holds anything is refused unless `timpa`; afterwards every table's row count,
 * every upload's checksum and every item's chain head are compared with the manifest, and every
 * restored chain is verified under the key and against the anchor file.
 */
export async function restore(
  appDir: string,
  arsip: string,
  opsi: RestoreOptions = {},
  cetak: (baris: string) => void = console.log,
): Promise<void> {
  if (!existsSync(arsip)) throw new Error(`Arsip ${arsip} tidak ditemukan`);
  const lokasi = await bacaLokasi(appDir, 'pulihkan');
  const kerja = await mkdtemp(path.join(tmpdir(), 'redaksi-pulihkan-'));
  try {
    cetak(`Membuka dan memeriksa ${arsip}...`);
    await tar.extract({ file: arsip, cwd: kerja, strict: true });
    const manifest = await periksaArsip(kerja);
    cetak(
      `  dibuat ${manifest.dibuat}, ${manifest.aplikasi.nama} ${manifest.aplikasi.versi}, ${Object.keys(manifest.berkas).length} berkas sesuai manifest`,
    );
    if (manifest.basisData.client !== lokasi.client) {
      throw new Error(
        `Arsip berisi basis data ${manifest.basisData.client}, sedangkan konfigurasi memakai ${lokasi.client} (DATABASE_CLIENT)` +
          (lokasi.client === 'sqlite' && !process.env.DATABASE_CLIENT?.trim()
            ? `. Di server produksi, jalankan dengan berkas lingkungannya, sebagai root:\n  ${perintahDenganLingkungan('pulihkan')}`
            : ''),
      );
    }

    cetak(`Membandingkan riwayat di arsip dengan berkas jangkar ${lokasi.jangkar}...`);
    const { beda: bedaJangkar, tanpaJangkarOperator } = bandingkanArsip(
      manifest,
      kerja,
      lokasi,
      cetak,
    );
    const berbeda = bedaJangkar.filter((b) => b.jenis !== 'lebih-lama');
    if (berbeda.length > 0 && !opsi.abaikanJangkar) {
      throw new Error(
        `Riwayat di arsip tidak sesuai dengan berkas jangkar ${lokasi.jangkar}:\n  ${berbeda.map((b) => b.pesan).join('\n  ')}\n` +
          'Arsip ini bukan masa lalu sistem ini (riwayatnya diubah, atau dari instalasi lain). Pemulihan ditolak; tidak ada yang diubah. ' +
          'Bila Anda tahu sebabnya, ulangi dengan --abaikan-jangkar (tercatat di berkas jangkar).',
      );
    }
    if (bedaJangkar.length > 0) {
      cetak(
        `  PERHATIAN: riwayat ${bedaJangkar.length} dokumen berbeda dengan berkas jangkar${berbeda.length ? ' (--abaikan-jangkar)' : ''}:\n    ${bedaJangkar.map((b) => b.pesan).join('\n    ')}`,
      );
    } else if (manifest.rantai) {
      cetak(
        `  riwayat ${Object.keys(manifest.rantai.kepala).length} dokumen sama dengan berkas jangkar`,
      );
    }

    const tabelAda =
      lokasi.client === 'sqlite' && !existsSync(lokasi.sqlite!)
        ? 0
        : Object.keys(await hitungTabelDi(lokasi)).length;
    const berkasAda = await folderBerisi(lokasi.uploads);
    const timpa = Boolean(tabelAda || berkasAda);
    if (timpa) {
      const tujuan =
        lokasi.client === 'sqlite'
          ? `SQLite ${lokasi.sqlite}`
          : `PostgreSQL ${lokasi.postgres!.database ?? ''}`;
      if (!opsi.timpa) {
        throw new Error(
          `Tujuan tidak kosong: basis data ${tujuan} berisi ${tabelAda} tabel, folder ${lokasi.uploads} berisi ${berkasAda} berkas. ` +
            'Pulihkan ke basis data dan folder yang kosong, atau tambahkan --timpa untuk menggantinya (isinya sekarang hilang).',
        );
      }
      cetak(
        `Menimpa ${tujuan} dan ${lokasi.uploads}: isinya diganti hanya bila basis data arsip pulih seluruhnya`,
      );
    }

    // The uploads are prepared first and put in place last, after the database: a restore that
    // fails on the way changes neither.
    cetak('Menyiapkan unggahan dari arsip...');
    const unggahanBaru = await siapkanUnggahan(kerja, lokasi.uploads);
    try {
      cetak('Memulihkan basis data...');
      const dump = path.join(kerja, manifest.basisData.berkas);
      if (lokasi.client === 'sqlite') await pulihkanSqlite(dump, lokasi.sqlite!);
      else await pulihkanPostgres(lokasi.postgres!, dump, kerja, timpa);
    } catch (error) {
      await rm(unggahanBaru, { recursive: true, force: true });
      throw error;
    }
    cetak(`Memulihkan unggahan ke ${lokasi.uploads}...`);
    await tukarUnggahan(unggahanBaru, lokasi.uploads);

    cetak('Memeriksa hasil terhadap manifest...');
    const beda = bedaTabel(manifest.tabel, await hitungTabelDi(lokasi));
    for (const [nama, hash] of Object.entries(manifest.berkas)) {
      if (!nama.startsWith(`${FOLDER_UPLOADS}/`)) continue;
      const berkas = path.join(lokasi.uploads, nama.slice(FOLDER_UPLOADS.length + 1));
      if (!existsSync(berkas) || (await sha256Berkas(berkas)) !== hash)
        beda.push(`${nama}: tidak sama dengan arsip`);
    }
    const riwayat = await riwayatDi(lokasi);
    if (manifest.rantai) {
      const kepala = kepalaPerDokumen(riwayat);
      for (const kunci of new Set([...Object.keys(manifest.rantai.kepala), ...Object.keys(kepala)]))
        if (JSON.stringify(kepala[kunci]) !== JSON.stringify(manifest.rantai.kepala[kunci]))
          beda.push(
            `rantai riwayat ${pisahKunci(kunci).join(' ')}: kepala tidak sama dengan manifest`,
          );
    }
    if (beda.length)
      throw new Error(`Hasil pemulihan tidak sesuai manifest:\n  ${beda.join('\n  ')}`);

    // The restored items start their anchor afresh from the archive's heads, so that the server
    // judges the history restored on purpose by what follows it, not by rows the restore lost.
    // Without the operator's file, the new file starts from every restored head, so that the
    // server has a witness to compare with from now on (the restore said loudly where they came from).
    const dasar: BedaJangkar[] = tanpaJangkarOperator
      ? Object.keys(manifest.rantai?.kepala ?? {})
          .filter((kunci) => !bedaJangkar.some((b) => b.kunci === kunci))
          .map((kunci) => ({
            kunci,
            jenis: 'lebih-lama' as const,
            pesan: `${pisahKunci(kunci).join(' ')}: berkas jangkar operator tidak ada atau kosong saat pemulihan, kepala diambil dari arsip`,
          }))
      : [];
    const pemulihan = barisPemulihan(
      [...bedaJangkar, ...dasar],
      manifest,
      arsip,
      Boolean(opsi.abaikanJangkar),
    );
    if (pemulihan.length) {
      writeAnchorFile(lokasi.jangkar, pemulihan);
      cetak(
        `Berkas jangkar: ${pemulihan.length} kepala rantai dicatat ulang dari arsip (sebab "pemulihan").`,
      );
    }
    const rusak = periksaRiwayatPulih(
      riwayat,
      lokasi.kunciRiwayat,
      readAnchorIndex(lokasi.jangkar).indeks,
    );
    cetak(
      rusak.length
        ? `PERINGATAN: riwayat ${rusak.length} dokumen tidak utuh sesudah pemulihan (kunci RIWAYAT_HMAC_KEY berbeda dengan saat dicatat, atau riwayat diubah):\n  ${rusak.join('\n  ')}`
        : `Rantai riwayat: ${new Set(riwayat.map((b) => kunciDokumen(b.uidKonten, b.dokumenId))).size} dokumen utuh menurut kunci dan berkas jangkar.`,
    );
    const baris = Object.values(manifest.tabel).reduce((a, b) => a + b, 0);
    const unggahan = Object.keys(manifest.berkas).filter((nama) =>
      nama.startsWith(`${FOLDER_UPLOADS}/`),
    ).length;
    cetak(
      `Pulih: ${Object.keys(manifest.tabel).length} tabel, ${baris} baris, ${unggahan} berkas unggahan; 0 perbedaan dengan manifest.`,
    );
  } finally {
    await rm(kerja, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      timpa: { type: 'boolean', default: false },
      'abaikan-jangkar': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) {
    console.error('Pemakaian: npm run pulihkan -- <arsip.tar.gz> [--timpa] [--abaikan-jangkar]');
    process.exit(2);
  }
  restore(process.cwd(), path.resolve(positionals[0]), {
    timpa: values.timpa,
    abaikanJangkar: values['abaikan-jangkar'],
  }).catch((error: unknown) => {
    console.error(`Pemulihan gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
