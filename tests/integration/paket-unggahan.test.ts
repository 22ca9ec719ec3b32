/**
 * SOP 21 langkah 5, the upload package: at `disetujui` the Admin Medsos downloads one ZIP with
 * the approved photos as their original files, the caption and the narrative as text, and a
 * sheet naming the approval. The download is an engine action: decided like any other (role,
 * stage, the approved fingerprint), recorded in the history, refused with nothing recorded.
 */
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import JSZip from 'jszip';
import sharp from 'sharp';
import { http, jalur, parserBiner, UID_MEDSOS } from '../helpers/http';
import { gantiIsiBerkasDiLuarSistem } from '../helpers/keadaan';
import { type Pengguna, penggunaPerPeran, PERAN_SOP_21 } from '../helpers/pengguna';
import { buatKontenMedsos, harapLangkahTerakhir, medsosSampaiTahap, potret } from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, PERAN_SOP_21));
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const unduhan = (documentId: string, aksi = 'unduh-paket') =>
  `/redaksi/documents/${UID_MEDSOS}/${documentId}/downloads/${aksi}`;
const unduh = (documentId: string, siapa = 'admin-medsos') =>
  http(strapi, p[siapa]).get(unduhan(documentId)).buffer(true).parse(parserBiner);

const sampaiTahap = (documentId: string, tahap: string, alasanTerlambat?: string) =>
  medsosSampaiTahap(strapi, p, documentId, tahap, alasanTerlambat);

async function fotoDari(documentId: string) {
  const draf = await strapi.db
    .query(UID_MEDSOS)
    .findOne({ where: { documentId, publishedAt: null }, populate: { dokumentasi: true } });
  return draf.dokumentasi as Array<{ id: number; url: string; ext: string }>;
}

const folderPaket = async () =>
  (await readdir(tmpdir())).filter((nama) => nama.startsWith('redaksi-paket-'));

