/**
 * The effects of workflow actions that decide rather than write: what they add to the state
 * change before the compare-and-set (a register number, the late-upload permission, the people
 * assigned), what they refuse, and which follow-up actions they hand back to the transition. The
 * database is a fake holding just the rows each effect reads; the writing effects (a child sheet,
 * a new article, an unpublish) are covered by the integration suites on a real Strapi.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import config from '../../../config';
import { UID } from '../../../constants';
import { alurDisposisi } from '../../../workflows/disposisi';
import { alurSop20 } from '../../../workflows/sop-20';
import { alurSop21 } from '../../../workflows/sop-21';
import type { DefinisiAlur } from '../../../workflows/types';
import type { Aktor } from '../aktor';
import buatEfek, { type KonteksEfek } from '../efek';
import type { StatusTersimpan } from '../status';

const SOP_21 = alurSop21(config.default.sop21);
const SOP_20 = alurSop20(config.default.sop20);
const DISPOSISI = alurDisposisi(config.default.sop20);
const SEKARANG = new Date('2025-05-05T02:00:00Z');

const aktor: Aktor = {
  id: 7,
  nama: 'Uji',
  peran: ['tim-pelaksana'],
  superAdmin: false,
  peranKhusus: null,
};

/** The rows the fake database answers: admin users, disposition sheets, workflow states. */
interface Basis {
  pengguna?: Array<{ id: number; roles: Array<{ code: string }> }>;
  /** Disposition sheets by documentId, and the states the effects read (an article's maker). */
  lembar?: Record<
    string,
    { induk?: string; tahap: string; penugasan?: number[]; pembuatId?: number | null }
  >;
  nomorBaru?: string;
}

/**
 * A Strapi holding only what the effects read: `db.query` for users and disposition sheets, and
 * the plugin's `alur` (the three definitions), `status` and `penomoran` services. Installed as the global `strapi` too, which
 * the plugin's `getService` reads.
 */
function strapiPalsu(basis: Basis): Core.Strapi {
  const layanan: Record<string, object> = {
    workflows: {
      wajib: (uid: string) => [SOP_21, SOP_20, DISPOSISI].find((alur) => alur.uid === uid),
    },
    status: {
      findOne: async (_uid: string, documentId: string) => {
        const baris = basis.lembar?.[documentId];
        return baris
          ? { tahap: baris.tahap, penugasan: baris.penugasan, pembuatId: baris.pembuatId }
          : null;
      },
    },
    penomoran: { nomorRegister: async () => basis.nomorBaru ?? '001/REG/2025' },
    // No schedule pending in these items: nothing to cancel when they move.
    'jadwal-tayang': { setelahTransisi: async () => undefined },
  };
  const query = (uid: string) => ({
    findMany: async ({ where }: { where: { id: { $in: number[] } } }) =>
      uid === 'admin::user'
        ? (basis.pengguna ?? []).filter((user) => where.id.$in.includes(user.id))
        : [],
    findOne: async ({ where }: { where: { documentId: string } }) => {
      const induk = basis.lembar?.[where.documentId]?.induk;
      return { induk: induk ? { documentId: induk } : null };
    },
  });
  const palsu = {
    db: { query },
    plugin: () => ({ service: (nama: string) => layanan[nama] }),
  } as unknown as Core.Strapi;
  (globalThis as { strapi?: Core.Strapi }).strapi = palsu;
  return palsu;
}

function konteks(
  alur: DefinisiAlur,
  kodeAksi: string,
  tambahan: Partial<KonteksEfek> = {},
): KonteksEfek {
  const aksi = alur.aksi.find((item) => item.kode === kodeAksi);
  if (!aksi) throw new Error(`Aksi ${kodeAksi} tidak ada di ${alur.uid}`);
  return {
    alur,
    aksi,
    documentId: 'dok-1',
    dokumen: {},
    status: { nomorRegister: null } as StatusTersimpan,
    perubahan: {},
    masukan: {},
    aktor,
    sekarang: SEKARANG,
    tiba: [],
    dibuat: [],
    lanjutan: [],
    ...tambahan,
  };
}

afterEach(() => {
  delete (globalThis as { strapi?: Core.Strapi }).strapi;
});

describe('nomor-register (SOP 21 serahkan)', () => {
  it('gives a first submission the next register number and its submission time', async () => {
    const efek = buatEfek({ strapi: strapiPalsu({ nomorBaru: '014/REG/2025' }) });
    const k = konteks(SOP_21, 'serahkan');
    await efek.sebelum(k);
    expect(k.perubahan).toEqual({ diserahkanPada: SEKARANG, nomorRegister: '014/REG/2025' });
  });

  it('keeps the number of a resubmission after kembalikan: the register never skips one', async () => {
    const efek = buatEfek({ strapi: strapiPalsu({ nomorBaru: '099/REG/2025' }) });
    const k = konteks(SOP_21, 'serahkan', {
      status: { nomorRegister: '014/REG/2025' } as StatusTersimpan,
    });
    await efek.sebelum(k);
    expect(k.perubahan.nomorRegister).toBe('014/REG/2025');
  });
});

describe('izin-terlambat (SOP 21)', () => {
  it("records the Pemimpin Redaksi's permission in the state change", async () => {
    const efek = buatEfek({ strapi: strapiPalsu({}) });
    const k = konteks(SOP_21, 'izinkan-terlambat');
    await efek.sebelum(k);
    expect(k.perubahan).toEqual({ izinTerlambat: true });
  });
});

