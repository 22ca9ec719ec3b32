/**
 * SOP 20 langkah 7 under UU 14/2008: the Verifikator classifies what they verify. Information
 * exempt under Pasal 17 (`dikecualikan`) never goes online, on any publish path (the content
 * manager's Publish and bulk publish, REST with a token, `strapi.documents()` in a person's
 * request or as the system); a classification changed after verification is refused at
 * publication until verified again; the history row of the decision carries the classification
 * and, for an exemption, its legal basis, consequence test and validity; an exemption whose
 * validity has ended comes back to the Verifikator's queue and daily digest. Every refusal reads
 * the item and its history back to show that nothing changed.
 */
import type { Core } from '@strapi/strapi';
import { cmUid as cm, http, jalur, UID_LIPUTAN as LIPUTAN } from '../helpers/http';
import { buatPengguna, type Pengguna, SEMUA_PERAN, sebagai, tokenApi } from '../helpers/pengguna';
import {
  buatLiputan,
  klasifikasikan,
  liputanSampaiTahap,
  padaJam,
  potret,
  tanggalWibRelatif,
  UJI_KONSEKUENSI,
} from '../helpers/sop';
import { ServerSmtpUji } from '../helpers/smtp';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

const smtp = new ServerSmtpUji();
let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  await smtp.mulaiUntukAplikasi();
  strapi = await mulaiStrapi();
  for (const kode of SEMUA_PERAN) p[kode] = await buatPengguna(strapi, [kode]);
  p.super = await buatPengguna(strapi, ['strapi-super-admin']);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
  await smtp.berhentiUntukAplikasi();
});

/** An exemption as the Verifikator records it: Pasal 17 huruf h (personal data), valid 30 days. */
const pengecualian = (berlakuSampai = tanggalWibRelatif(30)) => ({
  klasifikasi: 'dikecualikan',
  dasarPengecualian: 'pasal-17-h',
  ujiKonsekuensi: UJI_KONSEKUENSI,
  berlakuSampai,
});

const transisi = (documentId: string, siapa: string, body: object) =>
  http(strapi, p[siapa]).post(jalur.transisi(documentId, LIPUTAN), body);

const kodeSyarat = (res: { body: { error: { details: { syarat: Array<{ kode: string }> } } } }) =>
  res.body.error.details.syarat.map((syarat) => syarat.kode);

/** The history row of the item's last action of this code. */
async function barisRiwayat(documentId: string, aksi: string) {
  const baris = await strapi.db.query('plugin::redaksi.riwayat').findMany({
    where: { dokumenId: documentId, aksi },
    orderBy: { id: 'desc' },
    limit: 1,
  });
  return baris[0] as { publik: unknown; ke: string };
}

const jumlahTayang = (documentId: string) =>
  strapi.db.query(LIPUTAN).count({ where: { documentId, publishedAt: { $notNull: true } } });

/**
 * Every way Strapi publishes, tried on one item, each expected to be refused: the content
 * manager's Publish by the Staf Sekretariat and by a Super Admin, bulk publish, REST with a full
 * token, and the document service in the publisher's request and as the system (no request).
 * Answers the refusals that carry conditions, by path, for the caller to say why.
 */
async function semuaJalurTerbitDitolak(documentId: string) {
  const token = await tokenApi(strapi);
  const penerbit = p['staf-sekretariat'];
  const http400 = [
    [
      'content manager',
      await http(strapi, penerbit).post(`${cm(LIPUTAN, documentId)}/actions/publish`),
    ],
    [
      'content manager, Super Admin',
      await http(strapi, p.super).post(`${cm(LIPUTAN, documentId)}/actions/publish`),
    ],
    [
      'bulk publish',
      await http(strapi, penerbit).post(`${cm(LIPUTAN)}/actions/bulkPublish`, {
        documentIds: [documentId],
      }),
    ],
  ] as const;
  const syarat: Record<string, string[]> = {};
  for (const [jalan, res] of http400) {
    expect({ jalan, status: res.status }).toEqual({ jalan, status: 400 });
    syarat[jalan] = kodeSyarat(res);
  }
  // REST publishes only for people: a token is refused (403), or earlier, by the stage (400).
  const rest = await http(strapi, token).put(`/api/liputans/${documentId}?status=published`, {
    data: {},
  });
  expect([400, 403]).toContain(rest.status);
  for (const [jalan, panggil] of [
    [
      'strapi.documents(), publisher',
      () => sebagai(strapi, penerbit, () => strapi.documents(LIPUTAN).publish({ documentId })),
    ],
    ['strapi.documents(), system', () => strapi.documents(LIPUTAN).publish({ documentId })],
  ] as const) {
    const galat = (await panggil().then(
      () => null,
      (error: unknown) => error,
    )) as { name: string; details: { syarat: Array<{ kode: string }> } } | null;
    expect({ jalan, galat: galat?.name }).toEqual({ jalan, galat: 'ValidationError' });
    syarat[jalan] = (galat?.details.syarat ?? []).map((item) => item.kode);
  }
  return syarat;
}

