import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { type KodePeran, PERAN, PLUGIN_ID, UID } from '../constants';
import { tanggalWib } from '../domain/tenggat';
import { getService } from '../utils/get-service';
import { aktorDariAdmin } from './aktor';

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
  judul: string;
  unitPelaksana: string;
  lokasi: string;
  jumlahFoto: number;
  /** Actions walked through the engine, each by the demo user of the role that takes it. */
  langkah: Array<{ aksi: string; oleh: KodePeran; note?: string }>;
  tautan?: boolean;
  terbitkan?: boolean;
}

const ITEM_DEMO: ItemDemo[] = [
  { judul: 'Rapat Pleno Terbuka Rekapitulasi DPT', unitPelaksana: 'Divisi Data', lokasi: 'Aula KPU Sumbar', jumlahFoto: 3, langkah: [] },
  {
    judul: 'Sosialisasi Pemilih Pemula di SMA Negeri 1 Padang',
    unitPelaksana: 'Divisi Sosdiklih',
    lokasi: 'SMA Negeri 1 Padang',
    jumlahFoto: 4,
    langkah: [{ aksi: 'serahkan', oleh: 'tim-pelaksana' }],
  },
  {
    judul: 'Bimbingan Teknis PPK Kabupaten Agam',
    unitPelaksana: 'Divisi Teknis',
    lokasi: 'Lubuk Basung',
    jumlahFoto: 5,
    langkah: [
      { aksi: 'serahkan', oleh: 'tim-pelaksana' },
      { aksi: 'terima', oleh: 'admin-medsos' },
    ],
  },
  {
    judul: 'Rapat Koordinasi Humas se-Sumatera Barat',
    unitPelaksana: 'Subbagian Humas',
    lokasi: 'Bukittinggi',
    jumlahFoto: 4,
    langkah: [
      { aksi: 'serahkan', oleh: 'tim-pelaksana' },
      { aksi: 'terima', oleh: 'admin-medsos' },
      { aksi: 'teruskan', oleh: 'wakil-pemimpin-redaksi', note: 'Caption sudah dirapikan' },
    ],
  },
  {
    judul: 'Kunjungan Kerja ke KPU Kota Payakumbuh',
    unitPelaksana: 'Sekretariat',
    lokasi: 'Payakumbuh',
    jumlahFoto: 4,
    langkah: [
      { aksi: 'serahkan', oleh: 'tim-pelaksana' },
      { aksi: 'terima', oleh: 'admin-medsos' },
      { aksi: 'teruskan', oleh: 'wakil-pemimpin-redaksi' },
      { aksi: 'setujui', oleh: 'pemimpin-redaksi', note: 'Silakan diunggah' },
    ],
  },
  {
    judul: 'Peluncuran Maskot dan Jingle Pilkada Sumatera Barat',
    unitPelaksana: 'Divisi Sosdiklih',
    lokasi: 'Padang',
    jumlahFoto: 6,
    langkah: [
      { aksi: 'serahkan', oleh: 'tim-pelaksana' },
      { aksi: 'terima', oleh: 'admin-medsos' },
      { aksi: 'teruskan', oleh: 'wakil-pemimpin-redaksi' },
      { aksi: 'setujui', oleh: 'pemimpin-redaksi' },
    ],
    tautan: true,
    terbitkan: true,
  },
];

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
 * Demo data for `npm run develop` on an empty database: one admin per SOP role and a few
 * KontenMedsos items at different stages, walked there through the engine itself so their
 * history is real. Development only, once.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async pasang(peranIds: Map<KodePeran, number>): Promise<void> {
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
    if (await store.get({ key: 'demo-terpasang' })) return;
    strapi.log.info('[redaksi] Memasang data demo (akun per peran dan contoh Konten Medsos)...');

    const userService = strapi.service('admin::user') as any;
    const superAdminRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    const akun = [
      { kode: 'super-admin', nama: 'Super Admin', roleId: superAdminRole?.id as number },
      ...PERAN.map((peran) => ({ kode: peran.kode, nama: peran.nama, roleId: peranIds.get(peran.kode) as number })),
    ];
    for (const { kode, nama, roleId } of akun) {
      if (await strapi.db.query('admin::user').findOne({ where: { email: emailDemo(kode) } })) continue;
      await userService.create({
        email: emailDemo(kode),
        firstname: nama.split(' (')[0],
        lastname: '(demo)',
        password: SANDI_DEMO,
        isActive: true,
        registrationToken: null,
        roles: [roleId],
      });
    }

    const aktorPeran = async (kode: KodePeran) => {
      const user = await strapi.db.query('admin::user').findOne({ where: { email: emailDemo(kode) }, populate: ['roles'] });
      return aktorDariAdmin(user);
    };

    const folder = await mkdtemp(path.join(tmpdir(), 'redaksi-demo-'));
    try {
      const hariIni = tanggalWib(getService('jam').sekarang());
      for (const item of ITEM_DEMO) {
        const fotoIds: number[] = [];
        for (let nomor = 0; nomor < item.jumlahFoto; nomor += 1) {
          const filepath = path.join(folder, `foto-${fotoIds.length}-${Date.now()}.jpg`);
          await writeFile(filepath, await buatFoto(item.judul, nomor));
          const [file] = await strapi
            .plugin('upload')
            .service('upload')
            .upload({
              data: { fileInfo: { alternativeText: `${item.judul}, foto ${nomor + 1}` } },
              files: {
                filepath,
                originalFilename: `${item.judul.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${nomor + 1}.jpg`,
                mimetype: 'image/jpeg',
                size: (await stat(filepath)).size,
              },
            });
          fotoIds.push(file.id);
        }

        const dokumen = await strapi.documents(UID.kontenMedsos).create({
          data: {
            judul: item.judul,
            tanggalKegiatan: hariIni,
            unitPelaksana: item.unitPelaksana,
            lokasi: item.lokasi,
            dokumentasi: fotoIds,
            narasi: narasi(item.judul),
            caption: `${item.judul} #KPUSumbar #TemanPemilih`,
          } as never,
        });
        for (const langkah of item.langkah) {
          await getService('transisi').jalankan({
            uid: UID.kontenMedsos,
            documentId: dokumen.documentId,
            kodeAksi: langkah.aksi,
            jalur: 'transisi',
            aktor: await aktorPeran(langkah.oleh),
            masukan: { note: langkah.note },
          });
        }
        if (item.tautan) {
          await strapi.documents(UID.kontenMedsos).update({
            documentId: dokumen.documentId,
            data: {
              tautan: [
                { platform: 'instagram', url: 'https://www.instagram.com/kpusumbar/', diunggahPada: new Date().toISOString() },
              ],
            } as never,
          });
        }
        if (item.terbitkan) await strapi.documents(UID.kontenMedsos).publish({ documentId: dokumen.documentId });
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }

    await store.set({ key: 'demo-terpasang', value: true });
    strapi.log.info(`[redaksi] Data demo siap. Masuk dengan <kode-peran>@demo.kpusumbar.id / ${SANDI_DEMO}`);
  },
});
