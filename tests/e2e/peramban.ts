/**
 * Driving the admin panel as the editors do: Debian's Chromium through playwright-core, one
 * logged-in browser context per demo account, screenshots of every step for review.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pelanggaranAksesibilitas } from './aksesibilitas';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

export const TUNGGU_MS = 20_000;

/** Waits until `cek` holds; fails with what was last seen (playwright-core has no `expect`). */
export async function tunggu<T>(
  baca: () => Promise<T>,
  cek: (nilai: T) => boolean,
  uraian: string,
  batasMs = TUNGGU_MS,
): Promise<T> {
  const mulai = Date.now();
  let terakhir: T | undefined;
  while (Date.now() - mulai < batasMs) {
    terakhir = await baca().catch(() => undefined as T);
    if (terakhir !== undefined && cek(terakhir)) return terakhir;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Menunggu ${uraian}; terakhir terlihat: ${JSON.stringify(terakhir)}`);
}

export const terlihat = (locator: Locator, batasMs = TUNGGU_MS) =>
  locator.waitFor({ state: 'visible', timeout: batasMs });
export const hilang = (locator: Locator, batasMs = TUNGGU_MS) =>
  locator.waitFor({ state: 'hidden', timeout: batasMs });

/** The text of an element once it matches. */
export const teksMenjadi = (locator: Locator, harapan: string | RegExp, batasMs = TUNGGU_MS) =>
  tunggu(
    async () => (await locator.textContent()) ?? '',
    (teks) => (typeof harapan === 'string' ? teks.trim() === harapan : harapan.test(teks)),
    `teks ${String(harapan)}`,
    batasMs,
  );

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
export const SANDI_DEMO = 'RedaksiDemo2025';
export const FOLDER_POTRET = path.resolve(__dirname, 'screenshots');
const FOLDER_DOKUMENTASI = path.resolve(__dirname, '..', '..', 'docs', 'tangkapan-layar');

export const alamat = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL belum ada: jalankan lewat `npm run test:e2e`');
  return url;
};

/** The server's admin API as the panel calls it (a JSON body is a POST); a refusal throws with its answer. */
export async function api<T>(jalur: string, token: string | null, body?: object): Promise<T> {
  const res = await fetch(`${alamat()}${jalur}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const isi = (await res.json()) as T;
  if (!res.ok) throw new Error(`${jalur}: ${res.status} ${JSON.stringify(isi)}`);
  return isi;
}

/** An admin session's token, logged in through /admin/login. */
export async function tokenAdmin(email: string, sandi: string): Promise<string> {
  const { data } = await api<{ data: { token: string } }>('/admin/login', null, {
    email,
    password: sandi,
  });
  return data.token;
}

export const UID = {
  kontenMedsos: 'api::konten-medsos.konten-medsos',
  liputan: 'api::liputan.liputan',
  disposisi: 'api::disposisi.disposisi',
};

export class Peramban {
  private browser: Browser | null = null;
  private konteks = new Map<string, BrowserContext>();
  private nomor = 0;
  /** Every click a person made in any of this scenario's pages (issue #24 counts them per cycle). */
  klik = 0;

  constructor(private readonly skenario: string) {}

  async mulai() {
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    mkdirSync(FOLDER_POTRET, { recursive: true });
    mkdirSync(FOLDER_DOKUMENTASI, { recursive: true });
  }

  async tutup() {
    await this.browser?.close();
  }

  /** A page of its own browser context, nobody logged in (the login screens as a visitor sees them). */
  async tamu(nama = 'tamu'): Promise<Page> {
    if (!this.browser) throw new Error('Peramban belum dimulai');
    const konteks = await this.browser.newContext({
      viewport: { width: 1440, height: 1000 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    this.konteks.set(nama, konteks);
    // Counted in the page, where a person's clicks land, whatever helper made them.
    await konteks.exposeBinding('__redaksiKlik', () => {
      this.klik += 1;
    });
    await konteks.addInitScript(() => {
      const catat = (window as unknown as { __redaksiKlik: () => Promise<void> }).__redaksiKlik;
      window.addEventListener('click', () => void catat(), true);
    });
    return konteks.newPage();
  }

  /** A page logged in as the demo account of a role (one login per role for the whole scenario). */
  async sebagai(peran: string): Promise<Page> {
    const ada = this.konteks.get(peran);
    if (ada) return ada.pages()[0];
    return this.masuk(peran, `${peran}@demo.kpusumbar.id`, SANDI_DEMO);
  }

  /** A fresh browser context logged in through the login screen, as a person does. */
  async masuk(nama: string, email: string, sandi: string): Promise<Page> {
    const page = await this.tamu(nama);
    await page.goto(`${alamat()}/admin/auth/login`);
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(sandi);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    return page;
  }

  /** Runs a scenario; on failure every open page is photographed, to see what the editor saw. */
  async skenarioDenganPotret(langkah: () => Promise<void>) {
    try {
      await langkah();
    } catch (error) {
      for (const [peran, konteks] of this.konteks) {
        for (const page of konteks.pages())
          await this.potret(page, `GAGAL-${peran}`).catch(() => undefined);
      }
      throw error;
    }
  }

  /**
   * A full-page screenshot for review under tests/e2e/screenshots/. With `dokumentasi`, the screen
   * as the editor sees it is also saved as docs/tangkapan-layar/<dokumentasi>.png: the README's
   * pictures are made here, so they show the product as it is.
   */
  async potret(page: Page, nama: string, dokumentasi?: string) {
    this.nomor += 1;
    const berkas = `${this.skenario}-${String(this.nomor).padStart(2, '0')}-${nama}.png`;
    await page.screenshot({ path: path.join(FOLDER_POTRET, berkas), fullPage: true });
    if (dokumentasi)
      await page.screenshot({ path: path.join(FOLDER_DOKUMENTASI, `${dokumentasi}.png`) });
  }

  /**
   * The first page of a printable as paper shows it: rendered by pdf.js in Chromium (what Firefox
   * shows for a PDF), saved as docs/tangkapan-layar/<dokumentasi>.png beside the screens, so the
   * README shows the sheets as the office prints them.
   */
  async potretPdf(pdf: Buffer, dokumentasi: string) {
    if (!this.browser) throw new Error('Peramban belum dimulai');
    const pdfjs = path.dirname(require.resolve('pdfjs-dist/package.json'));
    const asal = 'http://cetakan.lokal';
    const page = await this.browser.newPage({ viewport: { width: 1000, height: 1000 } });
    try {
      // A module script in the page itself: this file is compiled to CommonJS, where a dynamic
      // import() inside page.evaluate would turn into a require() the browser does not have.
      const html = `<!doctype html><html lang="id"><body style="margin:0;background:#fff">
<canvas id="halaman"></canvas>
<script type="module">
import * as pdfjsLib from '/pdf.min.mjs';
pdfjsLib.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
const halaman = await (await pdfjsLib.getDocument('/cetakan.pdf').promise).getPage(1);
const ukuran = halaman.getViewport({ scale: 1.5 });
const kanvas = document.getElementById('halaman');
kanvas.width = ukuran.width;
kanvas.height = ukuran.height;
await halaman.render({ canvasContext: kanvas.getContext('2d'), viewport: ukuran }).promise;
document.body.dataset.siap = 'ya';
</script></body></html>`;
      await page.route(`${asal}/**`, (route) => {
        const jalur = new URL(route.request().url()).pathname;
        if (jalur === '/') return route.fulfill({ contentType: 'text/html', body: html });
        if (jalur === '/cetakan.pdf')
          return route.fulfill({ contentType: 'application/pdf', body: pdf });
        return route.fulfill({
          contentType: 'text/javascript',
          path: path.join(pdfjs, 'build', path.basename(jalur)),
        });
      });
      await page.goto(`${asal}/`);
      await page.locator('body[data-siap=ya]').waitFor({ timeout: TUNGGU_MS });
      await page
        .locator('#halaman')
        .screenshot({ path: path.join(FOLDER_DOKUMENTASI, `${dokumentasi}.png`) });
    } finally {
      await page.close();
    }
  }

  /** Closes a role's browser context once its part is done (a crawl of every role keeps few open). */
  async lepas(nama: string) {
    await this.konteks.get(nama)?.close();
    this.konteks.delete(nama);
  }
}

/**
 * One end-to-end scenario in its own browser: the setup both SOP scenarios share (a long timeout,
 * the browser started and closed, screenshots on failure, no accessibility violation on the SOP
 * panels and dialogs it opened).
 */
export function skenario(
  nama: string,
  judul: string,
  langkah: (peramban: Peramban) => Promise<void>,
): void {
  jest.setTimeout(10 * 60_000);
  const peramban = new Peramban(nama);
  beforeAll(() => peramban.mulai());
  afterAll(() => peramban.tutup());
  test(judul, async () => {
    await peramban.skenarioDenganPotret(() => langkah(peramban));
    expect(pelanggaranAksesibilitas).toEqual([]);
  });
}
