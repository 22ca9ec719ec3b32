/**
 * The panel in Bahasa Indonesia for every SOP role, measured as a new user meets it: the login
 * screens, then each demo role logged in, visiting every screen its work opens (the homepage, the
 * list and edit views of the three types with their filters, bulk publish confirmation and media
 * picker, the media library, the profile, the plugin's pages and the Settings pages the role
 * reaches) and collecting every visible text. Any text equal to the English value of a Strapi
 * translation key that has no Indonesian value (./terjemahan.ts reads them from the packages) is
 * English on screen, and fails the crawl with its key, to be filled in
 * src/admin/translations/id.json. The plugin's pages are checked with axe-core on the way, and the
 * README's pictures of them are taken here.
 */
import type { Page } from 'playwright-core';
import { PERAN } from '../../src/plugins/redaksi/server/src/constants';
import { pelanggaranAksesibilitas, periksaAksesibilitas } from './aksesibilitas';
import { alamat, Peramban, terlihat, UID } from './peramban';
import { pendeteksiInggris } from './terjemahan';

const inggris = pendeteksiInggris();

/** English found on one role's screens: the text, the key it comes from, and the screens. */
type Temuan = Map<string, { kunci: string; di: Set<string> }>;

/**
 * Moves within the panel as its own links do (the router follows the history), without loading
 * the whole panel again for every screen.
 */
