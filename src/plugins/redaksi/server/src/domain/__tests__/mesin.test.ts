import config from '../../config';
import { alurSop21 } from '../../workflows/sop-21';
import { JUMLAH_SLOT_AKSI } from '../../../../admin/src/pluginId';
import { alurDisposisi } from '../../workflows/disposisi';
import { alurSop20 } from '../../workflows/sop-20';
import {
  aksiDariTahap,
  aksiDitunggu,
  bolehDiulangPada,
  ditungguSekarang,
  evaluasiSyarat,
  type Keputusan,
  kontributorSejakKeputusan,
  kontributorSetelahAksi,
  melanggarPemisahanTugas,
  peranBerikutnya,
  type Penolakan,
  type PermintaanAksi,
  posisiTahap,
  putuskan,
  type StatusAlur,
  tambahKontributor,
} from '../mesin';
import { buatSidik } from '../sidik';
import { FIELD_TAYANG, FIELD_TAYANG_TERAKHIR } from '../../workflows/types';

const alur = alurSop21(config.default.sop21);
/** The SOP's minimum as configured: a revision of the threshold changes no test here. */
const MINIMAL = config.default.sop21.minimalDokumentasi;

// Described photos, as the SOPs require before review (each test that is about the description says so).
const foto = (n: number, mime = 'image/jpeg') =>
  Array.from({ length: n }, (_, i) => ({ mime, alternativeText: `Foto kegiatan ${i + 1}` }));

const dokumenLengkap = {
  judul: 'Rapat pleno',
  tanggalKegiatan: '2025-05-05',
  dokumentasi: foto(MINIMAL),
  narasi: [{ type: 'paragraph', children: [{ type: 'text', text: 'Narasi kegiatan' }] }],
  caption: 'Caption kegiatan',
  tautan: [{ platform: 'instagram', url: 'https://instagram.com/p/1' }],
};

const H_PAGI = new Date('2025-05-05T02:00:00Z'); // 09:00 WIB on H

/**
 * The refusal of that kind, for its details to be asserted unconditionally: an acceptance, or a
 * refusal of another kind, fails the test here and says what was answered instead.
 */
function ditolak<J extends Penolakan['jenis']>(
  hasil: Keputusan,
  jenis: J,
): Penolakan & { jenis: J } {
  if (hasil.ok || hasil.penolakan.jenis !== jenis) {
    const dijawab = hasil.ok ? { ok: true, ke: hasil.ke } : hasil.penolakan;
    throw new Error(`Diharapkan penolakan "${jenis}", dijawab: ${JSON.stringify(dijawab)}`);
  }
  return hasil.penolakan as Penolakan & { jenis: J };
}

function minta(overrides: Partial<PermintaanAksi>): PermintaanAksi {
  return {
    kodeAksi: 'serahkan',
    jalur: 'transisi',
    status: { tahap: 'draf', diserahkanPada: null, izinTerlambat: false },
    pelaku: { peran: ['tim-pelaksana'], superAdmin: false },
    dokumen: dokumenLengkap,
    masukan: {},
    sekarang: H_PAGI,
    ...overrides,
  };
}

describe('definisi alur SOP 21', () => {
  it('names the stages and actions of docs/ISTILAH.md', () => {
    expect(alur.tahap.map((tahap) => tahap.kode)).toEqual([
      'draf',
      'diserahkan',
      'pemeriksaan',
      'keputusan',
      'disetujui',
      'diunggah',
      'ditolak',
    ]);
    expect(aksiDariTahap(alur, 'keputusan').map((aksi) => aksi.kode)).toEqual([
      'setujui',
      'tolak',
      'kembalikan',
      'izinkan-terlambat',
    ]);
  });

  it('has no action leaving a final stage', () => {
    expect(aksiDariTahap(alur, 'ditolak')).toEqual([]);
  });

  it('takes its thresholds from configuration', () => {
    const revisi = alurSop21({ ...config.default.sop21, minimalDokumentasi: MINIMAL + 2 });
    const hasil = putuskan(revisi, minta({}));
    expect(ditolak(hasil, 'syarat').syarat.map((s) => s.pesan)).toEqual([
      `Dokumentasi: ${MINIMAL} dari minimal ${MINIMAL + 2} foto`,
    ]);
  });
});