describe('informasi yang dikecualikan (UU 14/2008 Pasal 17)', () => {
  it('is decided only with its legal basis, consequence test and a validity to come, and never goes online on any path', async () => {
    const id = await buatLiputan(strapi, p, { judul: 'Identitas pelapor pelanggaran' });
    await liputanSampaiTahap(strapi, p, id, 'verifikasi');

    // Exempt is not publishable: setujui refuses it; kecualikan asks for what exempting needs.
    await klasifikasikan(strapi, p.verifikator, id, { klasifikasi: 'dikecualikan' });
    let sebelum = await potret(strapi, id, LIPUTAN);
    const setuju = await transisi(id, 'verifikator', { action: 'setujui' }).expect(400);
    expect(kodeSyarat(setuju)).toEqual(['klasifikasi-dapat-dipublikasikan']);
    expect(setuju.body.error.details.syarat[0].pesan).toContain(
      'Klasifikasi informasi "Informasi dikecualikan (Pasal 17)" tidak memungkinkan aksi ini',
    );
    const kurang = await transisi(id, 'verifikator', { action: 'kecualikan' }).expect(400);
    expect(kodeSyarat(kurang)).toEqual([
      'dasar-pengecualian-terisi',
      'uji-konsekuensi-lengkap',
      'berlaku-sampai-terisi',
    ]);
    expect(await potret(strapi, id, LIPUTAN)).toEqual(sebelum);

    // An exemption valid only until today has already ended; an incomplete test is no test.
    await klasifikasikan(strapi, p.verifikator, id, {
      ...pengecualian(tanggalWibRelatif(0)),
      ujiKonsekuensi: { ...UJI_KONSEKUENSI, kepentinganPublik: '' },
    });
    sebelum = await potret(strapi, id, LIPUTAN);
    const lewat = await transisi(id, 'verifikator', { action: 'kecualikan' }).expect(400);
    expect(kodeSyarat(lewat)).toEqual(['uji-konsekuensi-lengkap', 'berlaku-sampai-mendatang']);
    expect(await potret(strapi, id, LIPUTAN)).toEqual(sebelum);

    // Classifying is the Verifikator's decision, not writing: the one who classified exempts it.
    const berlakuSampai = tanggalWibRelatif(30);
    await klasifikasikan(strapi, p.verifikator, id, pengecualian(berlakuSampai));
    const kecuali = await transisi(id, 'verifikator', { action: 'kecualikan' }).expect(200);
    expect(kecuali.body.data.tahap).toBe('dikecualikan');
    // The history row is the record: the basis, the test and the validity, as decided.
    expect(await barisRiwayat(id, 'kecualikan')).toMatchObject({
      ke: 'dikecualikan',
      publik: {
        klasifikasi: 'dikecualikan',
        dasarPengecualian: 'pasal-17-h',
        ujiKonsekuensi: UJI_KONSEKUENSI,
        berlakuSampai,
      },
    });

    // Held back: nobody edits it, and every publish path is refused, leaving nothing behind.
    await http(strapi, p.verifikator).put(cm(LIPUTAN, id), { klasifikasi: 'berkala' }).expect(403);
    sebelum = await potret(strapi, id, LIPUTAN);
    const syarat = await semuaJalurTerbitDitolak(id);
    for (const kode of Object.values(syarat)) expect(kode).toContain('tahap-siap-terbit');
    expect(await potret(strapi, id, LIPUTAN)).toEqual(sebelum);
    expect(await jumlahTayang(id)).toBe(0);
  });

  it('cannot be created online with a token, nor classified by anyone but the Verifikator at verifikasi', async () => {
    const token = await tokenApi(strapi);
    const judul = 'Dibuat langsung tayang lewat token';
    await http(strapi, token)
      .post('/api/liputans?status=published', { data: { judul, klasifikasi: 'dikecualikan' } })
      .expect(403);
    expect(await strapi.db.query(LIPUTAN).count({ where: { judul } })).toBe(0);

    const id = await buatLiputan(strapi, p, { judul: 'Klasifikasi milik Verifikator' });
    await liputanSampaiTahap(strapi, p, id, 'verifikasi');
    await transisi(id, 'verifikator', { action: 'kembalikan', note: 'Cek angka' }).expect(200);
    // At koreksi the secretary edits the text, never the classification.
    const sebelum = await potret(strapi, id, LIPUTAN);
    const tolak = await http(strapi, p['sekretaris-redaksi'])
      .put(cm(LIPUTAN, id), { ringkasan: 'Ringkasan dikoreksi', klasifikasi: 'berkala' })
      .expect(403);
    expect(tolak.body.error.details).toMatchObject({
      kode: 'sunting-field-keputusan',
      field: ['klasifikasi'],
    });
    await http(strapi, token)
      .put(`/api/liputans/${id}`, { data: { klasifikasi: 'berkala' } })
      .expect(403);
    expect(await potret(strapi, id, LIPUTAN)).toEqual(sebelum);
  });
});

