/**
 * SOP 21 from draft to upload, as the editors do it in the admin panel: every stage with the
 * role the SOP names, every other role refused with nothing changed, both `kembalikan` loops,
 * `tolak`, the register number, the history and the queue.
 */
import type { Core } from '@strapi/strapi';
import { unggahBerkas } from '../helpers/berkas';
import { http, jalur } from '../helpers/http';
import { buatPengguna, type Pengguna, SEMUA_PERAN } from '../helpers/pengguna';
import {
  harapLangkahTerakhir,
  medsosSampaiTahap,
  narasi,
  potret,
  tanggalWibRelatif,
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

async function buatKonten(jumlahFoto = 4, data: Record<string, unknown> = {}) {
  const dokumentasi = await unggahBerkas(strapi, jumlahFoto);
  const res = await http(strapi, p['tim-pelaksana'])
    .post(jalur.cm, {
      judul: 'Sosialisasi tahapan pemilihan',
      tanggalKegiatan: tanggalWibRelatif(0),
      dokumentasi,
      narasi,
      caption: 'Caption kegiatan #KPUSumbar',
      ...data,
    })
    .expect(201);
  return res.body.data.documentId as string;
}

const transisi = (documentId: string, siapa: string, body: object) =>
  http(strapi, p[siapa]).post(jalur.transisi(documentId), body);

/** Every role except the allowed ones gets 403 for this action, and the item does not change. */
async function semuaPeranLainDitolak(
  documentId: string,
  aksi: string,
  boleh: string[],
  body: object = {},
) {
  const sebelum = await potret(strapi, documentId);
  for (const kode of SEMUA_PERAN.filter((k) => !boleh.includes(k))) {
    const res = await transisi(documentId, kode, { action: aksi, note: 'catatan', ...body });
    expect({ kode, status: res.status }).toEqual({ kode, status: 403 });
    expect(res.body.error.name).toBe('PolicyError');
    expect(res.body.error.message).toContain('hanya untuk');
  }
  expect(await potret(strapi, documentId)).toEqual(sebelum);
}

describe('alur SOP 21 lengkap', () => {
  it('walks draf -> diserahkan -> pemeriksaan -> keputusan -> disetujui, with the right role at each step', async () => {
    const documentId = await buatKonten();

    const awal = await http(strapi, p['tim-pelaksana']).get(jalur.redaksi(documentId)).expect(200);
    expect(awal.body.data).toMatchObject({ tahap: 'draf', alur: 'sop-21' });
    expect(awal.body.data.aksi.map((a: { kode: string }) => a.kode)).toEqual(['serahkan']);
    expect(awal.body.data.syarat).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kode: 'dokumentasi-minimal',
          terpenuhi: true,
          pesan: 'Dokumentasi: 4 dari minimal 4 foto',
        }),
      ]),
    );
    expect(awal.body.data.tenggat[0]).toMatchObject({ aksi: 'serahkan', lewat: false });

    await semuaPeranLainDitolak(documentId, 'serahkan', ['tim-pelaksana']);
    const serah = await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(200);
    expect(serah.body.data.tahap).toBe('diserahkan');
    expect(serah.body.data.nomorRegister).toMatch(/^REG\/\d{4}\/\d{2}\/\d{4}$/);

    await semuaPeranLainDitolak(documentId, 'terima', ['admin-medsos']);
    await transisi(documentId, 'admin-medsos', { action: 'terima' }).expect(200);

    await semuaPeranLainDitolak(documentId, 'teruskan', ['wakil-pemimpin-redaksi']);
    await transisi(documentId, 'wakil-pemimpin-redaksi', {
      action: 'teruskan',
      note: 'Sudah dikoreksi',
    }).expect(200);

    await semuaPeranLainDitolak(documentId, 'setujui', ['pemimpin-redaksi']);
    const setuju = await transisi(documentId, 'pemimpin-redaksi', { action: 'setujui' }).expect(
      200,
    );
    expect(setuju.body.data.tahap).toBe('disetujui');

    expect(
      setuju.body.data.riwayat.map(
        (r: { aksi: string; dari: string; ke: string; peran: string }) => [
          r.aksi,
          r.dari,
          r.ke,
          r.peran,
        ],
      ),
    ).toEqual([
      ['serahkan', 'draf', 'diserahkan', 'tim-pelaksana'],
      ['terima', 'diserahkan', 'pemeriksaan', 'admin-medsos'],
      ['teruskan', 'pemeriksaan', 'keputusan', 'wakil-pemimpin-redaksi'],
      ['setujui', 'keputusan', 'disetujui', 'pemimpin-redaksi'],
    ]);
    expect(setuju.body.data.riwayat[2]).toMatchObject({
      note: 'Sudah dikoreksi',
      aktor: { id: p['wakil-pemimpin-redaksi'].id },
    });

    // Publishing is Admin Medsos' step; it needs a platform link first (publish paths: sop-21-publikasi).
    const admin = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(admin.body.data.aksi).toEqual([
      // The approved material to upload, as one package (paket-unggahan.test.ts).
      expect.objectContaining({ kode: 'unduh-paket', melalui: 'unduhan', siap: true }),
      expect.objectContaining({ kode: 'unggah', melalui: 'publish', siap: false }),
      // Or the upload at an hour (jadwal-tayang.test.ts); its cancellation only once one is set.
      expect.objectContaining({ kode: 'jadwalkan', melalui: 'transisi', ke: null }),
      // The way back for a new decision, open at any time after it (an exception nobody waits for).
      expect.objectContaining({ kode: 'kembalikan', ke: 'keputusan', catatanWajib: true }),
    ]);
  });

  it('sends back from pemeriksaan to draf and from keputusan to pemeriksaan, each with a required note', async () => {
    const documentId = await buatKonten();
    await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(200);
    const register = (await potret(strapi, documentId)).register;
    await transisi(documentId, 'admin-medsos', { action: 'terima' }).expect(200);

    const tanpaCatatan = await transisi(documentId, 'wakil-pemimpin-redaksi', {
      action: 'kembalikan',
    }).expect(400);
    expect(tanpaCatatan.body.error.details.syarat).toEqual([
      expect.objectContaining({ kode: 'catatan-wajib' }),
    ]);
    const kosong = await transisi(documentId, 'wakil-pemimpin-redaksi', {
      action: 'kembalikan',
      note: '   ',
    }).expect(400);
    expect(kosong.body.error.details.syarat[0].kode).toBe('catatan-wajib');

    const kembali = await transisi(documentId, 'wakil-pemimpin-redaksi', {
      action: 'kembalikan',
      note: 'Foto kurang jelas',
    }).expect(200);
    expect(kembali.body.data.tahap).toBe('draf');
    // The team sees who sent it back, when and why, until it moves on.
    expect(kembali.body.data).toMatchObject({
      dikembalikan: {
        oleh: expect.stringContaining('wakil-pemimpin-redaksi'),
        peran: 'wakil-pemimpin-redaksi',
        waktu: expect.any(String),
        catatan: 'Foto kurang jelas',
      },
      diserahkanUlang: false,
    });

    const diAntrean = async (peran: string) =>
      (
        (await http(strapi, p[peran]).get('/redaksi/queue?pageSize=100').expect(200)).body
          .data as Array<{ documentId: string }>
      ).find((item) => item.documentId === documentId);
    expect(await diAntrean('tim-pelaksana')).toMatchObject({
      dikembalikan: {
        oleh: expect.stringContaining('wakil-pemimpin-redaksi'),
        catatan: 'Foto kurang jelas',
      },
      diserahkanUlang: false,
    });

    // Resubmitted, it keeps its register number, and the next desk sees it came back.
    const ulang = await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(200);
    expect(ulang.body.data).toMatchObject({ dikembalikan: null, diserahkanUlang: true });
    expect(await diAntrean('admin-medsos')).toMatchObject({
      dikembalikan: null,
      diserahkanUlang: true,
    });
    expect((await potret(strapi, documentId)).register).toBe(register);
    await transisi(documentId, 'admin-medsos', { action: 'terima' }).expect(200);
    await transisi(documentId, 'wakil-pemimpin-redaksi', { action: 'teruskan' }).expect(200);

    await transisi(documentId, 'pemimpin-redaksi', { action: 'kembalikan' }).expect(400);
    const keWakil = await transisi(documentId, 'pemimpin-redaksi', {
      action: 'kembalikan',
      note: 'Narasi perlu data pemilih',
    }).expect(200);
    expect(keWakil.body.data.dikembalikan).toMatchObject({ catatan: 'Narasi perlu data pemilih' });
    harapLangkahTerakhir(keWakil, 'pemeriksaan', {
      aksi: 'kembalikan',
      dari: 'keputusan',
      ke: 'pemeriksaan',
      note: 'Narasi perlu data pemilih',
    });
  });

  it('rejects for good with a note: ditolak has no way out', async () => {
    const documentId = await buatKonten();
    await medsosSampaiTahap(strapi, p, documentId, 'keputusan');
    await semuaPeranLainDitolak(documentId, 'tolak', ['pemimpin-redaksi']);
    await transisi(documentId, 'pemimpin-redaksi', { action: 'tolak' }).expect(400);
    const tolak = await transisi(documentId, 'pemimpin-redaksi', {
      action: 'tolak',
      note: 'Tidak sesuai kebutuhan',
    }).expect(200);
    expect(tolak.body.data).toMatchObject({ tahap: 'ditolak', aksi: [] });
    const lagi = await transisi(documentId, 'pemimpin-redaksi', { action: 'setujui' }).expect(409);
    expect(lagi.body.error.message).toContain('Ditolak');
  });

  it('refuses to submit with three photos and a PDF, naming the fourth photo, and changes nothing', async () => {
    const pdf = await unggahBerkas(strapi, 1, 'pdf');
    const foto = await unggahBerkas(strapi, 3);
    const documentId = await buatKonten(0, { dokumentasi: [...foto, ...pdf], caption: '' });
    const sebelum = await potret(strapi, documentId);

    const res = await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toContain('Dokumentasi: 3 dari minimal 4 foto');
    expect(res.body.error.details.syarat.map((s: { kode: string }) => s.kode)).toEqual([
      'dokumentasi-minimal',
      'caption-terisi',
    ]);
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });

  it('refuses to submit documentation of an activity that has not happened yet', async () => {
    const documentId = await buatKonten(4, { tanggalKegiatan: tanggalWibRelatif(2) });
    const res = await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(400);
    expect(res.body.error.details.syarat.map((s: { kode: string }) => s.kode)).toEqual([
      'tanggal-kegiatan-sudah-lewat',
    ]);
    expect((await potret(strapi, documentId)).tahap).toBe('draf');
  });

  it('issues register numbers in sequence per WIB month', async () => {
    const nomor: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const documentId = await buatKonten();
      const res = await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(200);
      nomor.push(res.body.data.nomorRegister);
    }
    const urut = nomor.map((n) => Number(n.split('/')[3]));
    expect(urut[1]).toBe(urut[0] + 1);
    expect(urut[2]).toBe(urut[1] + 1);
  });
});