describe('serahkan (SOP 21 langkah 1)', () => {
  it('moves a complete draft to diserahkan on time', () => {
    const hasil = putuskan(alur, minta({}));
    expect(hasil).toMatchObject({ ok: true, ke: 'diserahkan', terlambat: false });
  });

  it('counts only images: one photo short and a PDF are not the minimum', () => {
    const hasil = putuskan(
      alur,
      minta({
        dokumen: {
          ...dokumenLengkap,
          dokumentasi: [...foto(MINIMAL - 1), { mime: 'application/pdf' }],
        },
      }),
    );
    expect(ditolak(hasil, 'syarat').syarat).toEqual([
      expect.objectContaining({
        kode: 'dokumentasi-minimal',
        pesan: `Dokumentasi: ${MINIMAL - 1} dari minimal ${MINIMAL} foto`,
      }),
    ]);
  });

  it('lists every unmet condition by code at once', () => {
    const hasil = putuskan(
      alur,
      minta({
        dokumen: { judul: 'x', tanggalKegiatan: null, dokumentasi: [], narasi: [], caption: '  ' },
      }),
    );
    expect(ditolak(hasil, 'syarat').syarat.map((s) => s.kode)).toEqual([
      'tanggal-kegiatan-terisi',
      'dokumentasi-minimal',
      'narasi-terisi',
      'caption-terisi',
    ]);
  });

  it('refuses documentation of an activity that has not happened yet (WIB)', () => {
    const hasil = putuskan(
      alur,
      minta({ dokumen: { ...dokumenLengkap, tanggalKegiatan: '2025-05-06' } }),
    );
    expect(ditolak(hasil, 'syarat').syarat.map((s) => s.kode)).toEqual([
      'tanggal-kegiatan-sudah-lewat',
    ]);
  });

  it('asks for a late reason one millisecond after 23:59:59.999 WIB of H+1, not before', () => {
    const tepat = putuskan(alur, minta({ sekarang: new Date('2025-05-06T16:59:59.999Z') }));
    expect(tepat).toMatchObject({ ok: true, terlambat: false });

    const lewat = ditolak(
      putuskan(alur, minta({ sekarang: new Date('2025-05-06T17:00:00.000Z') })),
      'syarat',
    );
    expect(lewat.syarat.map((s) => s.kode)).toEqual(['alasan-terlambat']);
    expect(lewat.pesan).toContain('alasan keterlambatan');

    const denganAlasan = putuskan(
      alur,
      minta({
        sekarang: new Date('2025-05-06T17:00:00.000Z'),
        masukan: { alasanTerlambat: 'Jaringan putus' },
      }),
    );
    expect(denganAlasan).toMatchObject({ ok: true, terlambat: true });
  });

  it('refuses a role that may not take it, whatever the content', () => {
    const hasil = putuskan(alur, minta({ pelaku: { peran: ['admin-medsos'], superAdmin: false } }));
    expect(hasil).toMatchObject({ ok: false, penolakan: { jenis: 'bukan-peran' } });
  });

  it('lets a Super Admin act for any role, but not skip a condition', () => {
    const pelaku = { peran: [], superAdmin: true };
    expect(putuskan(alur, minta({ pelaku }))).toMatchObject({ ok: true, ke: 'diserahkan' });
    const kurang = putuskan(
      alur,
      minta({ pelaku, dokumen: { ...dokumenLengkap, dokumentasi: foto(MINIMAL - 1) } }),
    );
    expect(ditolak(kurang, 'syarat').syarat.map((s) => s.kode)).toEqual(['dokumentasi-minimal']);
  });
});

