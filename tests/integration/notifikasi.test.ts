/**
 * Notifications against a real SMTP server started here: the right people get the right mail
 * for transitions of both SOPs and nobody else does; the reminder run at a frozen time selects
 * exactly what is due today or late in WIB; the preference switch; an SMTP server that refuses
 * or is down neither blocks nor undoes a transition, and is retried.
 */
import type { Core } from '@strapi/strapi';
import { unggahBerkas } from '../helpers/berkas';
import { http, jalur } from '../helpers/http';
import { buatPengguna, type Pengguna, SEMUA_PERAN } from '../helpers/pengguna';
import {
  buatLiputan,
  klasifikasikan,
  medsosSampaiTahap,
  narasi,
  padaJam,
  tanggalWibRelatif,
} from '../helpers/sop';
import { ServerSmtpUji } from '../helpers/smtp';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

const LIPUTAN = 'api::liputan.liputan';
const DISPOSISI = 'api::disposisi.disposisi';
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;

const smtp = new ServerSmtpUji();
let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
/** Second holders of a role: a mail for "the role" reaches them too, a mail for "the submitter" does not. */
let adminMedsos2: Pengguna;
let timPelaksana2: Pengguna;
let timPeliputan2: Pengguna;

beforeAll(async () => {
  await smtp.mulaiUntukAplikasi({ SUREL_PERCOBAAN: '3', SUREL_JEDA_ULANG_MS: '20' });
  strapi = await mulaiStrapi();
  for (const kode of SEMUA_PERAN) p[kode] = await buatPengguna(strapi, [kode]);
  adminMedsos2 = await buatPengguna(strapi, ['admin-medsos']);
  timPelaksana2 = await buatPengguna(strapi, ['tim-pelaksana']);
  timPeliputan2 = await buatPengguna(strapi, ['tim-peliputan']);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
  await smtp.berhentiUntukAplikasi();
});
beforeEach(() => smtp.kosongkan());

/** Everything the transitions so far set in motion, sent or given up. */
const selesai = () => strapi.plugin('redaksi').service('notifications').selesai();
const penerima = () => [...new Set(smtp.diterima.flatMap((surel) => surel.kepada))].sort();

async function buatKonten(judul: string, tanggalKegiatan = tanggalWibRelatif(0)) {
  const res = await http(strapi, p['tim-pelaksana'])
    .post(jalur.cm, {
      judul,
      tanggalKegiatan,
      dokumentasi: await unggahBerkas(strapi, 4),
      narasi,
      caption: 'Caption #KPUSumbar',
    })
    .expect(201);
  return res.body.data.documentId as string;
}

const transisi = (documentId: string, siapa: Pengguna, body: object, uid?: string) =>
  http(strapi, siapa).post(jalur.transisi(documentId, uid), body).expect(200);

/** A step that hands the item back to its submitter: its one mail, to the Tim Pelaksana alone. */
async function surelKePengaju(id: string, siapa: string, body: object) {
  await transisi(id, p[siapa], body);
  await selesai();
  expect(penerima()).toEqual([p['tim-pelaksana'].email]);
  return smtp.diterima[0];
}

