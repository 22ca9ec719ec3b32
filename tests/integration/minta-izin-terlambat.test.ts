/**
 * Issue #24 item 2: the Admin Medsos, refused at the upload for lateness, asks the Pemimpin
 * Redaksi for the late permission from there (`minta-izin-terlambat`, SOP 21 langkah 5). The ask
 * stays in its stage, is recorded in the history and mails every Pemimpin Redaksi who wants mail;
 * it is offered and taken only while the item is late without permission, by the Admin Medsos, at
 * `disetujui`, and not twice within the configured pause. Against a real SMTP server.
 */
import type { Core } from '@strapi/strapi';
import { http, jalur } from '../helpers/http';
import { buatPengguna, type Pengguna, PERAN_SOP_21 } from '../helpers/pengguna';
import {
  buatKontenMedsos,
  medsosSampaiTahap,
  padaJam,
  potret,
  tanggalWibRelatif,
} from '../helpers/sop';
import { ServerSmtpUji } from '../helpers/smtp';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

const smtp = new ServerSmtpUji();
let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};
/** A second Pemimpin Redaksi who switched mail off: the request reaches the queue, not the mailbox. */
let pemimpinTanpaSurel: Pengguna;

const MINTA = 'minta-izin-terlambat';
/** How the test users are named (helpers/pengguna.ts): the asker, as the mail and history name them. */
const NAMA_ADMIN_MEDSOS = 'Uji admin-medsos';
const tautan = [{ platform: 'instagram', url: 'https://www.instagram.com/p/uji/' }];

beforeAll(async () => {
  await smtp.mulaiUntukAplikasi();
  strapi = await mulaiStrapi();
  for (const kode of PERAN_SOP_21) p[kode] = await buatPengguna(strapi, [kode]);
  pemimpinTanpaSurel = await buatPengguna(strapi, ['pemimpin-redaksi']);
  await http(strapi, pemimpinTanpaSurel)
    .put('/redaksi/preferences', { surelAktif: false })
    .expect(200);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
  await smtp.berhentiUntukAplikasi();
});
beforeEach(() => smtp.kosongkan());

const selesai = () => strapi.plugin('redaksi').service('notifications').selesai();

/** A KontenMedsos of an activity `hariLalu` days ago, with its platform link, walked to `tahap`. */
async function konten(judul: string, hariLalu: number, tahap: string) {
  const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], {
    judul,
    tanggalKegiatan: tanggalWibRelatif(-hariLalu),
    tautan,
  });
  await medsosSampaiTahap(strapi, p, documentId, tahap, 'Foto kabupaten terlambat masuk');
  await selesai();
  smtp.kosongkan();
  return documentId;
}

const lihat = async (siapa: Pengguna, documentId: string) =>
  (await http(strapi, siapa).get(jalur.redaksi(documentId)).expect(200)).body.data;
const kodeAksi = (data: { aksi: Array<{ kode: string }> }) => data.aksi.map((a) => a.kode);
const minta = (siapa: Pengguna, documentId: string, note?: string) =>
  http(strapi, siapa).post(jalur.transisi(documentId), {
    action: MINTA,
    ...(note ? { note } : {}),
  });

/** A refused ask: the status and message asked for, and the item and its history as they were. */
async function harapDitolak(
  siapa: Pengguna,
  documentId: string,
  status: number,
  pesan: string,
  kodeSyarat?: string,
) {
  const sebelum = await potret(strapi, documentId);
  const res = await minta(siapa, documentId, 'Mohon izin').expect(status);
  expect(res.body.error.message).toContain(pesan);
  if (kodeSyarat)
    expect(res.body.error.details.syarat.map((s: { kode: string }) => s.kode)).toEqual([
      kodeSyarat,
    ]);
  expect(await potret(strapi, documentId)).toEqual(sebelum);
  await selesai();
  expect(smtp.diterima).toEqual([]);
}

