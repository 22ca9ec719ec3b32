/**
 * The production topology, as deploy/ ships it: nginx (Debian's package) running deploy/nginx's
 * own site file (ports and paths substituted) in front of two `strapi start` processes in
 * production, on a fresh PostgreSQL database, sharing Redis and one uploads folder. Everything is
 * checked through the proxy, the way the commission's users and readers reach it; then the faults
 * election night brings are injected under load (a PostgreSQL restart, a hung Redis, the README's
 * rolling update), and nothing may be lost. PostgreSQL and Redis are the test's own (in its
 * temporary folder), so that restarting or hanging them touches no other suite.
 */
import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { ClientConfig } from 'pg';
import sharp from 'sharp';
import request from 'supertest';
import { bebanDariProsesLain, type HasilBeban, hentikanSemuaBeban } from '../helpers/beban';
import { mulaiNginx } from '../helpers/nginx';
import { PERAN_SOP_20 } from '../helpers/pengguna';
import { mulaiPostgresPribadi, type PostgresPribadi } from '../helpers/postgres-pribadi';
import {
  ADMIN_PERTAMA,
  daftarkanAdminPertama,
  idDijawab,
  type Instans,
  jalankanInstans,
  kueri,
  lingkunganProduksi,
  siapkanFolderProduksi,
  tungguInstans,
  tungguSiap,
} from '../helpers/produksi';
import { hentikanProses, portBebas } from '../helpers/proses';
import { mulaiRedisSendiri, type RedisSendiri } from '../helpers/redis-pribadi';
import { tanggalWibRelatif } from '../helpers/sop';

const LIPUTAN = 'api::liputan.liputan';
const cm = (documentId = '') =>
  `/content-manager/collection-types/${LIPUTAN}${documentId ? `/${documentId}` : ''}`;
const transisi = (documentId: string) => `/redaksi/documents/${LIPUTAN}/${documentId}/transitions`;
/** Every account of this file, the invited SOP roles too, has the first administrator's password. */
const SANDI = ADMIN_PERTAMA.password;
const DATABASE = 'kpu_sumbar_redaksi';
/** config/publik.ts's default for PEMBACA_BATAS_PER_MENIT, which this file's environment keeps. */
const BATAS_PEMBACA_PER_MENIT = 60;

let folder: string;
let postgres: PostgresPribadi;
let redis: RedisSendiri;
let nginx: ReturnType<typeof mulaiNginx> | undefined;
let env: NodeJS.ProcessEnv;
/** The two instances behind nginx, in the upstream's order; a restart replaces its slot. */
const instans: Instans[] = [];
let proxy: string;
let uploads: string;

const jeda = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `strapi start` as the systemd unit runs it, into slot `nomor` (stopped in afterAll, ready or not). */
async function mulaiInstans(nomor: number, port: number): Promise<void> {
  instans[nomor] = jalankanInstans(env, port);
  await tungguInstans(instans[nomor]);
}

/** The test's own PostgreSQL, as the instances reach it. */
function koneksi(database: string): ClientConfig {
  return { host: '127.0.0.1', port: postgres.port, user: 'postgres', database };
}

beforeAll(async () => {
  ({ folder, uploads } = siapkanFolderProduksi());
  postgres = await mulaiPostgresPribadi();
  redis = await mulaiRedisSendiri();
  await kueri(koneksi('postgres'), `CREATE DATABASE "${DATABASE}"`);
  env = lingkunganProduksi(folder, DATABASE, {
    DATABASE_HOST: '127.0.0.1',
    DATABASE_PORT: String(postgres.port),
    DATABASE_USERNAME: 'postgres',
    DATABASE_PASSWORD: '',
    REDIS_URL: `redis://127.0.0.1:${redis.port}`,
    // One access line per request, with its id: which instance answered which request, and what
    // it said of a refusal under a fault.
    LOG_LEVEL: 'http',
  });
  // The first instance creates the schema alone; the second starts on it.
  for (let i = 0; i < 2; i += 1) await mulaiInstans(i, await portBebas());

  nginx = mulaiNginx({
    portInstans: [instans[0].port, instans[1].port],
    port: await portBebas(),
    folder: path.join(folder, 'nginx'),
    uploads,
    workers: 1,
  });
  proxy = nginx.base;
  await tungguSiap(proxy);
}, 300_000);

