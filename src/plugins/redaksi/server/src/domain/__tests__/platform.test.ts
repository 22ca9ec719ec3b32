import config from '../../config';
import { alurSop21 } from '../../workflows/sop-21';
import {
  daftarPlatformTujuan,
  evaluasiPlatformTujuan,
  labelRasio,
  panjangTeks,
  periksaPlatform,
  platformTujuanDokumen,
  potongTeks,
  salahPlatformTujuan,
} from '../platform';
import { periksaSyarat } from '../syarat';

const aturan = config.default.sop21.platform;
const foto = (width: number, height: number) => ({
  mime: 'image/jpeg',
  url: `/uploads/${width}x${height}.jpg`,
  alternativeText: 'Foto kegiatan',
  width,
  height,
});
const isi = (
  caption: string,
  daftarFoto = [foto(1080, 1080), foto(1080, 1350)],
  judul = 'Rapat',
) => ({
  judul,
  caption,
  foto: daftarFoto,
});
const status = (hasil: ReturnType<typeof periksaPlatform>, kode: string) =>
  hasil.find((cek) => cek.aturan === kode)?.status;

describe('counting a caption as X counts it (twitter-text)', () => {
  it('counts any URL as 23, an emoji and a CJK character as 2, a Latin letter as 1', () => {
    expect(panjangTeks('halo', 'x')).toBe(4);
    expect(
      panjangTeks('https://kpu-sumbarprov.go.id/berita/2025/05/06/rapat-pleno-terbuka', 'x'),
    ).toBe(23);
    expect(panjangTeks('😀', 'x')).toBe(2);
    expect(panjangTeks('中文', 'x')).toBe(4);
    // People count the emoji once; X twice.
    expect(panjangTeks('😀', 'karakter')).toBe(1);
  });

  it('warns when X would refuse the post though it has fewer than 280 characters', () => {
    // 140 CJK characters: 140 as people count, 280 for X; one more is over.
    const pas = '中'.repeat(140);
    expect(status(periksaPlatform(aturan.x, isi(pas)), 'caption')).toBe('sesuai');
    const lebih = periksaPlatform(aturan.x, isi(`${pas}a`));
    expect(lebih.find((cek) => cek.aturan === 'caption')).toEqual({
      aturan: 'caption',
      status: 'peringatan',
      pesan:
        'Caption 281 dari maksimal 280 karakter (dihitung seperti X: tautan 23, emoji dan aksara CJK 2)',
    });
    // A long URL is short for X.
    const url = `Liputan lengkap: https://kpu-sumbarprov.go.id/${'a'.repeat(400)}`;
    expect(status(periksaPlatform(aturan.x, isi(url)), 'caption')).toBe('sesuai');
  });

  it('cuts the preview where X stops counting, never inside an emoji', () => {
    const teks = `${'a'.repeat(279)}😀b`;
    expect(potongTeks(teks, 280, 'x')).toEqual({ teks: 'a'.repeat(279), terpotong: true });
    expect(potongTeks('pendek', 280, 'x')).toEqual({ teks: 'pendek', terpotong: false });
    expect(potongTeks('satu dua tiga', 5, 'karakter')).toEqual({ teks: 'satu', terpotong: true });
  });
});

