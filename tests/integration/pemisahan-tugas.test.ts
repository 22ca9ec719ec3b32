/**
 * Pemisahan tugas over the whole cycle (issue #21): whoever made, edited (through the guard or the
 * media library) or submitted an item's content since its last decision may not take that
 * decision, on the transitions route and in what the panel and the queue offer. And a Liputan is
 * linked to a disposition only through its chain: made by the sheet's own Redaktur, never linked,
 * relinked or unlinked afterwards, on the content manager (create, clone, update), REST with an
 * API token and the document service called as a person. Every refusal reads the item, its
 * state and its history back to show that nothing changed.
 */
import type { Core } from '@strapi/strapi';
import { unggahBerkas } from '../helpers/berkas';
import {
  cmUid as cm,
  http,
  jalur,
  UID_DISPOSISI as DISPOSISI,
  UID_LIPUTAN as LIPUTAN,
  UID_MEDSOS,
} from '../helpers/http';
import { buatPengguna, type Pengguna, SEMUA_PERAN, tokenApi, sebagai } from '../helpers/pengguna';
import {
  buatDisposisi,
  buatKontenMedsos,
  buatLiputan,
  disposisiSampaiRedaktur,
  jalankanLangkah,
  klasifikasikan,
  LANGKAH_SOP_20_SESUDAH_DITULIS,
  medsosSampaiTahap,
  narasi,
} from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  strapi = await mulaiStrapi();
  for (const kode of SEMUA_PERAN) p[kode] = await buatPengguna(strapi, [kode]);
  p.super = await buatPengguna(strapi, ['strapi-super-admin']);
  p.pemimpinLain = await buatPengguna(strapi, ['pemimpin-redaksi']);
  p.verifikatorLain = await buatPengguna(strapi, ['verifikator']);
  p.redakturLain = await buatPengguna(strapi, ['redaktur-pelaksana']);
  // People holding the roles that make and the role that decides.
  p.x = await buatPengguna(strapi, ['tim-pelaksana', 'pemimpin-redaksi']);
  p.wakilPemimpin = await buatPengguna(strapi, ['wakil-pemimpin-redaksi', 'pemimpin-redaksi']);
  p.v = await buatPengguna(strapi, ['tim-peliputan', 'verifikator']);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const transisi = (documentId: string, siapa: string, body: object, uid = UID_MEDSOS) =>
  http(strapi, p[siapa]).post(jalur.transisi(documentId, uid), body);

/** The workflow state an item keeps (pemisahan tugas reads `kontributor`). */
const statusAlur = (documentId: string) =>
  strapi.db.query('plugin::redaksi.status-alur').findOne({ where: { dokumenId: documentId } });

/** What a refusal must leave untouched: the item's content, its state and its history. */
async function keadaan(documentId: string, uid: string) {
  const status = await statusAlur(documentId);
  const riwayat = await strapi.db.query('plugin::redaksi.riwayat').findMany({
    where: { dokumenId: documentId },
    orderBy: { id: 'asc' },
    select: ['aksi', 'dari', 'ke', 'aktorId', 'hash'],
  });
  const draf = await strapi
    .documents(uid as typeof UID_MEDSOS)
    .findOne({ documentId, status: 'draft', populate: '*' });
  const konten = strapi.plugin('redaksi').service('sidik').nilai(uid, draf);
  const terbit = await strapi.db
    .query(uid)
    .count({ where: { documentId, publishedAt: { $notNull: true } } });
  return {
    tahap: status?.tahap,
    versi: status?.versi,
    kontributor: status?.kontributor,
    pengajuId: status?.pengajuId,
    riwayat,
    konten,
    terbit,
  };
}

const kodeAksi = (res: { body: { data: { aksi: Array<{ kode: string }> } } }) =>
  res.body.data.aksi.map((aksi) => aksi.kode);

async function diAntrean(siapa: string, documentId: string): Promise<boolean> {
  const res = await http(strapi, p[siapa]).get('/redaksi/queue?pageSize=100').expect(200);
  // The whole queue on one page: an item past it would read as absent.
  expect(res.body.meta.pagination.pageCount).toBeLessThanOrEqual(1);
  return res.body.data.some((item: { documentId: string }) => item.documentId === documentId);
}

