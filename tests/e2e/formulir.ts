/** Filling Strapi's edit-view inputs the way a person does, and the photos they upload. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { escapeRegExp } from 'lodash';
import type { Locator, Page } from 'playwright-core';
import { hilang, TUNGGU_MS, tunggu } from './peramban';
import sharp from 'sharp';

/** A date typed into Strapi's date picker as the Indonesian panel shows it (dd/MM/yyyy), the WIB day. */
export async function isiTanggal(page: Page, nama: string, tanggal: Date) {
  const input = page.locator(`input[name="${nama}"]`);
  await input.click();
  await input.pressSequentially(format(new TZDate(tanggal, 'Asia/Jakarta'), 'dd/MM/yyyy'));
  await input.press('Tab');
}

/** Text typed into a blocks (rich text) field: the editor next to the field's block-type selector. */
export async function isiTeksBlok(page: Page, nama: string, teks: string) {
  const field = page
    .locator('div')
    .filter({ has: page.locator(`[name="${nama}"]`) })
    .filter({ has: page.locator('[contenteditable=true]') })
    .last();
  await field.locator('[contenteditable=true]').click();
  await page.keyboard.type(teks);
}

/** Choose an option of an enumeration field. */
export async function pilihOpsi(page: Page, nama: string, opsi: string) {
  await page.locator(`[name="${nama}"]`).click();
  await page.getByRole('option', { name: opsi, exact: true }).click();
}

/** `jumlah` distinct JPEG photos in a temporary folder, as a camera would give them. */
export async function fotoUji(
  jumlah: number,
  awalan = 'foto',
  { width, height } = { width: 800, height: 533 },
): Promise<string[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'redaksi-e2e-foto-'));
  const warna = ['#1d4ed8', '#15803d', '#b45309', '#7e22ce', '#be123c', '#0f766e'];
  return Promise.all(
    Array.from({ length: jumlah }, async (_, i) => {
      const berkas = path.join(folder, `${awalan}-${i + 1}.jpg`);
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${warna[i % warna.length]}"/><text x="${width / 2}" y="${height / 2 + 14}" font-size="56" fill="#fff" text-anchor="middle" font-family="sans-serif">${awalan} ${i + 1}</text></svg>`;
      await sharp(Buffer.from(svg)).jpeg().toFile(berkas);
      return berkas;
    }),
  );
}

/** Strapi's labels of the edit view's buttons, in Indonesian where the panel has them, else English. */
const LABEL = {
  simpan: /^(Save|Simpan)$/,
  terbit: /^(Publish|Terbit)$/,
};

export function documentIdDariUrl(page: Page): string {
  const cocok = /\/collection-types\/[^/]+\/([a-z0-9]+)/.exec(new URL(page.url()).pathname);
  if (!cocok || cocok[1] === 'create') throw new Error(`Bukan halaman dokumen: ${page.url()}`);
  return cocok[1];
}

export async function simpan(page: Page) {
  const tombol = page.getByRole('button', { name: LABEL.simpan });
  await tombol.click();
  // Saved once a new document has its own address and the form has nothing left to save.
  await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: TUNGGU_MS });
  await tunggu(() => tombol.isDisabled(), Boolean, 'dokumen tersimpan');
}

export async function terbitkan(page: Page) {
  await page.getByRole('button', { name: LABEL.terbit }).click();
}

/** The alt text the scenarios give a photo: named after its file, so each is told apart. */
export const teksAlternatif = (berkas: string) =>
  `Dokumentasi kegiatan ${path.basename(berkas, path.extname(berkas))}`;

/**
 * Adds new photos to a media field (found by its label) in one pick through the media library's
 * upload dialog, describing each one (its alternative text, which the SOPs require before review)
 * in the field under its card, as an editor does before uploading (patches/@strapi+upload: Strapi
 * has it only behind each card's edit dialog). `sebelumUnggah` sees the filled dialog.
 */
export async function unggahKeField(
  page: Page,
  labelField: string,
  berkas: string[],
  sebelumUnggah?: () => Promise<void>,
) {
  const field = page.locator(
    `section[aria-roledescription="carousel"][aria-label^="${labelField}" i]`,
  );
  const kosong = field.getByText(/Click to add an asset|Klik untuk menambahkan aset/);
  if (await kosong.isVisible()) await kosong.click();
  else await field.getByRole('button', { name: /^(Add|Tambah)$/ }).click();
  await page.getByRole('button', { name: /Add more assets|Tambah aset lain/ }).click();
  await page.locator('input[type=file]').setInputFiles(berkas);
  for (const nama of berkas)
    await page
      .getByRole('dialog')
      .getByRole('textbox', {
        // Every card has one, named with its file.
        name: new RegExp(
          `^(Alternative text|Teks alternatif) \\(${escapeRegExp(path.basename(nama))}\\)$`,
        ),
      })
      .fill(teksAlternatif(nama));
  await sebelumUnggah?.();
  await page.getByRole('button', { name: /Upload \d+ assets? to the library|Unggah/ }).click();
  await page.getByRole('button', { name: /^(Finish|Selesai)$/ }).click();
  await hilang(page.getByRole('dialog'));
}

/**
 * A field the SOP locks for this person: disabled, and its description (aria-describedby) the
 * reason; answers that description.
 */
export async function keteranganKunci(field: Locator): Promise<string> {
  await tunggu(
    () => field.isDisabled(),
    (ya) => ya,
    'kolom terkunci',
  );
  return field.evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** The first upload link of an item with none yet (SOP 21 langkah 5), saved: the platform and its URL. */
export async function isiTautanPertama(page: Page, platform: string, url: string) {
  await page
    .getByRole('button', { name: /Belum ada entri/ })
    .first()
    .click();
  await pilihOpsi(page, 'tautan.0.platform', platform);
  await page.locator('input[name="tautan.0.url"]').fill(url);
  await simpan(page);
}
