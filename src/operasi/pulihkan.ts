import { copyFile, cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tar from 'tar';
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
  klienPg,
  lingkunganPg,
  type Lokasi,
  type Manifest,
  sha256Berkas,
} from './arsip';

/** The archive is what the manifest says, file for file: nothing missing, altered or added. */
async function periksaArsip(kerja: string): Promise<Manifest> {
  const manifest = JSON.parse(
    await readFile(path.join(kerja, BERKAS_MANIFEST), 'utf8'),
  ) as Manifest;
  if (manifest.format !== FORMAT_MANIFEST)
    throw new Error(`Bukan arsip cadangan sistem redaksi (format "${manifest.format}")`);
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

async function kosongkanTujuan(lokasi: Lokasi): Promise<void> {
  if (lokasi.client === 'sqlite') {
    for (const akhiran of ['', '-wal', '-shm'])
      await rm(`${lokasi.sqlite}${akhiran}`, { force: true });
  } else {
    const schema = (lokasi.postgres!.schema ?? 'public').replace(/"/g, '""');
    const client = klienPg(lokasi.postgres!);
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
    } finally {
      await client.end();
    }
  }
  await rm(lokasi.uploads, { recursive: true, force: true });
}

export interface OpsiPulihkan {
  /** Replace a database and uploads folder that are not empty (their content is lost). */
  timpa?: boolean;
}

/**
 * Restore an archive of `npm run cadangan` into the database and uploads folder `npm run start`
 * would use (same configuration and environment), with the server stopped. The archive is checked
 * against its manifest first; a target that holds anything is refused unless `timpa`; afterwards
 * every table's row count and every upload's checksum are compared with the manifest.
 */
export async function pulihkan(
  appDir: string,
  arsip: string,
  opsi: OpsiPulihkan = {},
  cetak: (baris: string) => void = console.log,
): Promise<void> {
  if (!existsSync(arsip)) throw new Error(`Arsip ${arsip} tidak ditemukan`);
  const lokasi = await bacaLokasi(appDir);
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
        `Arsip berisi basis data ${manifest.basisData.client}, sedangkan konfigurasi memakai ${lokasi.client} (DATABASE_CLIENT)`,
      );
    }

    const tabelAda =
      lokasi.client === 'sqlite' && !existsSync(lokasi.sqlite!)
        ? 0
        : Object.keys(await hitungTabelDi(lokasi)).length;
    const berkasAda = await folderBerisi(lokasi.uploads);
    if (tabelAda || berkasAda) {
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
      cetak(`Menimpa: mengosongkan ${tujuan} dan ${lokasi.uploads}`);
      await kosongkanTujuan(lokasi);
    }

    cetak('Memulihkan basis data...');
    const dump = path.join(kerja, manifest.basisData.berkas);
    if (lokasi.client === 'sqlite') {
      await mkdir(path.dirname(lokasi.sqlite!), { recursive: true });
      await copyFile(dump, lokasi.sqlite!);
    } else {
      const { PGDATABASE } = lingkunganPg(lokasi.postgres!);
      await jalankanProgramPg('pg_restore', lokasi.postgres!, [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        `--dbname=${PGDATABASE}`,
        dump,
      ]);
    }

    cetak(`Memulihkan unggahan ke ${lokasi.uploads}...`);
    await mkdir(lokasi.uploads, { recursive: true });
    await cp(path.join(kerja, FOLDER_UPLOADS), lokasi.uploads, { recursive: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      },
    );

    cetak('Memeriksa hasil terhadap manifest...');
    const beda = bedaTabel(manifest.tabel, await hitungTabelDi(lokasi));
    for (const [nama, hash] of Object.entries(manifest.berkas)) {
      if (!nama.startsWith(`${FOLDER_UPLOADS}/`)) continue;
      const berkas = path.join(lokasi.uploads, nama.slice(FOLDER_UPLOADS.length + 1));
      if (!existsSync(berkas) || (await sha256Berkas(berkas)) !== hash)
        beda.push(`${nama}: tidak sama dengan arsip`);
    }
    if (beda.length)
      throw new Error(`Hasil pemulihan tidak sesuai manifest:\n  ${beda.join('\n  ')}`);
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
    options: { timpa: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) {
    console.error('Pemakaian: npm run pulihkan -- <arsip.tar.gz> [--timpa]');
    process.exit(2);
  }
  pulihkan(process.cwd(), path.resolve(positionals[0]), { timpa: values.timpa }).catch(
    (error: unknown) => {
      console.error(`Pemulihan gagal: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
