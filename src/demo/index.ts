import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { type KodePeran, PERAN, PLUGIN_ID, UID } from '../plugins/redaksi/server/src/constants';
import { tanggalWib } from '../plugins/redaksi/server/src/domain/tenggat';
import { documentService } from '../plugins/redaksi/server/src/utils/dokumen';
import { getService } from '../plugins/redaksi/server/src/utils/get-service';
import { aktorDariAdmin } from '../plugins/redaksi/server/src/services/aktor';

/**
 * A request of an admin user, as the document service's middlewares see one: a real Koa context
 * of the server's own application, with the user Strapi's admin authentication would have set.
 */
function permintaanSebagai(strapi: Core.Strapi, user: unknown) {
  const req = new IncomingMessage(new Socket());
  const ctx = strapi.server.app.createContext(req, new ServerResponse(req));
  ctx.state.user = user;
  ctx.state.auth = { strategy: { name: 'admin' } };
  return ctx;
}

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

interface LangkahDemo {
  aksi: string;
  oleh: KodePeran;
  note?: string;
  /** For `tugaskan` and forwarding to a Redaktur: the demo user of this role is assigned. */
  tugaskan?: KodePeran;
}

interface ItemDemo {
  uid: string;
  /** The document's fields; photos are made and uploaded for `jumlahFoto`. */
  data: (konteks: { hariIni: string; fotoIds: number[] }) => Record<string, unknown>;
  jumlahFoto: number;
  /** Actions walked through the engine, each by the demo user of the role that takes it. */
  langkah: LangkahDemo[];
  /** Set by Admin Medsos before publishing (SOP 21 needs a platform link). */
  tautan?: boolean;
  terbitkan?: boolean;
}

