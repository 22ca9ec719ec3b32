/**
 * "Kalender" (GET /redaksi/kalender), May 2025 on a fixed dataset across the WIB month boundaries:
 * activities, the deadlines running in the items' stages, scheduled publications and publications
 * of both SOPs, each counted exactly, then filtered by SOP and by role, limited to the content
 * types the person may read in the content manager, and refused when malformed or anonymous.
 *
 * `jadwalTayang` is set directly on the draft row as a fixture (no code on this branch schedules a
 * publication yet; the contract is that the draft carries it while one is scheduled).
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { unggahBerkas } from '../helpers/berkas';
import { cmUid, http, UID_DISPOSISI, UID_MEDSOS } from '../helpers/http';
import {
  type Pengguna,
  penggunaPerPeran,
  PERAN_SOP_20,
  PERAN_SOP_21,
  tokenApi,
} from '../helpers/pengguna';
import {
  buatLiputan,
  liputanSampaiTayang,
  medsosSampaiTahap,
  narasi,
  padaJam,
} from '../helpers/sop';
import { alamat, hentikanStrapi, mulaiStrapi } from '../helpers/strapi';
import type {
  EntriKalender,
  KalenderResponse,
} from '../../src/plugins/redaksi/shared/contracts/kalender';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
const id: Record<string, string> = {};

const medsos = (judul: string, tanggalKegiatan: string, waktu: string) =>
  padaJam(strapi, waktu, async () => {
    const res = await http(strapi, p['tim-pelaksana'])
      .post(cmUid(UID_MEDSOS), {
        judul,
        tanggalKegiatan,
        dokumentasi: await unggahBerkas(strapi, 4),
        narasi,
        caption: `Caption ${judul}`,
        tautan: [{ platform: 'instagram', url: `https://instagram.com/p/${judul.slice(0, 2)}` }],
      })
      .expect(201);
    return res.body.data.documentId as string;
  });

const terbitkanMedsos = (documentId: string, waktu: string) =>
  padaJam(strapi, waktu, async () => {
    await medsosSampaiTahap(strapi, p, documentId, 'disetujui');
    await http(strapi, p['admin-medsos'])
      .post(`${cmUid(UID_MEDSOS, documentId)}/actions/publish`)
      .expect(200);
  });

/** The fixture: the draft carries the minute its publication is scheduled for. */
const jadwalkan = (uid: string, documentId: string, jadwalTayang: string) =>
  strapi.db.query(uid as never).update({
    where: { documentId, publishedAt: null },
    data: { jadwalTayang: new Date(jadwalTayang) },
  });

beforeAll(async () => {
  strapi = await mulaiStrapi();
  Object.assign(
    p,
    await penggunaPerPeran(strapi, ['ppid-pembantu', ...PERAN_SOP_20, ...PERAN_SOP_21]),
  );

  // SOP 21. M1: activity on 1 May, still a draft (submission due 2 May 23:59 WIB); a publication
  // scheduled at 00:01 WIB 1 Jun (still 31 May in UTC), so in June.
  id.m1 = await medsos('M1 rapat awal bulan', '2025-05-01', '2025-05-01T03:00:00Z');
  await jadwalkan(UID_MEDSOS, id.m1, '2025-05-31T17:01:00Z');
  // M2: activity on 30 Apr, still a draft: its submission falls due 1 May 23:59 WIB.
  id.m2 = await medsos('M2 sosialisasi akhir April', '2025-04-30', '2025-04-30T10:00:00Z');
  // M3: activity on 10 May, approved the same day (upload due 11 May 23:59 WIB), scheduled for
  // 23:59 WIB 31 May.
  id.m3 = await medsos('M3 bimtek', '2025-05-10', '2025-05-10T05:00:00Z');
  await padaJam(strapi, '2025-05-10T05:00:00Z', () =>
    medsosSampaiTahap(strapi, p, id.m3, 'disetujui'),
  );
  await jadwalkan(UID_MEDSOS, id.m3, '2025-05-31T16:59:00Z');
  // M4 published at 00:01 WIB 1 May (30 Apr in UTC): May. M5 at 23:59 WIB 30 Apr: April.
  id.m4 = await medsos('M4 pleno', '2025-04-30', '2025-04-30T17:01:00Z');
  await terbitkanMedsos(id.m4, '2025-04-30T17:01:00Z');
  id.m5 = await medsos('M5 rekapitulasi', '2025-04-30', '2025-04-30T16:00:00Z');
  await terbitkanMedsos(id.m5, '2025-04-30T16:59:00Z');

  // SOP 20. L1: a coverage plan for an activity on the last day of May, not yet forwarded.
  id.l1 = await padaJam(strapi, '2025-05-05T03:00:00Z', () =>
    buatLiputan(strapi, p, { judul: 'L1 debat kandidat', tanggalKegiatan: '2025-05-31' }),
  );
  // L2: activity on 14 May, published at 10:00 WIB 15 May.
  id.l2 = await padaJam(strapi, '2025-05-15T03:00:00Z', async () => {
    const documentId = await buatLiputan(strapi, p, { judul: 'L2 penetapan DPT' });
    await liputanSampaiTayang(strapi, p, documentId, { tanggalKegiatan: '2025-05-14' });
    return documentId;
  });
  // A disposition sheet at the PPID, due 20 May (forwarding due 23:59 WIB that day).
  id.d1 = await padaJam(strapi, '2025-05-18T03:00:00Z', async () => {
    const res = await http(strapi, p['ppid-pembantu'])
      .post(cmUid(UID_DISPOSISI), {
        perihal: 'D1 publikasi pengumuman',
        asal: 'PPID KPU Provinsi Sumatera Barat',
        instruksi: 'Mohon dipublikasikan',
        sifat: 'segera',
        tanggalDiterima: '2025-05-18',
        batasWaktu: '2025-05-20',
      })
      .expect(201);
    return res.body.data.documentId as string;
  });
});