describe('the photos a platform takes', () => {
  it("warns of each photo outside Instagram's feed range (4:5 to 1.91:1), by its place", () => {
    const hasil = periksaPlatform(
      aturan.instagram,
      isi('Rapat pleno', [foto(1080, 1350), foto(3000, 1000), foto(1080, 566), foto(900, 1600)]),
    );
    expect(hasil.find((cek) => cek.aturan === 'rasio')).toEqual({
      aturan: 'rasio',
      status: 'peringatan',
      pesan:
        'Foto ke-2 (3000×1000, 3:1), ke-4 (900×1600, 0,56:1) di luar rasio 4:5 sampai 1,91:1: dipotong oleh platform',
    });
    expect(
      status(
        periksaPlatform(aturan.instagram, isi('x', [foto(1080, 1350), foto(1080, 566)])),
        'rasio',
      ),
    ).toBe('sesuai');
  });

  it('counts the carousel: 2 to 10 photos for Instagram, at most 4 for X', () => {
    expect(status(periksaPlatform(aturan.instagram, isi('x', [foto(10, 10)])), 'foto')).toBe(
      'peringatan',
    );
    expect(
      status(periksaPlatform(aturan.instagram, isi('x', Array(11).fill(foto(10, 10)))), 'foto'),
    ).toBe('peringatan');
    expect(status(periksaPlatform(aturan.x, isi('x', Array(4).fill(foto(10, 10)))), 'foto')).toBe(
      'sesuai',
    );
    expect(status(periksaPlatform(aturan.x, isi('x', Array(5).fill(foto(10, 10)))), 'foto')).toBe(
      'peringatan',
    );
  });

  it('writes aspects as people do', () => {
    expect(labelRasio(0.8)).toBe('4:5');
    expect(labelRasio(16 / 9)).toBe('16:9');
    expect(labelRasio(1.91)).toBe('1,91:1');
  });
});

describe('titles and hashtags', () => {
  it("checks YouTube's 100-character title on judul, and hashtags against each platform's maximum", () => {
    const hasil = periksaPlatform(aturan.youtube, isi('#a #b', [], 'J'.repeat(101)));
    expect(hasil.find((cek) => cek.aturan === 'judul')).toMatchObject({
      status: 'peringatan',
      pesan: 'Judul 101 dari maksimal 100 karakter',
    });
    const tagar = Array.from({ length: 31 }, (_, i) => `#pemilu${i}`).join(' ');
    expect(status(periksaPlatform(aturan.instagram, isi(tagar)), 'tagar')).toBe('peringatan');
    expect(status(periksaPlatform(aturan.instagram, isi('#KPU #Pemilu2029')), 'tagar')).toBe(
      'sesuai',
    );
  });
});

describe('a rule the office requires', () => {
  it('is a required failure only when configured wajib; otherwise a warning', () => {
    const wajib = { ...aturan.x, caption: { ...aturan.x.caption!, wajib: true } };
    expect(status(periksaPlatform(wajib, isi('a'.repeat(281))), 'caption')).toBe('wajib-gagal');
    expect(status(periksaPlatform(aturan.x, isi('a'.repeat(281))), 'caption')).toBe('peringatan');
  });

  it('holds back serahkan through the condition sesuai-platform, naming platform and rule', () => {
    const alur = alurSop21({
      ...config.default.sop21,
      platform: { ...aturan, x: { ...aturan.x, caption: { ...aturan.x.caption!, wajib: true } } },
    });
    const syarat = alur.aksi
      .find((aksi) => aksi.kode === 'serahkan')!
      .syarat.find((item) => item.jenis === 'sesuai-platform')!;
    const sekarang = new Date('2025-05-06T03:00:00Z');
    const dokumen = { judul: 'Rapat', caption: 'a'.repeat(281), dokumentasi: [foto(3000, 1000)] };
    const gagal = periksaSyarat(
      syarat,
      { ...dokumen, platformTujuan: ['x', 'instagram'] },
      sekarang,
    );
    expect(gagal).toMatchObject({
      kode: 'sesuai-platform',
      terpenuhi: false,
      field: 'platformTujuan',
    });
    expect(gagal.pesan).toBe(
      'Platform tujuan: belum memenuhi aturan wajib; X: Caption 281 dari maksimal 280 karakter (dihitung seperti X: tautan 23, emoji dan aksara CJK 2)',
    );
    // Instagram's ratio is only a warning; without X among the targets nothing is required.
    expect(
      periksaSyarat(syarat, { ...dokumen, platformTujuan: ['instagram'] }, sekarang).terpenuhi,
    ).toBe(true);
    expect(periksaSyarat(syarat, { ...dokumen, platformTujuan: null }, sekarang).pesan).toBe(
      'Platform tujuan: belum dipilih, tidak ada aturan platform yang diperiksa',
    );
  });

  it('is checked at serahkan, setujui and unggah of SOP 21', () => {
    const alur = alurSop21(config.default.sop21);
    expect(
      alur.aksi
        .filter((aksi) => aksi.syarat.some((item) => item.jenis === 'sesuai-platform'))
        .map((aksi) => aksi.kode),
    ).toEqual(['serahkan', 'setujui', 'unggah']);
  });
});

