/**
 * Backup and restore as an operator runs them (`npm run cadangan`, `npm run pulihkan`), each in a
 * process of its own against the configuration `npm run start` reads: a backup taken while the
 * server answers requests, restored into an empty database and uploads folder, is identical row
 * for row and file for file; a second server on the restored data logs the same people in, sees
 * an intact history chain, and continues the register sequence. The operator's anchor file of the
 * history chain travels in the archive, and a restore compares the archive's history with it:
 * an older archive is restored with the lost rows named, an altered one is refused.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { daftarBerkas, sha256Berkas } from '../../src/operations/archive';
import { cmUid, http, jalur, UID_LIPUTAN } from '../helpers/http';
import { isiFolder, isiPostgres, isiSqlite } from '../helpers/isi-basis-data';
import { type Pengguna, penggunaPerPeran, SANDI } from '../helpers/pengguna';
import {
  buatDisposisi,
  buatKontenMedsos,
  buatLiputan,
  disposisiSampaiRedaktur,
  liputanSampaiTayang,
  medsosSampaiTahap,
  narasi,
  tanggalWibRelatif,
} from '../helpers/sop';
import { hentikanProses, jalankanPerintah, mulaiProsesStrapi } from '../helpers/proses';
import {
  alamat,
  hentikanStrapi,
  isPostgres,
  koneksiPostgres,
  mulaiStrapi,
  sqlAdmin,
} from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
let folder: string;
let konten: string;
let liputan: string;
let diturunkan: string;
/** The public registers (corrections, takedowns) as the original server answered them. */
const registerAsal: Record<string, unknown> = {};
const REGISTER = ['/api/koreksi', '/api/penurunan'];
let databasePulih: string | null = null;
let jangkar: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'redaksi-cadangan-uji-'));
  process.env.PUBLIC_DIR = path.join(folder, 'public-asal');
  // The operator's anchor file, outside the database; the commands inherit it like `npm run` would.
  jangkar = path.join(folder, 'jangkar', 'jangkar-riwayat.jsonl');
  process.env.RIWAYAT_JANGKAR_FILE = jangkar;
  mkdirSync(path.join(folder, 'public-asal', 'uploads'), { recursive: true });
  strapi = await mulaiStrapi();
  Object.assign(
    p,
    await penggunaPerPeran(strapi, [
      'tim-pelaksana',
      'admin-medsos',
      'wakil-pemimpin-redaksi',
      'pemimpin-redaksi',
      'ppid-pembantu',
      'sekretaris-redaksi',
      'redaktur-pelaksana',
      'koordinator-liputan',
      'tim-peliputan',
      'verifikator',
      'staf-sekretariat',
    ]),
  );

  // SOP 21 to the upload: a register number, a history chain, an approval fingerprint.
  konten = await buatKontenMedsos(strapi, p['tim-pelaksana']);
  await medsosSampaiTahap(strapi, p, konten, 'disetujui');
  await http(strapi, p['admin-medsos'])
    .put(jalur.cmDokumen(konten), {
      tautan: [{ platform: 'instagram', url: 'https://www.instagram.com/p/cadangan/' }],
    })
    .expect(200);
  await http(strapi, p['admin-medsos']).post(jalur.cmPublish(konten)).expect(200);

  // SOP 20 from a disposition (an agenda number) to publication, then readers counted.
  const lembar = await buatDisposisi(strapi, p['ppid-pembantu'], {
    perihal: 'Publikasi pleno',
    asal: 'PPID',
    instruksi: 'Muat di laman',
    sifat: 'biasa',
  });
  const diRedaktur = await disposisiSampaiRedaktur(strapi, p, lembar.documentId);
  liputan = await buatLiputan(strapi, p, { judul: 'Pleno rekapitulasi' }, diRedaktur);
  await liputanSampaiTayang(strapi, p, liputan, { ringkasan: 'Ringkasan' });
  for (let i = 0; i < 3; i += 1)
    await request(alamat(strapi))
      .post(`/api/liputans/${liputan}/views`)
      .set('User-Agent', `pembaca ${i}`)
      .expect(200);

  // The public record (#25): a correction published with its note, and a takedown with its reason.
  await http(strapi, p['sekretaris-redaksi'])
    .put(cmUid(UID_LIPUTAN, liputan), {
      ringkasan: 'Ringkasan diperbaiki',
      catatanKoreksi: 'Ringkasan diperbaiki.',
    })
    .expect(200);
  await http(strapi, p['sekretaris-redaksi'])
    .post(jalur.transisi(liputan, UID_LIPUTAN), { action: 'teruskan' })
    .expect(200);
  await http(strapi, p.verifikator)
    .post(jalur.transisi(liputan, UID_LIPUTAN), { action: 'setujui' })
    .expect(200);
  await http(strapi, p['staf-sekretariat'])
    .post(`${cmUid(UID_LIPUTAN, liputan)}/actions/publish`)
    .expect(200);
  diturunkan = await buatLiputan(strapi, p, { judul: 'Liputan yang diturunkan' });
  await liputanSampaiTayang(strapi, p, diturunkan, { ringkasan: 'Ringkasan' });
  await http(strapi, p['pemimpin-redaksi'])
    .post(jalur.transisi(diturunkan, UID_LIPUTAN), {
      action: 'turunkan',
      note: 'Permintaan narasumber',
      kategori: 'permintaan-pihak',
      alasanPublik: 'Diturunkan atas permintaan narasumber.',
    })
    .expect(200);
  for (const rute of REGISTER) {
    registerAsal[rute] = (await request(alamat(strapi)).get(rute).expect(200)).body;
    expect((registerAsal[rute] as { data: unknown[] }).data).toHaveLength(1);
  }
}, 120_000);