afterAll(async () => {
  hentikanSemuaBeban();
  await nginx?.hentikan();
  for (const satu of instans) if (satu) await hentikanProses(satu.proses);
  await redis?.hentikan();
  postgres?.buang();
  if (!process.env.SIMPAN_FOLDER_UJI) rmSync(folder, { recursive: true, force: true });
  else process.stdout.write(`Folder uji disimpan: ${folder}\n`);
}, 60_000);

/**
 * Each load ran (more than `minimum` requests) and every one of its requests was answered 2xx:
 * no other status, no error below HTTP (the kinds and statuses are shown when one was not).
 */
function harapSemua2xx(hasil: HasilBeban[], minimum: number): void {
  for (const satu of hasil) {
    expect(satu.jumlah).toBeGreaterThan(minimum);
    expect({
      bukan2xx: satu.bukan2xx,
      galat: satu.galat,
      jenis: satu.jenisGalat,
      status: Object.keys(satu.status).filter((kode) => !kode.startsWith('2')),
    }).toEqual({ bukan2xx: 0, galat: 0, jenis: {}, status: [] });
  }
}

/** One request of a client that keeps writing through a fault, and what came back. */
interface Tulisan {
  waktu: number;
  status: number;
  retryAfter?: string;
  nilai: string;
  /** The refusal's message, when there was one. */
  pesan?: string;
}

/**
 * A client writing again and again while a fault happens (`kirim` makes its n-th request and
 * names the value it wrote): every answer is kept with its time, to tell how long writes were
 * refused and what the database holds afterwards.
 */
class TulisTerus {
  private readonly hasil: Tulisan[] = [];
  private jalan = true;
  private readonly putaran: Promise<void>;

  constructor(private readonly kirim: (nomor: number) => { nilai: string; req: request.Test }) {
    this.putaran = this.tulis();
  }

  /** An editor saving a draft (a new summary each time), as the content manager does: a PUT. */
  static simpanKonsep(documentId: string, tokenAdmin: string): TulisTerus {
    return new TulisTerus((nomor) => {
      const nilai = `Ringkasan ke-${nomor}`;
      return {
        nilai,
        req: request(proxy)
          .put(cm(documentId))
          .set('Authorization', `Bearer ${tokenAdmin}`)
          .send({ ringkasan: nilai }),
      };
    });
  }

  /** Someone logging in to the panel: a POST, which nginx never sends to a second instance. */
  static masuk(email: string): TulisTerus {
    return new TulisTerus((nomor) => ({
      nilai: `masuk ke-${nomor}`,
      req: request(proxy).post('/admin/login').send({ email, password: SANDI }),
    }));
  }

  private async tulis(): Promise<void> {
    for (let nomor = 1; this.jalan; nomor += 1) {
      const { nilai, req } = this.kirim(nomor);
      const waktu = Date.now();
      const res = await req
        .ok(() => true)
        .then(
          (jawaban) => ({
            status: jawaban.status,
            retryAfter: jawaban.headers['retry-after'],
            pesan:
              jawaban.status === 200
                ? undefined
                : `${String(jawaban.headers['content-type'])}: ${jawaban.text?.slice(0, 300)}`,
          }),
          (error: Error) => ({ status: 0, retryAfter: undefined, pesan: error.message }),
        );
      this.hasil.push({ waktu, nilai, ...res });
      await jeda(50);
    }
  }