describe('keputusan, kembalikan dan tolak', () => {
  const keputusan = {
    tahap: 'keputusan',
    diserahkanPada: new Date('2025-05-05T03:00:00Z'),
    izinTerlambat: false,
  };
  const pimpinan = { peran: ['pemimpin-redaksi'], superAdmin: false };

  it('requires a note to reject and to send back', () => {
    for (const [kodeAksi, ke] of [
      ['tolak', 'ditolak'],
      ['kembalikan', 'pemeriksaan'],
    ]) {
      const hasil = putuskan(alur, minta({ kodeAksi, status: keputusan, pelaku: pimpinan }));
      expect(ditolak(hasil, 'syarat').syarat.map((s) => s.kode)).toEqual(['catatan-wajib']);
      const dengan = putuskan(
        alur,
        minta({ kodeAksi, status: keputusan, pelaku: pimpinan, masukan: { note: 'Perbaiki' } }),
      );
      expect(dengan).toMatchObject({ ok: true, ke });
    }
  });

  it('sends back from keputusan to pemeriksaan, and from pemeriksaan to draf', () => {
    expect(
      putuskan(
        alur,
        minta({
          kodeAksi: 'kembalikan',
          status: keputusan,
          pelaku: pimpinan,
          masukan: { note: 'x' },
        }),
      ),
    ).toMatchObject({ ok: true, ke: 'pemeriksaan' });
    expect(
      putuskan(
        alur,
        minta({
          kodeAksi: 'kembalikan',
          status: { ...keputusan, tahap: 'pemeriksaan' },
          pelaku: { peran: ['wakil-pemimpin-redaksi'], superAdmin: false },
          masukan: { note: 'x' },
        }),
      ),
    ).toMatchObject({ ok: true, ke: 'draf' });
  });

  it('records a decision after the day after submission as late without blocking it', () => {
    const hasil = putuskan(
      alur,
      minta({
        kodeAksi: 'setujui',
        status: keputusan,
        pelaku: pimpinan,
        sekarang: new Date('2025-05-06T17:00:00Z'),
      }),
    );
    expect(hasil).toMatchObject({ ok: true, ke: 'disetujui', terlambat: true });
  });

  it('answers an action of another stage as "moved on", and an unknown one as unknown', () => {
    expect(putuskan(alur, minta({ kodeAksi: 'terima', status: keputusan }))).toMatchObject({
      ok: false,
      penolakan: { jenis: 'tahap-tidak-sesuai' },
    });
    expect(putuskan(alur, minta({ kodeAksi: 'terbang' }))).toMatchObject({
      ok: false,
      penolakan: { jenis: 'aksi-tidak-dikenal' },
    });
  });
});