async function buka(page: Page, jalur: string) {
  await page.evaluate((tujuan) => {
    window.history.pushState({}, '', tujuan);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/admin${jalur}`);
}

/** Waits for the screen to settle: Strapi's loaders gone, its lists drawn. */
async function tenang(page: Page) {
  await page
    .getByText(/^(Loading content\.?|Memuat konten\.?)$/)
    .first()
    .waitFor({ state: 'hidden', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(400);
}

/** Every text the page shows now: visible text nodes, the rendered lines, and what labels say. */
function teksTerlihat(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hasil = new Set<string>();
    const tampak = (el: Element) =>
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const jalan = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = jalan.nextNode(); node; node = jalan.nextNode()) {
      const teks = node.textContent?.trim();
      const induk = node.parentElement;
      if (teks && induk && !induk.closest('script,style,noscript') && tampak(induk))
        hasil.add(teks);
    }
    for (const baris of document.body.innerText.split('\n')) if (baris.trim()) hasil.add(baris);
    for (const el of document.querySelectorAll('[placeholder],[aria-label],[title],img[alt]')) {
      if (!tampak(el)) continue;
      for (const atribut of ['placeholder', 'aria-label', 'title', 'alt']) {
        const nilai = el.getAttribute(atribut)?.trim();
        if (nilai) hasil.add(nilai);
      }
    }
    return [...hasil];
  });
}

function pencatat(temuan: Temuan) {
  return async (page: Page, di: string) => {
    await tenang(page);
    for (const teks of await teksTerlihat(page)) {
      const kunci = inggris(teks);
      if (!kunci) continue;
      const ada = temuan.get(teks) ?? { kunci, di: new Set<string>() };
      ada.di.add(di);
      temuan.set(teks, ada);
    }
  };
}

const laporan = (temuan: Temuan) =>
  [...temuan]
    .map(([teks, { kunci, di }]) => `"${teks}" (${kunci}) di ${[...di].slice(0, 2).join('; ')}`)
    .sort();

/** Clicks what is there and usable; a role without the right simply does not have it. */
async function cobaKlik(page: Page, nama: RegExp, peran: 'button' | 'checkbox' = 'button') {
  const target = page.getByRole(peran, { name: nama }).first();
  if (!(await target.isVisible().catch(() => false))) return false;
  if (!(await target.isEnabled().catch(() => false))) return false;
  await target.click();
  return true;
}

async function tutupDialog(page: Page) {
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog')
    .first()
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => undefined);
}

async function jelajahiTipe(page: Page, catat: ReturnType<typeof pencatat>, uid: string) {
  const daftar = `/content-manager/collection-types/${uid}`;
  await buka(page, daftar);
  await catat(page, `daftar ${uid}`);

  if (await cobaKlik(page, /^(Filters|Filter)$/)) {
    await catat(page, `filter ${uid}`);
    await page.keyboard.press('Escape');
  }
  if (await cobaKlik(page, /^(Select all entries|Pilih semua entri)$/, 'checkbox')) {
    await catat(page, `pilihan massal ${uid}`);
    if (await cobaKlik(page, /^(Publish|Terbitkan|Terbit)$/)) {
      await terlihat(page.getByRole('dialog').first()).catch(() => undefined);
      await catat(page, `konfirmasi terbit massal ${uid}`);
      await tutupDialog(page);
    }
  }

  const baris = page.locator('tbody tr').first();
  if (await baris.isVisible().catch(() => false)) {
    await baris.locator('td').nth(1).click();
    await page.waitForURL((url) => /collection-types\/[^/]+\/[a-z0-9]{10,}/.test(url.pathname));
    await catat(page, `sunting ${uid}`);
    if (await cobaKlik(page, /^(More document actions|Tindakan dokumen lainnya)$/)) {
      await catat(page, `menu dokumen ${uid}`);
      await page.keyboard.press('Escape');
    }
    const media = page.locator('section[aria-roledescription="carousel"]').first();
    if (await media.isVisible().catch(() => false)) {
      const kosong = media.getByText(/Click to add an asset|Klik untuk menambahkan aset/);
      const tambah = media.getByRole('button', { name: /^(Add|Tambah)$/ });
      const pembuka = (await kosong.isVisible()) ? kosong : tambah;
      if (await pembuka.isEnabled().catch(() => false)) {
        await pembuka.click();
        await terlihat(page.getByRole('dialog').first()).catch(() => undefined);
        await catat(page, `pemilih media ${uid}`);
        await tutupDialog(page);
      }
    }
  }

  await buka(page, `${daftar}/create`);
  await catat(page, `entri baru ${uid}`);
}

/** One role's day: every screen its work opens, in the order an editor meets them. */
async function jelajahiPeran(peramban: Peramban, kode: string, temuan: Temuan) {
  const catat = pencatat(temuan);
  const page = await peramban.sebagai(kode);
  await terlihat(page.getByText('Meja Redaksi').first());
  await catat(page, 'beranda');
  if (await cobaKlik(page, /^(Profile settings|Pengaturan profil)$/)) {
    await catat(page, 'menu profil');
    await page.keyboard.press('Escape');
  }

  for (const uid of Object.values(UID)) await jelajahiTipe(page, catat, uid);

  await buka(page, '/plugins/upload');
  await catat(page, 'pustaka media');
  if (await cobaKlik(page, /^(Add new assets|Tambah aset baru)$/)) {
    await catat(page, 'unggah media');
    await tutupDialog(page);
  }
  await buka(page, '/me');
  await catat(page, 'profil');

  for (const [halaman, nama] of [
    ['', 'meja-redaksi'],
    ['/alur', 'alur-sop'],
    ['/rekapitulasi', 'rekapitulasi'],
  ]) {
    await buka(page, `/plugins/redaksi${halaman}`);
    await catat(page, nama);
    await periksaAksesibilitas(page, `${kode}: ${nama}`, 'main');
    if (kode === 'pemimpin-redaksi') await peramban.potret(page, nama, nama);
  }

  await buka(page, '/settings');
  await tenang(page);
  const pengaturan = await page
    .locator('nav a[href*="/admin/settings/"]')
    .evaluateAll((tautan) => [
      ...new Set(tautan.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ]);
  for (const jalur of pengaturan) {
    await buka(page, jalur.replace(/^\/admin/, ''));
    await catat(page, jalur);
  }
  await peramban.lepas(kode);
}

jest.setTimeout(5 * 60_000);
const peramban = new Peramban('bahasa');
beforeAll(() => peramban.mulai());
afterAll(() => peramban.tutup());
afterAll(() => peramban.laporkanTanpaTerjemahan());

test('layar masuk dan lupa kata sandi dalam Bahasa Indonesia', async () => {
  const temuan: Temuan = new Map();
  const catat = pencatat(temuan);
  const tamu = await peramban.tamu();
  await tamu.goto(`${alamat()}/admin/auth/login`);
  await catat(tamu, 'masuk');
  await tamu.locator('input[name=email]').fill('bukan-akun@demo.kpusumbar.id');
  await tamu.locator('input[name=password]').fill('sandi-yang-salah');
  await tamu.locator('button[type=submit]').click();
  await catat(tamu, 'masuk gagal');
  await tamu.goto(`${alamat()}/admin/auth/forgot-password`);
  await catat(tamu, 'lupa kata sandi');
  await peramban.lepas('tamu');
  expect(laporan(temuan)).toEqual([]);
});

test.each(PERAN.map(({ kode }) => kode))('setiap layar %s dalam Bahasa Indonesia', async (kode) => {
  const temuan: Temuan = new Map();
  await peramban.skenarioDenganPotret(() => jelajahiPeran(peramban, kode, temuan));
  expect(laporan(temuan)).toEqual([]);
  expect(pelanggaranAksesibilitas.filter(({ layar }) => layar.startsWith(kode))).toEqual([]);
});

test('tidak ada label yang tak dikenal terjemahannya', () => {
  expect([...peramban.tanpaTerjemahan].sort()).toEqual([]);
});
