/**
 * The panel in Bahasa Indonesia for every person, measured as they meet it: the logged-out screens
 * in a fresh browser (nothing stored yet), a person invited the way the README's production steps
 * invite them (created through the admin API, the invitation accepted in the browser, no language
 * ever chosen), and each demo role. Every screen their work opens is visited (the homepage, the
 * list and edit views of the types they may read with the filter and its field menu, the document
 * menu, the SOP panel with its history, the new-entry form with its validation errors, toast,
 * dropdowns and date and relation pickers, the media library and its upload dialog, the profile
 * and its language menu, the plugin's pages and the Settings pages the role reaches), and each
 * screen a person's permissions promise must be reached.
 *
 * On every screen, every visible text is checked: equal to the English of any Strapi admin key,
 * translated or not, or to English Strapi writes without a key, it fails the crawl with its key
 * (./terjemahan.ts), unless it is a word both languages share, listed on purpose; a code shown in
 * place of its label (`berita`, `diunggah`, `nomorAgenda`, a document id) fails it too. axe-core
 * checks every screen against WCAG 2.2 AA (./aksesibilitas.ts). The README's pictures of the
 * plugin's pages are taken here.
 */
import type { Locator, Page } from 'playwright-core';
import { PERAN } from '../../src/plugins/redaksi/server/src/constants';
import { pelanggaranAksesibilitas, periksaAksesibilitas } from './aksesibilitas';
import { alamat, api, Peramban, SANDI_DEMO, terlihat, tokenAdmin, UID } from './peramban';
import { pendeteksiInggris, pendeteksiKodeMentah } from './terjemahan';

const inggris = pendeteksiInggris();
const kodeMentah = pendeteksiKodeMentah();

/** The key Strapi stores the panel's language under (@strapi/admin reducer). */
const KUNCI_BAHASA = 'strapi-admin-language';

/**
 * Moves within the panel as its own links do (the router follows the history), without loading
 * the whole panel again for every screen, and waits for what shows the new screen is there (the
 * previous screen's heading may still be on the page for a moment).
 */