const medsos = (
  judul: string,
  unitPelaksana: string,
  lokasi: string,
  jumlahFoto: number,
  langkah: LangkahDemo[],
  selesai = false,
): ItemDemo => ({
  uid: UID.kontenMedsos,
  jumlahFoto,
  langkah,
  tautan: selesai,
  terbitkan: selesai,
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
  langkah: LangkahDemo[],
  terbitkan = false,
): ItemDemo => ({
  uid: UID.liputan,
  jumlahFoto,
  langkah,
  terbitkan,
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

const SAMPAI_TERVERIFIKASI: LangkahDemo[] = [
  { aksi: 'teruskan', oleh: 'koordinator-liputan' },
  { aksi: 'tugaskan', oleh: 'redaktur-pelaksana', tugaskan: 'tim-peliputan' },
  { aksi: 'ajukan', oleh: 'tim-peliputan' },
  { aksi: 'teruskan', oleh: 'sekretaris-redaksi' },
  { aksi: 'setujui', oleh: 'verifikator' },
];

const ALUR_MEDSOS: LangkahDemo[] = [
  { aksi: 'serahkan', oleh: 'tim-pelaksana' },
  { aksi: 'terima', oleh: 'admin-medsos' },
  { aksi: 'teruskan', oleh: 'wakil-pemimpin-redaksi', note: 'Caption sudah dirapikan' },
  { aksi: 'setujui', oleh: 'pemimpin-redaksi', note: 'Silakan diunggah' },
];

const ITEM_DEMO: ItemDemo[] = [
  medsos('Rapat Pleno Terbuka Rekapitulasi DPT', 'Divisi Data', 'Aula KPU Sumbar', 3, []),
  medsos(
    'Sosialisasi Pemilih Pemula di SMA Negeri 1 Padang',
    'Divisi Sosdiklih',
    'SMA Negeri 1 Padang',
    4,
    ALUR_MEDSOS.slice(0, 1),
  ),
  medsos(
    'Bimbingan Teknis PPK Kabupaten Agam',
    'Divisi Teknis',
    'Lubuk Basung',
    5,
    ALUR_MEDSOS.slice(0, 2),
  ),
  medsos(
    'Rapat Koordinasi Humas se-Sumatera Barat',
    'Subbagian Humas',
    'Bukittinggi',
    4,
    ALUR_MEDSOS.slice(0, 3),
  ),
  medsos('Kunjungan Kerja ke KPU Kota Payakumbuh', 'Sekretariat', 'Payakumbuh', 4, ALUR_MEDSOS),
  medsos(
    'Peluncuran Maskot dan Jingle Pilkada Sumatera Barat',
    'Divisi Sosdiklih',
    'Padang',
    6,
    ALUR_MEDSOS,
    true,
  ),
  liputan(
    'Rencana Liputan Simulasi Pemungutan Suara',
    'Proyeksi liputan simulasi di Kota Padang.',
    0,
    [],
  ),
  liputan(
    'KPU Sumbar Gelar Uji Publik Rancangan Dapil',
    'Uji publik rancangan daerah pemilihan.',
    2,
    SAMPAI_TERVERIFIKASI.slice(0, 2),
  ),
  liputan(
    'Rapat Pleno Penetapan Daftar Pemilih Tetap',
    'KPU Sumbar menetapkan DPT dalam rapat pleno terbuka.',
    3,
    SAMPAI_TERVERIFIKASI.slice(0, 3),
  ),
  liputan(
    'KPU Sumbar Terima Kunjungan Mahasiswa Universitas Andalas',
    'Diskusi kepemiluan bersama mahasiswa.',
    2,
    SAMPAI_TERVERIFIKASI,
    true,
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
export async function pasangDemo(strapi: Core.Strapi, peranIds: Map<KodePeran, number>) {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  if (await store.get({ key: 'demo-terpasang' })) return;
  strapi.log.info(
    '[redaksi] Memasang data demo (akun per peran, contoh Konten Medsos, Liputan dan Disposisi)...',
  );

  const userService = strapi.service('admin::user') as unknown as {
    create(data: Record<string, unknown>): Promise<unknown>;
  };
  const superAdminRole = await strapi.db
    .query('admin::role')
    .findOne({ where: { code: 'strapi-super-admin' } });
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

  const aktorPeran = async (kode: KodePeran) => {
    const user = await strapi.db
      .query('admin::user')
      .findOne({ where: { email: emailDemo(kode) }, populate: ['roles'] });
    return aktorDariAdmin(user);
  };

  const unggahFoto = async (folder: string, judul: string, nomor: number): Promise<number> => {
    const filepath = path.join(folder, `foto-${nomor}-${Date.now()}.jpg`);
    await writeFile(filepath, await buatFoto(judul, nomor));
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
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

  const folder = await mkdtemp(path.join(tmpdir(), 'redaksi-demo-'));
  try {
    const hariIni = tanggalWib(getService('jam').sekarang());
    for (const item of ITEM_DEMO) {
      const fotoIds: number[] = [];
      const judul = String(item.data({ hariIni, fotoIds: [] }).judul);
      for (let nomor = 0; nomor < item.jumlahFoto; nomor += 1)
        fotoIds.push(await unggahFoto(folder, judul, nomor));

      const dokumen = await documentService(item.uid).create({
        data: item.data({ hariIni, fotoIds }),
      });
      for (const langkah of item.langkah) {
        await getService('transisi').jalankan({
          uid: item.uid,
          documentId: dokumen.documentId,
          kodeAksi: langkah.aksi,
          jalur: 'transisi',
          aktor: await aktorPeran(langkah.oleh),
          masukan: {
            note: langkah.note,
            assignees: langkah.tugaskan
              ? [(await aktorPeran(langkah.tugaskan)).id as number]
              : undefined,
          },
        });
      }
      if (item.tautan) {
        // Admin Medsos records the upload's link, the one edit SOP 21 allows after the decision.
        const admin = await strapi.db
          .query('admin::user')
          .findOne({ where: { email: emailDemo('admin-medsos') }, populate: ['roles'] });
        await strapi.requestContext.run(permintaanSebagai(strapi, admin), async () => {
          await strapi.documents(UID.kontenMedsos).update({
            documentId: dokumen.documentId,
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
      }
      if (item.terbitkan)
        await documentService(item.uid).publish({ documentId: dokumen.documentId });
    }

    const disposisi = await documentService(UID.disposisi).create({
      data: { ...DISPOSISI_DEMO, tanggalDiterima: hariIni, batasWaktu: hariIni },
    });
    await getService('transisi').jalankan({
      uid: UID.disposisi,
      documentId: disposisi.documentId,
      kodeAksi: 'teruskan',
      jalur: 'transisi',
      aktor: await aktorPeran('ppid-pembantu'),
      masukan: { note: DISPOSISI_DEMO.instruksi },
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }

  await store.set({ key: 'demo-terpasang', value: true });
  strapi.log.info(
    `[redaksi] Data demo siap. Masuk dengan <kode-peran>@demo.kpusumbar.id / ${SANDI_DEMO}`,
  );
}