/** A barred person: the decision is not offered, the item is not in their queue, taking it is 403. */
async function harapTerhalang(
  documentId: string,
  siapa: string,
  aksi: string[],
  uid: string,
): Promise<void> {
  const view = await http(strapi, p[siapa]).get(jalur.redaksi(documentId, uid)).expect(200);
  for (const kode of aksi) expect(kodeAksi(view)).not.toContain(kode);
  expect(await diAntrean(siapa, documentId)).toBe(false);
  const sebelum = await keadaan(documentId, uid);
  for (const action of aksi) {
    const res = await transisi(documentId, siapa, { action, note: 'Keputusan' }, uid).expect(403);
    expect(res.body.error.details.kode).toBe('pemisahan-tugas');
    expect(res.body.error.message).toContain(
      'Anda ikut membuat, menyunting atau menyerahkan isi dokumen ini sejak keputusan terakhir',
    );
    expect(res.body.error.message).toContain('lain yang tidak ikut menyusun isinya');
  }
  expect(await keadaan(documentId, uid)).toEqual(sebelum);
}

describe('pemisahan tugas sepanjang siklus SOP 21', () => {
  it('bars the maker who submitted, after a teammate resubmitted it unchanged; another Pemimpin Redaksi decides and the list starts again', async () => {
    const documentId = await buatKontenMedsos(strapi, p.x);
    expect((await statusAlur(documentId)).kontributor).toEqual([p.x.id]);
    await transisi(documentId, 'x', { action: 'serahkan' }).expect(200);
    await transisi(documentId, 'admin-medsos', { action: 'terima' }).expect(200);
    await transisi(documentId, 'wakil-pemimpin-redaksi', {
      action: 'kembalikan',
      note: 'Periksa lagi',
    }).expect(200);
    // A teammate submits it again, unchanged: the last submitter is no longer X.
    await medsosSampaiTahap(strapi, p, documentId, 'keputusan');
    const status = await statusAlur(documentId);
    expect(status.pengajuId).toBe(p['tim-pelaksana'].id);
    expect(status.kontributor).toEqual([p.x.id, p['tim-pelaksana'].id]);

    await harapTerhalang(documentId, 'x', ['setujui', 'tolak'], UID_MEDSOS);
    // Sending back is not a decision on the content: still theirs to take.
    const view = await http(strapi, p.x).get(jalur.redaksi(documentId)).expect(200);
    expect(kodeAksi(view)).toContain('kembalikan');

    await transisi(documentId, 'pemimpinLain', { action: 'setujui' }).expect(200);
    expect((await statusAlur(documentId)).kontributor).toEqual([]);
  });

  it('bars whoever edited the content in the content manager, the document service or the media library', async () => {
    // The Wakil's correction at pemeriksaan (langkah 3): content manager.
    const dikoreksi = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await medsosSampaiTahap(strapi, p, dikoreksi, 'pemeriksaan');
    await http(strapi, p.wakilPemimpin)
      .put(jalur.cmDokumen(dikoreksi), { caption: 'Caption dikoreksi' })
      .expect(200);
    await transisi(dikoreksi, 'wakilPemimpin', { action: 'teruskan' }).expect(200);
    await harapTerhalang(dikoreksi, 'wakilPemimpin', ['setujui', 'tolak'], UID_MEDSOS);

    // The same correction through the document service, called in the Wakil's request.
    const lewatKode = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await medsosSampaiTahap(strapi, p, lewatKode, 'pemeriksaan');
    await sebagai(strapi, p.wakilPemimpin, () =>
      strapi
        .documents(UID_MEDSOS)
        .update({ documentId: lewatKode, data: { caption: 'Caption dari kode' } }),
    );
    await medsosSampaiTahap(strapi, p, lewatKode, 'keputusan');
    await harapTerhalang(lewatKode, 'wakilPemimpin', ['setujui'], UID_MEDSOS);

    // A photo of the draft described again through the upload plugin, by a teammate holding both roles.
    const foto = await unggahBerkas(strapi, 4);
    const berkas = await buatKontenMedsos(strapi, p['tim-pelaksana'], { dokumentasi: foto });
    await http(strapi, p.x)
      .multipart(`/upload?id=${foto[0]}`)
      .field('fileInfo', JSON.stringify({ alternativeText: 'Ketua KPU membuka rapat' }))
      .expect(200);
    const riwayat = await http(strapi, p.x).get(jalur.redaksi(berkas)).expect(200);
    expect(riwayat.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'ubah-berkas',
      aktor: { id: p.x.id },
    });
    await medsosSampaiTahap(strapi, p, berkas, 'keputusan');
    await harapTerhalang(berkas, 'x', ['setujui', 'tolak'], UID_MEDSOS);
    await transisi(berkas, 'pemimpin-redaksi', { action: 'setujui' }).expect(200);
  });

  it('bars whoever made an item (a clone too) from deciding on it; an API token records nothing and changes nothing', async () => {
    const asli = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    const klon = await http(strapi, p.x)
      .post(`${jalur.cm}/clone/${asli}`, { judul: 'Salinan' })
      .expect(200);
    const salinan = klon.body.data.documentId as string;
    expect((await statusAlur(salinan)).kontributor).toEqual([p.x.id]);
    // Made, nothing more: a teammate submits it, and X may still not decide on it.
    await medsosSampaiTahap(strapi, p, salinan, 'keputusan');
    await harapTerhalang(salinan, 'x', ['setujui', 'tolak'], UID_MEDSOS);

    const token = await tokenApi(strapi);
    const sebelum = await keadaan(asli, UID_MEDSOS);
    await http(strapi, token)
      .put(jalur.restDokumen(asli), { data: { caption: 'Lewat REST' } })
      .expect(403);
    expect(await keadaan(asli, UID_MEDSOS)).toEqual(sebelum);
  });

  it('exempts a Super Admin who edited, and records the exemption', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana']);
    await medsosSampaiTahap(strapi, p, documentId, 'pemeriksaan');
    await http(strapi, p.super)
      .put(jalur.cmDokumen(documentId), { caption: 'Oleh Super Admin' })
      .expect(200);
    expect((await statusAlur(documentId)).kontributor).toContain(p.super.id);
    await medsosSampaiTahap(strapi, p, documentId, 'keputusan');
    const res = await transisi(documentId, 'super', { action: 'setujui' }).expect(200);
    expect(res.body.data.riwayat.at(-1)).toMatchObject({
      aksi: 'setujui',
      pengecualian: 'pemisahan-tugas',
    });
  });
});