describe('pemisahan tugas sepanjang siklus', () => {
  const X = 7;
  const REKAN = 8;
  const LAIN = 9;
  const sop20 = alurSop20(config.default.sop20);
  const aksi = (definisi: typeof alur, kode: string, dari: string) =>
    definisi.aksi.find((item) => item.kode === kode && item.dari.includes(dari))!;
  const status = (tahap: string, lain: Partial<StatusAlur> = {}): StatusAlur => ({
    tahap,
    diserahkanPada: new Date('2025-05-05T03:00:00Z'),
    izinTerlambat: false,
    ...lain,
  });
  /** X holds both roles of SOP 21: they make and submit, and they decide. */
  const rangkap = { id: X, peran: ['tim-pelaksana', 'pemimpin-redaksi'], superAdmin: false };

  it('keeps everyone who made, edited or submitted, once each, and nobody who is not a person', () => {
    let s = status('draf', { kontributor: tambahKontributor(alur, status('draf'), X, 'pembuat') });
    expect(s.kontributor).toEqual([X]);
    expect(tambahKontributor(alur, s, X, 'penyunting')).toBeNull();
    s = { ...s, kontributor: tambahKontributor(alur, s, REKAN, 'penyunting') };
    expect(kontributorSetelahAksi(alur, aksi(alur, 'serahkan', 'draf'), s, LAIN)).toEqual([
      X,
      REKAN,
      LAIN,
    ]);
    expect(tambahKontributor(alur, s, null, 'penyunting')).toBeNull();
  });

  it('clears the list with a decision of that kind, and only with one', () => {
    const s = status('keputusan', { kontributor: [X, REKAN] });
    expect(kontributorSetelahAksi(alur, aksi(alur, 'setujui', 'keputusan'), s, LAIN)).toEqual([]);
    expect(kontributorSetelahAksi(alur, aksi(alur, 'tolak', 'keputusan'), s, LAIN)).toEqual([]);
    expect(
      kontributorSetelahAksi(alur, aksi(alur, 'kembalikan', 'keputusan'), s, LAIN),
    ).toBeUndefined();
    expect(
      kontributorSetelahAksi(alur, aksi(alur, 'terima', 'diserahkan'), s, LAIN),
    ).toBeUndefined();
  });

  it('reads a state written before the list by its last submitter, and writes the list from it', () => {
    const lama = status('keputusan', { pengajuId: X });
    expect(kontributorSejakKeputusan(lama)).toEqual([X]);
    expect(tambahKontributor(alur, lama, REKAN, 'penyunting')).toEqual([X, REKAN]);
    expect(tambahKontributor(alur, lama, X, 'penyunting')).toEqual([X]);
    // Once written, the list is the whole truth: after a decision nobody is barred.
    expect(kontributorSejakKeputusan({ ...lama, kontributor: [] })).toEqual([]);
  });

  it('records nothing where the workflow does not separate duties, or not over that kind', () => {
    const tanpa = alurSop21({ ...config.default.sop21, pemisahanTugas: false });
    expect(tambahKontributor(tanpa, status('draf'), X, 'pembuat')).toBeNull();
    expect(
      kontributorSetelahAksi(tanpa, aksi(tanpa, 'setujui', 'keputusan'), status('keputusan'), X),
    ).toBeUndefined();
    const hanyaPengaju = {
      ...alur,
      pemisahanTugas: { ...alur.pemisahanTugas!, kontributor: ['pengaju' as const] },
    };
    expect(tambahKontributor(hanyaPengaju, status('draf'), X, 'penyunting')).toBeNull();
  });

  it('SOP 21: refuses X the decision on what X made, after a teammate resubmitted it unchanged', () => {
    // X made and submitted, it was sent back, a teammate submitted it again: the last submitter is
    // the teammate, but X's hand is still in the content.
    const s = status('keputusan', { pengajuId: REKAN, kontributor: [X, REKAN] });
    for (const kodeAksi of ['setujui', 'tolak']) {
      const hasil = putuskan(
        alur,
        minta({ kodeAksi, status: s, pelaku: rangkap, masukan: { note: 'x' } }),
      );
      const { pesan } = ditolak(hasil, 'pemisahan-tugas');
      expect(pesan).toContain('membuat, menyunting atau menyerahkan');
      expect(pesan).toContain('sejak keputusan terakhir');
      expect(pesan).toContain('Pemimpin Redaksi (Penanggung Jawab) lain');
    }
    // Sending back is no decision on the content; another Pemimpin Redaksi and a Super Admin decide.
    expect(
      putuskan(
        alur,
        minta({ kodeAksi: 'kembalikan', status: s, pelaku: rangkap, masukan: { note: 'x' } }),
      ),
    ).toMatchObject({ ok: true, ke: 'pemeriksaan' });
    const lain = { id: LAIN, peran: ['pemimpin-redaksi'], superAdmin: false };
    expect(putuskan(alur, minta({ kodeAksi: 'setujui', status: s, pelaku: lain }))).toMatchObject({
      ok: true,
      ke: 'disetujui',
    });
    const superAdmin = { id: X, peran: [], superAdmin: true };
    expect(
      putuskan(alur, minta({ kodeAksi: 'setujui', status: s, pelaku: superAdmin })),
    ).toMatchObject({ ok: true, ke: 'disetujui' });
    // The exemption is what the engine records: the rule was met by a Super Admin.
    expect(melanggarPemisahanTugas(alur, aksi(alur, 'setujui', 'keputusan'), superAdmin, s)).toBe(
      true,
    );
  });

  it('SOP 20: refuses V the verification of the text V edited after publication', () => {
    const v = { id: X, peran: ['tim-peliputan', 'verifikator'], superAdmin: false };
    const s = status('verifikasi', { pengajuId: REKAN, kontributor: [X] });
    const hasil = putuskan(sop20, minta({ kodeAksi: 'setujui', status: s, pelaku: v }));
    expect(hasil).toMatchObject({ ok: false, penolakan: { jenis: 'pemisahan-tugas' } });
    // The same person verifies an article they had no hand in since its last verification.
    expect(
      melanggarPemisahanTugas(sop20, aksi(sop20, 'setujui', 'verifikasi'), v, {
        ...s,
        kontributor: [REKAN],
      }),
    ).toBe(false);
  });
});

