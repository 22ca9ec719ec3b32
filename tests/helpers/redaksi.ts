import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import request from 'supertest';
import { PERAN } from '../../src/plugins/redaksi/server/src/constants';
import { alamat } from './strapi';

export const UID_MEDSOS = 'api::konten-medsos.konten-medsos';
export const SANDI = 'SandiUji2025';

let urutan = 0;

export interface Pengguna {
  id: number;
  token: string;
  email: string;
}

/** An admin user holding the given role codes, logged in through /admin/login like the panel does. */
export async function buatPengguna(strapi: Core.Strapi, kodePeran: string[]): Promise<Pengguna> {
  urutan += 1;
  const roles = await strapi.db
    .query('admin::role')
    .findMany({ where: { code: { $in: kodePeran } } });
  if (roles.length !== kodePeran.length)
    throw new Error(`Peran tidak ditemukan: ${kodePeran.join(', ')}`);
  const email = `${kodePeran.join('.') || 'tanpa-peran'}.${urutan}@uji.kpusumbar.id`;
  const user = await strapi.service('admin::user').create({
    email,
    firstname: `Uji ${kodePeran.join(' ') || 'tanpa peran'}`,
    lastname: String(urutan),
    password: SANDI,
    isActive: true,
    registrationToken: null,
    roles: roles.map((role: { id: number }) => role.id),
  });
  const res = await request(alamat(strapi)).post('/admin/login').send({ email, password: SANDI });
  if (res.status !== 200)
    throw new Error(`Login gagal (${res.status}): ${JSON.stringify(res.body)}`);
  return { id: user.id, token: res.body.data.token, email };
}

/** The four people of SOP 21, from submission to decision. */
export const PERAN_SOP_21 = [
  'tim-pelaksana',
  'admin-medsos',
  'wakil-pemimpin-redaksi',
  'pemimpin-redaksi',
] as const;

/** One admin user per role code, each holding that role alone, by code. */
export async function penggunaPerPeran(
  strapi: Core.Strapi,
  kodePeran: readonly string[],
): Promise<Record<string, Pengguna>> {
  const hasil: Record<string, Pengguna> = {};
  for (const kode of kodePeran) hasil[kode] = await buatPengguna(strapi, [kode]);
  return hasil;
}

/**
 * An admin role outside the SOP holding content-manager permissions on KontenMedsos (as an
 * administrator could configure by hand): the guard must still refuse what the SOP does not allow.
 */
export async function buatPeranUji(
  strapi: Core.Strapi,
  code: string,
  aksi: string[],
): Promise<void> {
  const role = await strapi
    .service('admin::role')
    .create({ name: `Peran uji ${code}`, code, description: 'uji' });
  const actionProvider = strapi.service('admin::permission').actionProvider;
  const permissions = strapi
    .service('admin::content-type')
    .getPermissionsWithNestedFields(
      aksi.map((nama) => actionProvider.get(`plugin::content-manager.explorer.${nama}`)),
    )
    .filter((permission: { subject: string }) => permission.subject === UID_MEDSOS);
  await strapi.service('admin::role').assignPermissions(role.id, permissions);
}

/** The requests the admin panel and the website make, as one user. */
export function http(strapi: Core.Strapi, pengguna?: Pengguna | string) {
  const token = typeof pengguna === 'string' ? pengguna : pengguna?.token;
  const auth = <T extends request.Test>(req: T): T =>
    token ? (req.set('Authorization', `Bearer ${token}`) as T) : req;
  const server = () => request(alamat(strapi));
  return {
    get: (url: string) => auth(server().get(url)),
    post: (url: string, body: object = {}) => auth(server().post(url).send(body)),
    put: (url: string, body: object = {}) => auth(server().put(url).send(body)),
    /** A multipart request (the media library's uploads): attach files and fields to it. */
    multipart: (url: string) => auth(server().post(url)),
    delete: (url: string) => auth(server().delete(url)),
  };
}

/** Files made here (coloured JPEGs, or a small PDF), uploaded through Strapi's upload service. */
export async function unggahBerkas(
  strapi: Core.Strapi,
  jumlah: number,
  jenis: 'jpeg' | 'pdf' = 'jpeg',
  { teksAlternatif = true }: { teksAlternatif?: boolean } = {},
): Promise<number[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'redaksi-berkas-'));
  try {
    const ids: number[] = [];
    for (let i = 0; i < jumlah; i += 1) {
      urutan += 1;
      const filepath = path.join(folder, `berkas-${urutan}.${jenis === 'pdf' ? 'pdf' : 'jpg'}`);
      const isi =
        jenis === 'pdf'
          ? Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
          : await sharp({
              create: {
                width: 64,
                height: 48,
                channels: 3,
                background: { r: (urutan * 40) % 255, g: 80, b: 120 },
              },
            })
              .jpeg()
              .toBuffer();
      await writeFile(filepath, isi);
      const [file] = await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          // Described, as the SOPs require of every photo before review (teks alternatif).
          data: { fileInfo: { alternativeText: teksAlternatif ? `Berkas uji ${urutan}` : null } },
          files: {
            filepath,
            originalFilename: path.basename(filepath),
            mimetype: jenis === 'pdf' ? 'application/pdf' : 'image/jpeg',
            size: (await stat(filepath)).size,
          },
        });
      ids.push(file.id);
    }
    return ids;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const narasi = [
  { type: 'paragraph', children: [{ type: 'text', text: 'Narasi berita kegiatan.' }] },
];