describe('pemisahan tugas sepanjang siklus SOP 20', () => {
  it('bars a Verifikator who edited the live text from verifying it; one who wrote it before the last verification may verify the next', async () => {
    // V wrote the article (the assigned team) and someone else verified it: online.
    const id = await buatLiputan(strapi, p, { judul: 'Rapat pleno rekapitulasi' });
    await liputanSampaiTayangOleh(id, 'v');
    expect(await tahapLiputan(id)).toBe('tayang');
    expect((await statusAlur(id)).kontributor).toEqual([]);

    // A correction by the secretary reopens the cycle: V had no hand since, V may verify.
    await http(strapi, p['sekretaris-redaksi'])
      .put(cm(LIPUTAN, id), {
        ringkasan: 'Ringkasan dikoreksi sekretaris',
        catatanKoreksi: 'Ringkasan dikoreksi.',
      })
      .expect(200);
    expect(await tahapLiputan(id)).toBe('koreksi');
    await transisi(id, 'sekretaris-redaksi', { action: 'teruskan' }, LIPUTAN).expect(200);
    const view = await http(strapi, p.v).get(jalur.redaksi(id, LIPUTAN)).expect(200);
    expect(kodeAksi(view)).toContain('setujui');
    await transisi(id, 'v', { action: 'setujui' }, LIPUTAN).expect(200);
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(200);

    // V edits the live text (the `sunting` path sends it to koreksi), in the content manager...
    await http(strapi, p.v)
      .put(cm(LIPUTAN, id), {
        ringkasan: 'Ringkasan disunting V setelah tayang',
        catatanKoreksi: 'Ringkasan diperbaiki.',
      })
      .expect(200);
    expect(await tahapLiputan(id)).toBe('koreksi');
    await transisi(id, 'sekretaris-redaksi', { action: 'teruskan' }, LIPUTAN).expect(200);
    await harapTerhalang(id, 'v', ['setujui'], LIPUTAN);
    await transisi(id, 'verifikatorLain', { action: 'setujui' }, LIPUTAN).expect(200);
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(200);

    // ...or through the document service in V's request: the same.
    await sebagai(strapi, p.v, () =>
      strapi.documents(LIPUTAN).update({
        documentId: id,
        data: { ringkasan: 'Ringkasan dari kode V', catatanKoreksi: 'Ringkasan diperbaiki lagi.' },
      }),
    );
    expect(await tahapLiputan(id)).toBe('koreksi');
    await transisi(id, 'sekretaris-redaksi', { action: 'teruskan' }, LIPUTAN).expect(200);
    await harapTerhalang(id, 'v', ['setujui'], LIPUTAN);
  });
});