describe('unggah (publish, SOP 21 langkah 5)', () => {
  const sidikDisetujui = buatSidik({
    caption: 'Caption kegiatan',
    dokumentasi: [1, 2, 3, 4],
    tautan: null,
  });
  const disetujui = {
    tahap: 'disetujui',
    diserahkanPada: new Date('2025-05-05T03:00:00Z'),
    izinTerlambat: false,
    sidikDisetujui,
  };
  const admin = { peran: ['admin-medsos'], superAdmin: false };
  const sama = {
    sidik: buatSidik({ caption: 'Caption kegiatan', dokumentasi: [1, 2, 3, 4], tautan: ['ig'] }),
    fieldBebas: ['tautan'],
  };
  const publish = (overrides: Partial<PermintaanAksi>) =>
    putuskan(
      alur,
      minta({
        kodeAksi: 'unggah',
        jalur: 'publish',
        status: disetujui,
        pelaku: admin,
        sidikSekarang: sama,
        ...overrides,
      }),
    );

  it('refuses content that changed since the decision, naming the fields and the way back', () => {
    const berubah = {
      sidik: buatSidik({ caption: 'Caption lain', dokumentasi: [1, 2, 3, 5], tautan: ['ig'] }),
      fieldBebas: ['tautan'],
    };
    const penolakan = ditolak(publish({ sidikSekarang: berubah }), 'syarat');
    expect(penolakan.syarat.map((s) => s.kode)).toEqual(['konten-sesuai-persetujuan']);
    expect(penolakan.pesan).toContain('Konten berubah sejak disetujui: caption, dokumentasi');
    expect(penolakan.pesan).toContain('Minta Keputusan Ulang');
  });

  it('refuses an item that has no approved fingerprint at all', () => {
    const hasil = publish({ status: { ...disetujui, sidikDisetujui: null } });
    expect(ditolak(hasil, 'syarat').syarat).toEqual([
      expect.objectContaining({
        kode: 'konten-sesuai-persetujuan',
        pesan: expect.stringContaining('Belum ada sidik persetujuan'),
      }),
    ]);
  });

  it('publishes an approved item with a link on time', () => {
    expect(publish({})).toMatchObject({ ok: true, ke: 'diunggah' });
  });

  it('is not a transition: the transitions route refuses it', () => {
    expect(
      putuskan(alur, minta({ kodeAksi: 'unggah', status: disetujui, pelaku: admin })),
    ).toMatchObject({
      ok: false,
      penolakan: { jenis: 'jalur-salah' },
    });
  });

  it('refuses before approval with the stage as a condition', () => {
    const hasil = publish({ status: { ...disetujui, tahap: 'keputusan' } });
    expect(ditolak(hasil, 'syarat').syarat.map((s) => s.kode)).toEqual(['tahap-siap-terbit']);
  });

  it('requires at least one platform link', () => {
    const hasil = publish({ dokumen: { ...dokumenLengkap, tautan: [] } });
    expect(ditolak(hasil, 'syarat').syarat.map((s) => s.kode)).toEqual(['tautan-minimal']);
  });

  it('requires the leadership permission after H+1, and accepts it once given', () => {
    const lewat = new Date('2025-05-06T17:00:00Z');
    const tanpaIzin = publish({ sekarang: lewat });
    expect(ditolak(tanpaIzin, 'syarat').syarat.map((s) => s.kode)).toEqual(['izin-terlambat']);
    expect(
      publish({ sekarang: lewat, status: { ...disetujui, izinTerlambat: true } }),
    ).toMatchObject({
      ok: true,
      terlambat: true,
    });
  });

  describe('minta izin terlambat (issue #24)', () => {
    const lewat = new Date('2025-05-06T17:00:00Z'); // 00:00 WIB on H+2
    const mintaIzin = (overrides: Partial<PermintaanAksi>) =>
      putuskan(
        alur,
        minta({ kodeAksi: 'minta-izin-terlambat', status: disetujui, pelaku: admin, ...overrides }),
      );

    it('is taken by the Admin Medsos once the upload is late without permission, staying in the stage', () => {
      expect(mintaIzin({ sekarang: lewat })).toMatchObject({ ok: true, ke: 'disetujui' });
    });

    it('is refused while the upload is on time, and once the permission is given', () => {
      const tepat = ditolak(mintaIzin({ sekarang: H_PAGI }), 'syarat');
      expect(tepat.syarat.map((s) => s.kode)).toEqual(['perlu-izin-terlambat']);
      expect(tepat.pesan).toContain('belum diperlukan');
      const diizinkan = ditolak(
        mintaIzin({ sekarang: lewat, status: { ...disetujui, izinTerlambat: true } }),
        'syarat',
      );
      expect(diizinkan.pesan).toContain('sudah diberikan');
    });

    it('belongs to the Admin Medsos at disetujui only', () => {
      ditolak(
        mintaIzin({ sekarang: lewat, pelaku: { peran: ['pemimpin-redaksi'], superAdmin: false } }),
        'bukan-peran',
      );
      ditolak(
        mintaIzin({ sekarang: lewat, status: { ...disetujui, tahap: 'keputusan' } }),
        'tahap-tidak-sesuai',
      );
    });

    it("names itself in the upload's refusal for lateness", () => {
      expect(ditolak(publish({ sekarang: lewat }), 'syarat').pesan).toContain(
        'gunakan aksi "Minta Izin Terlambat"',
      );
    });

    it('waits the configured pause before it may be taken again', () => {
      const aksi = alur.aksi.find((a) => a.kode === 'minta-izin-terlambat')!;
      expect(aksi.jedaUlangMenit).toBe(config.default.sop21.jedaMintaIzinMenit);
      const terakhir = new Date('2025-05-07T01:00:00Z');
      const menit = (n: number) => new Date(terakhir.getTime() + n * 60_000);
      const jeda = config.default.sop21.jedaMintaIzinMenit;
      expect(bolehDiulangPada(aksi, terakhir, menit(jeda - 1))).toEqual(menit(jeda));
      expect(bolehDiulangPada(aksi, terakhir, menit(jeda))).toBeNull();
      expect(bolehDiulangPada(aksi, null, terakhir)).toBeNull();
      expect(bolehDiulangPada({}, terakhir, terakhir)).toBeNull();
    });
  });

  it('shows the late-permission condition in the item view only once it matters', () => {
    const aksi = alur.aksi.find((a) => a.kode === 'unggah')!;
    expect(
      evaluasiSyarat(aksi, dokumenLengkap, disetujui, {}, H_PAGI).map((s) => s.kode),
    ).not.toContain('izin-terlambat');
  });
});

