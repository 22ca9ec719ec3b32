/**
 * Issue #26 (SOP 21 langkah 3–5): the team chooses the target platforms at `draf`; the server
 * keeps `platformTujuan` to the platforms of `tautan` on every path, the document view says per
 * platform what will not fit (warnings), a rule the office configured `wajib`
 * (PLATFORM_ATURAN_WAJIB) holds the submission back, and the recap counts per target platform.
 */
import type { Core } from '@strapi/strapi';
import { unggahBerkas } from '../helpers/berkas';
import { http, jalur } from '../helpers/http';
import {
  buatPengguna,
  type Pengguna,
  penggunaPerPeran,
  PERAN_SOP_21,
  sebagai,
  tokenApi,
} from '../helpers/pengguna';
import { medsosSampaiTahap, narasi, potret, tanggalWibRelatif } from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

const MEDSOS = 'api::konten-medsos.konten-medsos';
let strapi: Core.Strapi;
let tim: Pengguna;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  // The office requires YouTube's title limit; every other rule stays a warning.
  process.env.PLATFORM_ATURAN_WAJIB = 'youtube.judul';
  strapi = await mulaiStrapi();
  tim = await buatPengguna(strapi, ['tim-pelaksana']);
  Object.assign(p, await penggunaPerPeran(strapi, PERAN_SOP_21));
});
afterAll(async () => {
  delete process.env.PLATFORM_ATURAN_WAJIB;
  await hentikanStrapi(strapi);
});

/** A draft with four described photos of the given size, made by the team in the content manager. */
async function buatKonten(data: Record<string, unknown>, ukuran = { width: 1080, height: 1080 }) {
  const dokumentasi = await unggahBerkas(strapi, 4, 'jpeg', { ukuran });
  const res = await http(strapi, tim)
    .post(jalur.cm, {
      judul: 'Rapat pleno terbuka rekapitulasi',
      tanggalKegiatan: tanggalWibRelatif(0),
      dokumentasi,
      narasi,
      caption: 'Rapat pleno terbuka #KPUSumbar',
      ...data,
    })
    .expect(201);
  return res.body.data.documentId as string;
}

const tampilan = async (documentId: string) =>
  (await http(strapi, tim).get(jalur.redaksi(documentId)).expect(200)).body.data;