/** SOP 20 from the plan to online with `penulis` as the assigned team, who writes and submits. */
async function liputanSampaiTayangOleh(id: string, penulis: string) {
  await transisi(id, 'koordinator-liputan', { action: 'teruskan' }, LIPUTAN).expect(200);
  await transisi(
    id,
    'redaktur-pelaksana',
    { action: 'tugaskan', assignees: [p[penulis].id] },
    LIPUTAN,
  ).expect(200);
  await http(strapi, p[penulis])
    .put(cm(LIPUTAN, id), {
      ringkasan: 'Ringkasan kegiatan',
      isi: narasi,
      foto: await unggahBerkas(strapi, 1),
      kategori: 'berita',
    })
    .expect(200);
  await transisi(id, penulis, { action: 'ajukan' }, LIPUTAN).expect(200);
  await transisi(id, 'sekretaris-redaksi', { action: 'teruskan' }, LIPUTAN).expect(200);
  await harapTerhalang(id, penulis, ['setujui'], LIPUTAN);
  // Classifying is deciding, not writing: the Verifikator who classified verifies it.
  await klasifikasikan(strapi, p.verifikator, id);
  expect((await statusAlur(id)).kontributor).not.toContain(p.verifikator.id);
  await transisi(id, 'verifikator', { action: 'setujui' }, LIPUTAN).expect(200);
  await http(strapi, p['staf-sekretariat'])
    .post(`${cm(LIPUTAN, id)}/actions/publish`)
    .expect(200);
}

const tahapLiputan = async (id: string) => (await statusAlur(id)).tahap as string;

/** What a refused link must leave untouched: the article(s), the sheet's state and its history. */
async function keadaanTautan(lembar: string, liputan?: string) {
  return {
    jumlahLiputan: await strapi.db.query(LIPUTAN).count({}),
    tertaut: await strapi.db.query(LIPUTAN).count({ where: { disposisi: { documentId: lembar } } }),
    lembar: await keadaan(lembar, DISPOSISI),
    liputan: liputan ? await keadaan(liputan, LIPUTAN) : null,
  };
}

function harapTautanDitolak(
  res: { status: number; body: { error: { message: string; details: { syarat: unknown[] } } } },
  kode: string,
) {
  expect(res.status).toBe(400);
  expect(res.body.error.details.syarat).toEqual([
    expect.objectContaining({ kode, field: 'disposisi' }),
  ]);
}

