/**
 * The SOPs walked in the tests as the editors walk them: content made in the content manager,
 * each step taken over HTTP by its own role, and the state a refusal must leave untouched.
 */
import type { Core } from '@strapi/strapi';
import { addDays } from 'date-fns';
import config from '../../src/plugins/redaksi/server/src/config';
import { jalanUtama, type LangkahJalan } from '../../src/plugins/redaksi/server/src/domain/jalan';
import { tanggalWib } from '../../src/plugins/redaksi/server/src/domain/tenggat';
import { alurDisposisi } from '../../src/plugins/redaksi/server/src/workflows/disposisi';
import { alurSop20 } from '../../src/plugins/redaksi/server/src/workflows/sop-20';
import { alurSop21 } from '../../src/plugins/redaksi/server/src/workflows/sop-21';
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
  const clock = strapi.plugin('redaksi').service('clock');
  const asli = clock.now;
  clock.now = () => new Date(instant);
  try {
    return await fn();
  } finally {
    clock.now = asli;
  }
}

/**
 * SOP 20 langkah 1-3 walked over HTTP along the disposition workflow's main path: the PPID
 * Pembantu forwards the disposition to the Penanggung Jawab, who forwards it to the secretariat,
 * who hands it to a Redaktur Pelaksana, each forward writing the child sheet the walk goes on in.
 * Answers the Redaktur's sheet, the one an article may carry out. `p` holds a user per role.
 */