  /** Resolves once a request made after `sejak` was answered 200. */
  async sampaiBerhasilSesudah(sejak: number, batasMs: number): Promise<void> {
    const akhir = Date.now() + batasMs;
    while (!this.hasil.some((satu) => satu.waktu >= sejak && satu.status === 200)) {
      if (Date.now() > akhir) throw new Error('Tidak ada tulisan yang berhasil lagi');
      await jeda(100);
    }
  }

  async berhenti(): Promise<Tulisan[]> {
    this.jalan = false;
    await this.putaran;
    return this.hasil;
  }
}

/**
 * The X-Request-Id of every answer the proxy gave this file's own requests, in order: nginx's
 * $request_id, which nginx logs with the instance it sent the request to, and which that instance
 * logs the request under.
 */
const idJawabanProxy: string[] = [];
const dicatat = (req: request.Test) =>
  req.on('response', (res: request.Response) => {
    idJawabanProxy.push(res.headers['x-request-id']);
  });
/** Requests through the proxy, as the commission's users and readers make them. */
function lewat() {
  const klien = request(proxy);
  return {
    get: (url: string) => dicatat(klien.get(url)),
    post: (url: string) => dicatat(klien.post(url)),
    put: (url: string) => dicatat(klien.put(url)),
  };
}
const token: Record<string, string> = {};
const undangan: string[] = [];
const id: Record<string, number> = {};

