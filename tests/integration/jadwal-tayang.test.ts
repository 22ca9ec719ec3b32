/**
 * Publication at an hour (issue #26): `jadwalkan` sets the minute, the server publishes at that
 * minute through the Publish guard in the setter's name, exactly once however many triggers race
 * (two database sweeps and a BullMQ worker on the local Redis, all at the injected clock's minute),
 * and nothing reaches the public API before it. An edit of the decided content, a return, or a
 * revoked role cancels the schedule; a publication refused at the minute fails, recorded and told.
 */
import type { Core } from '@strapi/strapi';
import { TZDate } from '@date-fns/tz';
import { addMinutes, format, startOfMinute, subMinutes } from 'date-fns';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { cmUid, http, jalur, UID_LIPUTAN, UID_MEDSOS } from '../helpers/http';
import {
  buatPengguna,
  type Pengguna,
  penggunaPerPeran,
  PERAN_SOP_20,
  PERAN_SOP_21,
} from '../helpers/pengguna';
import { hapusKunciRedisUji, redisUji } from '../helpers/redis';
import {
  buatKontenMedsos,
  buatLiputan,
  liputanSampaiTahap,
  medsosSampaiTahap,
  padaJam,
  potret,
} from '../helpers/sop';
import { hentikanProses, mulaiProsesStrapi } from '../helpers/proses';
import { hentikanStrapi, isPostgres, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
const REDIS = redisUji('jadwal');
let antrean: Queue;
let koneksi: Redis;

beforeAll(async () => {
  process.env.REDIS_URL = REDIS.url;
  process.env.REDIS_PREFIX = REDIS.prefix;
  strapi = await mulaiStrapi();
  Object.assign(p, await penggunaPerPeran(strapi, [...PERAN_SOP_20, ...PERAN_SOP_21]));
  p.super = await buatPengguna(strapi, ['strapi-super-admin']);
  koneksi = new Redis(REDIS.url, { maxRetriesPerRequest: null });
  antrean = new Queue('jadwal-tayang', {
    connection: koneksi,
    prefix: `${REDIS.prefix}bull`,
  });
});
afterAll(async () => {
  await antrean?.close();
  koneksi?.disconnect();
  await hentikanStrapi(strapi);
  delete process.env.REDIS_URL;
  delete process.env.REDIS_PREFIX;
  await hapusKunciRedisUji(REDIS);
});

const jadwal = () => strapi.plugin('redaksi').service('jadwal-tayang');
const PENERBIT = 'staf-sekretariat';

/** A minute a few minutes ahead, and how the action dialog sends it: WIB wall-clock time. */
function menitDepan(menit = 3) {
  const waktu = addMinutes(startOfMinute(new Date()), menit);
  return { waktu, teks: format(new TZDate(waktu.getTime(), 'Asia/Jakarta'), "yyyy-MM-dd'T'HH:mm") };
}

async function liputanTerverifikasi(judul: string) {
  const documentId = await buatLiputan(strapi, p, { judul });
  await liputanSampaiTahap(strapi, p, documentId, 'terverifikasi');
  return documentId;
}

const jadwalkan = (documentId: string, teks: string, uid = UID_LIPUTAN, siapa = PENERBIT) =>
  http(strapi, p[siapa]).post(jalur.transisi(documentId, uid), {
    action: 'jadwalkan',
    jadwalTayang: teks,
  });

const riwayat = async (documentId: string) =>
  (await strapi.db
    .query('plugin::redaksi.riwayat')
    .findMany({ where: { dokumenId: documentId }, orderBy: { id: 'asc' } })) as Array<{
    aksi: string;
    aktorId: number | null;
    note: string | null;
  }>;

const barisJadwal = async (documentId: string) =>
  strapi.db.query('plugin::redaksi.jadwal-tayang').findMany({
    where: { dokumenId: documentId },
    orderBy: { id: 'asc' },
  });

const cermin = async (documentId: string, uid = UID_LIPUTAN) =>
  (await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null } }))
    ?.jadwalTayang ?? null;

const publik = (documentId: string) => http(strapi).get(`/api/liputans/${documentId}`);