describe('posisi tahap dan siapa berikutnya (panel SOP)', () => {
  it('menomori langkah seperti tabel SOP 21 (5 langkah), bukan urutan tahap', () => {
    expect(posisiTahap(alur, 'draf')).toEqual({ urutan: 1, jumlah: 5 });
    expect(posisiTahap(alur, 'keputusan')).toEqual({ urutan: 4, jumlah: 5 });
    expect(posisiTahap(alur, 'disetujui')).toEqual({ urutan: 5, jumlah: 5 });
    expect(posisiTahap(alur, 'diunggah')).toEqual({ urutan: 5, jumlah: 5 });
    expect(posisiTahap(alur, 'ditolak')).toBeNull();
  });

  it('menyebut peran yang bertindak berikutnya, dengan namanya', () => {
    expect(peranBerikutnya(alur, 'draf')).toEqual([
      { kode: 'tim-pelaksana', nama: 'Tim Pelaksana Kegiatan' },
    ]);
    expect(peranBerikutnya(alur, 'diserahkan').map((peran) => peran.kode)).toEqual([
      'admin-medsos',
    ]);
    expect(peranBerikutnya(alur, 'ditolak')).toEqual([]);
    // Uploaded: an edit may be published again, but nobody waits for it.
    expect(peranBerikutnya(alur, 'diunggah')).toEqual([]);
  });

  it('tindakan pengecualian (turunkan, terbuka di setiap tahap) tidak membuat siapa pun menunggu', () => {
    const sop20 = alurSop20(config.default.sop20);
    expect(peranBerikutnya(sop20, 'penugasan').map((peran) => peran.kode)).toEqual([
      'redaktur-pelaksana',
    ]);
    expect(peranBerikutnya(sop20, 'tayang')).toEqual([]);
  });

  it('an exempt article waits for its review only once its validity has ended (ditungguSetelah)', () => {
    const sop20 = alurSop20(config.default.sop20);
    const tinjau = aksiDariTahap(sop20, 'dikecualikan').find(
      (aksi) => aksi.kode === 'tinjau-ulang',
    );
    expect(tinjau?.ditungguSetelah).toBe('berlakuSampai');
    // Valid through the 31st (WIB): not waited on that day, waited on from 00:00 WIB on the 1st.
    const dokumen = { berlakuSampai: '2025-12-31' };
    const pada = (iso: string) =>
      aksiDitunggu(sop20, 'dikecualikan', { dokumen, sekarang: new Date(iso) }).map((a) => a.kode);
    expect(pada('2025-12-31T16:59:00Z')).toEqual([]);
    expect(pada('2025-12-31T17:00:00Z')).toEqual(['tinjau-ulang']);
    expect(ditungguSekarang(tinjau!, {}, H_PAGI)).toBe(true);
    // Without the item, nobody is said to wait (arrival mail, "waiting for"); `semua` lists it.
    expect(peranBerikutnya(sop20, 'dikecualikan')).toEqual([]);
    expect(aksiDitunggu(sop20, 'dikecualikan', 'semua').map((a) => a.kode)).toEqual([
      'tinjau-ulang',
    ]);
  });
});