describe('permintaan yang salah', () => {
  let documentId: string;
  beforeAll(async () => {
    documentId = await buatKonten();
  });

  it.each([
    ['an unknown action', { action: 'terbang' }],
    ['no action', { note: 'x' }],
    ['a number as action', { action: 42 }],
    ['an unknown field', { action: 'serahkan', hapusSemua: true }],
    ['assignees that are not ids', { action: 'serahkan', assignees: ['abc'] }],
    ['publish through the transitions route', { action: 'unggah' }],
  ])('answers %s with 400 and changes nothing', async (_label, body) => {
    const sebelum = await potret(strapi, documentId);
    const res = await transisi(documentId, 'tim-pelaksana', body).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).not.toMatch(/^Internal/);
    expect(await potret(strapi, documentId)).toEqual(sebelum);
  });

  it('answers an action of another stage with 409 (the item moved on)', async () => {
    const res = await transisi(documentId, 'pemimpin-redaksi', { action: 'setujui' }).expect(409);
    expect(res.body.error.message).toContain('tahap "Draf"');
    expect(res.body.error.name).toBe('ConflictError');
  });

  it('answers an unknown document or content type with 404', async () => {
    await transisi('tidakada123', 'tim-pelaksana', { action: 'serahkan' }).expect(404);
    await http(strapi, p['tim-pelaksana']).get(jalur.redaksi('tidakada123')).expect(404);
    await http(strapi, p['tim-pelaksana'])
      .get(jalur.redaksi(documentId, 'api::tidak.ada'))
      .expect(404);
  });

  it('refuses anonymous callers on every route and people outside SOP 21 on its items', async () => {
    for (const url of ['/redaksi/workflows', '/redaksi/queue', jalur.redaksi(documentId)]) {
      await http(strapi).get(url).expect(401);
    }
    await http(strapi).post(jalur.transisi(documentId), { action: 'serahkan' }).expect(401);
    await http(strapi, p['verifikator']).get(jalur.redaksi(documentId)).expect(403);
  });
});