describe('surel per transisi', () => {
  it('SOP 21: serahkan mails every Admin Medsos, with the step, the sender, the WIB deadline and a link; nobody else', async () => {
    const id = await buatKonten('Rapat koordinasi humas');
    await transisi(id, p['tim-pelaksana'], { action: 'serahkan', note: 'Foto lengkap' });
    await selesai();

    expect(penerima()).toEqual([p['admin-medsos'].email, adminMedsos2.email].sort());
    const [surel] = smtp.untuk(p['admin-medsos'].email);
    expect(surel.subjek).toBe('[SOP 21/2025] Menunggu Anda: Rapat koordinasi humas');
    expect(surel.teks).toContain('tahap "Diserahkan ke Admin Medsos"');
    expect(surel.teks).toContain('SOP 21 langkah 2');
    expect(surel.teks).toContain('Dikirim oleh: Uji tim-pelaksana');
    expect(surel.teks).toContain('Catatan: Foto lengkap');
    expect(surel.teks).toMatch(/Tenggat: \w+, \d{1,2} \w+ \d{4} pukul 23\.59 WIB/);
    expect(surel.teks).toMatch(/No\. register: REG\/\d{4}\/\d{2}\/\d{4}/);
    expect(surel.teks).toContain(
      `/admin/content-manager/collection-types/api::konten-medsos.konten-medsos/${id}`,
    );
    expect(surel.html).toContain(`href="http://`);
    expect(surel.html).toContain('<strong>Diserahkan ke Admin Medsos</strong>');
  });

  it('SOP 21: the next stage reaches its role, not the one who acted; kembalikan goes to the submitter alone, with the note', async () => {
    const id = await buatKonten('Bimtek PPK Agam');
    await medsosSampaiTahap(strapi, p, id, 'pemeriksaan');
    await selesai();
    smtp.kosongkan();

    const surel = await surelKePengaju(id, 'wakil-pemimpin-redaksi', {
      action: 'kembalikan',
      note: 'Foto ketiga buram, ganti',
    });
    expect(surel.subjek).toBe('[SOP 21/2025] Dikembalikan: Bimtek PPK Agam');
    expect(surel.teks).toContain('Catatan: Foto ketiga buram, ganti');
    expect(surel.teks).toContain('dikembalikan kepada Anda oleh Uji wakil-pemimpin-redaksi');
    expect(smtp.untuk(timPelaksana2.email)).toEqual([]);
  });

  it('SOP 21: tolak tells the submitter why', async () => {
    const id = await buatKonten('Kunjungan kerja Payakumbuh');
    await medsosSampaiTahap(strapi, p, id, 'keputusan');
    await selesai();
    expect(penerima()).toEqual(
      [
        p['admin-medsos'].email,
        adminMedsos2.email,
        p['wakil-pemimpin-redaksi'].email,
        p['pemimpin-redaksi'].email,
      ].sort(),
    );
    smtp.kosongkan();

    const surel = await surelKePengaju(id, 'pemimpin-redaksi', {
      action: 'tolak',
      note: 'Kegiatan internal, tidak untuk publikasi',
    });
    expect(surel.subjek).toBe('[SOP 21/2025] Ditolak: Kunjungan kerja Payakumbuh');
    expect(surel.teks).toContain('Alasan: Kegiatan internal, tidak untuk publikasi');
  });

  it('SOP 20: tugaskan mails the assignees by name only; a forwarded disposition reaches the Penanggung Jawab', async () => {
    const id = await buatLiputan(strapi, p, { judul: 'Sosialisasi Pilkada di Solok' });
    await transisi(id, p['koordinator-liputan'], { action: 'teruskan' }, LIPUTAN);
    await selesai();
    expect(penerima()).toEqual([p['redaktur-pelaksana'].email]);
    smtp.kosongkan();

    await transisi(
      id,
      p['redaktur-pelaksana'],
      { action: 'tugaskan', assignees: [timPeliputan2.id] },
      LIPUTAN,
    );
    await selesai();
    expect(penerima()).toEqual([timPeliputan2.email]);
    expect(smtp.diterima[0].teks).toContain(`Yth. Uji tim-peliputan`);
    expect(smtp.diterima[0].subjek).toBe(
      '[SOP 20/2025] Menunggu Anda: Sosialisasi Pilkada di Solok',
    );

    // Each further step reaches exactly the role that acts next; publication ends the mail.
    await http(strapi, timPeliputan2)
      .put(`${cm(LIPUTAN)}/${id}`, {
        ringkasan: 'Ringkasan',
        isi: narasi,
        foto: await unggahBerkas(strapi, 1),
      })
      .expect(200);
    const langkah: Array<[Pengguna, string, string[]]> = [
      [timPeliputan2, 'ajukan', [p['sekretaris-redaksi'].email]],
      [p['sekretaris-redaksi'], 'teruskan', [p.verifikator.email]],
      [p.verifikator, 'setujui', [p['pemimpin-redaksi'].email, p['staf-sekretariat'].email].sort()],
    ];
    for (const [siapa, action, harapan] of langkah) {
      // The Verifikator classifies before verifying (SOP 20 langkah 7): an edit, not a step, no mail.
      if (action === 'setujui') await klasifikasikan(strapi, siapa, id);
      smtp.kosongkan();
      await transisi(id, siapa, { action }, LIPUTAN);
      await selesai();
      expect({ action, penerima: penerima() }).toEqual({ action, penerima: harapan });
    }
    smtp.kosongkan();
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN)}/${id}/actions/publish`)
      .expect(200);
    await selesai();
    expect(smtp.diterima).toEqual([]);
    smtp.kosongkan();

    const disposisi = await http(strapi, p['ppid-pembantu'])
      .post(cm(DISPOSISI), {
        perihal: 'Undangan peliputan pleno',
        asal: 'Sekretariat',
        sifat: 'segera',
        batasWaktu: tanggalWibRelatif(2),
      })
      .expect(201);
    await transisi(
      disposisi.body.data.documentId,
      p['ppid-pembantu'],
      { action: 'teruskan', note: 'Mohon arahan' },
      DISPOSISI,
    );
    await selesai();
    expect(penerima()).toEqual([p['pemimpin-redaksi'].email]);
    expect(smtp.diterima[0].teks).toContain('tahap "Di Penanggung Jawab"');
    expect(smtp.diterima[0].teks).toContain('Catatan: Mohon arahan');
  });
});

describe('preferensi surel', () => {
  it('an admin turns mail off for themselves; the queue still shows the item', async () => {
    const awal = await http(strapi, adminMedsos2).get('/redaksi/preferences').expect(200);
    expect(awal.body).toEqual({ data: { surelAktif: true }, meta: { surelServerAktif: true } });

    await http(strapi, adminMedsos2)
      .put('/redaksi/preferences', { surelAktif: 'tidak' })
      .expect(400);
    await http(strapi, adminMedsos2)
      .put('/redaksi/preferences', { surelAktif: false, lain: 1 })
      .expect(400);
    await http(strapi).put('/redaksi/preferences', { surelAktif: false }).expect(401);
    await http(strapi, adminMedsos2).put('/redaksi/preferences', { surelAktif: false }).expect(200);
    expect(
      (await http(strapi, adminMedsos2).get('/redaksi/preferences').expect(200)).body.data,
    ).toEqual({ surelAktif: false });

    const id = await buatKonten('Peluncuran maskot');
    await transisi(id, p['tim-pelaksana'], { action: 'serahkan' });
    await selesai();
    expect(penerima()).toEqual([p['admin-medsos'].email]);
    const antrean = await http(strapi, adminMedsos2).get('/redaksi/queue').expect(200);
    expect(antrean.body.data.map((item: { documentId: string }) => item.documentId)).toContain(id);

    await http(strapi, adminMedsos2).put('/redaksi/preferences', { surelAktif: true }).expect(200);
  });
});

describe('pengingat harian (WIB)', () => {
  // Submitted on 10 March 2026 at 10:00 WIB: Admin Medsos must take it by 11 March 23:59:59 WIB.
  const DISERAHKAN = '2026-03-10T03:00:00Z';
  let id: string;

  beforeAll(async () => {
    // Earlier tests left items waiting; they are due around today's real date, far from March 2026.
    id = await buatKonten('Rapat pleno DPT Maret', '2026-03-10');
    await padaJam(strapi, DISERAHKAN, () =>
      transisi(id, p['tim-pelaksana'], { action: 'serahkan' }),
    );
    await selesai();
  });

  const jalankan = (instant: string) =>
    padaJam(strapi, instant, () => strapi.plugin('redaksi').service('reminders').jalankan()).then(
      async (hasil) => {
        await selesai();
        return hasil as { slot: string; dikirim: number };
      },
    );

  it('the day before the deadline (13:00 WIB on the 10th) nothing is due yet: no mail at all', async () => {
    smtp.kosongkan();
    const hasil = await jalankan('2026-03-10T06:00:00Z');
    expect(hasil.slot).toBe('2026-03-10T13');
    expect(smtp.diterima.filter((surel) => surel.teks.includes('Rapat pleno DPT Maret'))).toEqual(
      [],
    );
  });

  it('07:00 WIB on the due day (midnight UTC) sends each Admin Medsos one digest, once per slot', async () => {
    smtp.kosongkan();
    const hasil = await jalankan('2026-03-11T00:00:00Z');
    expect(hasil.slot).toBe('2026-03-11T07');
    const untukAdmin = smtp.untuk(p['admin-medsos'].email);
    expect(untukAdmin).toHaveLength(1);
    expect(untukAdmin[0].subjek).toMatch(/^\[Redaksi\] \d+ menunggu Anda hari ini/);
    expect(untukAdmin[0].teks).toContain('- Rapat pleno DPT Maret');
    expect(untukAdmin[0].teks).toContain('tenggat: Rabu, 11 Maret 2026 pukul 23.59 WIB');
    expect(untukAdmin[0].teks).not.toContain('[TERLAMBAT] Rapat pleno DPT Maret');
    expect(smtp.untuk(adminMedsos2.email)).toHaveLength(1);
    // Nobody else has anything due that day.
    expect(penerima()).toEqual([p['admin-medsos'].email, adminMedsos2.email].sort());

    smtp.kosongkan();
    await jalankan('2026-03-11T00:00:30Z');
    expect(smtp.diterima).toEqual([]);
  });

  it('one minute before midnight WIB it is still due today; one minute after, it is late', async () => {
    smtp.kosongkan();
    await jalankan('2026-03-11T16:59:00Z');
    expect(smtp.untuk(p['admin-medsos'].email)[0].teks).not.toContain('[TERLAMBAT]');

    smtp.kosongkan();
    const hasil = await jalankan('2026-03-11T17:01:00Z');
    expect(hasil.slot).toBe('2026-03-12T00');
    const [surel] = smtp.untuk(p['admin-medsos'].email);
    expect(surel.subjek).toMatch(/1 terlambat$/);
    expect(surel.teks).toContain('- [TERLAMBAT] Rapat pleno DPT Maret');
  });

  it('the reminder runs are cron jobs at 07:00 and 13:00 Asia/Jakarta', () => {
    const jobs = (
      strapi.cron as unknown as {
        jobs: Array<{ name: string; options: { rule: string; tz: string } }>;
      }
    ).jobs
      .filter((job) => job.name.startsWith('redaksi-pengingat'))
      .map((job) => ({ name: job.name, ...job.options }));
    expect(jobs).toEqual([
      { name: 'redaksi-pengingat-1', rule: '0 7 * * *', tz: 'Asia/Jakarta' },
      { name: 'redaksi-pengingat-2', rule: '0 13 * * *', tz: 'Asia/Jakarta' },
    ]);
  });
});

describe('SMTP yang menolak atau mati', () => {
  // Retries and failures are logged: captured here, and the give-up asserted.
  let peringatan: jest.SpyInstance;
  let galat: jest.SpyInstance;
  beforeEach(() => {
    peringatan = jest.spyOn(strapi.log, 'warn').mockImplementation(() => strapi.log);
    galat = jest.spyOn(strapi.log, 'error').mockImplementation(() => strapi.log);
  });
  afterEach(() => jest.restoreAllMocks());

  const kiriman = (kunciAwal: string) =>
    strapi.db
      .query('plugin::redaksi.kiriman-surel')
      .findMany({ where: { kunci: { $startsWith: kunciAwal } } });

  it('a refusing server does not hold up the transition; the mail is retried until it goes through', async () => {
    const id = await buatKonten('Uji SMTP sibuk');
    smtp.tolakBerikutnya(4);
    const res = await transisi(id, p['tim-pelaksana'], { action: 'serahkan' });
    expect(res.body.data.tahap).toBe('diserahkan');
    await selesai();
    // Two recipients, three attempts each at most: the four refusals are absorbed by retries.
    expect(penerima()).toEqual([p['admin-medsos'].email, adminMedsos2.email].sort());
    const baris = await kiriman(`tiba:api::konten-medsos.konten-medsos:${id}:`);
    expect(baris.map((item: { status: string }) => item.status)).toEqual(['terkirim', 'terkirim']);
    // Six attempts for two mails: each took its third, none gave up.
    expect(baris.map((item: { percobaan: number }) => item.percobaan)).toEqual([3, 3]);
    expect(peringatan).toHaveBeenCalledWith(expect.stringContaining('451 Layanan sibuk'));
    expect(galat).not.toHaveBeenCalled();
  });

  it('a server that is down: the transition stands, the mail is given up after its attempts and recorded', async () => {
    const id = await buatKonten('Uji SMTP mati');
    const port = smtp.port;
    await smtp.berhenti();
    try {
      const res = await transisi(id, p['tim-pelaksana'], { action: 'serahkan' });
      expect(res.body.data.tahap).toBe('diserahkan');
      await selesai();
      const baris = await kiriman(`tiba:api::konten-medsos.konten-medsos:${id}:`);
      expect(baris).toHaveLength(2);
      for (const item of baris) expect(item).toMatchObject({ status: 'gagal', percobaan: 3 });
      expect(galat).toHaveBeenCalledWith(
        expect.stringMatching(/gagal setelah 3 percobaan: .*ECONNREFUSED/),
      );
      const status = await strapi.db
        .query('plugin::redaksi.status-alur')
        .findOne({ where: { dokumenId: id } });
      expect(status.tahap).toBe('diserahkan');
    } finally {
      await smtp.mulai(port);
    }
  });
});
