/**
 * The SOPs walked in the tests as the editors walk them: content made in the content manager,
 * each step taken over HTTP by its own role, and the state a refusal must leave untouched.
 */
import type { Core } from '@strapi/strapi';
import { addDays } from 'date-fns';
import { tanggalWib } from '../../src/plugins/redaksi/server/src/domain/tenggat';
import { unggahBerkas } from './berkas';
import { keadaanLengkap } from './keadaan';
import { cmUid, http, jalur, UID_DISPOSISI, UID_LIPUTAN, UID_MEDSOS } from './http';
import type { Pengguna } from './pengguna';

export const narasi = [
  { type: 'paragraph', children: [{ type: 'text', text: 'Narasi berita kegiatan.' }] },
];

/** The WIB calendar date `hari` days from now (negative: in the past). */
export function tanggalWibRelatif(hari: number, dari = new Date()): string {
  // WIB keeps no daylight saving: `hari` times 24 hours later is `hari` WIB days later.
  return tanggalWib(addDays(dari, hari));
}

/**
 * What a refusal must leave untouched: the stage, the history, whether a version is online, and in
 * `lengkap` the whole of it (every state and history row, the draft and the published version, the
 * bytes and descriptions of their files), so that `toEqual(sebelum)` proves nothing changed.
 */
export async function potret(strapi: Core.Strapi, documentId: string, uid = UID_MEDSOS) {
  const status = await strapi.db
    .query('plugin::redaksi.status-alur')
    .findOne({ where: { dokumenId: documentId } });
  const riwayat = await strapi.db
    .query('plugin::redaksi.riwayat')
    .count({ where: { dokumenId: documentId } });
  const terbit = await strapi.db
    .query(uid)
    .count({ where: { documentId, publishedAt: { $notNull: true } } });
  const draf = await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null } });
  return {
    tahap: status?.tahap,
    versi: status?.versi,
    register: status?.nomorRegister,
    riwayat,
    terbit,
    judul: draf?.judul,
    lengkap: await keadaanLengkap(strapi, documentId, uid),
  };
}

/** Run `fn` with the engine's clock (its only source of "now") frozen at an instant. */
export async function padaJam<T>(
  strapi: Core.Strapi,
  instant: Date | string,
  fn: () => Promise<T>,
): Promise<T> {
  const jam = strapi.plugin('redaksi').service('jam');
  const asli = jam.sekarang;
  jam.sekarang = () => new Date(instant);
  try {
    return await fn();
  } finally {
    jam.sekarang = asli;
  }
}

/**
 * SOP 20 langkah 1-3 walked over HTTP: the PPID Pembantu forwards the disposition to the
 * Penanggung Jawab, who forwards it to the secretariat, who hands it to a Redaktur Pelaksana.
 * Answers the Redaktur's sheet, the one an article may carry out. `p` holds a user per role.
 */
export async function disposisiSampaiRedaktur(
  strapi: Core.Strapi,
  p: Record<string, Pengguna>,
  documentId: string,
): Promise<string> {
  const langkah: Array<[string, object]> = [
    ['ppid-pembantu', { action: 'teruskan' }],
    ['pemimpin-redaksi', { action: 'teruskan' }],
    ['sekretaris-redaksi', { action: 'teruskan', assignees: [p['redaktur-pelaksana'].id] }],
  ];
  let lembar = documentId;
  for (const [siapa, body] of langkah) {
    await http(strapi, p[siapa]).post(jalur.transisi(lembar, UID_DISPOSISI), body).expect(200);
    const induk = await strapi.db
      .query(UID_DISPOSISI)
      .findOne({ where: { documentId: lembar }, populate: { turunan: true } });
    lembar = induk.turunan[0].documentId;
  }
  return lembar;
}

/**
 * A disposition sheet recorded by a PPID Pembantu in the content manager (SOP 20 langkah 1), due
 * in two days unless `data` says otherwise. Answers its documentId and the agenda number it got.
 */
export async function buatDisposisi(
  strapi: Core.Strapi,
  ppid: Pengguna,
  data: Record<string, unknown> = {},
): Promise<{ documentId: string; nomorAgenda: string }> {
  const res = await http(strapi, ppid)
    .post(cmUid(UID_DISPOSISI), {
      perihal: 'Publikasi hasil rapat pleno penetapan DPT',
      asal: 'PPID KPU Provinsi Sumatera Barat',
      instruksi: 'Mohon dipublikasikan di laman',
      sifat: 'segera',
      tanggalDiterima: tanggalWibRelatif(0),
      batasWaktu: tanggalWibRelatif(2),
      ...data,
    })
    .expect(201);
  return res.body.data;
}

/**
 * A Liputan made in the content manager: from the coverage plan by the Koordinator Liputan, or,
 * given the disposition sheet that reached a Redaktur Pelaksana (SOP 20 langkah 4), by that
 * Redaktur. Answers its documentId.
 */
export async function buatLiputan(
  strapi: Core.Strapi,
  p: Record<string, Pengguna>,
  data: Record<string, unknown>,
  disposisi?: string,
): Promise<string> {
  const pembuat = disposisi ? 'redaktur-pelaksana' : 'koordinator-liputan';
  const res = await http(strapi, p[pembuat])
    .post(cmUid(UID_LIPUTAN), {
      ...data,
      ...(disposisi ? { disposisi: { connect: [{ documentId: disposisi }] } } : {}),
    })
    .expect(201);
  return res.body.data.documentId;
}

/**
 * SOP 20 from where the article stands to online, each step by its own role: forwarded and
 * assigned to the Tim Peliputan, written by them (`isi`: a complete article unless given),
 * submitted, corrected, verified, and published by the Staf Sekretariat.
 */