describe('definisi dan antrean', () => {
  it('serves both the workflow definition with its SOP number and revision date', async () => {
    const res = await http(strapi, p['tim-pelaksana']).get('/redaksi/workflows').expect(200);
    const sop21 = res.body.data.find((alur: { kode: string }) => alur.kode === 'sop-21');
    expect(sop21).toMatchObject({
      uid: 'api::konten-medsos.konten-medsos',
      sop: { nomor: '21/2025', tanggalRevisi: '2025-05-06' },
    });
    expect(sop21.tahap.map((t: { kode: string }) => t.kode)).toContain('diunggah');
  });

  it('puts items in the queue of the role that acts next, soonest deadline first', async () => {
    const lama = await buatKonten(4, {
      tanggalKegiatan: tanggalWibRelatif(-1),
      judul: 'Kegiatan kemarin',
    });
    const baru = await buatKonten(4, { judul: 'Kegiatan hari ini' });
    for (const documentId of [baru, lama])
      await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(200);

    const antrean = await http(strapi, p['admin-medsos']).get('/redaksi/queue').expect(200);
    const milikAdmin = antrean.body.data.filter((item: { documentId: string }) =>
      [lama, baru].includes(item.documentId),
    );
    // Each with its deadline, so the order below is checked on real deadlines, not on none.
    const tenggatIso = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(
      milikAdmin.map((item: { aksi: string[]; tenggat: string | null }) => [
        item.aksi,
        item.tenggat,
      ]),
    ).toEqual([
      [['terima'], tenggatIso],
      [['terima'], tenggatIso],
    ]);
    const tenggat = antrean.body.data
      .map((item: { tenggat: string | null }) => item.tenggat)
      .filter(Boolean);
    expect([...tenggat].sort()).toEqual(tenggat);

    const wakil = await http(strapi, p['wakil-pemimpin-redaksi'])
      .get('/redaksi/queue')
      .query({ pageSize: 100 })
      .expect(200);
    // The whole queue on one page: the item is not merely on a later one.
    expect(wakil.body.meta.pagination.pageCount).toBeLessThanOrEqual(1);
    expect(wakil.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(
      baru,
    );
    // The makers wait on drafts only: this one among them, and nothing past draf.
    const masihDraf = await buatKonten(4, { judul: 'Masih draf' });
    const pelaksana = await http(strapi, p['tim-pelaksana'])
      .get('/redaksi/queue')
      .query({ pageSize: 100 })
      .expect(200);
    const milikPelaksana = pelaksana.body.data as Array<{ documentId: string; tahap: string }>;
    expect(milikPelaksana.map((item) => item.documentId)).toContain(masihDraf);
    expect(milikPelaksana.map((item) => item.tahap)).toEqual(
      Array(milikPelaksana.length).fill('draf'),
    );
  });
  it('pages the queue on the server, counts it per stage, filters it, and refuses bad parameters in Indonesian', async () => {
    const diserahkan: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const documentId = await buatKonten(4, { judul: `Antrean berhalaman ${i}` });
      await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(200);
      diserahkan.push(documentId);
    }
    const antrean = (query: Record<string, string | number>) =>
      http(strapi, p['admin-medsos']).get('/redaksi/queue').query(query);

    const semua = (await antrean({ pageSize: 100 }).expect(200)).body;
    const total: number = semua.meta.pagination.total;
    expect(semua.data).toHaveLength(total);
    expect(semua.data.map((item: { documentId: string }) => item.documentId)).toEqual(
      expect.arrayContaining(diserahkan),
    );
    expect(semua.meta.ringkasan).toEqual({
      jumlah: total,
      lewat: semua.data.filter((item: { lewat: boolean }) => item.lewat).length,
    });
    const perTahap: Array<{ alur: string; tahap: string; jumlah: number; lewat: number }> =
      semua.meta.perTahap;
    expect(perTahap.reduce((jumlah, baris) => jumlah + baris.jumlah, 0)).toBe(total);
    for (const baris of perTahap) {
      expect(
        semua.data.filter(
          (item: { alur: string; tahap: string }) =>
            item.alur === baris.alur && item.tahap === baris.tahap,
        ),
      ).toHaveLength(baris.jumlah);
    }

    // Pages of two, put together, are the whole queue in the same order.
    const halaman = [];
    const pertama = (await antrean({ pageSize: 2 }).expect(200)).body;
    expect(pertama.meta.pagination).toEqual({
      page: 1,
      pageSize: 2,
      pageCount: Math.ceil(total / 2),
      total,
    });
    for (let page = 1; page <= pertama.meta.pagination.pageCount; page += 1) {
      halaman.push(...(await antrean({ pageSize: 2, page }).expect(200)).body.data);
    }
    expect(halaman).toEqual(semua.data);
    expect(
      (await antrean({ pageSize: 2, page: pertama.meta.pagination.pageCount + 1 }).expect(200)).body
        .data,
    ).toEqual([]);

    // One stage of one workflow; the summary still counts everything that waits.
    const { alur, tahap, jumlah } = perTahap[0];
    const satuTahap = (await antrean({ alur, tahap, pageSize: 100 }).expect(200)).body;
    expect(jumlah).toBeGreaterThan(0);
    expect(satuTahap.meta.pagination.total).toBe(jumlah);
    expect(
      satuTahap.data.map((item: { alur: string; tahap: string }) => [item.alur, item.tahap]),
    ).toEqual(Array(jumlah).fill([alur, tahap]));
    expect(satuTahap.meta.ringkasan.jumlah).toBe(total);

    for (const [query, pesan] of [
      [{ pageSize: 0 }, 'Parameter pageSize harus bilangan bulat 1 sampai 100.'],
      [{ pageSize: 101 }, 'Parameter pageSize harus bilangan bulat 1 sampai 100.'],
      [{ page: 'dua' }, 'Parameter page harus bilangan bulat'],
      [{ alur: 'sop-99' }, 'Alur SOP "sop-99" tidak dikenal.'],
      [{ tahap }, `Tahap "${tahap}" tidak dikenal; pilih alurnya juga.`],
    ] as const) {
      const res = await antrean(query).expect(400);
      expect(res.body.error.message).toContain(pesan);
    }
  });
});