describe('disposisi dikaitkan hanya melalui rantainya', () => {
  let diRedaktur: string;
  let akar: string;

  beforeAll(async () => {
    akar = (await buatDisposisi(strapi, p['ppid-pembantu'], { perihal: 'Rantai bukti' }))
      .documentId;
    diRedaktur = await disposisiSampaiRedaktur(strapi, p, akar);
  });

  it('refuses an article linked at creation by anyone but the Redaktur the sheet was handed to, on every path', async () => {
    const sebelum = await keadaanTautan(diRedaktur);
    const data = {
      judul: 'Liputan orang lain',
      disposisi: { connect: [{ documentId: diRedaktur }] },
    };
    for (const siapa of ['redakturLain', 'koordinator-liputan', 'pemimpin-redaksi', 'super']) {
      const res = await http(strapi, p[siapa]).post(cm(LIPUTAN), data);
      harapTautanDitolak(res, 'tautan-bukan-penugasan');
      expect(res.body.error.message).toContain('Redaktur Pelaksana yang ditugaskan');
    }
    await expect(
      sebagai(strapi, p.redakturLain, () =>
        strapi.documents(LIPUTAN).create({
          data: { judul: 'Dari kode', disposisi: { documentId: diRedaktur } },
        }),
      ),
    ).rejects.toMatchObject({ details: { syarat: [{ kode: 'tautan-bukan-penugasan' }] } });
    const token = await tokenApi(strapi);
    const rest = await http(strapi, token).post('/api/liputans', { data });
    harapTautanDitolak(rest, 'tautan-bukan-penugasan');
    expect(await keadaanTautan(diRedaktur)).toEqual(sebelum);
  });

  it('lets the assigned Redaktur create it; a clone by anyone else is refused, and nobody relinks, links or unlinks later', async () => {
    const milikRedaktur = await buatLiputan(strapi, p, { judul: 'Liputan Redaktur' }, diRedaktur);
    expect(await tahapLiputan(milikRedaktur)).toBe('penugasan');
    expect((await statusAlur(milikRedaktur)).pembuatId).toBe(p['redaktur-pelaksana'].id);

    const sebelumKlon = await keadaanTautan(diRedaktur, milikRedaktur);
    const klon = await http(strapi, p.redakturLain).post(`${cm(LIPUTAN)}/clone/${milikRedaktur}`, {
      judul: 'Salinan',
    });
    harapTautanDitolak(klon, 'tautan-bukan-penugasan');
    expect(await keadaanTautan(diRedaktur, milikRedaktur)).toEqual(sebelumKlon);

    // An unrelated article at koreksi, written by the team: the secretary may edit it there.
    const lain = await buatLiputan(strapi, p, { judul: 'Artikel lain' });
    await jalankanLangkah(strapi, p, LIPUTAN, lain, [
      ['koordinator-liputan', 'teruskan', 'penugasan'],
      ['redaktur-pelaksana', 'tugaskan', 'penyusunan', 'tim-peliputan'],
    ]);
    await http(strapi, p['tim-peliputan'])
      .put(cm(LIPUTAN, lain), {
        ringkasan: 'R',
        isi: narasi,
        foto: await unggahBerkas(strapi, 1),
      })
      .expect(200);
    await transisi(lain, 'tim-peliputan', { action: 'ajukan' }, LIPUTAN).expect(200);

    const token = await tokenApi(strapi);
    const sebelum = {
      lain: await keadaanTautan(diRedaktur, lain),
      milik: await keadaan(milikRedaktur, LIPUTAN),
    };
    const tautkan = { disposisi: { connect: [{ documentId: diRedaktur }] } };
    const upaya = {
      sekretaris: await http(strapi, p['sekretaris-redaksi']).put(cm(LIPUTAN, lain), tautkan),
      superAdmin: await http(strapi, p.super).put(cm(LIPUTAN, lain), tautkan),
      redaktur: await http(strapi, p['redaktur-pelaksana']).put(cm(LIPUTAN, lain), tautkan),
      rest: await http(strapi, token).put(`/api/liputans/${lain}`, { data: tautkan }),
      lepas: await http(strapi, p['redaktur-pelaksana']).put(cm(LIPUTAN, milikRedaktur), {
        disposisi: { set: [] },
      }),
      lepasSuperAdmin: await http(strapi, p.super).put(cm(LIPUTAN, milikRedaktur), {
        disposisi: { disconnect: [{ documentId: diRedaktur }] },
      }),
    };
    for (const [jalan, res] of Object.entries(upaya)) {
      expect({ jalan, status: res.status }).toEqual({ jalan, status: 400 });
      harapTautanDitolak(res, 'tautan-tetap');
    }
    expect(upaya.sekretaris.body.error.message).toContain(
      'tidak dapat ditambah, diganti atau dilepas',
    );
    await expect(
      sebagai(strapi, p['sekretaris-redaksi'], () =>
        strapi
          .documents(LIPUTAN)
          .update({ documentId: lain, data: { disposisi: { documentId: diRedaktur } } }),
      ),
    ).rejects.toMatchObject({ details: { syarat: [{ kode: 'tautan-tetap' }] } });
    expect({
      lain: await keadaanTautan(diRedaktur, lain),
      milik: await keadaan(milikRedaktur, LIPUTAN),
    }).toEqual(sebelum);

    // The unrelated article goes online: the chain stays open.
    await transisi(lain, 'sekretaris-redaksi', { action: 'teruskan' }, LIPUTAN).expect(200);
    await klasifikasikan(strapi, p.verifikator, lain);
    await transisi(lain, 'verifikator', { action: 'setujui' }, LIPUTAN).expect(200);
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, lain)}/actions/publish`)
      .expect(200);
    expect((await statusAlur(diRedaktur)).tahap).toBe('redaktur');
  });

  it('closes the chain only through the article its Redaktur made', async () => {
    const d = await buatDisposisi(strapi, p['ppid-pembantu'], { perihal: 'Rantai ditutup' });
    const lembar = await disposisiSampaiRedaktur(strapi, p, d.documentId);
    // Through the action: the engine makes the article in the Redaktur's name.
    await transisi(
      lembar,
      'redaktur-pelaksana',
      { action: 'buat-liputan', judul: 'Rantai ditutup' },
      DISPOSISI,
    ).expect(200);
    const [liputan] = await strapi.db
      .query(LIPUTAN)
      .findMany({ where: { disposisi: { documentId: lembar } } });
    const id = liputan.documentId as string;
    expect(await statusAlur(id)).toMatchObject({
      tahap: 'penugasan',
      pembuatId: null,
      kontributor: [p['redaktur-pelaksana'].id],
    });

    // An article whose recorded maker is not the sheet's Redaktur (as a link made by hand before
    // this rule would be) is published without closing the chain.
    await strapi.db
      .query('plugin::redaksi.status-alur')
      .update({ where: { dokumenId: id }, data: { pembuatId: p.redakturLain.id } });
    await transisi(
      id,
      'redaktur-pelaksana',
      { action: 'tugaskan', assignees: [p['tim-peliputan'].id] },
      LIPUTAN,
    ).expect(200);
    await liputanDitulis(id);
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(200);
    expect((await statusAlur(lembar)).tahap).toBe('dikerjakan');

    // Its own maker's article closes it, up to the PPID's sheet.
    await strapi.db
      .query('plugin::redaksi.status-alur')
      .update({ where: { dokumenId: id }, data: { pembuatId: p['redaktur-pelaksana'].id } });
    await http(strapi, p['tim-peliputan'])
      .put(cm(LIPUTAN, id), {
        ringkasan: 'Ringkasan versi kedua',
        catatanKoreksi: 'Ringkasan diperbarui.',
      })
      .expect(200);
    await jalankanLangkah(strapi, p, LIPUTAN, id, LANGKAH_SOP_20_SESUDAH_DITULIS.slice(1));
    await http(strapi, p['staf-sekretariat'])
      .post(`${cm(LIPUTAN, id)}/actions/publish`)
      .expect(200);
    expect((await statusAlur(lembar)).tahap).toBe('selesai');
    expect((await statusAlur(d.documentId)).tahap).toBe('selesai');
  });
});

/** The assigned team writes the article and it is walked to `terverifikasi`. */
async function liputanDitulis(id: string) {
  await http(strapi, p['tim-peliputan'])
    .put(cm(LIPUTAN, id), {
      ringkasan: 'Ringkasan kegiatan',
      isi: narasi,
      foto: await unggahBerkas(strapi, 1),
      kategori: 'berita',
    })
    .expect(200);
  await jalankanLangkah(strapi, p, LIPUTAN, id, LANGKAH_SOP_20_SESUDAH_DITULIS);
}