/** Resolves once the BullMQ job of that schedule is done (it is removed on completion). */
async function tungguPekerjaan(id: number): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (!(await antrean.getJob(`jadwal-${id}`))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pekerjaan jadwal-${id} tidak selesai`);
}

describe('jadwal tayang', () => {
  it('publishes once at its minute, with two sweeps and a BullMQ worker racing, and not a minute before; the public API shows it only then', async () => {
    const documentId = await liputanTerverifikasi('Siaran pers pleno');
    const { waktu, teks } = menitDepan();

    const res = await jadwalkan(documentId, teks).expect(200);
    expect(res.body.data.tahap).toBe('terverifikasi');
    expect(res.body.data.jadwalTayang).toMatchObject({
      waktu: waktu.toISOString(),
      pemasang: { id: p[PENERBIT].id },
    });
    expect(res.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'jadwalkan',
      aktor: { id: p[PENERBIT].id },
    });
    expect(new Date(await cermin(documentId)).toISOString()).toBe(waktu.toISOString());
    const [baris] = await barisJadwal(documentId);
    expect(baris).toMatchObject({ status: 'menunggu', pemasangId: p[PENERBIT].id });
    // The delayed job is there, waiting for its minute.
    expect(jadwal().pemicu.aktif()).toBe(true);
    expect(await antrean.getJob(`jadwal-${baris.id}`)).toBeTruthy();
    await publik(documentId).expect(404);
    // Meja Redaksi shows it as scheduled, at its minute.
    const antreanRes = await http(strapi, p[PENERBIT])
      .get('/redaksi/queue?alur=sop-20&pageSize=100')
      .expect(200);
    expect(
      (antreanRes.body.data as Array<{ documentId: string; jadwalTayang: string | null }>).find(
        (item) => item.documentId === documentId,
      ),
    ).toMatchObject({ jadwalTayang: waktu.toISOString() });

    // One minute before: neither the sweep nor the worker's call publishes.
    await padaJam(strapi, subMinutes(waktu, 1), async () => {
      expect(await jadwal().sapu()).toEqual([]);
      expect(await jadwal().tayangkanId(baris.id)).toBe('belum');
    });
    await publik(documentId).expect(404);
    expect((await potret(strapi, documentId, UID_LIPUTAN)).terbit).toBe(0);

    // At the minute: two instances' sweeps and the BullMQ worker all try; one publishes.
    await padaJam(strapi, waktu, async () => {
      const job = await antrean.getJob(`jadwal-${baris.id}`);
      const [a, b] = await Promise.all([
        jadwal().sapu(),
        jadwal().sapu(),
        job?.promote().then(() => tungguPekerjaan(baris.id)),
      ]);
      // The worker took it, or one of the sweeps did: never two.
      expect([...a, ...b].filter((hasil: string) => hasil === 'terbit').length).toBeLessThanOrEqual(
        1,
      );
    });

    const baru = await riwayat(documentId);
    const terbit = baru.filter((row) => row.aksi === 'tayangkan');
    expect(terbit).toHaveLength(1);
    expect(terbit[0]).toMatchObject({ aktorId: p[PENERBIT].id });
    expect(terbit[0].note).toContain('Tayang terjadwal');
    expect((await barisJadwal(documentId))[0]).toMatchObject({ status: 'terbit' });
    expect(await cermin(documentId)).toBeNull();
    const tayang = await publik(documentId).expect(200);
    expect(tayang.body.data.judul).toBe('Siaran pers pleno');
    expect(tayang.body.data.jadwalTayang).toBeUndefined();
    const view = await http(strapi, p[PENERBIT]).get(jalur.redaksi(documentId, UID_LIPUTAN));
    expect(view.body.data).toMatchObject({ tahap: 'tayang', jadwalTayang: null });
  });

  // Two real server processes on the production database, each sweeping at the same minute (the
  // second without Redis: its database sweep alone), as two instances' minute crons do.
  (isPostgres() ? it : it.skip)(
    'publishes once when two server processes sweep at the same minute, and neither a minute before',
    async () => {
      const documentId = await liputanTerverifikasi('Siaran pers dua instans');
      const { waktu, teks } = menitDepan();
      await jadwalkan(documentId, teks).expect(200);
      const kedua = await mulaiProsesStrapi({ REDIS_URL: '', SAPU_JADWAL_STDIN: '1' });
      const sapuKedua = (jam: Date) =>
        new Promise<string[]>((resolve, reject) => {
          const dengar = (data: Buffer) => {
            const hasil = /SAPU-HASIL (.*)/.exec(String(data));
            const galat = /SAPU-GALAT (.*)/.exec(String(data));
            if (!hasil && !galat) return;
            kedua.anak.stdout!.off('data', dengar);
            if (hasil) resolve(JSON.parse(hasil[1]));
            else reject(new Error(galat![1]));
          };
          kedua.anak.stdout!.on('data', dengar);
          kedua.anak.stdin!.write(`SAPU ${jam.toISOString()}\n`);
        });
      try {
        const sebelum = subMinutes(waktu, 1);
        await padaJam(strapi, sebelum, async () =>
          expect(await Promise.all([jadwal().sapu(), sapuKedua(sebelum)])).toEqual([[], []]),
        );
        await publik(documentId).expect(404);

        const [a, b] = await padaJam(strapi, waktu, () =>
          Promise.all([jadwal().sapu(), sapuKedua(waktu)]),
        );
        expect([...a, ...b].filter((hasil: string) => hasil === 'terbit')).toHaveLength(1);
      } finally {
        await hentikanProses(kedua.anak);
      }
      expect((await riwayat(documentId)).filter((row) => row.aksi === 'tayangkan')).toHaveLength(1);
      expect((await barisJadwal(documentId))[0]).toMatchObject({ status: 'terbit' });
      await publik(documentId).expect(200);
    },
  );

  it('refuses a time already past, and a schedule that could not publish then (no platform link yet), changing nothing', async () => {
    const liputan = await liputanTerverifikasi('Waktu lewat');
    const sebelumLiputan = await potret(strapi, liputan, UID_LIPUTAN);
    const lewat = format(
      new TZDate(subMinutes(new Date(), 5).getTime(), 'Asia/Jakarta'),
      "yyyy-MM-dd'T'HH:mm",
    );
    const res = await jadwalkan(liputan, lewat).expect(400);
    expect(res.body.error.message).toContain('sudah lewat');
    expect(await potret(strapi, liputan, UID_LIPUTAN)).toEqual(sebelumLiputan);

    const medsos = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await medsosSampaiTahap(strapi, p, medsos, 'disetujui');
    const sebelum = await potret(strapi, medsos);
    const tanpaTautan = await jadwalkan(
      medsos,
      menitDepan().teks,
      UID_MEDSOS,
      'admin-medsos',
    ).expect(400);
    // The Publish button's own refusal, with its own condition code.
    expect(tanpaTautan.body.error.details.syarat.map((s: { kode: string }) => s.kode)).toEqual([
      'tautan-minimal',
    ]);
    expect(await potret(strapi, medsos)).toEqual(sebelum);
    expect(await barisJadwal(medsos)).toEqual([]);
    // Nor may a role that cannot publish set one.
    await jadwalkan(liputan, menitDepan().teks, UID_LIPUTAN, 'verifikator').expect(403);
  });

  it('is cancelled by an edit of the verified content: recorded, told to the setter, and nothing publishes at the minute', async () => {
    const kabar = jest.spyOn(strapi.plugin('redaksi').service('notifications'), 'kabarJadwal');
    const documentId = await liputanTerverifikasi('Akan diubah');
    const { waktu, teks } = menitDepan();
    await jadwalkan(documentId, teks).expect(200);

    // A Super Admin edits outside the SOP's rule: allowed and recorded, but it is not what was scheduled.
    await http(strapi, p.super)
      .put(cmUid(UID_LIPUTAN, documentId), { judul: 'Judul diubah' })
      .expect(200);

    const [baris] = await barisJadwal(documentId);
    expect(baris).toMatchObject({ status: 'batal' });
    expect(baris.alasan).toContain('judul');
    expect(await cermin(documentId)).toBeNull();
    expect((await riwayat(documentId)).at(-1)).toMatchObject({ aksi: 'jadwal-dibatalkan' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(kabar).toHaveBeenCalledWith(
      expect.objectContaining({ jadwalId: baris.id, hasil: 'batal', pemasangId: p[PENERBIT].id }),
    );
    kabar.mockRestore();
    await padaJam(strapi, waktu, async () => expect(await jadwal().sapu()).toEqual([]));
    await publik(documentId).expect(404);
  });

  it('is cancelled by a return to correction, the cancellation in the history with the return', async () => {
    const documentId = await liputanTerverifikasi('Akan dikembalikan');
    const { waktu, teks } = menitDepan();
    await jadwalkan(documentId, teks).expect(200);

    await http(strapi, p[PENERBIT])
      .post(jalur.transisi(documentId, UID_LIPUTAN), {
        action: 'kembalikan',
        note: 'Data pleno belum final',
      })
      .expect(200);

    expect((await barisJadwal(documentId))[0]).toMatchObject({ status: 'batal' });
    expect(await cermin(documentId)).toBeNull();
    const aksi = (await riwayat(documentId)).slice(-2).map((row) => row.aksi);
    expect(aksi).toEqual(['jadwal-dibatalkan', 'kembalikan']);
    await padaJam(strapi, waktu, async () => expect(await jadwal().sapu()).toEqual([]));
    await publik(documentId).expect(404);
  });

  it('is cancelled when its setter loses the role to publish, and by hand with batalkan-jadwal', async () => {
    const penerbit = await buatPengguna(strapi, ['staf-sekretariat']);
    p.sementara = penerbit;
    const documentId = await liputanTerverifikasi('Penerbit dicabut');
    const { waktu, teks } = menitDepan();
    await jadwalkan(documentId, teks, UID_LIPUTAN, 'sementara').expect(200);

    const peranLain = await strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'tim-peliputan' } });
    await http(strapi, p.super)
      .put(`/admin/users/${penerbit.id}`, { roles: [peranLain.id] })
      .expect(200);

    const [baris] = await barisJadwal(documentId);
    expect(baris).toMatchObject({ status: 'batal' });
    expect(baris.alasan).toContain('tidak lagi memegang peran');
    expect((await riwayat(documentId)).at(-1)).toMatchObject({ aksi: 'jadwal-dibatalkan' });
    await padaJam(strapi, waktu, async () => expect(await jadwal().sapu()).toEqual([]));
    await publik(documentId).expect(404);

    // Set again by someone who may, then cancelled by hand: the row of that action is the record.
    await jadwalkan(documentId, menitDepan(5).teks).expect(200);
    const batal = await http(strapi, p[PENERBIT])
      .post(jalur.transisi(documentId, UID_LIPUTAN), { action: 'batalkan-jadwal' })
      .expect(200);
    expect(batal.body.data.jadwalTayang).toBeNull();
    expect(batal.body.data.riwayat.at(-1).aksi).toBe('batalkan-jadwal');
    expect((await barisJadwal(documentId)).map((row: { status: string }) => row.status)).toEqual([
      'batal',
      'batal',
    ]);
    expect(await cermin(documentId)).toBeNull();
    // Nothing left to cancel.
    await http(strapi, p[PENERBIT])
      .post(jalur.transisi(documentId, UID_LIPUTAN), { action: 'batalkan-jadwal' })
      .expect(400);
  });

  it('fails when the publication is refused at the minute: recorded with the reason and told to the setter', async () => {
    const kabar = jest.spyOn(strapi.plugin('redaksi').service('notifications'), 'kabarJadwal');
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await medsosSampaiTahap(strapi, p, documentId, 'disetujui');
    const tautan = [{ platform: 'instagram', url: 'https://www.instagram.com/p/jadwal/' }];
    await http(strapi, p['admin-medsos']).put(jalur.cmDokumen(documentId), { tautan }).expect(200);
    const { waktu, teks } = menitDepan();
    await jadwalkan(documentId, teks, UID_MEDSOS, 'admin-medsos').expect(200);
    // The link is the upload's own record, free to change at this stage: it is taken out again.
    await http(strapi, p['admin-medsos'])
      .put(jalur.cmDokumen(documentId), { tautan: [] })
      .expect(200);
    expect((await barisJadwal(documentId))[0]).toMatchObject({ status: 'menunggu' });

    await padaJam(strapi, waktu, async () => expect(await jadwal().sapu()).toEqual(['gagal']));

    const [baris] = await barisJadwal(documentId);
    expect(baris).toMatchObject({ status: 'gagal' });
    expect(baris.alasan).toContain('Tautan unggahan');
    expect(await cermin(documentId, UID_MEDSOS)).toBeNull();
    const akhir = (await riwayat(documentId)).at(-1);
    expect(akhir).toMatchObject({ aksi: 'jadwal-gagal' });
    expect(akhir?.note).toContain('Tautan unggahan');
    expect((await potret(strapi, documentId)).terbit).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(kabar).toHaveBeenCalledWith(
      expect.objectContaining({
        jadwalId: baris.id,
        hasil: 'gagal',
        pemasangId: p['admin-medsos'].id,
      }),
    );
    kabar.mockRestore();
  });

  it('keeps jadwalTayang the engine’s: written through the content manager, it is refused', async () => {
    const documentId = await liputanTerverifikasi('Tulis sendiri');
    const res = await http(strapi, p.super)
      .put(cmUid(UID_LIPUTAN, documentId), { jadwalTayang: menitDepan().waktu.toISOString() })
      .expect(403);
    expect(res.body.error.details.kode).toBe('field-mesin');
    expect(await cermin(documentId)).toBeNull();
  });
});