export async function disposisiSampaiRedaktur(
  strapi: Core.Strapi,
  p: Record<string, Pengguna>,
  documentId: string,
): Promise<string> {
  let lembar = documentId;
  for (const { aksi, peran, ditugaskan, diLembarAnak } of JALAN_DISPOSISI_SAMPAI_REDAKTUR) {
    const assignees = ditugaskan ? { assignees: [p[ditugaskan].id] } : {};
    await http(strapi, p[peran])
      .post(jalur.transisi(lembar, UID_DISPOSISI), { action: aksi.kode, ...assignees })
      .expect(200);
    if (!diLembarAnak) continue;
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
 * SOP 20 from where the article stands to online along its main path, each step by its own role:
 * forwarded and assigned to the Tim Peliputan, written by them (`isi`: a complete article unless
 * given), submitted, corrected, verified, and published by the Staf Sekretariat.
 */
export async function liputanSampaiTayang(
  strapi: Core.Strapi,
  p: Record<string, Pengguna>,
  documentId: string,
  isi: Record<string, unknown> = {},
): Promise<void> {
  await liputanSampaiTahap(strapi, p, documentId, 'terverifikasi', isi);
  await http(strapi, p[PENERBIT_SOP_20])
    .post(`${cmUid(UID_LIPUTAN, documentId)}/actions/publish`)
    .expect(200);
}

/**
 * The same walk from the article's first stage up to `sampai`, a stage once the article is
 * written (`verifikasi`: before the Verifikator classifies; `terverifikasi`: verified).
 */
export async function liputanSampaiTahap(
  strapi: Core.Strapi,
  p: Record<string, Pengguna>,
  documentId: string,
  sampai: string,
  isi: Record<string, unknown> = {},
): Promise<void> {
  await jalankanLangkah(strapi, p, UID_LIPUTAN, documentId, LANGKAH_SOP_20_SAMPAI_DITUGASKAN);
  // Written by the people the path assigned: only they may edit at that stage.
  await http(strapi, p[PENULIS_SOP_20])
    .put(cmUid(UID_LIPUTAN, documentId), {
      ringkasan: 'Ringkasan kegiatan',
      isi: narasi,
      foto: isi.foto ?? (await unggahBerkas(strapi, 1)),
      kategori: 'berita',
      tanggalKegiatan: tanggalWibRelatif(0),
      ...isi,
    })
    .expect(200);
  await jalankanLangkah(strapi, p, UID_LIPUTAN, documentId, LANGKAH_SOP_20_SESUDAH_DITULIS, {
    sampai,
  });
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

/**
 * The SOPs' main paths as their definitions draw them (domain/jalan.ts), so that no test restates
 * a path: a stage or step added to a definition is walked here too. Built with the default
 * configuration: a path does not depend on thresholds.
 */
const JALAN_SOP_21 = jalanUtama(alurSop21(config.default.sop21));
// The Koordinator Liputan, who makes the coverage plan (buatLiputan), forwards it.
const JALAN_SOP_20 = jalanUtama(alurSop20(config.default.sop20), {
  utamakan: ['koordinator-liputan'],
});
const JALAN_DISPOSISI_SAMPAI_REDAKTUR = jalanUtama(alurDisposisi(config.default.sop20), {
  sampai: 'redaktur',
});

/** The transitions of a path, as `jalankanLangkah` takes them (publication is each caller's own). */
const transisiDari = (jalan: readonly LangkahJalan[]): Langkah[] =>
  jalan
    .filter((langkah) => langkah.aksi.melalui === 'transisi')
    .map(({ peran, aksi, ke, ditugaskan }) => [peran, aksi.kode, ke, ditugaskan]);

/** SOP 21 langkah 1-4, from the draft to the decision: every transition before the upload. */
export const LANGKAH_SOP_21: readonly Langkah[] = transisiDari(JALAN_SOP_21);

/** Where the assigned team writes the article (SOP 20 langkah 5): the path splits there. */
const DITULIS = JALAN_SOP_20.findIndex((langkah) => langkah.dari === 'penyusunan');

/** SOP 20 langkah 5-7 once the article is written: submitted, corrected, verified. */
export const LANGKAH_SOP_20_SESUDAH_DITULIS: readonly Langkah[] = transisiDari(
  JALAN_SOP_20.slice(DITULIS),
);

/** SOP 20 langkah 1-4 for an article of the coverage plan: forwarded, then assigned to the team. */
const LANGKAH_SOP_20_SAMPAI_DITUGASKAN: readonly Langkah[] = transisiDari(
  JALAN_SOP_20.slice(0, DITULIS),
);

/** Who writes: the role the path assigns the article to. */
const PENULIS_SOP_20 = JALAN_SOP_20[DITULIS - 1].ditugaskan as string;
/** Who publishes (SOP 20 langkah 8): the role of the path's publication. */
const PENERBIT_SOP_20 = (
  JALAN_SOP_20.find((langkah) => langkah.aksi.melalui === 'publish') as LangkahJalan
).peran;

/** SOP 20's actions that put the classification on record: the article is classified before them. */
const AKSI_KLASIFIKASI_SOP_20 = new Set(
  alurSop20(config.default.sop20)
    .aksi.filter((aksi) => aksi.catatanPublik === 'klasifikasi')
    .map((aksi) => aksi.kode),
);

/**
 * SOP 20 langkah 7: the Verifikator classifies the article in the content manager (UU 14/2008),
 * periodic information (Pasal 9) unless `data` says otherwise. An article a test classified
 * itself is left as it is.
 */
export async function klasifikasikan(
  strapi: Core.Strapi,
  verifikator: Pengguna,
  documentId: string,
  data?: Record<string, unknown>,
): Promise<void> {
  if (!data) {
    const draf = await strapi.db
      .query(UID_LIPUTAN)
      .findOne({ where: { documentId, publishedAt: null }, select: ['klasifikasi'] });
    if (draf?.klasifikasi) return;
  }
  await http(strapi, verifikator)
    .put(cmUid(UID_LIPUTAN, documentId), data ?? { klasifikasi: 'berkala' })
    .expect(200);
}

/** A consequence test (UU 14/2008 Pasal 19) as the Verifikator fills it: every part answered. */
export const UJI_KONSEKUENSI = {
  akibat: 'Membuka nomor induk kependudukan pemilih yang dilaporkan',
  kepentinganPublik: 'Jumlah laporan sudah diumumkan; identitas pelapor tidak menambah manfaatnya',
  kesimpulan: 'Identitas pelapor ditutup',
};

/**
 * SOP 20 langkah 7 under UU 14/2008 Pasal 17: the Verifikator classifies an article standing at
 * `verifikasi` as exempt under `dasarPengecualian` in the content manager, with the consequence
 * test and a validity 30 WIB days after the engine's clock, and exempts it (`kecualikan`).
 */
export async function kecualikanLiputan(
  strapi: Core.Strapi,
  verifikator: Pengguna,
  documentId: string,
  dasarPengecualian: string,
): Promise<void> {
  const sekarang: Date = strapi.plugin('redaksi').service('clock').now();
  await klasifikasikan(strapi, verifikator, documentId, {
    klasifikasi: 'dikecualikan',
    dasarPengecualian,
    ujiKonsekuensi: UJI_KONSEKUENSI,
    berlakuSampai: tanggalWibRelatif(30, sekarang),
  });
  await http(strapi, verifikator)
    .post(jalur.transisi(documentId, UID_LIPUTAN), { action: 'kecualikan' })
    .expect(200);
}

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
    if (uid === UID_LIPUTAN && AKSI_KLASIFIKASI_SOP_20.has(action))
      await klasifikasikan(strapi, p[siapa], documentId);
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