describe('minta izin terlambat', () => {
  it('is asked from the refused upload, mails the Pemimpin Redaksi, and ends with the permission', async () => {
    const documentId = await konten('Sosialisasi pemilih pemula', 3, 'disetujui');

    // The upload's refusal names the way to ask, and the Admin Medsos is offered it.
    const tolak = await http(strapi, p['admin-medsos'])
      .post(jalur.cmPublish(documentId))
      .expect(400);
    expect(tolak.body.error.message).toContain('gunakan aksi "Minta Izin Terlambat"');
    const awal = await lihat(p['admin-medsos'], documentId);
    expect(kodeAksi(awal)).toContain(MINTA);
    expect(awal.terlambat.perluIzin.diminta).toBeNull();

    // Only the Admin Medsos asks: the Wakil or the Pemimpin Redaksi themselves are refused.
    await harapDitolak(p['wakil-pemimpin-redaksi'], documentId, 403, 'hanya untuk: admin-medsos');
    await harapDitolak(p['pemimpin-redaksi'], documentId, 403, 'hanya untuk: admin-medsos');

    const sebelum = await potret(strapi, documentId);
    const res = await minta(p['admin-medsos'], documentId, 'Akun Instagram sempat terkunci').expect(
      200,
    );
    expect(res.body.data.tahap).toBe('disetujui');
    expect(res.body.data.riwayat.at(-1)).toMatchObject({
      aksi: MINTA,
      dari: 'disetujui',
      ke: 'disetujui',
      note: 'Akun Instagram sempat terkunci',
      aktor: { nama: expect.stringContaining(NAMA_ADMIN_MEDSOS) },
    });
    expect(res.body.data.terlambat.perluIzin.diminta).toMatchObject({
      oleh: expect.stringContaining(NAMA_ADMIN_MEDSOS),
      waktuTeks: expect.stringMatching(/WIB$/),
    });
    const sesudah = await potret(strapi, documentId);
    expect(sesudah.tahap).toBe(sebelum.tahap);
    expect(sesudah.riwayat).toBe(sebelum.riwayat + 1);
    expect(sesudah.terbit).toBe(0);

    // Every Pemimpin Redaksi who wants mail, and nobody else: not the one who switched it off.
    await selesai();
    expect(smtp.diterima.map((surel) => surel.kepada)).toEqual([[p['pemimpin-redaksi'].email]]);
    const [surel] = smtp.diterima;
    expect(surel.subjek).toBe('[SOP 21/2025] Minta izin terlambat: Sosialisasi pemilih pemula');
    expect(surel.teks).toMatch(new RegExp(`${NAMA_ADMIN_MEDSOS}[^\n]* meminta izin terlambat`));
    expect(surel.teks).toContain('Alasan: Akun Instagram sempat terkunci');
    expect(surel.teks).toContain(
      `/admin/content-manager/collection-types/api::konten-medsos.konten-medsos/${documentId}`,
    );
    expect(surel.html).toContain('Akun Instagram sempat terkunci');
    smtp.kosongkan();

    // Once is enough: again within the pause is a conflict, nothing recorded, nobody mailed.
    await harapDitolak(p['admin-medsos'], documentId, 409, 'dapat dikirim lagi mulai');
    // After the pause, asked again (the Pemimpin Redaksi has not answered): recorded and mailed.
    await padaJam(strapi, new Date(Date.now() + 61 * 60_000), async () => {
      await minta(p['admin-medsos'], documentId, 'Mohon segera').expect(200);
    });
    await selesai();
    expect(smtp.diterima.map((s) => s.kepada)).toEqual([[p['pemimpin-redaksi'].email]]);
    smtp.kosongkan();

    await http(strapi, p['pemimpin-redaksi'])
      .post(jalur.transisi(documentId), { action: 'izinkan-terlambat', note: 'Tetap relevan' })
      .expect(200);
    // Permitted: no longer offered, refused if sent anyway, and the upload goes through.
    const diizinkan = await lihat(p['admin-medsos'], documentId);
    expect(kodeAksi(diizinkan)).not.toContain(MINTA);
    expect(diizinkan.terlambat.perluIzin).toBeNull();
    await padaJam(strapi, new Date(Date.now() + 200 * 60_000), () =>
      harapDitolak(p['admin-medsos'], documentId, 400, 'sudah diberikan', 'perlu-izin-terlambat'),
    );
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);
    expect((await potret(strapi, documentId)).tahap).toBe('diunggah');
  });

  it('is neither offered nor taken for an item still on time', async () => {
    const documentId = await konten('Rapat pleno', 0, 'disetujui');
    expect(kodeAksi(await lihat(p['admin-medsos'], documentId))).not.toContain(MINTA);
    await harapDitolak(
      p['admin-medsos'],
      documentId,
      400,
      'belum diperlukan',
      'perlu-izin-terlambat',
    );
  });

  it('is taken only at disetujui: a late item still under decision answers that it stands elsewhere', async () => {
    const documentId = await konten('Bimtek KPPS', 3, 'keputusan');
    expect(kodeAksi(await lihat(p['admin-medsos'], documentId))).not.toContain(MINTA);
    await harapDitolak(
      p['admin-medsos'],
      documentId,
      409,
      'Dokumen sudah berada pada tahap "Keputusan Pemimpin Redaksi"',
    );
  });
});
