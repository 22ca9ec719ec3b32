/**
 * "What changed since I last saw it" (SOP 21 langkah 3–4, SOP 20 langkah 6–7): the content kept at
 * each submission, return and decision, and the panel's view of the draft against the last return,
 * the last decision taken at the stage, and the version online, field by field, word by word.
 */
import type { Core } from '@strapi/strapi';
import type {
  PerubahanField,
  PerubahanSejak,
} from '../../src/plugins/redaksi/shared/contracts/dokumen';
import { unggahBerkas } from '../helpers/berkas';
import { cmUid, http, jalur, UID_LIPUTAN } from '../helpers/http';
import { buatPengguna, type Pengguna, SEMUA_PERAN } from '../helpers/pengguna';
import {
  buatKontenMedsos,
  buatLiputan,
  liputanSampaiTahap,
  liputanSampaiTayang,
  medsosSampaiTahap,
} from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  strapi = await mulaiStrapi();
  for (const kode of SEMUA_PERAN) p[kode] = await buatPengguna(strapi, [kode]);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const paragraf = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

const perubahanTerhadap = (data: { perubahan: PerubahanSejak[] }, terhadap: string) =>
  data.perubahan.find((item) => item.terhadap === terhadap);

const kolom = (perubahan: PerubahanSejak | undefined, field: string) =>
  perubahan?.field.find((item) => item.field === field);