/** The WIB calendar date `hari` days from now (negative: in the past). */
export function tanggalWibRelatif(hari: number, dari = new Date()): string {
  const wib = new Date(dari.getTime() + 7 * 3600 * 1000 + hari * 86400 * 1000);
  return wib.toISOString().slice(0, 10);
}

const CM = `/content-manager/collection-types/${UID_MEDSOS}`;

export const UID_LIPUTAN = 'api::liputan.liputan';
export const UID_DISPOSISI = 'api::disposisi.disposisi';

/** The content manager's address of a collection type, or of one of its documents. */
export const cmUid = (uid: string, documentId = '') =>
  `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;

export const jalur = {
  cm: CM,
  cmDokumen: (documentId: string) => `${CM}/${documentId}`,
  cmPublish: (documentId: string) => `${CM}/${documentId}/actions/publish`,
  cmUnpublish: (documentId: string) => `${CM}/${documentId}/actions/unpublish`,
  cmBulkPublish: `${CM}/actions/bulkPublish`,
  rest: '/api/konten-medsos-list',
  restDokumen: (documentId: string) => `/api/konten-medsos-list/${documentId}`,
  redaksi: (documentId: string, uid = UID_MEDSOS) => `/redaksi/documents/${uid}/${documentId}`,
  transisi: (documentId: string, uid = UID_MEDSOS) =>
    `/redaksi/documents/${uid}/${documentId}/transitions`,
};

/** What a refusal must leave untouched: the stage, the history, and whether a version is online. */
export async function potret(strapi: Core.Strapi, documentId: string) {
  const status = await strapi.db
    .query('plugin::redaksi.status-alur')
    .findOne({ where: { dokumenId: documentId } });
  const riwayat = await strapi.db
    .query('plugin::redaksi.riwayat')
    .count({ where: { dokumenId: documentId } });
  const terbit = await strapi.db
    .query(UID_MEDSOS)
    .count({ where: { documentId, publishedAt: { $notNull: true } } });
  const draf = await strapi.db
    .query(UID_MEDSOS)
    .findOne({ where: { documentId, publishedAt: null } });
  return {
    tahap: status?.tahap,
    versi: status?.versi,
    register: status?.nomorRegister,
    riwayat,
    terbit,
    judul: draf?.judul,
  };
}

/** An API token with full access, as the website team or a script would hold. */
export async function tokenApi(strapi: Core.Strapi): Promise<string> {
  urutan += 1;
  const token = await strapi.service('admin::api-token').create({
    name: `uji-${urutan}`,
    type: 'full-access',
    lifespan: null,
  });
  return token.accessKey;
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

/** Every SOP role code of DOMAIN.md, from the plugin's own constants. */
export const SEMUA_PERAN: string[] = PERAN.map((peran) => peran.kode);

/** The text of a PDF, as pdf.js extracts it (see teks-pdf.mjs). */
export function teksPdf(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const anak = execFile(
      process.execPath,
      [path.join(__dirname, 'teks-pdf.mjs')],
      { maxBuffer: 10 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout.replace(/\s+/g, ' '))),
    );
    anak.stdin?.end(pdf);
  });
}

/** Supertest parser that keeps a binary body (PDF, XLSX) as a Buffer: `.buffer(true).parse(parserBiner)`. */
export function parserBiner(
  res: NodeJS.ReadableStream,
  done: (error: Error | null, body: Buffer) => void,
): void {
  const bagian: Buffer[] = [];
  res.on('data', (chunk: Buffer) => bagian.push(chunk));
  res.on('end', () => done(null, Buffer.concat(bagian)));
}

const UID_DISPOSISI = 'api::disposisi.disposisi';

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
 * SOP 21 langkah 1-4 walked over HTTP up to the given stage, each step by its own role (`p`
 * holds a user per role); a late submission gives its reason.
 */
export async function medsosSampaiTahap(
  strapi: Core.Strapi,
  p: Record<string, Pengguna>,
  documentId: string,
  tahap: 'diserahkan' | 'pemeriksaan' | 'keputusan' | 'disetujui',
  alasanTerlambat?: string,
): Promise<void> {
  const langkah: Array<[string, string, string]> = [
    ['tim-pelaksana', 'serahkan', 'diserahkan'],
    ['admin-medsos', 'terima', 'pemeriksaan'],
    ['wakil-pemimpin-redaksi', 'teruskan', 'keputusan'],
    ['pemimpin-redaksi', 'setujui', 'disetujui'],
  ];
  for (const [siapa, action, ke] of langkah) {
    await http(strapi, p[siapa])
      .post(jalur.transisi(documentId), { action, alasanTerlambat })
      .expect(200);
    if (ke === tahap) return;
  }
}