/** A request from a given loopback address (the visitor's own IP as nginx sees it). */
function dariAlamat(
  alamatLokal: string,
  url: string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', localAddress: alamatLokal, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('topologi produksi: nginx, dua instans, PostgreSQL, Redis', () => {
  it('registers the first administrator and invites the SOP roles, through the proxy', async () => {
    token.admin = await daftarkanAdminPertama(proxy);
    await lewat()
      .post('/admin/login')
      .send({ email: ADMIN_PERTAMA.email, password: SANDI })
      .expect(200);
    const peran = (
      await lewat().get('/admin/roles').set('Authorization', `Bearer ${token.admin}`).expect(200)
    ).body.data as Array<{ id: number; code: string }>;
    for (const kode of PERAN_SOP_20) {
      const undang = await lewat()
        .post('/admin/users')
        .set('Authorization', `Bearer ${token.admin}`)
        .send({
          email: `${kode}@kpu-sumbarprov.go.id`,
          firstname: kode,
          lastname: 'Humas',
          roles: [peran.find((r) => r.code === kode)!.id],
        })
        .expect(201);
      id[kode] = undang.body.data.id;
      undangan.push(undang.body.data.registrationToken);
      // What the invitee's browser asks first, the invitation's credential in the query.
      await lewat()
        .get(`/admin/registration-info?registrationToken=${undang.body.data.registrationToken}`)
        .expect(200);
      const daftarkan = await lewat()
        .post('/admin/register')
        .send({
          registrationToken: undang.body.data.registrationToken,
          userInfo: { firstname: kode, lastname: 'Humas', password: SANDI },
        })
        .expect(200);
      token[kode] = daftarkan.body.data.token;
    }
  }, 60_000);

  let liputan: string;
  let berkas: { url: string; isi: Buffer };
  const sebagai = (kode: string) => ({ Authorization: `Bearer ${token[kode]}` });

  /** An article walked through SOP 20 up to the Verifikator's approval, with one described photo. */
  async function liputanDisetujui(judul: string) {
    const dibuat = await lewat()
      .post(cm())
      .set(sebagai('koordinator-liputan'))
      .send({ judul })
      .expect(201);
    const documentId: string = dibuat.body.data.documentId;
    const langkah = (kode: string, body: object) =>
      lewat().post(transisi(documentId)).set(sebagai(kode)).send(body).expect(200);
    await langkah('koordinator-liputan', { action: 'teruskan' });
    await langkah('redaktur-pelaksana', { action: 'tugaskan', assignees: [id['tim-peliputan']] });
    const isi = await sharp({
      create: { width: 640, height: 480, channels: 3, background: { r: 180, g: 30, b: 40 } },
    })
      .jpeg()
      .toBuffer();
    const unggah = await lewat()
      .post('/upload')
      .set(sebagai('tim-peliputan'))
      // Described, as SOP 20 requires of every photo before the article is submitted.
      .field('fileInfo', JSON.stringify({ alternativeText: `Foto kegiatan: ${judul}` }))
      .attach('files', isi, { filename: 'pleno.jpg', contentType: 'image/jpeg' })
      .expect(201);
    await lewat()
      .put(cm(documentId))
      .set(sebagai('tim-peliputan'))
      .send({
        ringkasan: judul,
        isi: [{ type: 'paragraph', children: [{ type: 'text', text: 'Isi berita.' }] }],
        foto: [unggah.body[0].id],
        kategori: 'berita',
        tanggalKegiatan: tanggalWibRelatif(0),
      })
      .expect(200);
    await langkah('tim-peliputan', { action: 'ajukan' });
    await langkah('sekretaris-redaksi', { action: 'teruskan' });
    // SOP 20 langkah 7 under UU 14/2008: the Verifikator classifies, then approves.
    await lewat()
      .put(cm(documentId))
      .set(sebagai('verifikator'))
      .send({ klasifikasi: 'berkala' })
      .expect(200);
    await langkah('verifikator', { action: 'setujui' });
    return { documentId, url: unggah.body[0].url as string };
  }

  const terbitkan = (documentId: string) =>
    lewat()
      .post(`${cm(documentId)}/actions/publish`)
      .set(sebagai('staf-sekretariat'))
      .expect(200);

  it('walks an article through SOP 20 to publication, requests spread over both instances', async () => {
    const awal = idJawabanProxy.length;
    const disetujui = await liputanDisetujui('Rapat Pleno Terbuka Rekapitulasi');
    liputan = disetujui.documentId;
    berkas = {
      url: disetujui.url,
      isi: readFileSync(path.join(uploads, path.basename(disetujui.url))),
    };
    await terbitkan(liputan);
    const riwayat = await lewat()
      .get(`/redaksi/documents/${LIPUTAN}/${liputan}`)
      .set(sebagai('staf-sekretariat'))
      .expect(200);
    expect(riwayat.body.data).toMatchObject({ tahap: 'tayang', rantai: { utuh: true } });

    // The walk's own requests (eleven: create, upload, save, five transitions, the Verifikator's
    // classification, publish, read).
    const jalan = idJawabanProxy.slice(awal);
    expect(jalan).toHaveLength(11);
    // nginx writes a request's line, and an instance's own line reaches this process through a
    // pipe, just after the answer: both are read once they tell of the walk's last requests too.
    const tercatat = () =>
      jalan.every(
        (rid) =>
          nginx!.logAkses().includes(` rid=${rid} `) &&
          instans.some((satu) => idDijawab(satu).has(rid)),
      );
    for (let i = 0; i < 100 && !tercatat(); i += 1) await jeda(50);

    // nginx's log: one line per request so far, each naming its request id and the instance.
    const akses = nginx!.logAkses();
    const baris = akses.split('\n').filter(Boolean);
    for (const satu of baris)
      expect(satu).toMatch(/ rid=[0-9a-f]{32} upstream=127\.0\.0\.1:\d+ cache=(-|MISS|BYPASS) /);
    const upstream = new Map(
      baris.map((satu) => {
        const [, rid, alamat] = / rid=(\S+) upstream=(\S+) /.exec(satu)!;
        return [rid, alamat];
      }),
    );
    // Each of the walk's requests, with the instance nginx sent it to and the instances whose own
    // log holds its id.
    const alamat = instans.map(({ port }) => `127.0.0.1:${port}`);
    const dijawab = instans.map(idDijawab);
    const penjawab = jalan.map((rid) => ({
      rid,
      nginx: upstream.get(rid),
      instans: alamat.filter((_, i) => dijawab[i].has(rid)),
    }));
    // Each was answered by exactly the one instance nginx names, which logged it under that id.
    for (const satu of penjawab) expect(satu).toEqual({ ...satu, instans: [satu.nginx] });
    // Both instances answered part of the walk: neither answered none of it.
    const perInstans = alamat.map((satu) => penjawab.filter(({ nginx }) => nginx === satu).length);
    expect(perInstans).not.toContain(0);
    // An invitation's credential is in neither nginx's log nor the instances'.
    const semuaLog = [akses, ...instans.map((satu) => satu.log.join(''))].join('\n');
    for (const rahasia of undangan) expect(semuaLog).not.toContain(rahasia);
  }, 60_000);

  it('shows the publication through both instances and through the proxy', async () => {
    for (const { base } of instans) {
      const res = await request(base).get(`/api/liputans/${liputan}`).expect(200);
      expect(res.body.data.judul).toBe('Rapat Pleno Terbuka Rekapitulasi');
    }
    await lewat().get('/api/liputans').expect(200);
  }, 60_000);

  it('serves the upload from the shared folder: nginx itself, and either instance', async () => {
    const lewatNginx = await lewat()
      .get(berkas.url)
      .buffer(true)
      .parse((res, done) => {
        const potongan: Buffer[] = [];
        res.on('data', (d: Buffer) => potongan.push(d));
        res.on('end', () => done(null, Buffer.concat(potongan)));
      });
    expect(lewatNginx.status).toBe(200);
    expect(lewatNginx.headers['x-request-id']).toBeUndefined(); // answered by nginx, not proxied
    expect(Buffer.compare(lewatNginx.body as Buffer, berkas.isi)).toBe(0);
    for (const { base } of instans) await request(base).get(berkas.url).expect(200);
  }, 60_000);

  it('counts readers per visitor address from X-Forwarded-For, ignores forged headers, and rate-limits the forger', async () => {
    const url = `${proxy}/api/liputans/${liputan}/views`;
    const ua = { 'User-Agent': 'Mozilla/5.0 pembaca' };
    // Three visitors on three addresses.
    for (const alamat of ['127.0.0.2', '127.0.0.3', '127.0.0.4'])
      expect(await dariAlamat(alamat, url, ua)).toBe(200);
    // One visitor forging 150 addresses.
    const status: number[] = [];
    for (let i = 0; i < 150; i += 1)
      status.push(
        await dariAlamat('127.0.0.5', url, {
          ...ua,
          'X-Forwarded-For': `10.9.${Math.floor(i / 250)}.${i % 250}`,
        }),
      );
    // The forger is one visitor to the limit (shared through Redis by both instances): its first
    // requests of the minute are answered, every one after them is refused.
    expect(status).toEqual([
      ...Array<number>(BATAS_PEMBACA_PER_MENIT).fill(200),
      ...Array<number>(150 - BATAS_PEMBACA_PER_MENIT).fill(429),
    ]);
    const artikel = await request(instans[1].base)
      .get(`/api/liputans/${liputan}`)
      .set('Cache-Control', 'no-cache')
      .expect(200);
    // Four readers counted: the three visitors and the forger once, whatever it claimed to be.
    const [{ n }] = await kueri<{ n: string }>(
      koneksi(DATABASE),
      'SELECT coalesce(sum(jumlah), 0) AS n FROM pembaca_harian',
    );
    expect(Number(n)).toBe(4);
    // The public page may still show an earlier total (it is kept one cache period), never more.
    expect(artikel.body.data.jumlahPembaca).toBeLessThanOrEqual(4);
  }, 60_000);

  it('answers readiness through the proxy and refuses Strapi remote transfer in production', async () => {
    const siap = await lewat().get('/_ready').expect(200);
    expect(siap.body).toMatchObject({ status: 'siap', basisData: 'ok', redis: 'ok' });
    // Transfer tokens (the key to `strapi transfer`) do not exist in production unless enabled.
    await lewat()
      .get('/admin/transfer/tokens')
      .set('Authorization', `Bearer ${token.admin}`)
      .expect(404);
    // nginx's request id reaches the instance and comes back.
    expect(siap.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  }, 60_000);

  it('answers the public reads from its micro-cache, never a request with credentials, and shows a publication within about a second', async () => {
    const daftar = '/api/liputans?pagination[pageSize]=5';
    const pertama = await lewat().get(daftar).expect(200);
    const kedua = await lewat().get(daftar).expect(200);
    expect([pertama.headers['x-cache-proxy'], kedua.headers['x-cache-proxy']]).toEqual([
      'MISS',
      'HIT',
    ]);
    // nginx's copy carries this request's own id, not the one of the request that filled it.
    expect(kedua.headers['x-request-id']).not.toBe(pertama.headers['x-request-id']);
    // A request with credentials always reaches an instance and is never kept.
    const bertoken = await lewat().get(daftar).set('Authorization', 'Bearer bukan-token');
    expect(bertoken.status).toBe(401);
    expect(bertoken.headers['x-cache-proxy']).toBe('BYPASS');
    expect((await lewat().get(daftar)).status).toBe(200);

    // A publication: how long until the proxy and each instance show it.
    const baru = await liputanDisetujui('Penetapan Daftar Pemilih Tetap');
    await lewat().get(daftar).expect(200);
    await terbitkan(baru.documentId);
    const terbit = Date.now();
    const tampak = async (base: string) => {
      for (;;) {
        const res = await fetch(`${base}${daftar}`);
        const isi = (await res.json()) as { data: Array<{ documentId: string }> };
        if (isi.data.some((item) => item.documentId === baru.documentId))
          return Date.now() - terbit;
        await jeda(20);
      }
    };
    const [lewatProxy, ...lewatInstans] = await Promise.all([
      tampak(proxy),
      ...instans.map(({ base }) => tampak(base)),
    ]);
    // Each instance at once (the version stamp is shared through Redis, read at most every
    // 200 ms); nginx keeps its copy one second by its clock, which ticks in whole seconds.
    for (const ms of lewatInstans) expect(ms).toBeLessThan(500);
    expect(lewatProxy).toBeLessThan(2500);
    process.stdout.write(
      `Terbitan tampak: lewat nginx ${lewatProxy} ms, instans ${lewatInstans.join(' ms, ')} ms\n`,
    );
  }, 60_000);

  /** What the database holds of the two published articles, to compare after every fault. */
  async function keadaanTersimpan() {
    return {
      riwayat: await kueri<{ dokumen_id: string }>(
        koneksi(DATABASE),
        'SELECT dokumen_id, aksi, ke, hash FROM redaksi_riwayat ORDER BY id',
      ),
      tahap: await kueri<{ dokumen_id: string }>(
        koneksi(DATABASE),
        'SELECT dokumen_id, tahap, versi FROM redaksi_status_alur ORDER BY dokumen_id',
      ),
    };
  }

  let sebelumGangguan: Awaited<ReturnType<typeof keadaanTersimpan>>;
  let konsep: string;

  it('PostgreSQL restarts under load: public reads never fail, writes meet a few seconds of 503 with Retry-After and never a 502', async () => {
    sebelumGangguan = await keadaanTersimpan();
    konsep = (
      await lewat()
        .post(cm())
        .set(sebagai('koordinator-liputan'))
        .send({ judul: 'Proyeksi liputan malam pemilihan' })
        .expect(201)
    ).body.data.documentId;
    for (const jalur of ['/api/liputans', `/api/liputans/${liputan}`])
      await lewat().get(jalur).expect(200);
    const bacaan = [
      bebanDariProsesLain({ url: `${proxy}/api/liputans`, connections: 10, duration: 60 }),
      bebanDariProsesLain({
        url: `${proxy}/api/liputans/${liputan}`,
        connections: 10,
        duration: 60,
      }),
    ];
    const tulisan = TulisTerus.simpanKonsep(konsep, token['koordinator-liputan']);
    await jeda(1000);
    const mulai = Date.now();
    await postgres.mulaiUlangLatar();
    const lamaMulaiUlang = Date.now() - mulai;
    await tulisan.sampaiBerhasilSesudah(Date.now(), 30_000);
    await jeda(1000);
    const hasilTulisan = await tulisan.berhenti();
    const hasilBaca = await Promise.all(bacaan.map((satu) => satu.berhenti()));

    harapSemua2xx(hasilBaca, 100);
    const ditolak = hasilTulisan.filter((satu) => satu.status !== 200);
    // Any other answer is shown with what the instances logged of it.
    const lain = ditolak.filter((satu) => satu.status !== 503);
    expect({
      lain,
      log: lain.length
        ? instans
            .flatMap(({ log }) => log.join('').split('\n'))
            .filter((baris) => / [45]\d\d /.test(baris))
        : [],
    }).toEqual({ lain: [], log: [] });
    // The restart reached the writers (else nothing here is proved), each refused with a 503.
    expect(ditolak.length).toBeGreaterThan(0);
    for (const satu of ditolak) expect(satu).toMatchObject({ status: 503, retryAfter: '5' });
    const lamaDitolak = ditolak.at(-1)!.waktu - ditolak[0].waktu;
    expect(lamaDitolak).toBeLessThan(lamaMulaiUlang + 3000);
    expect(hasilTulisan.at(-1)!.status).toBe(200);
    process.stdout.write(
      `PostgreSQL dimulai ulang dalam ${lamaMulaiUlang} ms: ${hasilBaca.map((satu) => satu.jumlah).join(' + ')} bacaan tanpa galat; ` +
        `${hasilTulisan.length} tulisan, ${ditolak.length} dijawab 503 selama ${lamaDitolak} ms\n`,
    );
    // The draft holds the last write answered 200, or a later one whose outcome the 503 left open.
    const terakhirBerhasil = hasilTulisan.filter((satu) => satu.status === 200).at(-1)!;
    const konsepKini = await lewat()
      .get(cm(konsep))
      .set(sebagai('koordinator-liputan'))
      .expect(200);
    expect(konsepKini.body.data.ringkasan).toBe(terakhirBerhasil.nilai);
  }, 90_000);

  it('a hung Redis: reads that reach the instances answer within a second, the reader counter too, and /_ready says Redis does not answer', async () => {
    redis.bekukan();
    let bacaan: HasilBeban;
    let pembaca: Array<{ status: number; ms: number }>;
    let siap: { status: number; body: Record<string, string> };
    try {
      // Each request a query no one asked before: past nginx's copy and the instances' cache.
      bacaan = await bebanDariProsesLain({
        url: `${proxy}/api/liputans?pagination[pageSize]=5&filters[slug][$ne]=beku-{n}`,
        connections: 2,
        duration: 5,
      }).selesai;
      pembaca = [];
      for (let i = 0; i < 3; i += 1) {
        const mulai = Date.now();
        const status = await dariAlamat('127.0.0.6', `${proxy}/api/liputans/${liputan}/views`, {
          'User-Agent': 'Mozilla/5.0 pembaca',
        });
        pembaca.push({ status, ms: Date.now() - mulai });
      }
      siap = await request(instans[0].base).get('/_ready');
    } finally {
      redis.lanjutkan();
    }
    harapSemua2xx([bacaan], 20);
    expect(bacaan.latensiMaksMs).toBeLessThan(1000);
    for (const satu of pembaca) {
      expect(satu.status).toBe(200);
      expect(satu.ms).toBeLessThan(1000);
    }
    expect(siap.status).toBe(200);
    // Hung, not gone: the connection stays up (src/operations/readiness.ts), the PING goes unanswered.
    expect(siap.body.redis).toMatch(/^tidak menjawab \(/);
    process.stdout.write(
      `Redis macet: ${bacaan.jumlah} bacaan, p99 ${bacaan.latensiP99Ms} ms, maks ${bacaan.latensiMaksMs} ms\n`,
    );
    for (let i = 0; i < 60; i += 1) {
      const kini = await request(instans[0].base).get('/_ready');
      if (kini.body.redis === 'ok') return;
      await jeda(250);
    }
    throw new Error('Redis tidak kembali siap di /_ready');
  }, 60_000);

  it("the README's rolling update under load: no 5xx, on reads or writes", async () => {
    const bacaan = [
      bebanDariProsesLain({ url: `${proxy}/api/liputans`, connections: 10, duration: 120 }),
      // Past the micro-cache: each a query the instances answer themselves.
      bebanDariProsesLain({
        url: `${proxy}/api/liputans?pagination[pageSize]=5&filters[slug][$ne]=gulir-{n}`,
        connections: 4,
        duration: 120,
      }),
    ];
    const tulisan = TulisTerus.simpanKonsep(konsep, token['koordinator-liputan']);
    const masuk = TulisTerus.masuk(ADMIN_PERTAMA.email);
    await jeda(1000);
    // systemctl restart kpu-sumbar-redaksi@1337; until curl -fs .../_ready; do sleep 1; done; sleep 3
    for (const nomor of [0, 1]) {
      const { port, proses } = instans[nomor];
      await hentikanProses(proses, 'SIGTERM');
      await mulaiInstans(nomor, port);
      await jeda(3000);
    }
    const hasilTulisan = await tulisan.berhenti();
    const hasilMasuk = await masuk.berhenti();
    const hasilBaca = await Promise.all(bacaan.map((satu) => satu.berhenti()));
    harapSemua2xx(hasilBaca, 100);
    expect(hasilTulisan.length).toBeGreaterThan(10);
    expect(hasilTulisan.filter((satu) => satu.status !== 200)).toEqual([]);
    expect(hasilMasuk.length).toBeGreaterThan(10);
    expect(hasilMasuk.filter((satu) => satu.status !== 200)).toEqual([]);
    process.stdout.write(
      `Pembaruan bergulir: ${hasilBaca.map((satu) => satu.jumlah).join(' + ')} bacaan, ${hasilTulisan.length} tulisan (PUT) dan ${hasilMasuk.length} login (POST), semuanya 2xx\n`,
    );
  }, 240_000);

  it('lost nothing to the faults: stages, history and its chain, the photo, the publication', async () => {
    const sesudah = await keadaanTersimpan();
    // Only the draft written during the faults was added; what was there is exactly as it was.
    expect(sesudah.riwayat.slice(0, sebelumGangguan.riwayat.length)).toEqual(
      sebelumGangguan.riwayat,
    );
    expect(sesudah.tahap.filter((satu) => satu.dokumen_id !== konsep)).toEqual(
      sebelumGangguan.tahap,
    );
    const dokumen = await lewat()
      .get(`/redaksi/documents/${LIPUTAN}/${liputan}`)
      .set(sebagai('staf-sekretariat'))
      .expect(200);
    expect(dokumen.body.data).toMatchObject({ tahap: 'tayang', rantai: { utuh: true } });
    const foto = readFileSync(path.join(uploads, path.basename(berkas.url)));
    expect(Buffer.compare(foto, berkas.isi)).toBe(0);
    const publik = await lewat().get(`/api/liputans/${liputan}`).expect(200);
    expect(publik.body.data.judul).toBe('Rapat Pleno Terbuka Rekapitulasi');
  }, 60_000);
});