describe('apa yang berubah sejak terakhir dilihat', () => {
  it('SOP 21: after a return the reviewer sees the words, photos and alt text changed since, and the history row names them', async () => {
    const foto = await unggahBerkas(strapi, 4);
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], {
      dokumentasi: foto,
      narasi: paragraf('Rapat pleno terbuka rekapitulasi suara di Padang.'),
    });
    await medsosSampaiTahap(strapi, p, documentId, 'pemeriksaan');

    // Nothing was returned or decided at this stage yet: nothing to compare with.
    const awal = await http(strapi, p['wakil-pemimpin-redaksi']).get(jalur.redaksi(documentId));
    expect(awal.body.data.perubahan).toEqual([]);

    await http(strapi, p['wakil-pemimpin-redaksi'])
      .post(jalur.transisi(documentId), { action: 'kembalikan', note: 'Lengkapi foto dan lokasi' })
      .expect(200);

    // The Tim Pelaksana revises: one word replaced and one added, the first photo dropped, one new
    // photo, the last two swapped, and the second photo described again.
    const [baru] = await unggahBerkas(strapi, 1);
    await http(strapi, p['tim-pelaksana'])
      .put(jalur.cmDokumen(documentId), {
        narasi: paragraf('Rapat pleno terbuka penetapan rekapitulasi suara di Bukittinggi.'),
        dokumentasi: [foto[1], foto[3], foto[2], baru],
      })
      .expect(200);
    await http(strapi, p['tim-pelaksana'])
      .multipart(`/upload?id=${foto[1]}`)
      .field('fileInfo', JSON.stringify({ alternativeText: 'Ketua KPU membuka rapat pleno' }))
      .expect(200);
    await medsosSampaiTahap(strapi, p, documentId, 'pemeriksaan');

    const res = await http(strapi, p['wakil-pemimpin-redaksi'])
      .get(jalur.redaksi(documentId))
      .expect(200);
    const sejakKembali = perubahanTerhadap(res.body.data, 'pengembalian');
    expect(sejakKembali).toMatchObject({ aksi: 'kembalikan' });
    expect(sejakKembali!.field.map((item) => item.field)).toEqual(['dokumentasi', 'narasi']);

    expect(kolom(sejakKembali, 'narasi')).toEqual({
      field: 'narasi',
      jenis: 'teks',
      potongan: [
        { jenis: 'sama', teks: 'Rapat pleno terbuka ' },
        { jenis: 'tambah', teks: 'penetapan ' },
        { jenis: 'sama', teks: 'rekapitulasi suara di ' },
        // Punctuation is a token of its own: only the place name changed.
        { jenis: 'hapus', teks: 'Padang' },
        { jenis: 'tambah', teks: 'Bukittinggi' },
        { jenis: 'sama', teks: '.' },
      ],
    });

    const dokumentasi = kolom(sejakKembali, 'dokumentasi') as Extract<
      PerubahanField,
      { jenis: 'berkas' }
    >;
    expect(dokumentasi).toMatchObject({
      jenis: 'berkas',
      urutanBerubah: true,
      diganti: [],
      teksAlternatif: [
        {
          berkas: { id: foto[1] },
          sebelum: expect.stringMatching(/^Berkas uji/),
          sesudah: 'Ketua KPU membuka rapat pleno',
        },
      ],
    });
    expect(dokumentasi.ditambah.map((b) => b.id)).toEqual([baru]);
    expect(dokumentasi.dihapus.map((b) => b.id)).toEqual([foto[0]]);
    expect(dokumentasi.sebelum.map((b) => b.id)).toEqual(foto);
    expect(dokumentasi.sesudah.map((b) => b.id)).toEqual([foto[1], foto[3], foto[2], baru]);
    // Thumbnails side by side: each file comes with a picture URL.
    expect(dokumentasi.ditambah[0].thumbnail).toMatch(/^\/uploads\//);

    // The history lists what each act's content changed since the act before it.
    const riwayat = res.body.data.riwayat as Array<{ aksi: string; perubahan: string[] | null }>;
    expect(riwayat.map((baris) => [baris.aksi, baris.perubahan])).toEqual([
      ['serahkan', []],
      ['terima', []],
      ['kembalikan', []],
      // The draft's edits (a media change row keeps no content).
      ...riwayat.filter((baris) => baris.aksi === 'ubah-berkas').map((baris) => [baris.aksi, null]),
      ['serahkan', ['dokumentasi', 'narasi']],
      ['terima', []],
    ]);
  });

  it('SOP 21: the decision-maker sees the changes against the last decision taken at the stage, and an unchanged item says so', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await medsosSampaiTahap(strapi, p, documentId, 'pemeriksaan');
    await http(strapi, p['wakil-pemimpin-redaksi'])
      .post(jalur.transisi(documentId), { action: 'teruskan' })
      .expect(200);
    await http(strapi, p['pemimpin-redaksi'])
      .post(jalur.transisi(documentId), { action: 'kembalikan', note: 'Perbaiki caption' })
      .expect(200);
    // Back at pemeriksaan: the Wakil's last decision here was `teruskan`; nothing changed since.
    const tanpaUbah = await http(strapi, p['wakil-pemimpin-redaksi'])
      .get(jalur.redaksi(documentId))
      .expect(200);
    expect(perubahanTerhadap(tanpaUbah.body.data, 'keputusan')).toMatchObject({
      aksi: 'teruskan',
      field: [],
    });
    expect(perubahanTerhadap(tanpaUbah.body.data, 'pengembalian')).toMatchObject({
      aksi: 'kembalikan',
      field: [],
    });

    await http(strapi, p['wakil-pemimpin-redaksi'])
      .put(jalur.cmDokumen(documentId), { caption: 'Caption baru #KPUSumbar' })
      .expect(200);
    const diubah = await http(strapi, p['wakil-pemimpin-redaksi'])
      .get(jalur.redaksi(documentId))
      .expect(200);
    expect(kolom(perubahanTerhadap(diubah.body.data, 'keputusan'), 'caption')).toEqual({
      field: 'caption',
      jenis: 'teks',
      potongan: [
        { jenis: 'sama', teks: 'Caption ' },
        { jenis: 'hapus', teks: 'asli' },
        { jenis: 'tambah', teks: 'baru #KPUSumbar' },
      ],
    });
  });

  it('SOP 20: the Verifikator of a correction after tayang sees the draft against the version online', async () => {
    const documentId = await buatLiputan(strapi, p, { judul: 'Peninjauan gudang logistik' });
    await liputanSampaiTayang(strapi, p, documentId, {
      isi: paragraf('Komisioner meninjau gudang logistik pemilihan.'),
    });
    // The correction: edited online, which sends it back to koreksi, then on to verifikasi.
    await http(strapi, p['sekretaris-redaksi'])
      .put(cmUid(UID_LIPUTAN, documentId), {
        isi: paragraf('Komisioner dan sekretaris meninjau gudang logistik pemilihan.'),
        catatanKoreksi: 'Sekretaris ikut meninjau: isi dilengkapi.',
      })
      .expect(200);
    await http(strapi, p['sekretaris-redaksi'])
      .post(jalur.transisi(documentId, UID_LIPUTAN), { action: 'teruskan' })
      .expect(200);

    const res = await http(strapi, p.verifikator)
      .get(jalur.redaksi(documentId, UID_LIPUTAN))
      .expect(200);
    expect(res.body.data.tahap).toBe('verifikasi');
    const online = perubahanTerhadap(res.body.data, 'tayang');
    expect(online).toMatchObject({ aksi: null, waktu: expect.any(String) });
    expect(kolom(online, 'isi')).toEqual({
      field: 'isi',
      jenis: 'teks',
      potongan: [
        { jenis: 'sama', teks: 'Komisioner ' },
        { jenis: 'tambah', teks: 'dan sekretaris ' },
        { jenis: 'sama', teks: 'meninjau gudang logistik pemilihan.' },
      ],
    });
    // The public correction note the version goes online with is verified with it.
    expect(online!.field.map((item) => item.field)).toEqual(['isi', 'catatanKoreksi']);
    // Against the Verifikator's own last approval, the same edit shows too.
    expect(kolom(perubahanTerhadap(res.body.data, 'keputusan'), 'isi')).toEqual(
      kolom(online, 'isi'),
    );
  });
});