describe('klasifikasi bagian dari sidik persetujuan', () => {
  it('a classification changed after verification goes online on no path until verified again', async () => {
    const id = await buatLiputan(strapi, p, { judul: 'Jadwal pleno rekapitulasi' });
    await liputanSampaiTahap(strapi, p, id, 'terverifikasi');
    // The helper's Verifikator classified it as periodic information; the decision records it.
    expect(await barisRiwayat(id, 'setujui')).toMatchObject({ publik: { klasifikasi: 'berkala' } });

    // Verified content is locked: the classification too, for every SOP role.
    for (const siapa of ['verifikator', 'staf-sekretariat', 'sekretaris-redaksi']) {
      const res = await http(strapi, p[siapa]).put(cm(LIPUTAN, id), { klasifikasi: 'setiap-saat' });
      expect({ siapa, status: res.status }).toEqual({ siapa, status: 403 });
    }

    // A Super Admin may edit outside the SOP (recorded), but an exemption so made never goes online...
    await http(strapi, p.super).put(cm(LIPUTAN, id), pengecualian()).expect(200);
    let sebelum = await potret(strapi, id, LIPUTAN);
    for (const kode of Object.values(await semuaJalurTerbitDitolak(id))) {
      expect(kode).toEqual(
        expect.arrayContaining(['klasifikasi-dapat-dipublikasikan', 'konten-sesuai-persetujuan']),
      );
    }
    expect(await potret(strapi, id, LIPUTAN)).toEqual(sebelum);
    expect(await jumlahTayang(id)).toBe(0);

    // ...nor does another publishable category than the one verified: the fingerprint holds it.
    await http(strapi, p.super)
      .put(cm(LIPUTAN, id), {
        klasifikasi: 'serta-merta',
        dasarPengecualian: null,
        ujiKonsekuensi: null,
        berlakuSampai: null,
      })
      .expect(200);
    sebelum = await potret(strapi, id, LIPUTAN);
    const terbit = await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(400);
    expect(kodeSyarat(terbit)).toEqual(['konten-sesuai-persetujuan']);
    expect(terbit.body.error.message).toContain('Konten berubah sejak disetujui: klasifikasi');
    expect(await potret(strapi, id, LIPUTAN)).toEqual(sebelum);

    // A new verification of the new classification: then it goes online, as classified.
    await transisi(id, 'staf-sekretariat', {
      action: 'kembalikan',
      note: 'Klasifikasi berubah sesudah diverifikasi',
    }).expect(200);
    await transisi(id, 'sekretaris-redaksi', { action: 'teruskan' }).expect(200);
    await transisi(id, 'verifikator', { action: 'setujui' }).expect(200);
    expect(await barisRiwayat(id, 'setujui')).toMatchObject({
      publik: { klasifikasi: 'serta-merta' },
    });
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(200);
    const tayang = await strapi.db
      .query(LIPUTAN)
      .findOne({ where: { documentId: id, publishedAt: { $notNull: true } } });
    expect(tayang.klasifikasi).toBe('serta-merta');
  });
});