async function buka(page: Page, jalur: string, siap: Locator) {
  await page.evaluate((tujuan) => {
    window.history.pushState({}, '', tujuan);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/admin${jalur}`);
  await terlihat(siap, 30_000);
}

const judulHalaman = (page: Page, nama: string | RegExp) =>
  page.getByRole('heading', { level: 1, name: nama }).first();

/** Waits for the screen to settle: Strapi's loaders gone, its lists drawn. */
async function tenang(page: Page) {
  await page
    .getByText(/^(Loading content\.*|Memuat konten\.*|Memuat…|Memuat\.\.\.)$/)
    .first()
    .waitFor({ state: 'hidden', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(150);
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
    for (const el of document.querySelectorAll(
      '[placeholder],[aria-label],[title],img[alt],[aria-description]',
    )) {
      if (!tampak(el)) continue;
      for (const atribut of ['placeholder', 'aria-label', 'title', 'alt', 'aria-description']) {
        const nilai = el.getAttribute(atribut)?.trim();
        if (nilai) hasil.add(nilai);
      }
    }
    return [...hasil];
  });
}

/**
 * One person's walk through the panel: what each screen shows in English or as a raw code, which
 * screens were reached, and which their permissions promise.
 */
class Jelajah {
  readonly temuan = new Map<string, { sumber: string; di: Set<string> }>();
  readonly dicapai = new Set<string>();
  readonly wajib = new Set<string>();

  constructor(
    readonly page: Page,
    readonly siapa: string,
  ) {}

  /** The screen as it is now: its texts checked, axe run on it, and it counted as reached. */
  async catat(layar: string) {
    await tenang(this.page);
    for (const teks of await teksTerlihat(this.page)) {
      const kunci = inggris(teks);
      const kode = kunci ? undefined : kodeMentah(teks);
      const sumber = kunci ?? (kode && `kode mentah: ${kode}`);
      if (!sumber) continue;
      const ada = this.temuan.get(teks) ?? { sumber, di: new Set<string>() };
      ada.di.add(layar);
      this.temuan.set(teks, ada);
    }
    // An open layer (dialog, menu, list of options) is checked on its own: what lies behind it is
    // inert while it is open (Radix hides it from assistive technology) and was checked as the
    // screen it is.
    const lapisan = await this.page.evaluate(() =>
      ['[role=dialog]', '[role=alertdialog]', '[role=menu]', '[role=listbox]'].filter((selektor) =>
        [...document.querySelectorAll(selektor)].some((el) => el.checkVisibility()),
      ),
    );
    await periksaAksesibilitas(
      this.page,
      `${this.siapa}: ${layar}`,
      lapisan.length > 0 ? lapisan.join(', ') : undefined,
    );
    this.dicapai.add(layar);
  }

  laporan(): string[] {
    return [...this.temuan]
      .map(([teks, { sumber, di }]) => `"${teks}" (${sumber}) di ${[...di].slice(0, 3).join('; ')}`)
      .sort();
  }

  belumDicapai(): string[] {
    return [...this.wajib].filter((layar) => !this.dicapai.has(layar));
  }

  /** The accessibility violations of this walk, one line per rule and element, with the screens. */
  pelanggaran(): string[] {
    const perElemen = new Map<string, Set<string>>();
    for (const { layar, aturan, uraian, elemen } of pelanggaranAksesibilitas) {
      if (!layar.startsWith(`${this.siapa}: `)) continue;
      for (const satu of elemen) {
        const kunci = `${aturan} (${uraian}): ${satu}`;
        perElemen.set(
          kunci,
          (perElemen.get(kunci) ?? new Set()).add(layar.slice(this.siapa.length + 2)),
        );
      }
    }
    return [...perElemen]
      .map(([kunci, layar]) => `${kunci} di ${[...layar].slice(0, 3).join('; ')}`)
      .sort();
  }
}

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

/** Opens a dropdown (its trigger), waits for its options, records them and closes it. */
async function bukaPilihan(j: Jelajah, pemicu: Locator, layar: string) {
  await pemicu.click();
  await terlihat(j.page.getByRole('option').first(), 10_000);
  await j.catat(layar);
  await j.page.keyboard.press('Escape');
}

// ---------------------------------------------------------------------------------------------
// What a person may do, asked of the server as the panel asks it
// ---------------------------------------------------------------------------------------------

interface Izin {
  action: string;
  subject: string | null;
}

const izinPengguna = async (token: string) =>
  (await api<{ data: Izin[] }>('/admin/users/me/permissions', token)).data;

/**
 * The new-entry form per type: the value that makes saving fail in the panel itself (a required
 * field left empty where the type has no drafts, a slug that is no slug: a draft may lack its
 * required fields), and the dropdowns and pickers a person opens. A relation's picker is opened
 * by those who may read the type it points to: to the others Strapi names each item by its
 * document id (their permission hides its title), in a field the server refuses them anyway
 * (`tautan-bukan-penugasan`); taking the field from them is issue #24 item 1.
 */
const FORMULIR: Record<
  string,
  {
    galat?: { field: string; nilai: string };
    tanggal: string;
    pilihan?: string;
    relasi?: { nama: RegExp; uid: string };
    komponen?: string;
  }
> = {
  [UID.kontenMedsos]: { tanggal: 'tanggalKegiatan', komponen: 'tautan.0.platform' },
  [UID.liputan]: {
    galat: { field: 'slug', nilai: 'bukan slug!' },
    tanggal: 'tanggalKegiatan',
    pilihan: 'kategori',
    relasi: { nama: /^Disposisi/, uid: UID.disposisi },
  },
  [UID.disposisi]: {
    galat: { field: 'asal', nilai: 'Sekretariat KPU' },
    tanggal: 'tanggalDiterima',
    pilihan: 'sifat',
  },
};

/** The screens a person's permissions promise: each must be reached by the crawl. */
function layarWajib(izin: Izin[]): string[] {
  const boleh = (action: string, subject?: string) =>
    izin.some(
      (satu) => satu.action === action && (subject === undefined || satu.subject === subject),
    );
  const layar = [
    'beranda',
    'menu profil',
    'profil',
    'pilihan bahasa di profil',
    'meja-redaksi',
    'pilihan alur di meja-redaksi',
    'alur-sop',
    'kalender',
    '/admin/settings/redaksi/pemberitahuan',
  ];
  if (boleh('plugin::upload.read')) layar.push('pustaka media', 'rincian aset');
  if (boleh('plugin::upload.assets.create')) layar.push('menu baru media', 'unggah media');
  if (boleh('plugin::redaksi.rekap.read')) layar.push('rekapitulasi');
  for (const uid of Object.values(UID)) {
    if (!boleh('plugin::content-manager.explorer.read', uid)) continue;
    layar.push(`daftar ${uid}`, `filter ${uid}`, `pilihan field filter ${uid}`, `sunting ${uid}`);
    // Who works on a type sees its items' SOP history beside them (a reader outside the
    // workflow is told so instead).
    if (boleh('plugin::content-manager.explorer.update', uid)) layar.push(`riwayat SOP ${uid}`);
    if (!boleh('plugin::content-manager.explorer.create', uid)) continue;
    const formulir = FORMULIR[uid];
    layar.push(`entri baru ${uid}`, `pemilih tanggal ${uid}`);
    if (formulir.galat) layar.push(`galat validasi ${uid}`);
    if (formulir.pilihan) layar.push(`pilihan ${formulir.pilihan} ${uid}`);
    if (formulir.relasi && boleh('plugin::content-manager.explorer.read', formulir.relasi.uid))
      layar.push(`pemilih relasi ${uid}`);
    if (formulir.komponen) layar.push(`pilihan ${formulir.komponen} ${uid}`);
  }
  return layar;
}

// ---------------------------------------------------------------------------------------------
// The crawl of one person's screens
// ---------------------------------------------------------------------------------------------

async function jelajahiTipe(j: Jelajah, uid: string, izin: Izin[]) {
  const { page } = j;
  const daftar = `/content-manager/collection-types/${uid}`;
  const tombolFilter = page.getByRole('button', { name: /^(Filters|Filter)$/ });
  await buka(page, daftar, tombolFilter);
  await terlihat(page.locator('tbody tr').first());
  await j.catat(`daftar ${uid}`);

  if (await cobaKlik(page, /^(Filters|Filter)$/)) {
    await terlihat(page.getByRole('dialog').first(), 10_000);
    await j.catat(`filter ${uid}`);
    await bukaPilihan(
      j,
      page.getByRole('dialog').getByRole('combobox').first(),
      `pilihan field filter ${uid}`,
    );
    await page.keyboard.press('Escape');
  }
  if (await cobaKlik(page, /^(Select all entries|Pilih semua entri)$/, 'checkbox')) {
    await j.catat(`pilihan massal ${uid}`);
    if (await cobaKlik(page, /^(Publish|Terbitkan|Terbit)$/)) {
      await terlihat(page.getByRole('dialog').first()).catch(() => undefined);
      await j.catat(`konfirmasi terbit massal ${uid}`);
      await tutupDialog(page);
    }
    await cobaKlik(page, /^(Select all entries|Pilih semua entri)$/, 'checkbox');
  }

  // The edit view of an item with a history (the first rows may be fresh drafts): its SOP panel
  // shows the history the item has gone through.
  const baris = page.locator('tbody tr');
  const jumlah = Math.min(await baris.count(), 4);
  for (let i = 0; i < jumlah; i += 1) {
    if (i > 0) await buka(page, daftar, baris.first());
    await baris.nth(i).locator('td').nth(1).click();
    await page.waitForURL((url) => /collection-types\/[^/]+\/[a-z0-9]{10,}/.test(url.pathname));
    const panel = page.getByTestId('redaksi-panel');
    await terlihat(panel.or(page.getByText(/^Anda tidak memegang peran/)).first(), 30_000);
    if (i === 0) await j.catat(`sunting ${uid}`);
    if (!(await panel.isVisible())) break;
    if ((await panel.locator('section[aria-label="Riwayat"] li').count()) > 0) {
      await j.catat(`riwayat SOP ${uid}`);
      break;
    }
  }
  if (await cobaKlik(page, /^(More document actions|Tindakan dokumen lainnya)$/)) {
    await terlihat(page.getByRole('menu').first(), 10_000);
    await j.catat(`menu dokumen ${uid}`);
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
      await j.catat(`pemilih media ${uid}`);
      await tutupDialog(page);
    }
  }

  const bolehBuat = izin.some(
    ({ action, subject }) =>
      action === 'plugin::content-manager.explorer.create' && subject === uid,
  );
  if (!bolehBuat) return;
  const simpan = page.getByRole('button', { name: /^(Save|Simpan)$/ });
  await buka(page, `${daftar}/create`, simpan);
  await j.catat(`entri baru ${uid}`);
  const formulir = FORMULIR[uid];
  if (formulir.galat) {
    // Saved with a value the form refuses: the field answers with its error and a toast says why
    // (nothing is created: the panel refuses before asking the server).
    await page.locator(`[name="${formulir.galat.field}"]`).fill(formulir.galat.nilai);
    await simpan.click();
    await terlihat(page.locator('[aria-invalid=true]').first(), 10_000);
    await j.catat(`galat validasi ${uid}`);
  }

  await page.locator(`input[name="${formulir.tanggal}"]`).click();
  await terlihat(page.getByRole('dialog').or(page.getByRole('grid')).first(), 10_000);
  await j.catat(`pemilih tanggal ${uid}`);
  await page.keyboard.press('Escape');
  if (formulir.pilihan)
    await bukaPilihan(
      j,
      page.locator(`[name="${formulir.pilihan}"]`),
      `pilihan ${formulir.pilihan} ${uid}`,
    );
  const relasi = formulir.relasi;
  if (
    relasi &&
    izin.some(
      ({ action, subject }) =>
        action === 'plugin::content-manager.explorer.read' && subject === relasi.uid,
    )
  )
    await bukaPilihan(
      j,
      page.getByRole('combobox', { name: relasi.nama }),
      `pemilih relasi ${uid}`,
    );
  if (formulir.komponen) {
    await page
      .getByRole('button', { name: /No entry yet|Belum ada entri/ })
      .first()
      .click();
    await bukaPilihan(
      j,
      page.locator(`[name="${formulir.komponen}"]`),
      `pilihan ${formulir.komponen} ${uid}`,
    );
  }
}

/** One person's day: every screen their work opens, in the order an editor meets them. */
async function jelajahiPanel(j: Jelajah, izin: Izin[], potret?: (nama: string) => Promise<void>) {
  const { page } = j;
  for (const layar of layarWajib(izin)) j.wajib.add(layar);
  await terlihat(page.getByText('Meja Redaksi').first());
  await j.catat('beranda');
  // The person's own menu at the foot of the navigation (their initials).
  await page.locator('nav button[aria-haspopup=menu]').first().click();
  await terlihat(page.getByRole('menu').first(), 10_000);
  await j.catat('menu profil');
  await page.keyboard.press('Escape');

  for (const uid of Object.values(UID))
    if (
      izin.some(
        ({ action, subject }) =>
          action === 'plugin::content-manager.explorer.read' && subject === uid,
      )
    )
      await jelajahiTipe(j, uid, izin);

  await buka(page, '/plugins/upload', page.getByRole('button', { name: /^(New|Baru)$/ }));
  await j.catat('pustaka media');
  // An asset's details (its alternative text, which the SOPs require), then the upload menu.
  await page.locator('main article, main [role=gridcell], main tbody tr').first().click();
  await terlihat(page.getByRole('dialog').first(), 10_000);
  await j.catat('rincian aset');
  await tutupDialog(page);
  if (await cobaKlik(page, /^(New|Baru)$/)) {
    await terlihat(page.getByRole('menu').first(), 10_000);
    await j.catat('menu baru media');
    await page
      .getByRole('menuitem', { name: /^(Upload from URL|Unggah berkas dari URL)$/ })
      .click();
    await terlihat(page.getByRole('dialog').first(), 10_000);
    await j.catat('unggah media');
    await tutupDialog(page);
  }
  await buka(page, '/me', page.locator('input[name=email]'));
  await j.catat('profil');
  await bukaPilihan(j, page.locator('[name=preferedLanguage]'), 'pilihan bahasa di profil');

  for (const [halaman, nama, judul] of [
    ['', 'meja-redaksi', 'Meja Redaksi'],
    ['/alur', 'alur-sop', 'Alur SOP'],
    ['/kalender', 'kalender', 'Kalender'],
    ['/rekapitulasi', 'rekapitulasi', 'Rekapitulasi'],
  ]) {
    if (
      nama === 'rekapitulasi' &&
      !izin.some(({ action }) => action === 'plugin::redaksi.rekap.read')
    )
      continue;
    await buka(page, `/plugins/redaksi${halaman}`, judulHalaman(page, judul));
    await j.catat(nama);
    if (nama === 'meja-redaksi')
      await bukaPilihan(j, page.getByRole('combobox').first(), 'pilihan alur di meja-redaksi');
    await potret?.(nama);
  }

  await buka(page, '/settings', page.locator('nav a[href*="/admin/settings/"]').first());
  const pengaturan = await page
    .locator('nav a[href*="/admin/settings/"]')
    .evaluateAll((tautan) => [
      ...new Set(tautan.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ]);
  for (const jalur of pengaturan) {
    await buka(page, jalur.replace(/^\/admin/, ''), page.locator('main h1').first());
    await j.catat(jalur);
  }
}

/**
 * "Kalender" shows the month's entries, and one opens its item in the content manager (the demo's
 * items have today's activity date: this month has entries for someone who reads both SOPs).
 */
async function bukaEntriKalender(page: Page) {
  const entri = page.getByTestId('redaksi-entri-kalender').first();
  await buka(page, '/plugins/redaksi/kalender?peran=semua', entri);
  const judul = (await entri.textContent())?.split(': ').slice(1).join(': ').trim();
  expect(judul).toBeTruthy();
  await entri.click();
  await page.waitForURL(/\/admin\/content-manager\/collection-types\/api::[^/]+\/[a-z0-9]+/);
  await terlihat(judulHalaman(page, judul as string));
}

/** What a walk must show: no English, no raw code, no accessibility violation, every screen reached. */
function periksa(j: Jelajah) {
  expect({
    inggrisAtauKode: j.laporan(),
    belumDicapai: j.belumDicapai(),
    aksesibilitas: j.pelanggaran(),
  }).toEqual({ inggrisAtauKode: [], belumDicapai: [], aksesibilitas: [] });
}

jest.setTimeout(6 * 60_000);
const peramban = new Peramban('bahasa');
beforeAll(() => peramban.mulai());
afterAll(() => peramban.tutup());

test('layar sebelum masuk, di peramban baru, dalam Bahasa Indonesia', async () => {
  await peramban.skenarioDenganPotret(async () => {
    const tamu = await peramban.tamu();
    const j = new Jelajah(tamu, 'tamu');
    for (const layar of [
      'masuk',
      'pilihan bahasa',
      'masuk kosong',
      'masuk gagal',
      'lupa kata sandi',
      'lupa kata sandi kosong',
      'lupa kata sandi terkirim',
    ])
      j.wajib.add(layar);
    await tamu.goto(`${alamat()}/admin`);
    await terlihat(tamu.locator('input[name=email]'));
    // Nothing stored yet: the panel chose Indonesian itself, and says so to the browser.
    expect(await tamu.evaluate((kunci) => localStorage.getItem(kunci), KUNCI_BAHASA)).toBe('id');
    expect(await tamu.evaluate(() => document.documentElement.lang)).toBe('id');
    await j.catat('masuk');
    await bukaPilihan(j, tamu.getByRole('combobox').first(), 'pilihan bahasa');
    await tamu.locator('button[type=submit]').click();
    await terlihat(tamu.locator('[aria-invalid=true]').first());
    await j.catat('masuk kosong');
    await tamu.locator('input[name=email]').fill('bukan-akun@demo.kpusumbar.id');
    await tamu.locator('input[name=password]').fill('sandi-yang-salah');
    await tamu.locator('button[type=submit]').click();
    // The server's answer, shown by the form as it comes.
    await terlihat(tamu.getByText('Email atau kata sandi salah.').first());
    await j.catat('masuk gagal');
    await tamu.goto(`${alamat()}/admin/auth/forgot-password`);
    await terlihat(tamu.locator('input[name=email]'));
    await j.catat('lupa kata sandi');
    await tamu.locator('button[type=submit]').click();
    await terlihat(tamu.locator('[aria-invalid=true]').first());
    await j.catat('lupa kata sandi kosong');
    await tamu.locator('input[name=email]').fill('bukan-akun@demo.kpusumbar.id');
    await tamu.locator('button[type=submit]').click();
    await tamu.waitForURL((url) => url.pathname.includes('forgot-password-success'));
    await j.catat('lupa kata sandi terkirim');
    await peramban.lepas('tamu');
    periksa(j);
  });
});

test('orang yang baru diundang: undangan, kata sandi, lalu setiap layarnya dalam Bahasa Indonesia', async () => {
  await peramban.skenarioDenganPotret(async () => {
    // Invited as the README's production steps do (Settings > Users > Invite new user: the same
    // request), with no language chosen for them.
    const tokenSuper = await tokenAdmin('super-admin@demo.kpusumbar.id', SANDI_DEMO);
    const { data: peran } = await api<{ data: { id: number; code: string }[] }>(
      '/admin/roles',
      tokenSuper,
    );
    const email = `undangan.${Date.now()}@kpusumbar.id`;
    const { data: undangan } = await api<{ data: { registrationToken: string } }>(
      '/admin/users',
      tokenSuper,
      {
        firstname: 'Rina',
        lastname: 'Undangan',
        email,
        roles: [peran.find(({ code }) => code === 'tim-pelaksana')?.id],
      },
    );

    const page = await peramban.tamu('undangan');
    const j = new Jelajah(page, 'undangan');
    j.wajib
      .add('daftar dari undangan')
      .add('daftar dari undangan galat')
      .add('konfirmasi hapus')
      .add('hapus milik orang lain ditolak');
    await page.goto(
      `${alamat()}/admin/auth/register?registrationToken=${undangan.registrationToken}`,
    );
    await terlihat(page.locator('input[name=password]'));
    await j.catat('daftar dari undangan');
    await page.locator('input[name=password]').fill('pendek');
    await page.locator('input[name=confirmPassword]').fill('lain');
    await page.locator('button[type=submit]').click();
    await terlihat(page.locator('[aria-invalid=true]').first());
    await j.catat('daftar dari undangan galat');
    const sandi = 'SandiUndangan2025';
    await page.locator('input[name=password]').fill(sandi);
    await page.locator('input[name=confirmPassword]').fill(sandi);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));

    // The server gave them Indonesian; the panel opened in it without them choosing.
    const token = await tokenAdmin(email, sandi);
    const { data: saya } = await api<{ data: { preferedLanguage: string | null } }>(
      '/admin/users/me',
      token,
    );
    expect(saya.preferedLanguage).toBe('id');
    await jelajahiPanel(j, await izinPengguna(token));

    // Deleting a colleague's item from the list (its row menu): the server refuses, and the
    // toast says so in Indonesian; the item stays.
    const baris = page.locator('tbody tr');
    await buka(page, `/content-manager/collection-types/${UID.kontenMedsos}`, baris.first());
    const sebelum = await baris.count();
    await baris
      .first()
      .getByRole('button', { name: /^(Row actions|Tindakan baris)$/ })
      .click();
    await page.getByRole('menuitem', { name: /^(Delete entry|Hapus entri)/ }).click();
    const konfirmasi = page.getByRole('alertdialog').or(page.getByRole('dialog')).first();
    await terlihat(konfirmasi);
    await j.catat('konfirmasi hapus');
    await konfirmasi.getByRole('button', { name: /^(Confirm|Konfirmasi|Hapus|Delete)$/ }).click();
    await terlihat(page.getByText('Anda tidak berhak melakukan tindakan ini.').first());
    await j.catat('hapus milik orang lain ditolak');
    expect(await baris.count()).toBe(sebelum);
    await peramban.lepas('undangan');
    periksa(j);
  });
});

test.each(PERAN.map(({ kode }) => kode))('setiap layar %s dalam Bahasa Indonesia', async (kode) => {
  await peramban.skenarioDenganPotret(async () => {
    const page = await peramban.sebagai(kode);
    const j = new Jelajah(page, kode);
    const izin = await izinPengguna(await tokenAdmin(`${kode}@demo.kpusumbar.id`, SANDI_DEMO));
    await jelajahiPanel(
      j,
      izin,
      kode === 'pemimpin-redaksi' ? (nama) => peramban.potret(page, nama, nama) : undefined,
    );
    if (kode === 'pemimpin-redaksi') await bukaEntriKalender(page);
    await peramban.lepas(kode);
    periksa(j);
  });
});