export async function liputanSampaiTayang(
  strapi: Core.Strapi,
  p: Record<string, Pengguna>,
  documentId: string,
  isi: Record<string, unknown> = {},
): Promise<void> {
  await jalankanLangkah(strapi, p, UID_LIPUTAN, documentId, LANGKAH_SOP_20_SAMPAI_DITUGASKAN);
  await http(strapi, p['tim-peliputan'])
    .put(cmUid(UID_LIPUTAN, documentId), {
      ringkasan: 'Ringkasan kegiatan',
      isi: narasi,
      foto: isi.foto ?? (await unggahBerkas(strapi, 1)),
      kategori: 'berita',
      tanggalKegiatan: tanggalWibRelatif(0),
      ...isi,
    })
    .expect(200);
  await jalankanLangkah(strapi, p, UID_LIPUTAN, documentId, LANGKAH_SOP_20_SESUDAH_DITULIS);
  await http(strapi, p['staf-sekretariat'])
    .post(`${cmUid(UID_LIPUTAN, documentId)}/actions/publish`)
    .expect(200);
}

/**
 * A complete KontenMedsos draft made by a Tim Pelaksana in the content manager (four photos, or
 * the SOP's minimum as configured when asked through `data`), ready for `serahkan`.
 */
export async function buatKontenMedsos(
  strapi: Core.Strapi,
  pembuat: Pengguna,
  data: Record<string, unknown> = {},
): Promise<string> {
  const res = await http(strapi, pembuat)
    .post(jalur.cm, {
      judul: 'Rapat koordinasi',
      tanggalKegiatan: tanggalWibRelatif(0),
      dokumentasi: data.dokumentasi ?? (await unggahBerkas(strapi, 4)),
      narasi,
      caption: 'Caption asli',
      ...data,
    })
    .expect(201);
  return res.body.data.documentId as string;
}

/**
 * One step of an SOP: who takes which action, the stage it leads to, and for an assignment the
 * role whose person is assigned (as the panel's dialog sends their id in `assignees`).
 */
export type Langkah = readonly [siapa: string, action: string, ke: string, ditugaskan?: string];

/** SOP 21 langkah 1-4, from the draft to the decision. */
export const LANGKAH_SOP_21: readonly Langkah[] = [
  ['tim-pelaksana', 'serahkan', 'diserahkan'],
  ['admin-medsos', 'terima', 'pemeriksaan'],
  ['wakil-pemimpin-redaksi', 'teruskan', 'keputusan'],
  ['pemimpin-redaksi', 'setujui', 'disetujui'],
];

/** SOP 20 langkah 7-8 once the article is written: submitted, corrected, verified. */
export const LANGKAH_SOP_20_SESUDAH_DITULIS: readonly Langkah[] = [
  ['tim-peliputan', 'ajukan', 'koreksi'],
  ['sekretaris-redaksi', 'teruskan', 'verifikasi'],
  ['verifikator', 'setujui', 'terverifikasi'],
];

/** SOP 20 langkah 4-5 for an article of the coverage plan: forwarded, then assigned to the team. */
const LANGKAH_SOP_20_SAMPAI_DITUGASKAN: readonly Langkah[] = [
  ['koordinator-liputan', 'teruskan', 'penugasan'],
  ['redaktur-pelaksana', 'tugaskan', 'penyusunan', 'tim-peliputan'],
];

/**
 * Walks an item over HTTP along `langkah`, each step by its own role (`p` holds a user per role),
 * from the stage it stands in (the first step when that stage is none the steps lead to) up to
 * `sampai` (to the end when not given). `body` goes with every step (a late submission's reason).
 */
export async function jalankanLangkah(
  strapi: Core.Strapi,
  p: Record<string, Pengguna>,
  uid: string,
  documentId: string,
  langkah: readonly Langkah[],
  { sampai, body = {} }: { sampai?: string; body?: object } = {},
): Promise<void> {
  const status = await strapi.db
    .query('plugin::redaksi.status-alur')
    .findOne({ where: { dokumenId: documentId } });
  if (status?.tahap === sampai) return;
  const dari = langkah.findIndex(([, , ke]) => ke === status?.tahap) + 1;
  for (const [siapa, action, ke, ditugaskan] of langkah.slice(dari)) {
    const assignees = ditugaskan ? { assignees: [p[ditugaskan].id] } : {};
    await http(strapi, p[siapa])
      .post(jalur.transisi(documentId, uid), { action, ...assignees, ...body })
      .expect(200);
    if (ke === sampai) return;
  }
}

/** SOP 21 langkah 1-4 walked from where the item stands up to the given stage. */
export function medsosSampaiTahap(
  strapi: Core.Strapi,
  p: Record<string, Pengguna>,
  documentId: string,
  tahap: string,
  alasanTerlambat?: string,
): Promise<void> {
  const body = alasanTerlambat ? { alasanTerlambat } : {};
  return jalankanLangkah(strapi, p, UID_MEDSOS, documentId, LANGKAH_SOP_21, {
    sampai: tahap,
    body,
  });
}

/**
 * What the plugin answered about an item (its view after a transition, or read back): it stands
 * in `tahap`, and its history ends with the step described by `langkah` (aksi, dari, ke, peran...).
 */
export function harapLangkahTerakhir(
  res: { body: { data: { tahap: string; riwayat: object[] } } },
  tahap: string,
  langkah: object,
): void {
  expect(res.body.data.tahap).toBe(tahap);
  expect(res.body.data.riwayat.at(-1)).toMatchObject(langkah);
}
