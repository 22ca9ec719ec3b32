import { validatePreferensi } from '../preferensi';
import { validateRekap } from '../rekap';
import { validateTransisi } from '../transisi';

/** A refusal as Strapi renders it: a ValidationError whose message and details say what is wrong. */
async function ditolak(janji: Promise<unknown>): Promise<string> {
  const galat = (await janji.then(
    () => null,
    (error: unknown) => error,
  )) as { name: string; message: string; details: { errors: Array<{ message: string }> } } | null;
  expect(galat?.name).toBe('ValidationError');
  return [galat?.message, ...(galat?.details.errors ?? []).map((item) => item.message)].join(' | ');
}

describe('validateTransisi', () => {
  it('takes an action with its optional note, late reason and assignees', async () => {
    await expect(validateTransisi({ action: 'serahkan' })).resolves.toEqual({ action: 'serahkan' });
    const lengkap = {
      action: 'tugaskan',
      note: 'Liput pleno',
      alasanTerlambat: null,
      assignees: [3, 7],
    };
    await expect(validateTransisi(lengkap)).resolves.toEqual(lengkap);
  });

  it('refuses, in Indonesian, what the engine must not guess at', async () => {
    expect(await ditolak(validateTransisi({}))).toContain('action wajib diisi');
    expect(await ditolak(validateTransisi({ action: 5 }))).toContain('action harus berupa teks');
    expect(await ditolak(validateTransisi({ action: 'x', catatan: 'y' }))).toContain(
      'Kolom tidak dikenal: catatan',
    );
    expect(await ditolak(validateTransisi({ action: 'x', note: 'a'.repeat(5001) }))).toContain(
      'note paling panjang 5000 karakter',
    );
    expect(await ditolak(validateTransisi({ action: 'x', assignees: 'semua' }))).toContain(
      'assignees harus berupa daftar id pengguna admin',
    );
    expect(await ditolak(validateTransisi({ action: 'turunkan', kategori: 'bosan' }))).toContain(
      'kategori harus salah satu dari: permintaan-pihak, kesalahan-fakta, informasi-dikecualikan, lainnya',
    );
    expect(await ditolak(validateTransisi({ action: 'x', assignees: [-1] }))).toContain(
      'id harus positif',
    );
    expect(await ditolak(validateTransisi([]))).toContain('Isi permintaan harus berupa objek JSON');
  });
});

describe('validateRekap', () => {
  it('takes a month, JSON and the whole recap by default, the register alone as a PDF', async () => {
    await expect(validateRekap({ month: '2025-05' })).resolves.toEqual({
      month: '2025-05',
      format: 'json',
      part: 'semua',
    });
    await expect(validateRekap({ month: '2025-12', format: 'xlsx' })).resolves.toEqual({
      month: '2025-12',
      format: 'xlsx',
      part: 'semua',
    });
    await expect(
      validateRekap({ month: '2025-12', format: 'pdf', part: 'register' }),
    ).resolves.toEqual({ month: '2025-12', format: 'pdf', part: 'register' });
    expect(await ditolak(validateRekap({ month: '2025-12', part: 'register' }))).toContain(
      'part=register hanya tersedia untuk format pdf',
    );
  });

  it('refuses a missing or malformed month, an unknown format or parameter', async () => {
    expect(await ditolak(validateRekap({}))).toContain('month wajib diisi');
    expect(await ditolak(validateRekap({ month: '0000-01' }))).toContain(
      'month harus antara 2000-01 dan 2099-12',
    );
    expect(await ditolak(validateRekap({ month: '2100-01' }))).toContain('month harus antara');
    expect(await ditolak(validateRekap({ month: '2025-13' }))).toContain(
      'month harus berformat YYYY-MM',
    );
    expect(await ditolak(validateRekap({ month: '2025-05', format: 'docx' }))).toContain(
      'format harus json, csv, xlsx atau pdf',
    );
    expect(await ditolak(validateRekap({ month: '2025-05', bulan: '05' }))).toContain(
      'Parameter tidak dikenal: bulan',
    );
  });
});

describe('validatePreferensi', () => {
  it('takes a boolean and nothing else', async () => {
    await expect(validatePreferensi({ surelAktif: false })).resolves.toEqual({ surelAktif: false });
    expect(await ditolak(validatePreferensi({ surelAktif: 'ya' }))).toContain(
      'surelAktif harus true atau false',
    );
    expect(await ditolak(validatePreferensi({}))).toContain('surelAktif wajib diisi');
    expect(await ditolak(validatePreferensi({ surelAktif: true, email: 'x' }))).toContain(
      'Kolom tidak dikenal: email',
    );
  });
});
