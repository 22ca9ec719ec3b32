import config from '../../config';
import { alurDisposisi } from '../../workflows/disposisi';
import { alurSop20 } from '../../workflows/sop-20';
import { alurSop21 } from '../../workflows/sop-21';
import { fieldBebasDiTahap, hambatanPelaku, type Pelaku, type StatusAlur } from '../mesin';
import {
  fieldMesinDitulis,
  hanyaFieldKeputusan,
  kunciBerkas,
  type PermintaanSunting,
  putuskanSunting,
  ringkasSunting,
  tahapPersetujuanBerlaku,
} from '../sunting';

const sop21 = alurSop21(config.default.sop21);
const sop20 = alurSop20(config.default.sop20);
const disposisi = alurDisposisi(config.default.sop20);

const orang = (peran: string[], id = 7): Pelaku => ({ id, peran, superAdmin: false });
const superAdmin: Pelaku = { id: 1, peran: ['strapi-super-admin'], superAdmin: true };
const apiToken: Pelaku = { id: null, peran: [], superAdmin: true, bolehSuntingLuarSop: false };

function sunting(overrides: Partial<PermintaanSunting>): PermintaanSunting {
  return {
    tahap: 'draf',
    pelaku: orang(['tim-pelaksana']),
    penugasan: null,
    berubah: ['caption'],
    sebelum: {},
    sesudah: {},
    aksiTerjadi: new Set(),
    ...overrides,
  };
}

describe('hak sunting per tahap SOP 21', () => {
  it('lets Tim Pelaksana edit the draft, any member of the team', () => {
    expect(putuskanSunting(sop21, sunting({}))).toEqual({ ok: true, luarSop: false });
    expect(putuskanSunting(sop21, sunting({ pelaku: orang(['tim-pelaksana'], 99) }))).toEqual({
      ok: true,
      luarSop: false,
    });
  });

  it.each(['diserahkan', 'keputusan', 'ditolak'])(
    'locks %s for everyone, saying what it waits for',
    (tahap) => {
      const hasil = putuskanSunting(
        sop21,
        sunting({ tahap, pelaku: orang(['tim-pelaksana', 'admin-medsos', 'pemimpin-redaksi']) }),
      );
      expect(hasil).toMatchObject({
        ok: false,
        kode: 'sunting-terkunci',
        pesan: expect.stringMatching(/^Terkunci: /),
      });
    },
  );

  it('lets only the Wakil correct during pemeriksaan (langkah 3)', () => {
    expect(
      putuskanSunting(
        sop21,
        sunting({ tahap: 'pemeriksaan', pelaku: orang(['wakil-pemimpin-redaksi']) }),
      ),
    ).toEqual({ ok: true, luarSop: false });
    const maker = putuskanSunting(sop21, sunting({ tahap: 'pemeriksaan' }));
    expect(maker).toMatchObject({
      ok: false,
      kode: 'sunting-bukan-peran',
      pesan: expect.stringContaining('Wakil Pemimpin Redaksi'),
    });
  });

  it('after the decision lets Admin Medsos change only the platform links, and after upload only add them', () => {
    const admin = orang(['admin-medsos']);
    expect(
      putuskanSunting(sop21, sunting({ tahap: 'disetujui', pelaku: admin, berubah: ['tautan'] })),
    ).toEqual({ ok: true, luarSop: false });
    const caption = putuskanSunting(
      sop21,
      sunting({ tahap: 'disetujui', pelaku: admin, berubah: ['caption', 'tautan'] }),
    );
    expect(caption).toMatchObject({
      ok: false,
      kode: 'sunting-field',
      field: ['caption'],
      pesan: expect.stringContaining('Minta Keputusan Ulang'),
    });

    const ig = { platform: 'instagram', url: 'https://instagram.com/p/1' };
    const tiktok = { platform: 'tiktok', url: 'https://tiktok.com/@kpu/1' };
    const tambah = sunting({
      tahap: 'diunggah',
      pelaku: admin,
      berubah: ['tautan'],
      sebelum: { tautan: [ig] },
      sesudah: { tautan: [ig, tiktok] },
    });
    expect(putuskanSunting(sop21, tambah)).toEqual({ ok: true, luarSop: false });
    const ganti = { ...tambah, sesudah: { tautan: [tiktok] } };
    expect(putuskanSunting(sop21, ganti)).toMatchObject({
      ok: false,
      kode: 'sunting-hanya-tambah',
    });
  });

  it('freezes the activity date once submitted, for everyone', () => {
    const setelahSerah = sunting({
      berubah: ['tanggalKegiatan'],
      aksiTerjadi: new Set(['serahkan', 'kembalikan']),
    });
    expect(putuskanSunting(sop21, setelahSerah)).toMatchObject({ ok: false, kode: 'field-tetap' });
    expect(putuskanSunting(sop21, { ...setelahSerah, pelaku: superAdmin })).toMatchObject({
      ok: false,
      kode: 'field-tetap',
    });
    expect(putuskanSunting(sop21, sunting({ berubah: ['tanggalKegiatan'] }))).toEqual({
      ok: true,
      luarSop: false,
    });
  });

  it('lets a Super Admin edit outside the rule, flagged as outside the SOP; an API token may not', () => {
    expect(putuskanSunting(sop21, sunting({ tahap: 'keputusan', pelaku: superAdmin }))).toEqual({
      ok: true,
      luarSop: true,
    });
    expect(putuskanSunting(sop21, sunting({ tahap: 'keputusan', pelaku: apiToken }))).toMatchObject(
      { ok: false, kode: 'sunting-terkunci' },
    );
  });
});