afterAll(async () => {
  await hentikanStrapi(strapi);
});

const kalender = async (query: string, siapa = 'pemimpin-redaksi') =>
  (await http(strapi, p[siapa]).get(`/redaksi/kalender?${query}`).expect(200))
    .body as KalenderResponse;

/** Each entry as `jenis documentKey tanggal jam`, in the answer's order. */
const ringkas = (data: EntriKalender[]) => {
  const kunci = Object.fromEntries(
    Object.entries(id).map(([nama, documentId]) => [documentId, nama]),
  );
  return data.map(
    (item) =>
      `${item.jenis} ${kunci[item.documentId] ?? item.documentId} ${item.tanggal} ${item.jam ?? '-'}`,
  );
};

describe('kalender Mei 2025', () => {
  it('holds every activity, deadline, schedule and publication of the month, in WIB', async () => {
    const { data, meta } = await kalender('bulan=2025-05');
    expect(meta).toEqual({
      bulan: '2025-05',
      tanggalAwal: '2025-05-01',
      tanggalAkhir: '2025-05-31',
      sop: null,
      peran: [],
    });
    expect(ringkas(data)).toEqual([
      'kegiatan m1 2025-05-01 -',
      'terbit m4 2025-05-01 00:01',
      'tenggat m2 2025-05-01 23:59',
      'tenggat m1 2025-05-02 23:59',
      'kegiatan m3 2025-05-10 -',
      'tenggat m3 2025-05-11 23:59',
      'kegiatan l2 2025-05-14 -',
      'terbit l2 2025-05-15 10:00',
      'tenggat d1 2025-05-20 23:59',
      'kegiatan l1 2025-05-31 -',
      'jadwal m3 2025-05-31 23:59',
    ]);
    const jumlah = (jenis: string) => data.filter((item) => item.jenis === jenis).length;
    expect([jumlah('kegiatan'), jumlah('tenggat'), jumlah('jadwal'), jumlah('terbit')]).toEqual([
      4, 4, 1, 2,
    ]);
    // Each entry says what it is and opens its item.
    expect(data.find((item) => item.jenis === 'tenggat' && item.documentId === id.m3)).toEqual({
      id: `tenggat:sop-21:${id.m3}:unggah@disetujui`,
      jenis: 'tenggat',
      judul: 'M3 bimtek',
      tanggal: '2025-05-11',
      jam: '23:59',
      waktu: '2025-05-11T16:59:59.999Z',
      sop: '21',
      alur: 'sop-21',
      uid: UID_MEDSOS,
      documentId: id.m3,
      tahap: 'disetujui',
      tahapLabel: expect.any(String),
      aksiLabel: expect.any(String),
      peran: ['admin-medsos'],
      tautan: `/content-manager/collection-types/${UID_MEDSOS}/${id.m3}`,
    });
    const disposisi = data.find((item) => item.documentId === id.d1);
    expect(disposisi).toMatchObject({
      sop: '20',
      alur: 'disposisi',
      tahap: 'ppid',
      peran: ['ppid-pembantu'],
    });
    expect(data.find((item) => item.jenis === 'terbit' && item.documentId === id.l2)).toMatchObject(
      {
        tahap: 'tayang',
        waktu: '2025-05-15T03:00:00.000Z',
        peran: ['staf-sekretariat', 'pemimpin-redaksi'],
      },
    );
  });

  it('puts what falls on the other side of a month boundary in WIB in that month', async () => {
    expect(ringkas((await kalender('bulan=2025-04')).data)).toEqual([
      'kegiatan m2 2025-04-30 -',
      'kegiatan m4 2025-04-30 -',
      'kegiatan m5 2025-04-30 -',
      'terbit m5 2025-04-30 23:59',
    ]);
    expect(ringkas((await kalender('bulan=2025-06')).data)).toEqual(['jadwal m1 2025-06-01 00:01']);
  });

  it('filters by SOP (the disposition sheets are SOP 20) and by role', async () => {
    expect(ringkas((await kalender('bulan=2025-05&sop=20')).data)).toEqual([
      'kegiatan l2 2025-05-14 -',
      'terbit l2 2025-05-15 10:00',
      'tenggat d1 2025-05-20 23:59',
      'kegiatan l1 2025-05-31 -',
    ]);
    expect((await kalender('bulan=2025-05&sop=21')).data).toHaveLength(7);
    // The Admin Media Sosial: M3 waits for them (its activity, its upload deadline, its schedule),
    // and they publish (M4).
    expect(ringkas((await kalender('bulan=2025-05&peran=admin-medsos')).data)).toEqual([
      'terbit m4 2025-05-01 00:01',
      'kegiatan m3 2025-05-10 -',
      'tenggat m3 2025-05-11 23:59',
      'jadwal m3 2025-05-31 23:59',
    ]);
    // Several roles: what concerns any of them.
    expect(
      ringkas((await kalender('bulan=2025-05&peran=tim-pelaksana,ppid-pembantu')).data),
    ).toEqual([
      'kegiatan m1 2025-05-01 -',
      'tenggat m2 2025-05-01 23:59',
      'tenggat m1 2025-05-02 23:59',
      'tenggat d1 2025-05-20 23:59',
    ]);
    expect(
      ringkas((await kalender('bulan=2025-05&sop=21&peran=koordinator-liputan')).data),
    ).toEqual([]);
  });

  it('shows a person only the content types they may read in the content manager', async () => {
    // The Verifikator reads Liputan only: no social-media content, no disposition sheet.
    expect(ringkas((await kalender('bulan=2025-05', 'verifikator')).data)).toEqual([
      'kegiatan l2 2025-05-14 -',
      'terbit l2 2025-05-15 10:00',
      'kegiatan l1 2025-05-31 -',
    ]);
    // The Tim Pelaksana reads Konten Medsos only.
    const timPelaksana = (await kalender('bulan=2025-05', 'tim-pelaksana')).data;
    expect(timPelaksana).toHaveLength(7);
    expect(new Set(timPelaksana.map((item) => item.uid))).toEqual(new Set([UID_MEDSOS]));
  });

  it('reads the month in a bounded number of queries, not one per item', async () => {
    const hitungKueri = async (query: string, status: number) => {
      let kueri = 0;
      const hitung = () => {
        kueri += 1;
      };
      strapi.db.connection.on('query', hitung);
      try {
        await http(strapi, p['pemimpin-redaksi']).get(`/redaksi/kalender?${query}`).expect(status);
      } finally {
        strapi.db.connection.off('query', hitung);
      }
      return kueri;
    };
    // A refused request costs what signing in costs (session, user, permissions).
    const masuk = await hitungKueri('bulan=2025-13', 400);
    const mei = await hitungKueri('bulan=2025-05', 200);
    // At most five per workflow with dated fields and publications, one for the sheets' deadlines.
    expect(mei - masuk).toBeLessThanOrEqual(5 + 5 + 1);
  });

  it.each([
    ['', 'bulan wajib diisi'],
    ['bulan=2025-13', 'bulan harus berformat YYYY-MM'],
    ['bulan=1999-12', 'bulan harus antara 2000-01 dan 2099-12'],
    ['bulan=2025-05&sop=22', 'sop harus 20 atau 21'],
    ['bulan=2025-05&peran=redaktur,admin-medsos', 'peran tidak dikenal: redaktur'],
    ['bulan=2025-05&bulanDepan=1', 'Parameter tidak dikenal: bulanDepan'],
  ])('refuses ?%s with 400 in Indonesian', async (query, pesan) => {
    const res = await http(strapi, p['pemimpin-redaksi'])
      .get(`/redaksi/kalender?${query}`)
      .expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toContain(pesan);
  });

  it('answers 401 to anyone not signed in to the admin panel, an API token too', async () => {
    await request(alamat(strapi)).get('/redaksi/kalender?bulan=2025-05').expect(401);
    await http(strapi, await tokenApi(strapi))
      .get('/redaksi/kalender?bulan=2025-05')
      .expect(401);
  });
});