describe('teks alternatif foto', () => {
  it('refuses serahkan while a photo is undescribed, naming which; describing it in the media library lets it through', async () => {
    const dokumentasi = [
      ...(await unggahBerkas(strapi, 2)),
      ...(await unggahBerkas(strapi, 2, 'jpeg', { teksAlternatif: false })),
    ];
    const documentId = await buatKonten(4, { dokumentasi });
    const sebelum = await potret(strapi, documentId);

    const res = await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(400);
    expect(res.body.error.message).toContain(
      'Dokumentasi: foto ke-3, 4 belum punya teks alternatif',
    );
    expect(res.body.error.details.syarat.map((s: { kode: string }) => s.kode)).toEqual([
      'dokumentasi-teks-alternatif',
    ]);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['dokumentasi'] }),
    ]);
    expect(await potret(strapi, documentId)).toEqual(sebelum);
    const panel = await http(strapi, p['tim-pelaksana']).get(jalur.redaksi(documentId)).expect(200);
    expect(panel.body.data.syarat).toContainEqual(
      expect.objectContaining({ kode: 'dokumentasi-teks-alternatif', terpenuhi: false }),
    );

    // The media library's own "edit file" form, as the editor fills it.
    for (const id of dokumentasi.slice(2)) {
      await http(strapi, p['tim-pelaksana'])
        .multipart(`/upload?id=${id}`)
        .field('fileInfo', JSON.stringify({ alternativeText: 'Peserta sosialisasi di aula KPU' }))
        .expect(200);
    }
    await transisi(documentId, 'tim-pelaksana', { action: 'serahkan' }).expect(200);
  });
});