describe('hak sunting per tahap SOP 20 dan disposisi', () => {
  it('lets only the assigned team write during penyusunan', () => {
    const tim = orang(['tim-peliputan'], 5);
    expect(
      putuskanSunting(sop20, sunting({ tahap: 'penyusunan', pelaku: tim, penugasan: [5] })),
    ).toEqual({ ok: true, luarSop: false });
    expect(
      putuskanSunting(sop20, sunting({ tahap: 'penyusunan', pelaku: tim, penugasan: [6] })),
    ).toMatchObject({
      ok: false,
      kode: 'sunting-bukan-penugasan',
    });
  });

  it.each(['terverifikasi', 'dikecualikan'])(
    'locks %s: what the Verifikator verified or exempted stays as decided',
    (tahap) => {
      expect(
        putuskanSunting(
          sop20,
          sunting({ tahap, pelaku: orang(['tim-peliputan', 'sekretaris-redaksi', 'verifikator']) }),
        ),
      ).toMatchObject({
        ok: false,
        kode: 'sunting-terkunci',
      });
    },
  );

  const klasifikasi = ['klasifikasi', 'dasarPengecualian', 'ujiKonsekuensi', 'berlakuSampai'];

  it('lets the Verifikator only classify at verifikasi: what is verified stays as written', () => {
    const verifikator = orang(['verifikator']);
    expect(
      putuskanSunting(
        sop20,
        sunting({ tahap: 'verifikasi', pelaku: verifikator, berubah: klasifikasi }),
      ),
    ).toEqual({ ok: true, luarSop: false });
    expect(
      putuskanSunting(
        sop20,
        sunting({ tahap: 'verifikasi', pelaku: verifikator, berubah: ['klasifikasi', 'isi'] }),
      ),
    ).toMatchObject({ ok: false, kode: 'sunting-field', field: ['isi'] });
    expect(
      putuskanSunting(
        sop20,
        sunting({
          tahap: 'verifikasi',
          pelaku: orang(['sekretaris-redaksi']),
          berubah: ['klasifikasi'],
        }),
      ),
    ).toMatchObject({ ok: false, kode: 'sunting-bukan-peran' });
  });

  it.each([
    ['proyeksi', 'koordinator-liputan'],
    ['koreksi', 'sekretaris-redaksi'],
    ['tayang', 'tim-peliputan'],
  ])(
    'keeps the classification to the Verifikator at %s, where %s edits the rest',
    (tahap, peran) => {
      const pelaku = orang([peran]);
      expect(putuskanSunting(sop20, sunting({ tahap, pelaku, berubah: ['judul'] }))).toEqual({
        ok: true,
        luarSop: false,
      });
      expect(
        putuskanSunting(sop20, sunting({ tahap, pelaku, berubah: ['judul', 'klasifikasi'] })),
      ).toEqual({
        ok: false,
        kode: 'sunting-field-keputusan',
        field: ['klasifikasi'],
        pesan: expect.stringMatching(
          /hanya Verifikator .* pada tahap "Verifikasi" yang dapat mengubahnya/,
        ),
      });
    },
  );

  it('counts an edit of the classification alone as deciding, not writing (pemisahan tugas)', () => {
    expect(hanyaFieldKeputusan(sop20, klasifikasi)).toBe(true);
    expect(hanyaFieldKeputusan(sop20, ['klasifikasi', 'ringkasan'])).toBe(false);
    expect(hanyaFieldKeputusan(sop20, [])).toBe(false);
    expect(hanyaFieldKeputusan(sop21, ['caption'])).toBe(false);
  });

  it('lets the publisher only add social-media links at tayang, as a record that starts no correction', () => {
    const ig = { platform: 'instagram', url: 'https://instagram.com/p/1' };
    const fb = { platform: 'facebook', url: 'https://facebook.com/kpu/1' };
    const tambah = sunting({
      tahap: 'tayang',
      pelaku: orang(['staf-sekretariat']),
      berubah: ['tautan'],
      sebelum: { tautan: [ig] },
      sesudah: { tautan: [ig, fb] },
    });
    expect(putuskanSunting(sop20, tambah)).toEqual({ ok: true, luarSop: false, pencatatan: true });
    expect(putuskanSunting(sop20, { ...tambah, sesudah: { tautan: [fb] } })).toMatchObject({
      ok: false,
      kode: 'sunting-hanya-tambah',
    });
    // Anything else is the writers' edit, and the publisher is none of them.
    expect(putuskanSunting(sop20, { ...tambah, berubah: ['judul', 'tautan'] })).toMatchObject({
      ok: false,
      kode: 'sunting-bukan-peran',
    });
    // A writer's edit, links or not, is an edit of what was verified: the correction cycle.
    expect(putuskanSunting(sop20, { ...tambah, pelaku: orang(['sekretaris-redaksi']) })).toEqual({
      ok: true,
      luarSop: false,
    });
    expect(
      ringkasSunting(sop20, {
        tahap: 'tayang',
        pelaku: orang(['pemimpin-redaksi']),
        penugasan: null,
        aksiTerjadi: new Set(),
      }),
    ).toEqual({ boleh: true, field: ['tautan'], pesan: null, mesin: ['jadwalTayang'], tetap: [] });
    expect(fieldBebasDiTahap(sop20, 'tayang')).toEqual(['tautan']);
  });

  it('keeps the agenda number and the chain to the engine, and a forwarded sheet read-only', () => {
    const ppid = orang(['ppid-pembantu']);
    expect(
      putuskanSunting(disposisi, sunting({ tahap: 'ppid', pelaku: ppid, berubah: ['perihal'] })),
    ).toEqual({ ok: true, luarSop: false });
    expect(
      putuskanSunting(
        disposisi,
        sunting({ tahap: 'ppid', pelaku: ppid, berubah: ['nomorAgenda'] }),
      ),
    ).toMatchObject({
      ok: false,
      kode: 'field-mesin',
    });
    expect(
      putuskanSunting(
        disposisi,
        sunting({ tahap: 'diteruskan', pelaku: ppid, berubah: ['perihal'] }),
      ),
    ).toMatchObject({
      ok: false,
      kode: 'sunting-terkunci',
    });
  });

  it('counts an engine field as written when a request sets, changes or empties it, not when a Save sends the stored value back', () => {
    const atribut = {
      judul: { type: 'string' },
      jadwalTayang: { type: 'datetime' },
      nomorAgenda: { type: 'string' },
      induk: { type: 'relation' },
    };
    const menit = '2026-05-06T02:30:00.000Z';
    const ditulis = (
      data: Record<string, unknown>,
      tersimpan: Record<string, unknown> | null = { jadwalTayang: menit },
    ) => fieldMesinDitulis(sop20, atribut, data, tersimpan);
    // The same instant in another notation, or as the driver gives it, is the same value.
    expect(ditulis({ judul: 'x', jadwalTayang: '2026-05-06T09:30:00+07:00' })).toEqual([]);
    expect(ditulis({ jadwalTayang: menit }, { jadwalTayang: Date.parse(menit) })).toEqual([]);
    expect(ditulis({ judul: 'x' })).toEqual([]);
    // Another minute, an empty one, or something that is no time at all.
    for (const jadwalTayang of ['2026-05-06T03:30:00.000Z', null, '', 'besok'])
      expect(ditulis({ jadwalTayang })).toEqual(['jadwalTayang']);
    // Nothing stored (a new item): only a value writes.
    expect(ditulis({ jadwalTayang: null }, null)).toEqual([]);
    expect(ditulis({ jadwalTayang: menit }, null)).toEqual(['jadwalTayang']);
    // An issued number sent back is no write; another is. Relations are judged on what the save
    // changed, not here.
    const nomor = { nomorAgenda: '001/DISP/2026' };
    expect(fieldMesinDitulis(disposisi, atribut, { ...nomor, induk: { set: [] } }, nomor)).toEqual(
      [],
    );
    expect(fieldMesinDitulis(disposisi, atribut, { nomorAgenda: '999/DISP/2026' }, nomor)).toEqual([
      'nomorAgenda',
    ]);
  });

  it('tells the editor beside the form whether and what they may edit', () => {
    const ringkas = ringkasSunting(sop21, {
      tahap: 'disetujui',
      pelaku: orang(['admin-medsos']),
      penugasan: null,
      aksiTerjadi: new Set(),
    });
    expect(ringkas).toEqual({
      boleh: true,
      field: ['tautan'],
      pesan: null,
      mesin: ['jadwalTayang'],
      tetap: [],
    });
    const terkunci = ringkasSunting(sop21, {
      tahap: 'keputusan',
      pelaku: orang(['tim-pelaksana']),
      penugasan: null,
      aksiTerjadi: new Set(),
    });
    expect(terkunci).toEqual({
      boleh: false,
      field: [],
      pesan: expect.stringContaining('menunggu Pemimpin Redaksi'),
      mesin: ['jadwalTayang'],
      tetap: [],
    });
  });

  it("names beside the form the engine's fields and those an action froze, for everyone", () => {
    const lembar = ringkasSunting(disposisi, {
      tahap: 'ppid',
      pelaku: superAdmin,
      penugasan: null,
      aksiTerjadi: new Set(),
    });
    expect(lembar).toMatchObject({ boleh: true, field: null, mesin: disposisi.fieldMesin });
    const draf = (aksiTerjadi: string[]) =>
      ringkasSunting(sop21, {
        tahap: 'draf',
        pelaku: orang(['tim-pelaksana']),
        penugasan: null,
        aksiTerjadi: new Set(aksiTerjadi),
      }).tetap;
    expect(draf([])).toEqual([]);
    expect(draf(['serahkan', 'kembalikan'])).toEqual([
      {
        field: 'tanggalKegiatan',
        pesan: expect.stringMatching(/^Tidak dapat diubah lagi setelah "/),
      },
    ]);
  });
});

describe('pemisahan tugas dan penugasan', () => {
  const keputusan: StatusAlur = {
    tahap: 'keputusan',
    diserahkanPada: null,
    izinTerlambat: false,
    pengajuId: 7,
  };
  const setujui = sop21.aksi.find((aksi) => aksi.kode === 'setujui')!;

  it('refuses the decision to the person who submitted, even holding the role', () => {
    expect(
      hambatanPelaku(sop21, setujui, orang(['tim-pelaksana', 'pemimpin-redaksi'], 7), keputusan),
    ).toMatchObject({
      jenis: 'pemisahan-tugas',
    });
    expect(hambatanPelaku(sop21, setujui, orang(['pemimpin-redaksi'], 8), keputusan)).toBeNull();
    expect(hambatanPelaku(sop21, setujui, { ...superAdmin, id: 7 }, keputusan)).toBeNull();
  });

  it('can be switched off per workflow', () => {
    const tanpa = alurSop21({ ...config.default.sop21, pemisahanTugas: false });
    const aksi = tanpa.aksi.find((a) => a.kode === 'setujui')!;
    expect(
      hambatanPelaku(tanpa, aksi, orang(['tim-pelaksana', 'pemimpin-redaksi'], 7), keputusan),
    ).toBeNull();
  });

  it('reserves the actions of a stage that waits for its assignees to them', () => {
    const ajukan = sop20.aksi.find((aksi) => aksi.kode === 'ajukan')!;
    const status: StatusAlur = {
      tahap: 'penyusunan',
      diserahkanPada: null,
      izinTerlambat: false,
      penugasan: [5],
    };
    expect(hambatanPelaku(sop20, ajukan, orang(['tim-peliputan'], 6), status)).toMatchObject({
      jenis: 'bukan-penugasan',
    });
    expect(hambatanPelaku(sop20, ajukan, orang(['tim-peliputan'], 5), status)).toBeNull();
  });
});

describe('berkas yang tayang atau disetujui', () => {
  it('names the stages whose approval is in force: those publication checks the fingerprint from', () => {
    expect(tahapPersetujuanBerlaku(sop21).sort()).toEqual(['disetujui', 'diunggah']);
    expect(tahapPersetujuanBerlaku(sop20)).toEqual(['terverifikasi']);
    expect(tahapPersetujuanBerlaku(disposisi)).toEqual([]);
  });

  it('freezes a file a published version shows, whatever the stage of the draft', () => {
    for (const tahap of ['draf', 'pemeriksaan', 'keputusan', null]) {
      expect(kunciBerkas(sop21, { tahap, tayang: true })).toMatchObject({ kode: 'berkas-tayang' });
    }
    expect(kunciBerkas(sop20, { tahap: 'koreksi', tayang: true })).toEqual({
      kode: 'berkas-tayang',
      pesan: expect.stringContaining('unggah berkas baru lalu pasang pada draf'),
    });
  });

  it('freezes a file of approved content before it is online, and leaves drafts to their stage rule', () => {
    expect(kunciBerkas(sop21, { tahap: 'disetujui', tayang: false })).toMatchObject({
      kode: 'berkas-disetujui',
    });
    expect(kunciBerkas(sop20, { tahap: 'terverifikasi', tayang: false })).toEqual({
      kode: 'berkas-disetujui',
      pesan: expect.stringContaining('Terverifikasi'),
    });
    for (const tahap of ['draf', 'keputusan', 'ditolak']) {
      expect(kunciBerkas(sop21, { tahap, tayang: false })).toBeNull();
    }
    expect(kunciBerkas(sop20, { tahap: 'penyusunan', tayang: false })).toBeNull();
  });
});