afterAll(async () => {
  await hentikanStrapi(strapi);
  delete process.env.RIWAYAT_JANGKAR_FILE;
  if (databasePulih) await sqlAdmin(`DROP DATABASE IF EXISTS "${databasePulih}" WITH (FORCE)`);
  rmSync(folder, { recursive: true, force: true });
});

/** Every row of every table (and, on PostgreSQL, every sequence), in a stable order. */
async function isiBasisData(lokasi: {
  sqlite?: string;
  postgres?: string;
}): Promise<Record<string, unknown[]>> {
  return lokasi.sqlite ? isiSqlite(lokasi.sqlite) : isiPostgres(koneksiPostgres(lokasi.postgres!));
}

function beda(a: Record<string, unknown[]>, b: Record<string, unknown[]>): string[] {
  const semua = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return semua.filter((nama) => JSON.stringify(a[nama]) !== JSON.stringify(b[nama]));
}

describe('cadangan dan pemulihan', () => {
  let arsip: string;
  let envPulih: NodeJS.ProcessEnv;
  const lokasiAsal = () =>
    isPostgres()
      ? { postgres: process.env.DATABASE_NAME }
      : { sqlite: process.env.DATABASE_FILENAME };

  it('writes one dated archive while the server answers requests, and prints its path last', async () => {
    const env = { CADANGAN_DIR: path.join(folder, 'cadangan') };
    let dilayani = 0;
    let berhenti = false;
    const beban = (async () => {
      while (!berhenti) {
        await request(alamat(strapi)).get('/api/liputans').expect(200);
        dilayani += 1;
      }
    })();
    const hasil = await jalankanPerintah('dist/src/operations/backup.js', [], env);
    berhenti = true;
    await beban;
    expect(hasil.stderr).toBe('');
    expect(hasil.code).toBe(0);
    expect(dilayani).toBeGreaterThan(0);
    arsip = hasil.stdout.trim().split('\n').at(-1)!;
    expect(arsip).toMatch(
      new RegExp(`^${folder}/cadangan/cadangan-redaksi-\\d{8}-\\d{6}\\.tar\\.gz$`),
    );
    // Every password hash and draft is in it: its owner only, in a folder closed to others.
    expect((statSync(arsip).mode & 0o777).toString(8)).toBe('600');
    expect((statSync(path.join(folder, 'cadangan')).mode & 0o777).toString(8)).toBe('750');

    // The anchor file is in the archive (checksummed like every file), and so is each item's
    // chain head as the snapshot held it.
    expect(hasil.stdout).toContain(`berkas jangkar ${jangkar} ikut diarsipkan`);
    expect(hasil.stdout).not.toContain('PERINGATAN');
    const tar = await import('tar');
    const isi = path.join(folder, 'isi-arsip');
    mkdirSync(isi);
    await tar.extract({ file: arsip, cwd: isi });
    const manifest = JSON.parse(await readFile(path.join(isi, 'manifest.json'), 'utf8'));
    expect(manifest.berkas['jangkar/jangkar-riwayat.jsonl']).toBe(await sha256Berkas(jangkar));
    expect(manifest.rantai.jangkar).toBe('jangkar/jangkar-riwayat.jsonl');
    for (const [uid, documentId] of [
      ['api::konten-medsos.konten-medsos', konten],
      ['api::liputan.liputan', liputan],
    ]) {
      const baris = await strapi.db
        .query('plugin::redaksi.riwayat')
        .findMany({ where: { uidKonten: uid, dokumenId: documentId }, orderBy: { id: 'asc' } });
      expect(manifest.rantai.kepala[`${uid}::${documentId}`]).toEqual({
        jumlah: baris.length,
        hash: baris.at(-1).hash,
      });
    }
  });

  it('refuses, in production, the local SQLite a missing environment file falls back to, and says how to load it', async () => {
    const tanpaLingkungan = { NODE_ENV: 'production', DATABASE_CLIENT: undefined };
    const tujuan = path.join(folder, 'cadangan-tanpa-lingkungan');
    const cadangan = await jalankanPerintah('dist/src/operations/backup.js', [], {
      ...tanpaLingkungan,
      CADANGAN_DIR: tujuan,
    });
    const pulih = await jalankanPerintah('dist/src/operations/restore.js', [arsip], {
      ...tanpaLingkungan,
      DATABASE_FILENAME: path.join(folder, 'tanpa-lingkungan', 'data.db'),
    });
    for (const [perintah, hasil] of [
      ['cadangan', cadangan],
      ['pulihkan', pulih],
    ] as const) {
      expect(hasil.code).toBe(1);
      expect(hasil.stderr).toContain(
        'NODE_ENV=production tetapi DATABASE_CLIENT kosong: berkas lingkungan produksi (/etc/kpu-sumbar-redaksi/env) belum dimuat',
      );
      expect(hasil.stderr).toContain(
        `systemd-run --quiet --pipe --wait --collect --uid=redaksi --gid=redaksi --working-directory=/srv/kpu-sumbar-redaksi -p EnvironmentFile=/etc/kpu-sumbar-redaksi/env -E NODE_ENV=production /usr/bin/npm run ${perintah}`,
      );
    }
    expect(existsSync(tujuan)).toBe(false);
    expect(existsSync(path.join(folder, 'tanpa-lingkungan'))).toBe(false);
  });

  it('restores into an empty database and uploads folder: 0 differences, row for row and file for file', async () => {
    if (isPostgres()) {
      databasePulih = `${process.env.DATABASE_NAME}_pulih`;
      await sqlAdmin(`CREATE DATABASE "${databasePulih}"`);
      envPulih = { DATABASE_NAME: databasePulih, PUBLIC_DIR: path.join(folder, 'public-pulih') };
    } else {
      envPulih = {
        DATABASE_FILENAME: path.join(folder, 'pulih', 'data.db'),
        PUBLIC_DIR: path.join(folder, 'public-pulih'),
      };
    }
    const hasil = await jalankanPerintah('dist/src/operations/restore.js', [arsip], envPulih);
    expect(hasil.stderr).toBe('');
    expect(hasil.code).toBe(0);
    expect(hasil.stdout).toMatch(/0 perbedaan dengan manifest\.\n$/);
    expect(hasil.stdout).toMatch(/riwayat \d+ dokumen sama dengan berkas jangkar/);
    expect(hasil.stdout).toMatch(
      /Rantai riwayat: \d+ dokumen utuh menurut kunci dan berkas jangkar/,
    );

    const asal = await isiBasisData(lokasiAsal());
    const pulih = await isiBasisData(
      isPostgres() ? { postgres: databasePulih! } : { sqlite: envPulih.DATABASE_FILENAME },
    );
    expect(Object.keys(asal).length).toBeGreaterThan(20);
    for (const tabel of [
      'admin_users',
      'admin_roles',
      'redaksi_riwayat',
      'redaksi_status_alur',
      'redaksi_penomoran',
      'liputan',
      'konten_medsos',
      'disposisi',
      'pembaca_harian',
      'kunjungan_harian',
      'files',
    ]) {
      expect(asal[tabel]?.length).toBeGreaterThan(0);
    }
    expect(beda(asal, pulih)).toEqual([]);
    const berkasAsal = await isiFolder(path.join(folder, 'public-asal', 'uploads'));
    expect(Object.keys(berkasAsal).length).toBeGreaterThanOrEqual(5); // four photos and one (64x48 images have no extra formats)
    expect(await isiFolder(path.join(folder, 'public-pulih', 'uploads'))).toEqual(berkasAsal);
  });

  it('refuses a target that is not empty, and an archive that was altered, changing nothing', async () => {
    const sebelum = await isiBasisData(
      isPostgres() ? { postgres: databasePulih! } : { sqlite: envPulih.DATABASE_FILENAME },
    );
    const lagi = await jalankanPerintah('dist/src/operations/restore.js', [arsip], envPulih);
    expect(lagi.code).toBe(1);
    expect(lagi.stderr).toMatch(/Pemulihan gagal: Tujuan tidak kosong: .* --timpa/);

    // One byte changed in the archive's copy of the database: refused before anything is touched.
    const tar = await import('tar');
    const bongkar = path.join(folder, 'bongkar');
    mkdirSync(bongkar);
    await tar.extract({ file: arsip, cwd: bongkar });
    const manifest = JSON.parse(await readFile(path.join(bongkar, 'manifest.json'), 'utf8'));
    const unggahan = Object.keys(manifest.berkas).find((nama) => nama.startsWith('uploads/'))!;
    const { appendFile } = await import('node:fs/promises');
    await appendFile(path.join(bongkar, unggahan), 'x');
    const diubah = path.join(folder, 'diubah.tar.gz');
    await tar.create({ gzip: true, file: diubah, cwd: bongkar }, await daftarBerkas(bongkar));
    const rusak = await jalankanPerintah(
      'dist/src/operations/restore.js',
      [diubah, '--timpa'],
      envPulih,
    );
    expect(rusak.code).toBe(1);
    expect(rusak.stderr).toContain(`Arsip rusak atau diubah:\n  ${unggahan}: sha256 berbeda`);
    expect(
      await isiBasisData(
        isPostgres() ? { postgres: databasePulih! } : { sqlite: envPulih.DATABASE_FILENAME },
      ),
    ).toEqual(sebelum);

    // An archive whose history is not the one the anchor file saw (an item's chain head changed,
    // and the manifest's checksums made to agree, as whoever altered the archive would): refused
    // before anything is touched, naming the item.
    await tar.extract({ file: arsip, cwd: bongkar });
    const kunciKonten = `api::konten-medsos.konten-medsos::${konten}`;
    manifest.rantai.kepala[kunciKonten].hash = 'f'.repeat(64);
    await writeFile(path.join(bongkar, 'manifest.json'), JSON.stringify(manifest));
    const lain = path.join(folder, 'riwayat-lain.tar.gz');
    await tar.create({ gzip: true, file: lain, cwd: bongkar }, await daftarBerkas(bongkar));
    const ditolak = await jalankanPerintah(
      'dist/src/operations/restore.js',
      [lain, '--timpa'],
      envPulih,
    );
    expect(ditolak.code).toBe(1);
    expect(ditolak.stderr).toContain(
      `Pemulihan gagal: Riwayat di arsip tidak sesuai dengan berkas jangkar ${jangkar}:\n  api::konten-medsos.konten-medsos ${konten}: baris ke-`,
    );
    expect(ditolak.stderr).toContain('Pemulihan ditolak; tidak ada yang diubah.');
    expect(
      await isiBasisData(
        isPostgres() ? { postgres: databasePulih! } : { sqlite: envPulih.DATABASE_FILENAME },
      ),
    ).toEqual(sebelum);
  });

  it('restores an archive older than the anchor file, naming the rows lost, and restarts those items from the archive in the anchor file', async () => {
    // A row committed after the backup (its head anchored), lost with the restore.
    const baris = await strapi.db
      .query('plugin::redaksi.riwayat')
      .findMany({ where: { dokumenId: konten }, orderBy: { id: 'asc' } });
    appendFileSync(
      jangkar,
      `${JSON.stringify({ waktu: '2026-12-03T13:00:00.000+07:00', sebab: 'riwayat', uidKonten: 'api::konten-medsos.konten-medsos', dokumenId: konten, jumlah: baris.length + 1, hash: 'a'.repeat(64) })}\n`,
    );
    const hasil = await jalankanPerintah(
      'dist/src/operations/restore.js',
      [arsip, '--timpa'],
      envPulih,
    );
    expect(hasil.stderr).toBe('');
    expect(hasil.code).toBe(0);
    expect(hasil.stdout).toContain(
      `PERHATIAN: riwayat 1 dokumen berbeda dengan berkas jangkar:\n    api::konten-medsos.konten-medsos ${konten}: ${baris.length} baris di arsip, ${baris.length + 1} di berkas jangkar: 1 baris sesudah cadangan ini hilang bila dipulihkan`,
    );
    expect(hasil.stdout).toContain('1 kepala rantai dicatat ulang dari arsip (sebab "pemulihan")');
    expect(hasil.stdout).toMatch(/0 perbedaan dengan manifest\.\n$/);
    const terakhir = JSON.parse((await readFile(jangkar, 'utf8')).trim().split('\n').at(-1)!);
    expect(terakhir).toMatchObject({
      sebab: 'pemulihan',
      dokumenId: konten,
      jumlah: baris.length,
      hash: baris.at(-1).hash,
    });
    expect(terakhir.catatan).toContain(`dipulihkan dari ${path.basename(arsip)}`);
  });

  it('on a machine without the anchor file: says so loudly, compares with the copy in the archive, and starts a new anchor file from the restored heads', async () => {
    const baru = path.join(folder, 'mesin-baru', 'jangkar-riwayat.jsonl');
    const hasil = await jalankanPerintah('dist/src/operations/restore.js', [arsip, '--timpa'], {
      ...envPulih,
      RIWAYAT_JANGKAR_FILE: baru,
    });
    expect(hasil.stderr).toBe('');
    expect(hasil.code).toBe(0);
    expect(hasil.stdout).toContain(
      `PERINGATAN: berkas jangkar riwayat ${baru} tidak ada atau kosong.`,
    );
    expect(hasil.stdout).toContain('Dibandingkan dengan salinan jangkar di dalam arsip.');
    const tar = await import('tar');
    const isi = path.join(folder, 'isi-arsip-2');
    mkdirSync(isi);
    await tar.extract({ file: arsip, cwd: isi, filter: (nama) => nama === 'manifest.json' });
    const manifest = JSON.parse(await readFile(path.join(isi, 'manifest.json'), 'utf8'));
    const baris = (await readFile(baru, 'utf8'))
      .trim()
      .split('\n')
      .map((b) => JSON.parse(b));
    expect(baris.map((b) => [b.sebab, `${b.uidKonten}::${b.dokumenId}`, b.jumlah, b.hash])).toEqual(
      Object.entries(manifest.rantai.kepala).map(([kunci, k]) => [
        'pemulihan',
        kunci,
        (k as { jumlah: number }).jumlah,
        (k as { hash: string }).hash,
      ]),
    );
    expect(hasil.stdout).toMatch(
      /Rantai riwayat: \d+ dokumen utuh menurut kunci dan berkas jangkar/,
    );
  });

  it('runs a server on the restored data: the same people log in, the history chain verifies, the register continues', async () => {
    const server = await mulaiProsesStrapi(envPulih);
    try {
      const masuk = await request(server.base)
        .post('/admin/login')
        .send({ email: p['tim-pelaksana'].email, password: SANDI })
        .expect(200);
      const token = masuk.body.data.token as string;
      const lihat = await request(server.base)
        .get(jalur.redaksi(konten))
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(lihat.body.data.tahap).toBe('diunggah');
      expect(lihat.body.data.rantai).toMatchObject({ utuh: true });
      expect(lihat.body.data.nomorRegister).toMatch(/\/0001$/);
      expect(
        (await request(server.base).get(`/api/liputans/${liputan}`).expect(200)).body.data
          .jumlahPembaca,
      ).toBe(3);
      // The public record came back with the data: the same registers, the same 410.
      for (const rute of REGISTER)
        expect((await request(server.base).get(rute).expect(200)).body).toEqual(registerAsal[rute]);
      await request(server.base).get(`/api/liputans/${diturunkan}`).expect(410);

      // A new submission on the restored server takes the next register number.
      const foto: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const sharp = (await import('sharp')).default;
        const gambar = await sharp({
          create: { width: 32, height: 24, channels: 3, background: { r: 20 * i, g: 90, b: 40 } },
        })
          .jpeg()
          .toBuffer();
        const unggah = await request(server.base)
          .post('/upload')
          .set('Authorization', `Bearer ${token}`)
          .field('fileInfo', JSON.stringify({ alternativeText: `Foto setelah pemulihan ${i + 1}` }))
          .attach('files', gambar, { filename: `pulih-${i}.jpg`, contentType: 'image/jpeg' });
        expect(unggah.status).toBe(201);
        foto.push(unggah.body[0].id);
      }
      const dibuat = await request(server.base)
        .post(jalur.cm)
        .set('Authorization', `Bearer ${token}`)
        .send({
          judul: 'Setelah pemulihan',
          tanggalKegiatan: tanggalWibRelatif(0),
          dokumentasi: foto,
          narasi,
          caption: 'Caption',
        })
        .expect(201);
      const serah = await request(server.base)
        .post(jalur.transisi(dibuat.body.data.documentId))
        .set('Authorization', `Bearer ${token}`)
        .send({ action: 'serahkan' })
        .expect(200);
      expect(serah.body.data.nomorRegister).toMatch(/\/0002$/);
    } finally {
      await hentikanProses(server.anak);
    }
  });
});
