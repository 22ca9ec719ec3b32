/**
 * The SOP's own screens as the editors reach them: an item opened from Meja Redaksi, its SOP panel
 * in the edit view, and the SOP actions run through their dialogs.
 */
import { escapeRegExp } from 'lodash';
import type { Locator, Page } from 'playwright-core';
import { jalanUtama } from '../../src/plugins/redaksi/server/src/domain/jalan';
import type { DefinisiAlur } from '../../src/plugins/redaksi/server/src/workflows/types';
import { labelTahap } from '../../src/plugins/redaksi/shared/alur';
import { PERAN } from '../../src/plugins/redaksi/shared/peran';
import { periksaAksesibilitas } from './aksesibilitas';
import { alamat, hilang, type Peramban, teksMenjadi, terlihat, tunggu } from './peramban';

/** Strapi's label of the edit view's menu of further document actions. */
const LABEL_LAINNYA = /^(More document actions|Tindakan dokumen lainnya)$/;

export async function bukaDokumen(page: Page, uid: string, documentId: string) {
  await page.goto(`${alamat()}/admin/content-manager/collection-types/${uid}/${documentId}`);
  await terlihat(panelSop(page), 30_000);
}

export const panelSop = (page: Page): Locator => page.getByTestId('redaksi-panel');

/** The stage the SOP panel shows. */
export async function tahapDiPanel(page: Page, label: string) {
  await teksMenjadi(page.getByTestId('redaksi-tahap'), label);
}

/** Opens an SOP action from the edit view's document actions menu: its dialog. */
export async function klikTindakan(page: Page, label: string): Promise<void> {
  // The content manager shows the first actions as buttons (a type without Publish has room for
  // one) and the rest in its "more" menu.
  const tombol = page.getByRole('button', { name: label, exact: true });
  const lainnya = page.getByRole('button', { name: LABEL_LAINNYA });
  // The actions appear once the item's SOP state has loaded.
  await tunggu(
    async () => (await tombol.isVisible()) || (await lainnya.isVisible()),
    Boolean,
    `tindakan "${label}"`,
  );
  if (await tombol.isVisible()) {
    await tombol.click();
  } else {
    await lainnya.click();
    await page.getByRole('menuitem', { name: label }).click();
  }
}

/**
 * The edit view's primary button: the first button of its actions panel (the content manager
 * renders the first action there, beside its "more" menu).
 */
export const tombolUtama = (page: Page): Locator =>
  page.locator('aside').first().getByRole('button').first();

/** The step's action is the primary button (issue #24): asserted before it is taken. */
export async function tombolUtamaAdalah(page: Page, label: string | RegExp) {
  await tunggu(
    async () => (await tombolUtama(page).textContent())?.trim() ?? '',
    (teks) => (typeof label === 'string' ? teks === label : label.test(teks)),
    `tombol utama "${label}"`,
  );
}

/** Opens an SOP action's dialog from the edit view's actions. */
export async function bukaAksi(page: Page, label: string): Promise<Locator> {
  await klikTindakan(page, label);
  const dialog = page.getByRole('dialog');
  await terlihat(dialog);
  await periksaAksesibilitas(page, `dialog ${label}`, '[role=dialog]');
  return dialog;
}

/** What a person gives an SOP action's dialog, and the stage the item must reach. */
export interface PilihanAksi {
  /** A step of the main path: its action must be the edit view's primary button. */
  utama?: boolean;
  catatan?: string;
  tugaskan?: (string | RegExp)[];
  tahapBaru: string;
  /** What the person must see in the dialog before confirming (e.g. what changed since a return). */
  diDialog?: (dialog: Locator) => Promise<void>;
}

/** Runs an SOP action through its dialog and waits for the panel to show the next stage. */
export async function jalankanAksi(page: Page, label: string, pilihan: PilihanAksi) {
  if (pilihan.utama) await tombolUtamaAdalah(page, label);
  const dialog = await bukaAksi(page, label);
  await pilihan.diDialog?.(dialog);
  if (pilihan.catatan) await dialog.getByRole('textbox', { name: /Catatan/ }).fill(pilihan.catatan);
  for (const nama of pilihan.tugaskan ?? [])
    await dialog.getByRole('checkbox', { name: nama }).check();
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await hilang(dialog);
  await tahapDiPanel(page, pilihan.tahapBaru);
}

/** The queue's row of an item, found by its title; a click opens it (photographed first when asked). */
export async function bukaDariMejaRedaksi(page: Page, judul: string, potret?: () => Promise<void>) {
  await page.goto(`${alamat()}/admin/plugins/redaksi`);
  const baris = page.getByTestId('redaksi-antrean-baris').filter({ hasText: judul });
  await terlihat(baris);
  await potret?.();
  // The title's link (the row's action buttons may be links too, to the edit view).
  await baris.getByRole('link').first().click();
  await terlihat(panelSop(page), 30_000);
  await periksaAksesibilitas(page, `panel SOP "${judul}"`, '[data-testid=redaksi-panel]');
}

/** One person's SOP step taken from their Meja Redaksi (see langkahDariMejaRedaksi). */
export interface LangkahMeja extends PilihanAksi {
  peran: string;
  aksi: string;
  /** The stage the panel must show before the step. */
  tahap?: string;
  /** The screenshot's name, taken once the step is done. */
  potret?: string;
}

/**
 * One person's step from their Meja Redaksi: logged in as the role, the item opened from the
 * queue, the stage checked, the SOP action run through its dialog, the result photographed.
 * Answers that person's page.
 */
export async function langkahDariMejaRedaksi(
  peramban: Peramban,
  judul: string,
  { peran, aksi, tahap, potret, ...pilihan }: LangkahMeja,
): Promise<Page> {
  const page = await peramban.sebagai(peran);
  await bukaDariMejaRedaksi(page, judul);
  if (tahap) await tahapDiPanel(page, tahap);
  await jalankanAksi(page, aksi, pilihan);
  if (potret) await peramban.potret(page, potret);
  return page;
}

/** A demo account is named after its role ("Tim Peliputan (demo)"): the name its checkbox shows. */
const namaAkunDemo = (kode: string) =>
  new RegExp(
    escapeRegExp((PERAN.find((peran) => peran.kode === kode)?.nama ?? kode).split(' (')[0]),
  );

/**
 * The step of the workflow's main path (domain/jalan.ts) taken from stage `dari`, as a person takes
 * it in the panel: their role, the action's label, the stage the panel shows before and the one
 * the item itself shows after (a forwarded sheet's, not its child's), and for an assignment the
 * person ticked. The scenarios name where they stand; what is done there comes from the definition.
 */
export function langkahJalan(alur: DefinisiAlur, dari: string): LangkahMeja & { tahap: string } {
  // The Koordinator Liputan, who drafts a coverage plan, forwards it (as the demo does).
  const langkah = jalanUtama(alur, { utamakan: ['koordinator-liputan'] }).find(
    (item) => item.dari === dari,
  );
  if (!langkah) throw new Error(`Tahap "${dari}" tidak ada di jalan utama alur ${alur.kode}`);
  return {
    peran: langkah.peran,
    aksi: langkah.aksi.label,
    tahap: labelTahap(alur, dari),
    tahapBaru: labelTahap(alur, langkah.aksi.ke),
    utama: true,
    ...(langkah.ditugaskan ? { tugaskan: [namaAkunDemo(langkah.ditugaskan)] } : {}),
  };
}