describe('platformTujuan disimpan', () => {
  it('keeps the chosen platforms in the order of tautan, each once', async () => {
    const id = await buatKonten({ platformTujuan: ['x', 'instagram', 'x'] });
    const draf = await strapi.documents(MEDSOS).findOne({ documentId: id });
    expect(draf?.platformTujuan).toEqual(['instagram', 'x']);
  });

  it('refuses a value that is not a list of platform codes on every path, changing nothing', async () => {
    const id = await buatKonten({ platformTujuan: ['instagram'] });
    const sebelum = await potret(strapi, id);
    const pesanAsing =
      'Platform tujuan tidak dikenal: "myspace"; yang dapat dipilih: instagram, facebook, x, youtube, tiktok, threads';

    // The content manager.
    const cm = await http(strapi, tim)
      .put(jalur.cmDokumen(id), { platformTujuan: ['x', 'myspace'] })
      .expect(400);
    expect(cm.body.error).toMatchObject({ name: 'ValidationError', message: pesanAsing });
    const bukanDaftar = await http(strapi, tim)
      .put(jalur.cmDokumen(id), { platformTujuan: 'x' })
      .expect(400);
    expect(bukanDaftar.body.error.message).toBe(
      'Platform tujuan harus berupa daftar kode platform (instagram, facebook, x, youtube, tiktok, threads)',
    );
    const jumlah = await strapi.db.query(MEDSOS).count({});
    await http(strapi, tim)
      .post(jalur.cm, { judul: 'Baru', platformTujuan: { x: true } })
      .expect(400);
    expect(await strapi.db.query(MEDSOS).count({})).toBe(jumlah);

    // REST, with a full-access token.
    const rest = await http(strapi, await tokenApi(strapi))
      .put(jalur.restDokumen(id), { data: { platformTujuan: ['myspace'] } })
      .expect(400);
    expect(rest.body.error).toMatchObject({ name: 'ValidationError', message: pesanAsing });

    // The document service, called from code in the team's request.
    await expect(
      sebagai(strapi, tim, () =>
        strapi.documents(MEDSOS).update({ documentId: id, data: { platformTujuan: [7] } as never }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('Platform tujuan tidak dikenal: 7'),
    });

    expect(await potret(strapi, id)).toEqual(sebelum);
    const draf = await strapi.documents(MEDSOS).findOne({ documentId: id });
    expect(draf?.platformTujuan).toEqual(['instagram']);
  });
});

describe('platformTujuan pada clone dan REST', () => {
  const PESAN_MYSPACE =
    'Platform tujuan tidak dikenal: "myspace"; yang dapat dipilih: instagram, facebook, x, youtube, tiktok, threads';
  const jumlah = () => strapi.db.query(MEDSOS).count({});
  const statusAlur = (documentId: string) =>
    strapi.db.query('plugin::redaksi.status-alur').findOne({ where: { dokumenId: documentId } });

  it('keeps the target platforms on a clone (they are content), which starts at draf with no register number', async () => {
    const asli = await buatKonten({ platformTujuan: ['x', 'instagram'] });
    await medsosSampaiTahap(strapi, p, asli, 'disetujui');
    expect((await statusAlur(asli)).nomorRegister).toBeTruthy();
    const sebelum = await potret(strapi, asli);

    const klon = await http(strapi, tim)
      .post(`${jalur.cm}/clone/${asli}`, { judul: 'Salinan rapat pleno' })
      .expect(200);
    const salinan = klon.body.data.documentId as string;
    const draf = await strapi.documents(MEDSOS).findOne({ documentId: salinan });
    expect(draf?.platformTujuan).toEqual(['instagram', 'x']);
    const view = await tampilan(salinan);
    expect(view.tahap).toBe('draf');
    expect(view.platformTujuan.map((item: { platform: string }) => item.platform)).toEqual([
      'instagram',
      'x',
    ]);
    expect((await statusAlur(salinan)).nomorRegister ?? null).toBeNull();
    expect(await potret(strapi, asli)).toEqual(sebelum);
  });

  it('refuses an unknown platform on a clone and on a REST create or draft save, in Indonesian, making and changing nothing', async () => {
    const asli = await buatKonten({ platformTujuan: ['instagram'] });
    const sebelum = await potret(strapi, asli);
    const jumlahSebelum = await jumlah();

    const klon = await http(strapi, tim)
      .post(`${jalur.cm}/clone/${asli}`, { judul: 'Salinan', platformTujuan: ['myspace'] })
      .expect(400);
    expect(klon.body.error).toMatchObject({ name: 'ValidationError', message: PESAN_MYSPACE });

    const token = await tokenApi(strapi);
    const buat = await http(strapi, token)
      .post(`${jalur.rest}?status=draft`, {
        data: { judul: 'Lewat REST', platformTujuan: ['myspace'] },
      })
      .expect(400);
    expect(buat.body.error).toMatchObject({ name: 'ValidationError', message: PESAN_MYSPACE });
    const simpanDraf = await http(strapi, token)
      .put(`${jalur.restDokumen(asli)}?status=draft`, { data: { platformTujuan: ['myspace'] } })
      .expect(400);
    expect(simpanDraf.body.error).toMatchObject({
      name: 'ValidationError',
      message: PESAN_MYSPACE,
    });

    expect(await jumlah()).toBe(jumlahSebelum);
    expect(await potret(strapi, asli)).toEqual(sebelum);
  });
});

describe('peringatan per platform tujuan', () => {
  it('warns of an over-long X caption (counted as X counts) and of Instagram photos out of ratio, with a preview', async () => {
    // 150 CJK characters: 150 as people count them, 300 for X.
    const caption = `${'中'.repeat(150)} #KPUSumbar`;
    const id = await buatKonten(
      { caption, platformTujuan: ['instagram', 'x'] },
      { width: 300, height: 100 },
    );
    const data = await tampilan(id);
    const [instagram, x] = data.platformTujuan;

    expect(x).toMatchObject({ platform: 'x', label: 'X' });
    expect(x.periksa).toContainEqual({
      aturan: 'caption',
      status: 'peringatan',
      pesan:
        'Caption 311 dari maksimal 280 karakter (dihitung seperti X: tautan 23, emoji dan aksara CJK 2)',
    });
    // Four photos: X takes four.
    expect(x.periksa.find((cek: { aturan: string }) => cek.aturan === 'foto').status).toBe(
      'sesuai',
    );
    expect(x.pratinjau).toMatchObject({ caption: '中'.repeat(140), terpotong: true });

    expect(instagram).toMatchObject({ platform: 'instagram', label: 'Instagram' });
    expect(instagram.periksa).toContainEqual({
      aturan: 'rasio',
      status: 'peringatan',
      pesan:
        'Foto ke-1 (300×100, 3:1), ke-2 (300×100, 3:1), ke-3 (300×100, 3:1), ke-4 (300×100, 3:1) di luar rasio 4:5 sampai 1,91:1: dipotong oleh platform',
    });
    expect(
      instagram.periksa.find((cek: { aturan: string }) => cek.aturan === 'caption').status,
    ).toBe('sesuai');
    // The feed shows the 3:1 photo cropped to 1.91:1.
    expect(instagram.pratinjau.foto).toMatchObject({ rasio: 3, rasioTampil: 1.91 });
    expect(instagram.pratinjau.foto.url).toMatch(/^\/uploads\//);

    // Warnings only: the submission is not held back, and goes through.
    expect(data.syarat).toContainEqual(
      expect.objectContaining({ kode: 'sesuai-platform', terpenuhi: true }),
    );
    await http(strapi, tim).post(jalur.transisi(id), { action: 'serahkan' }).expect(200);
  });

  it('answers no platform for an item without targets', async () => {
    const id = await buatKonten({});
    expect((await tampilan(id)).platformTujuan).toEqual([]);
  });
});

describe('aturan wajib', () => {
  it('refuses serahkan while a required rule is broken (YouTube title), naming platform and rule, and lets it through once fixed', async () => {
    const judul = `Rapat pleno ${'panjang '.repeat(15)}`.trim();
    const id = await buatKonten({ judul, platformTujuan: ['youtube', 'x'] });
    const data = await tampilan(id);
    const youtube = data.platformTujuan.find(
      (item: { platform: string }) => item.platform === 'youtube',
    );
    expect(youtube.periksa).toContainEqual({
      aturan: 'judul',
      status: 'wajib-gagal',
      pesan: `Judul ${judul.length} dari maksimal 100 karakter`,
    });
    const pesan = `Platform tujuan: belum memenuhi aturan wajib; YouTube: Judul ${judul.length} dari maksimal 100 karakter`;
    expect(data.syarat).toContainEqual(
      expect.objectContaining({ kode: 'sesuai-platform', terpenuhi: false, pesan }),
    );
    expect(data.aksi.find((aksi: { kode: string }) => aksi.kode === 'serahkan').siap).toBe(false);

    const sebelum = await potret(strapi, id);
    const res = await http(strapi, tim)
      .post(jalur.transisi(id), { action: 'serahkan' })
      .expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toContain(pesan);
    expect(res.body.error.details.syarat).toContainEqual(
      expect.objectContaining({ kode: 'sesuai-platform', field: 'platformTujuan' }),
    );
    expect(await potret(strapi, id)).toEqual(sebelum);

    await http(strapi, tim).put(jalur.cmDokumen(id), { judul: 'Rapat pleno' }).expect(200);
    await http(strapi, tim).post(jalur.transisi(id), { action: 'serahkan' }).expect(200);
  });
});