describe('tinjau ulang setelah masa berlaku pengecualian', () => {
  // Exempted on Monday 2 March 2026, 10:00 WIB, valid through Friday 6 March (WIB).
  const DIKECUALIKAN = '2026-03-02T03:00:00Z';
  const BERLAKU_SAMPAI = '2026-03-06';
  const judul = 'Surat internal yang dirahasiakan';

  const antreanVerifikator = async (instant: string) => {
    const res = await padaJam(strapi, instant, () =>
      http(strapi, p.verifikator).get('/redaksi/queue?alur=sop-20&pageSize=100').expect(200),
    );
    return (res.body.data as Array<{ judul: string; aksi: string[]; tenggat: string | null }>).find(
      (item) => item.judul === judul,
    );
  };
  const selesai = () => strapi.plugin('redaksi').service('notifications').selesai();
  /** The Verifikator's digest of a reminder run (not the arrival mails of earlier steps). */
  const digestVerifikator = async (instant: string) => {
    await selesai();
    smtp.kosongkan();
    await padaJam(strapi, instant, () => strapi.plugin('redaksi').service('reminders').jalankan());
    await selesai();
    return smtp
      .untuk(p.verifikator.email)
      .filter((surel) => surel.subjek.startsWith('[Redaksi]'))
      .map((surel) => surel.teks);
  };

  it('waits for nobody while valid, then for the Verifikator, in the queue and the daily digest', async () => {
    const id = await buatLiputan(strapi, p, { judul });
    await liputanSampaiTahap(strapi, p, id, 'verifikasi');
    await klasifikasikan(strapi, p.verifikator, id, pengecualian(BERLAKU_SAMPAI));
    await padaJam(strapi, DIKECUALIKAN, () =>
      transisi(id, 'verifikator', { action: 'kecualikan' }).expect(200),
    );

    // Valid through Friday: on Friday afternoon nobody waits on it.
    expect(await antreanVerifikator('2026-03-06T10:00:00Z')).toBeUndefined();
    // From Saturday 00:00 WIB it is the Verifikator's, due the first working day after: Monday.
    expect(await antreanVerifikator('2026-03-06T17:00:00Z')).toEqual(
      expect.objectContaining({ aksi: ['tinjau-ulang'], tenggat: '2026-03-09T16:59:59.999Z' }),
    );
    // The digest brings what is due today: not on Saturday, on Monday at 07:00 WIB.
    expect((await digestVerifikator('2026-03-07T00:00:00Z')).join('\n')).not.toContain(judul);
    const senin = await digestVerifikator('2026-03-09T00:00:00Z');
    expect(senin).toHaveLength(1);
    expect(senin[0]).toContain(`- ${judul}`);

    // Reviewed: back to verifikasi, where the Verifikator classifies it again.
    await padaJam(strapi, '2026-03-09T03:00:00Z', async () => {
      await transisi(id, 'staf-sekretariat', { action: 'tinjau-ulang' }).expect(403);
      await transisi(id, 'verifikator', { action: 'tinjau-ulang' }).expect(200);
    });
    expect((await potret(strapi, id, LIPUTAN)).tahap).toBe('verifikasi');
    await klasifikasikan(strapi, p.verifikator, id, { klasifikasi: 'setiap-saat' });
    await transisi(id, 'verifikator', { action: 'setujui' }).expect(200);
    expect(await barisRiwayat(id, 'setujui')).toMatchObject({
      publik: { klasifikasi: 'setiap-saat' },
    });
  });
});