describe('paket unggahan', () => {
  it('hands the Admin Medsos the approved photos, caption and narrative as one ZIP, and records the download', async () => {
    const narasi = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Rapat pleno' }] },
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'KPU Sumbar menggelar rapat pleno terbuka.' }],
      },
    ];
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], {
      judul: 'Rapat pleno rekapitulasi',
      narasi,
      caption: 'Pleno #KPUSumbar',
    });
    await sampaiTahap(documentId, 'disetujui');
    const sebelum = await potret(strapi, documentId);
    const folderSebelum = await folderPaket();

    const res = await unduh(documentId).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="paket-unggahan-.*\.zip"$/,
    );
    expect(res.headers['content-disposition']).toContain(
      sebelum.register.replace(/[^\w.-]+/g, '-'),
    );

    const zip = await JSZip.loadAsync(res.body as Buffer);
    const nama = Object.keys(zip.files)
      .filter((item) => !zip.files[item].dir)
      .sort();
    const foto = await fotoDari(documentId);
    expect(nama).toEqual([
      'caption.txt',
      ...foto.map((_, i) => expect.stringMatching(new RegExp(`^foto/0${i + 1}-.+\\.jpg$`))),
      'keterangan.txt',
      'narasi.txt',
    ]);
    // The original files, byte for byte, in the order of the field.
    const fotoDalamZip = nama.filter((item) => item.startsWith('foto/'));
    for (const [i, item] of foto.entries()) {
      const asli = await readFile(path.join(strapi.dirs.static.public, item.url));
      expect(Buffer.compare(await zip.files[fotoDalamZip[i]].async('nodebuffer'), asli)).toBe(0);
    }
    expect(await zip.files['caption.txt'].async('string')).toBe('Pleno #KPUSumbar\n');
    expect(await zip.files['narasi.txt'].async('string')).toBe(
      'Rapat pleno\n\nKPU Sumbar menggelar rapat pleno terbuka.\n',
    );
    const keterangan = await zip.files['keterangan.txt'].async('string');
    expect(keterangan).toContain('Rapat pleno rekapitulasi');
    expect(keterangan).toContain(`Nomor register    : ${sebelum.register}`);
    expect(keterangan).toMatch(
      /Disetujui oleh {4}: .+ \(pemimpin-redaksi\), \w+, \d+ \w+ \d{4} pukul/,
    );
    expect(keterangan).toContain('Foto              : 4 berkas asli');

    // Recorded, nothing moved, the chain holds; the temporary package is gone.
    const view = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    harapLangkahTerakhir(view, 'disetujui', {
      aksi: 'unduh-paket',
      dari: 'disetujui',
      ke: 'disetujui',
      peran: 'admin-medsos',
    });
    expect(view.body.data.rantai.utuh).toBe(true);
    const { lengkap: lengkapSebelum, ...ringkasSebelum } = sebelum;
    const { lengkap, ...ringkas } = await potret(strapi, documentId);
    expect(ringkas).toEqual({
      ...ringkasSebelum,
      versi: ringkasSebelum.versi + 1,
      riwayat: ringkasSebelum.riwayat + 1,
    });
    // The download is a record only: the content, what is online and the files are as they were.
    expect({ draf: lengkap.draf, terbitan: lengkap.terbitan, berkas: lengkap.berkas }).toEqual({
      draf: lengkapSebelum.draf,
      terbitan: lengkapSebelum.terbitan,
      berkas: lengkapSebelum.berkas,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await folderPaket()).toEqual(folderSebelum);

    // Offered in the panel to the Admin Medsos only, and not waited for by anyone.
    expect(view.body.data.aksi.map((aksi: { kode: string }) => aksi.kode)).toContain('unduh-paket');
    const wakil = await http(strapi, p['wakil-pemimpin-redaksi'])
      .get(jalur.redaksi(documentId))
      .expect(200);
    expect(wakil.body.data.aksi.map((aksi: { kode: string }) => aksi.kode)).not.toContain(
      'unduh-paket',
    );
  });

  it('holds each photo as its original upload, not a resized format, in the stored order, with its alt text', async () => {
    // Photos large enough for the upload plugin to make every resized format beside the original,
    // uploaded over HTTP as the Tim Pelaksana does, each with its own alt text.
    const unggah = async (i: number) => {
      const gambar = await sharp({
        create: { width: 1200, height: 900, channels: 3, background: { r: 30 * i, g: 90, b: 60 } },
      })
        .jpeg()
        .toBuffer();
      const res = await http(strapi, p['tim-pelaksana'])
        .multipart('/upload')
        .field('fileInfo', JSON.stringify({ alternativeText: `Suasana pleno, sudut ${i}` }))
        .attach('files', gambar, { filename: `pleno-${i}.jpg`, contentType: 'image/jpeg' })
        .expect(201);
      return res.body[0] as { id: number; formats: Record<string, { url: string }> | null };
    };
    const berkas = [await unggah(1), await unggah(2), await unggah(3), await unggah(4)];
    expect(Object.keys(berkas[0].formats ?? {}).sort()).toEqual([
      'large',
      'medium',
      'small',
      'thumbnail',
    ]);
    // Attached in an order that is neither the upload's nor the ids'.
    const urutan = [berkas[2], berkas[0], berkas[3], berkas[1]].map((b) => b.id);
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], { dokumentasi: urutan });
    await sampaiTahap(documentId, 'disetujui');

    const res = await unduh(documentId).expect(200);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const fotoDalamZip = Object.keys(zip.files)
      .filter((item) => item.startsWith('foto/') && !zip.files[item].dir)
      .sort();
    expect(fotoDalamZip).toEqual([
      'foto/01-pleno-3.jpg',
      'foto/02-pleno-1.jpg',
      'foto/03-pleno-4.jpg',
      'foto/04-pleno-2.jpg',
    ]);
    const foto = await fotoDari(documentId);
    expect(foto.map((item) => item.id)).toEqual(urutan);
    for (const [i, item] of foto.entries()) {
      const isi = await zip.files[fotoDalamZip[i]].async('nodebuffer');
      const asli = await readFile(path.join(strapi.dirs.static.public, item.url));
      expect(Buffer.compare(isi, asli)).toBe(0);
      expect(await sharp(isi).metadata()).toMatchObject({ width: 1200, height: 900 });
    }
    const keterangan = await zip.files['keterangan.txt'].async('string');
    expect(keterangan).toContain(
      [
        'Foto, berurutan seperti di konten, dengan teks alternatifnya:',
        'foto/01-pleno-3.jpg',
        '  Teks alternatif: Suasana pleno, sudut 3',
        'foto/02-pleno-1.jpg',
        '  Teks alternatif: Suasana pleno, sudut 1',
        'foto/03-pleno-4.jpg',
        '  Teks alternatif: Suasana pleno, sudut 4',
        'foto/04-pleno-2.jpg',
        '  Teks alternatif: Suasana pleno, sudut 2',
        '',
      ].join('\n'),
    );
  });

  it('gives both of two downloads at once their package, each recorded', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await sampaiTahap(documentId, 'disetujui');
    const sebelum = await potret(strapi, documentId);
    const [satu, dua] = await Promise.all([unduh(documentId), unduh(documentId)]);
    expect([satu.status, dua.status]).toEqual([200, 200]);
    expect((await potret(strapi, documentId)).riwayat).toBe(sebelum.riwayat + 2);
  });

  it('refuses another role, another stage, the transitions route and an unknown download, recording nothing', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await sampaiTahap(documentId, 'keputusan');
    let sebelum = await potret(strapi, documentId);
    const belumDisetujui = await unduh(documentId).expect(409);
    expect(JSON.parse(belumDisetujui.body.toString()).error.message).toContain(
      'Keputusan Pemimpin Redaksi',
    );
    expect(await potret(strapi, documentId)).toEqual(sebelum);

    await http(strapi, p['pemimpin-redaksi'])
      .post(jalur.transisi(documentId), { action: 'setujui' })
      .expect(200);
    sebelum = await potret(strapi, documentId);
    const bukanPeran = await unduh(documentId, 'wakil-pemimpin-redaksi').expect(403);
    expect(JSON.parse(bukanPeran.body.toString()).error.message).toContain(
      'hanya untuk: admin-medsos',
    );
    const lewatTransisi = await http(strapi, p['admin-medsos'])
      .post(jalur.transisi(documentId), { action: 'unduh-paket' })
      .expect(400);
    expect(lewatTransisi.body.error.message).toContain('tombol Unduh di panel SOP');
    const tidakAda = await http(strapi, p['admin-medsos'])
      .get(unduhan(documentId, 'unduh-semua'))
      .expect(404);
    expect(tidakAda.body.error.message).toContain('Tidak ada unduhan "unduh-semua"');
    await http(strapi).get(unduhan(documentId)).expect(401);
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });

  it('refuses a package whose photo is no longer the approved file, naming the field, recording nothing', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await sampaiTahap(documentId, 'disetujui');
    // A photo replaced after the decision beneath the system (no Strapi route allows it, a Super
    // Admin's neither): same id, same name, same url, other bytes. What was approved is no longer
    // what would be handed over.
    const [pertama] = await fotoDari(documentId);
    const lain = await sharp({
      create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 10, b: 10 } },
    })
      .jpeg()
      .toBuffer();
    await gantiIsiBerkasDiLuarSistem(strapi, pertama.id, lain);
    const sebelum = await potret(strapi, documentId);
    const folderSebelum = await folderPaket();

    const res = await unduh(documentId).expect(400);
    const galat = JSON.parse(res.body.toString()).error;
    expect(galat.name).toBe('ValidationError');
    expect(galat.message).toContain('Konten berubah sejak disetujui: dokumentasi');
    expect(galat.details.syarat.map((s: { kode: string }) => s.kode)).toEqual([
      'konten-sesuai-persetujuan',
    ]);
    expect(await potret(strapi, documentId)).toEqual(sebelum);
    expect(await folderPaket()).toEqual(folderSebelum);
  });
});