describe('cuplikan awal untuk dokumen dari sebelum isi disimpan (#24)', () => {
  const CUPLIKAN = 'plugin::redaksi.cuplikan';
  const cuplikanDari = (documentId: string) =>
    strapi.db
      .query(CUPLIKAN)
      .findMany({ where: { dokumenId: documentId }, orderBy: { id: 'asc' } });
  const isiAwal = (opsi?: { batch: number }): Promise<number> =>
    strapi.plugin('redaksi').service('cuplikan').isiAwal(opsi);

  it('keeps once the current content of each item in a stage without one, as the base of "what changed"', async () => {
    const foto = await unggahBerkas(strapi, 1);
    const lama = await buatLiputan(strapi, p, { judul: 'Liputan dari sebelum cuplikan' });
    await liputanSampaiTahap(strapi, p, lama, 'verifikasi', { ringkasan: 'Ringkasan lama', foto });
    const kontrol = await buatLiputan(strapi, p, { judul: 'Liputan yang sudah punya cuplikan' });
    await liputanSampaiTahap(strapi, p, kontrol, 'koreksi', { ringkasan: 'Ringkasan', foto });
    // As an item from before contents were kept: its history, and no kept content.
    await strapi.db.query(CUPLIKAN).deleteMany({ where: { dokumenId: lama } });
    const milikKontrol = await cuplikanDari(kontrol);
    expect(milikKontrol.length).toBeGreaterThan(0);

    // Slices of one item: every slice is read, and each item is looked at once.
    expect(await isiAwal({ batch: 1 })).toBeGreaterThanOrEqual(1);
    const [awal, ...lebih] = await cuplikanDari(lama);
    expect(lebih).toEqual([]);
    expect(awal).toMatchObject({
      uidKonten: UID_LIPUTAN,
      aksi: 'cuplikan-awal',
      dari: 'verifikasi',
      ke: 'verifikasi',
      aktorNama: 'Sistem',
    });
    const isi = typeof awal.isi === 'string' ? JSON.parse(awal.isi) : awal.isi;
    expect(isi).toMatchObject({
      judul: 'Liputan dari sebelum cuplikan',
      ringkasan: 'Ringkasan lama',
    });
    // An item that has kept contents is left as it is.
    expect(await cuplikanDari(kontrol)).toEqual(milikKontrol);
    // Idempotent: a second run (the next start) writes nothing.
    expect(await isiAwal()).toBe(0);
    expect(await cuplikanDari(lama)).toHaveLength(1);

    // The Verifikator classifies; the panel now tells what changed since that base.
    await http(strapi, p.verifikator)
      .put(cmUid(UID_LIPUTAN, lama), { klasifikasi: 'berkala' })
      .expect(200);
    const view = await http(strapi, p.verifikator)
      .get(jalur.redaksi(lama, UID_LIPUTAN))
      .expect(200);
    const sejak = perubahanTerhadap(view.body.data, 'keputusan');
    expect(sejak).toMatchObject({ aksi: 'cuplikan-awal', oleh: 'Sistem' });
    expect(sejak?.field.map((item) => item.field)).toEqual(['klasifikasi']);
  });
});
