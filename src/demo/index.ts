import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { type KodePeran, PERAN, PLUGIN_ID, UID } from '../plugins/redaksi/server/src/constants';
import { jalanUtama } from '../plugins/redaksi/server/src/domain/jalan';
import { tanggalWib } from '../plugins/redaksi/server/src/domain/tenggat';
import { documentService } from '../plugins/redaksi/server/src/utils/document-service';
import { getService } from '../plugins/redaksi/server/src/utils/get-service';
import { permintaanSebagai } from '../plugins/redaksi/server/src/utils/permintaan-sebagai';
import {
  type AdminUser,
  aktorFromAdmin,
} from '../plugins/redaksi/server/src/services/engine/aktor';

/** Documented in the README: one demo account per SOP role, all with this password. */
export const SANDI_DEMO = 'RedaksiDemo2025';
export const emailDemo = (kode: string) => `${kode}@demo.kpusumbar.id`;

const WARNA = ['#8b1a1a', '#1f4e79', '#2e7d32', '#b8860b', '#6a1b9a', '#00695c'];

/** A photo made here, not downloaded: a coloured card with a caption, as a JPEG. */
async function buatFoto(judul: string, nomor: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <rect width="100%" height="100%" fill="${WARNA[nomor % WARNA.length]}"/>
    <text x="60" y="380" font-family="sans-serif" font-size="64" fill="#fff">KPU Provinsi Sumatera Barat</text>
    <text x="60" y="470" font-family="sans-serif" font-size="40" fill="#fff">${judul} (foto ${nomor + 1})</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

interface ItemDemo {
  uid: string;
  /** The document's fields; photos are made and uploaded for `jumlahFoto`. */
  data: (konteks: { hariIni: string; fotoIds: number[] }) => Record<string, unknown>;
  jumlahFoto: number;
  /**
   * The stage the item is walked to along its workflow's main path (domain/jalan.ts), each step
   * through the engine by the demo user of the role that takes it; absent: where it starts.
   */
  sampai?: string;
  /** Notes given with the steps, by the stage each is taken from. */
  catatan?: Readonly<Record<string, string>>;
  /** A platform link is recorded before publication, by whoever publishes (SOP 21 needs one). */
  tautan?: boolean;
}

/** What the SOP 21 reviewers write as they pass an item on. */
const CATATAN_MEDSOS = { pemeriksaan: 'Caption sudah dirapikan', keputusan: 'Silakan diunggah' };

const medsos = (
  judul: string,
  unitPelaksana: string,
  lokasi: string,
  jumlahFoto: number,
  sampai?: string,
): ItemDemo => ({
  uid: UID.kontenMedsos,
  jumlahFoto,
  sampai,
  catatan: CATATAN_MEDSOS,
  tautan: true,
  data: ({ hariIni, fotoIds }) => ({
    judul,
    tanggalKegiatan: hariIni,
    unitPelaksana,
    lokasi,
    dokumentasi: fotoIds,
    narasi: narasi(judul),
    caption: `${judul} #KPUSumbar #TemanPemilih`,
  }),
});

const liputan = (
  judul: string,
  ringkasan: string,
  jumlahFoto: number,
  sampai?: string,
): ItemDemo => ({
  uid: UID.liputan,
  jumlahFoto,
  sampai,
  data: ({ hariIni, fotoIds }) => ({
    judul,
    tanggalKegiatan: hariIni,
    kategori: 'berita',
    lokasi: 'Padang',
    penulis: 'Humas KPU Provinsi Sumatera Barat',
    ringkasan,
    isi: narasi(judul),
    foto: fotoIds,
  }),
});

// One item at each stage of each SOP's path, the last ones online.
const ITEM_DEMO: ItemDemo[] = [
  medsos('Rapat Pleno Terbuka Rekapitulasi DPT', 'Divisi Data', 'Aula KPU Sumbar', 3),
  medsos(
    'Sosialisasi Pemilih Pemula di SMA Negeri 1 Padang',
    'Divisi Sosdiklih',
    'SMA Negeri 1 Padang',
    4,
    'diserahkan',
  ),
  medsos('Bimbingan Teknis PPK Kabupaten Agam', 'Divisi Teknis', 'Lubuk Basung', 5, 'pemeriksaan'),
  medsos(
    'Rapat Koordinasi Humas se-Sumatera Barat',
    'Subbagian Humas',
    'Bukittinggi',
    4,
    'keputusan',
  ),
  medsos('Kunjungan Kerja ke KPU Kota Payakumbuh', 'Sekretariat', 'Payakumbuh', 4, 'disetujui'),
  medsos(
    'Peluncuran Maskot dan Jingle Pilkada Sumatera Barat',
    'Divisi Sosdiklih',
    'Padang',
    6,
    'diunggah',
  ),
  liputan(
    'Rencana Liputan Simulasi Pemungutan Suara',
    'Proyeksi liputan simulasi di Kota Padang.',
    0,
  ),
  liputan(
    'KPU Sumbar Gelar Uji Publik Rancangan Dapil',
    'Uji publik rancangan daerah pemilihan.',
    2,
    'penyusunan',
  ),
  liputan(
    'Rapat Pleno Penetapan Daftar Pemilih Tetap',
    'KPU Sumbar menetapkan DPT dalam rapat pleno terbuka.',
    3,
    'koreksi',
  ),
  liputan(
    'KPU Sumbar Terima Kunjungan Mahasiswa Universitas Andalas',
    'Diskusi kepemiluan bersama mahasiswa.',
    2,
    'tayang',
  ),
];

/** A disposition of the PPID officer, forwarded to the Penanggung Jawab: waiting there. */
const DISPOSISI_DEMO = {
  perihal: 'Permohonan publikasi hasil rapat pleno rekapitulasi',
  asal: 'PPID Pembantu KPU Provinsi Sumatera Barat',
  instruksi: 'Mohon dipublikasikan di laman resmi',
  sifat: 'segera',
};

const narasi = (judul: string) => [
  {
    type: 'paragraph',
    children: [
      {
        type: 'text',
        text: `${judul}. Kegiatan ini dilaksanakan oleh KPU Provinsi Sumatera Barat sebagai bagian dari tahapan penyelenggaraan pemilihan.`,
      },
    ],
  },
];

/**
 * Demo data for `npm run develop` on an empty database: one admin per SOP role, KontenMedsos
 * and Liputan items at different stages and a disposition waiting for the Penanggung Jawab,
 * walked there through the engine itself so their history is real. Development only, once: the
 * application's bootstrap imports this module only in development, and the production plugin
 * carries none of it.
 */
export async function installDemo(strapi: Core.Strapi, peranIds: Map<KodePeran, number>) {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  if (await store.get({ key: 'demo-terpasang' })) return;
  strapi.log.info(
    '[redaksi] Memasang data demo (akun per peran, contoh Konten Medsos, Liputan dan Disposisi)...',
  );

  const userService = strapi.service('admin::user') as unknown as {
    create(data: Record<string, unknown>): Promise<unknown>;
  };
  const superAdminRole = (await strapi.db
    .query('admin::role')
    .findOne({ where: { code: 'strapi-super-admin' } })) as { id: number } | null;
  const akun = [
    { kode: 'super-admin', nama: 'Super Admin', roleId: superAdminRole?.id as number },
    ...PERAN.map((peran) => ({
      kode: peran.kode,
      nama: peran.nama,
      roleId: peranIds.get(peran.kode) as number,
    })),
  ];
  for (const { kode, nama, roleId } of akun) {
    if (await strapi.db.query('admin::user').findOne({ where: { email: emailDemo(kode) } }))
      continue;
    await userService.create({
      email: emailDemo(kode),
      firstname: nama.split(' (')[0],
      lastname: '(demo)',
      password: SANDI_DEMO,
      // The editors work in Bahasa Indonesia: the panel opens in it for every demo account.
      preferedLanguage: 'id',
      isActive: true,
      registrationToken: null,
      roles: [roleId],
    });
  }

  const akunDemo = async (kode: KodePeran) =>
    (await strapi.db
      .query('admin::user')
      .findOne({ where: { email: emailDemo(kode) }, populate: ['roles'] })) as AdminUser;
  const aktorPeran = async (kode: KodePeran) => aktorFromAdmin(await akunDemo(kode));

  const unggahFoto = async (folder: string, judul: string, nomor: number): Promise<number> => {
    const filepath = path.join(folder, `foto-${nomor}-${Date.now()}.jpg`);
    await writeFile(filepath, await buatFoto(judul, nomor));
    const [file] = await strapi
      .plugin('upload')
      .service<{ upload(masukan: unknown): Promise<Array<{ id: number }>> }>('upload')
      .upload({
        data: { fileInfo: { alternativeText: `${judul}, foto ${nomor + 1}` } },
        files: {
          filepath,
          originalFilename: `${judul.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${nomor + 1}.jpg`,
          mimetype: 'image/jpeg',
          size: (await stat(filepath)).size,
        },
      });
    return file.id;
  };

  /** The upload's link, recorded by whoever uploads: the one edit SOP 21 allows after the decision. */
  const catatTautan = async (peran: KodePeran, documentId: string) => {
    const pengunggah = await akunDemo(peran);
    await strapi.requestContext.run(permintaanSebagai(strapi, pengunggah), async () => {
      await strapi.documents(UID.kontenMedsos).update({
        documentId,
        data: {
          tautan: [
            {
              platform: 'instagram',
              url: 'https://www.instagram.com/kpusumbar/',
              diunggahPada: new Date().toISOString(),
            },
          ],
        },
      });
    });
  };

  /**
   * An item walked along its workflow's main path (domain/jalan.ts) up to `sampai`, each step
   * through the engine by the demo user of the role that takes it (the Koordinator Liputan forwards
   * the coverage plans), a publication through Strapi's Publish, after the link where the item
   * needs one. Dispositions are walked no further than their first forward: the walk stays on the
   * sheet it started on.
   */
  const jalani = async (
    uid: string,
    documentId: string,
    { sampai, catatan = {}, tautan = false }: Pick<ItemDemo, 'sampai' | 'catatan' | 'tautan'>,
  ) => {
    if (!sampai) return;
    const alur = getService('workflows').wajib(uid);
    for (const langkah of jalanUtama(alur, { sampai, utamakan: ['koordinator-liputan'] })) {
      if (langkah.aksi.melalui === 'publish') {
        if (tautan) await catatTautan(langkah.peran, documentId);
        await documentService(uid).publish({ documentId });
        continue;
      }
      if (langkah.aksi.catatanPublik === 'klasifikasi')
        await klasifikasikan(langkah.peran, uid, documentId);
      await getService('transition').jalankan({
        uid,
        documentId,
        kodeAksi: langkah.aksi.kode,
        jalur: 'transisi',
        aktor: await aktorPeran(langkah.peran),
        masukan: {
          note: catatan[langkah.dari],
          assignees: langkah.ditugaskan
            ? [(await aktorPeran(langkah.ditugaskan)).id as number]
            : undefined,
        },
      });
    }
  };

  /**
   * SOP 20 langkah 7: the Verifikator classifies the article (UU 14/2008) in the edit view before
   * verifying it; the demo's news is periodic information (Pasal 9).
   */
  const klasifikasikan = async (peran: KodePeran, uid: string, documentId: string) => {
    const verifikator = await akunDemo(peran);
    await strapi.requestContext.run(permintaanSebagai(strapi, verifikator), async () => {
      await strapi
        .documents(uid as typeof UID.liputan)
        .update({ documentId, data: { klasifikasi: 'berkala' } });
    });
  };

  const folder = await mkdtemp(path.join(tmpdir(), 'redaksi-demo-'));
  try {
    const hariIni = tanggalWib(getService('clock').now());
    for (const item of ITEM_DEMO) {
      const fotoIds: number[] = [];
      const judul = String(item.data({ hariIni, fotoIds: [] }).judul);
      for (let nomor = 0; nomor < item.jumlahFoto; nomor += 1)
        fotoIds.push(await unggahFoto(folder, judul, nomor));

      const dokumen = await documentService(item.uid).create({
        data: item.data({ hariIni, fotoIds }),
      });
      await jalani(item.uid, dokumen.documentId, item);
    }

    const disposisi = await documentService(UID.disposisi).create({
      data: { ...DISPOSISI_DEMO, tanggalDiterima: hariIni, batasWaktu: hariIni },
    });
    await jalani(UID.disposisi, disposisi.documentId, {
      sampai: 'pimpinan',
      catatan: { ppid: DISPOSISI_DEMO.instruksi },
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }

  await store.set({ key: 'demo-terpasang', value: true });
  strapi.log.info(
    `[redaksi] Data demo siap. Masuk dengan <kode-peran>@demo.kpusumbar.id / ${SANDI_DEMO}`,
  );
}