describe('the target platforms as stored', () => {
  it('takes a list of the platforms of tautan, and says in Indonesian what it refuses', () => {
    expect(salahPlatformTujuan(['x', 'instagram'])).toBeNull();
    expect(salahPlatformTujuan(null)).toBeNull();
    expect(salahPlatformTujuan('x')).toBe(
      'Platform tujuan harus berupa daftar kode platform (instagram, facebook, x, youtube, tiktok, threads)',
    );
    expect(salahPlatformTujuan(['x', 'myspace', 3])).toBe(
      'Platform tujuan tidak dikenal: "myspace", 3; yang dapat dipilih: instagram, facebook, x, youtube, tiktok, threads',
    );
    expect(daftarPlatformTujuan(['x', 'instagram', 'x'])).toEqual(['instagram', 'x']);
  });

  it('lists the same platforms as the component tautan', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tautan = require('../../../../../../components/medsos/tautan.json') as {
      attributes: { platform: { enum: string[] } };
    };
    expect(daftarPlatformTujuan(tautan.attributes.platform.enum)).toEqual(
      tautan.attributes.platform.enum,
    );
  });
});

describe('the preview per platform', () => {
  it("cuts the caption where the feed does and shows the first photo in the feed's aspect", () => {
    const [instagram, x] = evaluasiPlatformTujuan(
      aturan,
      ['instagram', 'x'],
      isi('a'.repeat(200), [foto(3000, 1000)]),
    );
    expect(instagram.pratinjau).toEqual({
      judul: null,
      caption: 'a'.repeat(125),
      terpotong: true,
      foto: { url: '/uploads/3000x1000.jpg', alt: 'Foto kegiatan', rasio: 3, rasioTampil: 1.91 },
    });
    expect(x.pratinjau.terpotong).toBe(false);
    expect(x.pratinjau.foto?.rasioTampil).toBe(3);
  });

  it('is given only for a workflow that checks platforms', () => {
    const dokumen = {
      judul: 'Rapat',
      caption: 'halo',
      dokumentasi: [],
      platformTujuan: ['youtube'],
    };
    expect(
      platformTujuanDokumen(alurSop21(config.default.sop21), dokumen)?.map((p) => p.label),
    ).toEqual(['YouTube']);
    expect(platformTujuanDokumen({ aksi: [] }, dokumen)).toBeNull();
  });
});

describe('the platform rules as configuration', () => {
  const denganPlatform = (platform: unknown) => ({
    ...config.default,
    sop21: { ...config.default.sop21, platform: platform as typeof aturan },
  });

  it('accepts the defaults, and refuses at start a platform, rule or bound it does not know', () => {
    expect(() => config.validator(config.default)).not.toThrow();
    expect(() => config.validator(denganPlatform({ ...aturan, myspace: aturan.x }))).toThrow(
      'redaksi.sop21.platform.myspace bukan platform yang dikenal',
    );
    expect(() =>
      config.validator(denganPlatform({ ...aturan, x: { ...aturan.x, panjang: { wajib: true } } })),
    ).toThrow('redaksi.sop21.platform.x.panjang bukan aturan yang dikenal');
    expect(() =>
      config.validator(
        denganPlatform({
          ...aturan,
          instagram: { ...aturan.instagram, rasio: { minimal: 2, maksimal: 1, wajib: false } },
        }),
      ),
    ).toThrow('redaksi.sop21.platform.instagram.rasio minimal lebih besar dari maksimal');
    expect(() =>
      config.validator(
        denganPlatform({
          ...aturan,
          x: { ...aturan.x, caption: { ...aturan.x.caption, wajib: 'ya' } },
        }),
      ),
    ).toThrow('redaksi.sop21.platform.x.caption.wajib harus true atau false');
  });
});