describe('slot tindakan di panel admin', () => {
  const semuaAlur = [alur, alurSop20(config.default.sop20), alurDisposisi(config.default.sop20)];

  it.each(semuaAlur.map((definisi) => [definisi.kode, definisi] as const))(
    '%s: tidak ada tahap yang membuka lebih banyak tindakan daripada slot yang tersedia',
    (_kode, definisi) => {
      for (const tahap of definisi.tahap) {
        // The Super Admin sees every action of a stage: the worst case.
        const tindakan = aksiDariTahap(definisi, tahap.kode).filter(
          (aksi) => aksi.melalui === 'transisi',
        );
        expect(tindakan.length).toBeLessThanOrEqual(JUMLAH_SLOT_AKSI);
      }
    },
  );
});

describe('SOP 20: koreksi setelah tayang dan penurunan', () => {
  const sop20 = alurSop20(config.default.sop20);
  const lengkap = {
    judul: 'Rapat pleno',
    isi: 'Isi berita',
    ringkasan: 'Ringkasan',
    foto: [{ mime: 'image/jpeg', alternativeText: 'Rapat pleno' }],
    // The Verifikator's classification, which setujui also requires (UU 14/2008).
    klasifikasi: 'berkala',
  };
  const status = (tahap: string): StatusAlur => ({
    tahap,
    diserahkanPada: null,
    izinTerlambat: false,
    sidikDisetujui: null,
  });
  const langkah = [
    { kodeAksi: 'teruskan', tahap: 'koreksi', peran: 'sekretaris-redaksi' },
    { kodeAksi: 'setujui', tahap: 'verifikasi', peran: 'verifikator' },
  ];

  it('requires a new correction note at each step of the cycle of an article published before', () => {
    for (const { kodeAksi, tahap, peran } of langkah) {
      const permintaan = (dokumen: Record<string, unknown>) =>
        putuskan(
          sop20,
          minta({
            kodeAksi,
            status: status(tahap),
            pelaku: { peran: [peran], superAdmin: false },
            dokumen: { ...lengkap, ...dokumen },
          }),
        );
      // First publication: no note is asked.
      expect(permintaan({ [FIELD_TAYANG_TERAKHIR]: null })).toMatchObject({ ok: true });
      expect(
        ditolak(permintaan({ [FIELD_TAYANG_TERAKHIR]: {} }), 'syarat').syarat.map((s) => s.kode),
      ).toEqual(['catatan-koreksi-baru']);
      const terakhir = { [FIELD_TAYANG_TERAKHIR]: { catatanKoreksi: 'Koreksi pertama.' } };
      expect(
        ditolak(permintaan({ ...terakhir, catatanKoreksi: 'Koreksi pertama.' }), 'syarat').syarat,
      ).toHaveLength(1);
      expect(permintaan({ ...terakhir, catatanKoreksi: 'Koreksi kedua.' })).toMatchObject({
        ok: true,
      });
    }
    const tayangkan = sop20.aksi.find((aksi) => aksi.kode === 'tayangkan')!;
    expect(tayangkan.syarat.map((s) => s.kode)).toContain('catatan-koreksi-baru');
    expect(tayangkan.catatanPublik).toBe('koreksi');
  });

  it('takes an article down only with its note, the category and the public reason', () => {
    const turunkan = (masukan: PermintaanAksi['masukan']) =>
      putuskan(
        sop20,
        minta({
          kodeAksi: 'turunkan',
          status: status('tayang'),
          pelaku: { peran: ['pemimpin-redaksi'], superAdmin: false },
          dokumen: { ...lengkap, [FIELD_TAYANG]: true },
          masukan,
        }),
      );
    expect(ditolak(turunkan({}), 'syarat').syarat.map((s) => s.kode)).toEqual([
      'catatan-wajib',
      'kategori-penurunan',
      'alasan-publik',
    ]);
    expect(
      ditolak(
        turunkan({ note: 'Keliru', kategori: 'kesalahan-fakta', alasanPublik: ' ' }),
        'syarat',
      ).syarat.map((s) => s.kode),
    ).toEqual(['alasan-publik']);
    expect(
      turunkan({ note: 'Keliru', kategori: 'kesalahan-fakta', alasanPublik: 'Angka keliru.' }),
    ).toMatchObject({ ok: true, ke: 'diturunkan' });
  });
});
