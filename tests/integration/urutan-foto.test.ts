/**
 * The photos of an item keep the order they were put in (Strapi stores a media field's order in
 * `files_related_mph.order`): through every save of the content manager, into the published
 * version and the public API, and a photo replaced through the media library keeps its place (same
 * file id, new bytes). Read back over HTTP, on SQLite and on PostgreSQL.
 */
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { unggahBerkas } from '../helpers/berkas';
import { cmUid, http, jalur, UID_LIPUTAN } from '../helpers/http';
import { isiBerkas } from '../helpers/keadaan';
import { type Pengguna, penggunaPerPeran, PERAN_SOP_20, PERAN_SOP_21 } from '../helpers/pengguna';
import { buatKontenMedsos, buatLiputan, liputanSampaiTayang } from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, [...PERAN_SOP_21, ...PERAN_SOP_20]));
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

type Foto = { id: number; url: string; alternativeText: string | null };

let warna = 0;
const jpeg = () => {
  warna += 37;
  return sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: warna % 255, g: 20, b: 90 } },
  })
    .jpeg()
    .toBuffer();
};

/** Photos uploaded one by one over HTTP through the media library, as the Tim Pelaksana does. */
async function unggah(jumlah: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < jumlah; i += 1) {
    const res = await http(strapi, p['tim-pelaksana'])
      .multipart('/upload')
      .field('fileInfo', JSON.stringify({ alternativeText: `Foto kegiatan ${i + 1}` }))
      .attach('files', await jpeg(), {
        filename: `kegiatan-${i + 1}.jpg`,
        contentType: 'image/jpeg',
      })
      .expect(201);
    ids.push(res.body[0].id as number);
  }
  return ids;
}

/** The photos of a draft as the content manager's edit view reads them. */
async function fotoDiCm(documentId: string): Promise<Foto[]> {
  const res = await http(strapi, p['tim-pelaksana']).get(jalur.cmDokumen(documentId)).expect(200);
  return res.body.data.dokumentasi as Foto[];
}

const ids = (foto: Foto[]) => foto.map((item) => item.id);

describe('urutan foto', () => {
  it('keeps the order the photos were put in, through every save of the content manager', async () => {
    const [a, b, c, d, e] = await unggah(5);
    // In the order of upload, and in an order that is neither the upload's nor the ids'.
    const menurutUnggahan = await buatKontenMedsos(strapi, p['tim-pelaksana'], {
      dokumentasi: [a, b, c, d],
    });
    expect(ids(await fotoDiCm(menurutUnggahan))).toEqual([a, b, c, d]);
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], {
      dokumentasi: [d, a, e, b],
    });
    const tersimpan = await fotoDiCm(documentId);
    expect(ids(tersimpan)).toEqual([d, a, e, b]);

    // A save of another field sends the photos back as the edit view holds them (whole objects).
    await http(strapi, p['tim-pelaksana'])
      .put(jalur.cmDokumen(documentId), { caption: 'Caption baru', dokumentasi: tersimpan })
      .expect(200);
    expect(ids(await fotoDiCm(documentId))).toEqual([d, a, e, b]);
    // A save without the field leaves it as it was.
    await http(strapi, p['tim-pelaksana'])
      .put(jalur.cmDokumen(documentId), { caption: 'Caption lagi' })
      .expect(200);
    expect(ids(await fotoDiCm(documentId))).toEqual([d, a, e, b]);
    // Moved by the editor (drag in the edit view), a photo swapped for another in its place.
    await http(strapi, p['tim-pelaksana'])
      .put(jalur.cmDokumen(documentId), { dokumentasi: [a, c, d, b] })
      .expect(200);
    expect(ids(await fotoDiCm(documentId))).toEqual([a, c, d, b]);
  });

  it('keeps a replaced photo in its place: the same file, new bytes, new alt text', async () => {
    const foto = await unggah(4);
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], {
      dokumentasi: [foto[2], foto[0], foto[3], foto[1]],
    });
    const sebelum = await isiBerkas(strapi, foto[0]);
    // The media library's "Ganti media" in the edit dialog: the file replaced under its own id.
    const baru = await jpeg();
    await http(strapi, p['tim-pelaksana'])
      .multipart(`/upload?id=${foto[0]}`)
      .field('fileInfo', JSON.stringify({ alternativeText: 'Foto pengganti' }))
      .attach('files', baru, { filename: 'pengganti.jpg', contentType: 'image/jpeg' })
      .expect(200);

    const sesudah = await fotoDiCm(documentId);
    expect(ids(sesudah)).toEqual([foto[2], foto[0], foto[3], foto[1]]);
    expect(sesudah[1].alternativeText).toBe('Foto pengganti');
    const berkas = await isiBerkas(strapi, foto[0]);
    expect(berkas.hash).not.toBe(sebelum.hash);
  });

  it('serves the published photos in the same order, in the content manager and the public API', async () => {
    const foto = await unggahBerkas(strapi, 4);
    const urutan = [foto[3], foto[1], foto[0], foto[2]];
    const documentId = await buatLiputan(strapi, p, { judul: 'Urutan foto liputan' });
    await liputanSampaiTayang(strapi, p, documentId, { foto: urutan });

    const cm = await http(strapi, p['staf-sekretariat'])
      .get(`${cmUid(UID_LIPUTAN, documentId)}?status=published`)
      .expect(200);
    expect(cm.body.data.publishedAt).toBeTruthy();
    expect(ids(cm.body.data.foto as Foto[])).toEqual(urutan);
    // The public API shows no file ids: its photos are told apart by their names.
    const nama = (cm.body.data.foto as Array<{ name: string }>).map((item) => item.name);
    expect(new Set(nama).size).toBe(4);
    const publik = await http(strapi)
      .get(`/api/liputans/${documentId}?populate[foto][fields][0]=name`)
      .expect(200);
    expect((publik.body.data.foto as Array<{ name: string }>).map((item) => item.name)).toEqual(
      nama,
    );
  });
});