describe('penugasan (SOP 20 tugaskan)', () => {
  const tim = { id: 11, roles: [{ code: 'tim-peliputan' }] };
  const pasca = { id: 12, roles: [{ code: 'tim-pasca-produksi' }] };
  const verifikator = { id: 13, roles: [{ code: 'verifikator' }] };

  it('assigns the chosen people once each when they hold a role the step names', async () => {
    const efek = buatEfek({ strapi: strapiPalsu({ pengguna: [tim, pasca] }) });
    const k = konteks(SOP_20, 'tugaskan', { masukan: { assignees: [11, 12, 11] } });
    await efek.sebelum(k);
    expect(k.perubahan.penugasan).toEqual([11, 12]);
  });

  it('refuses nobody chosen, naming the roles to choose from', async () => {
    const efek = buatEfek({ strapi: strapiPalsu({ pengguna: [tim] }) });
    const k = konteks(SOP_20, 'tugaskan', { masukan: { assignees: [] } });
    const galat = await efek.sebelum(k).catch((e: unknown) => e);
    expect(galat).toBeInstanceOf(errors.ValidationError);
    expect((galat as errors.ValidationError).message).toContain('tim-peliputan');
    expect((galat as errors.ValidationError).details).toEqual({
      syarat: [expect.objectContaining({ kode: 'penugasan' })],
    });
    expect(k.perubahan).toEqual({});
  });

  it('refuses someone without the role, or inactive (not found active), naming them', async () => {
    const efek = buatEfek({ strapi: strapiPalsu({ pengguna: [tim, verifikator] }) });
    const k = konteks(SOP_20, 'tugaskan', { masukan: { assignees: [11, 13, 99] } });
    await expect(efek.sebelum(k)).rejects.toThrow(
      'Pengguna 13, 99 tidak aktif atau tidak memegang',
    );
    expect(k.perubahan).toEqual({});
  });
});

describe('selesaikan-disposisi (SOP 20 langkah 8)', () => {
  // A sheet handed down PPID -> Penanggung Jawab -> Sekretariat -> Redaktur Pelaksana.
  const rantai = {
    ppid: { tahap: 'diteruskan' },
    pimpinan: { tahap: 'diteruskan', induk: 'ppid' },
    sekretariat: { tahap: 'selesai', induk: 'pimpinan' },
    redaktur: { tahap: 'dikerjakan', induk: 'sekretariat' },
  };

  it('hands the transition one selesaikan per open sheet of the chain, as the system', async () => {
    const efek = buatEfek({ strapi: strapiPalsu({ lembar: rantai }) });
    const k = konteks(SOP_20, 'tayangkan', { dokumen: { disposisi: { documentId: 'redaktur' } } });
    await efek.sesudah(k);
    expect(
      k.lanjutan.map((aksi) => [aksi.uid, aksi.documentId, aksi.kodeAksi, aksi.jalur]),
    ).toEqual([
      [UID.disposisi, 'redaktur', 'selesaikan', 'sistem'],
      [UID.disposisi, 'pimpinan', 'selesaikan', 'sistem'],
      [UID.disposisi, 'ppid', 'selesaikan', 'sistem'],
    ]);
    expect(k.lanjutan[0]).toMatchObject({
      aktor,
      masukan: { note: expect.stringContaining('tayang') },
    });
  });

  it('closes nothing when the article carries no sheet, or one its chain never handed to a Redaktur', async () => {
    const efek = buatEfek({ strapi: strapiPalsu({ lembar: rantai }) });
    const tanpa = konteks(SOP_20, 'tayangkan');
    await efek.sesudah(tanpa);
    const belumSampai = konteks(SOP_20, 'tayangkan', {
      dokumen: { disposisi: { documentId: 'pimpinan' } },
    });
    await efek.sesudah(belumSampai);
    expect([...tanpa.lanjutan, ...belumSampai.lanjutan]).toEqual([]);
  });

  it('closes only through the article the Redaktur it was handed to made', async () => {
    const lembar = { ...rantai, redaktur: { ...rantai.redaktur, penugasan: [5] } };
    const olehLain = konteks(SOP_20, 'tayangkan', {
      dokumen: { disposisi: { documentId: 'redaktur' } },
    });
    await buatEfek({
      strapi: strapiPalsu({ lembar: { ...lembar, 'dok-1': { tahap: 'tayang', pembuatId: 6 } } }),
    }).sesudah(olehLain);
    expect(olehLain.lanjutan).toEqual([]);
    const olehRedaktur = konteks(SOP_20, 'tayangkan', {
      dokumen: { disposisi: { documentId: 'redaktur' } },
    });
    await buatEfek({
      strapi: strapiPalsu({ lembar: { ...lembar, 'dok-1': { tahap: 'tayang', pembuatId: 5 } } }),
    }).sesudah(olehRedaktur);
    expect(olehRedaktur.lanjutan).toHaveLength(3);
  });
});

describe('the effects an action names, in order', () => {
  it('runs nothing for an action without effects', async () => {
    const efek = buatEfek({ strapi: strapiPalsu({}) });
    const k = konteks(DISPOSISI, DISPOSISI.aksi.find((aksi) => !aksi.efek?.length)!.kode);
    await efek.sebelum(k);
    await efek.sesudah(k);
    expect([k.perubahan, k.tiba, k.lanjutan]).toEqual([{}, [], []]);
  });
});
