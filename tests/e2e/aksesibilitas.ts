/**
 * Accessibility measured in the pages themselves: axe-core (its published bundle, evaluated in the
 * page, which Strapi's content security policy would refuse as an inline script) with the rules of
 * WCAG 2.2 level AA, on every screen the language crawl visits (Strapi's own included: login,
 * navigation, content manager, media library) and on the SOP panels and dialogs the scenarios
 * open. Government websites must be usable by everyone, their editors included; any violation of
 * those rules fails the scenario, whatever axe's impact rating.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const SKRIP_AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Pelanggaran {
  layar: string;
  aturan: string;
  dampak: string;
  uraian: string;
  elemen: string[];
}

/** The WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA, as axe-core tags its rules. */
export const TAG_WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every violation met in this test file's scenario, checked at its end. */
export const pelanggaranAksesibilitas: Pelanggaran[] = [];

/** Runs axe-core on `cakupan` (a CSS selector, else the whole page) and records what it finds. */
export async function periksaAksesibilitas(page: Page, layar: string, cakupan?: string) {
  // Colours are measured once a dialog has faded in (mid-animation every text is too light);
  // endless animations (loaders) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animasi) => animasi.effect?.getComputedTiming().endTime !== Infinity)
        .map((animasi) => animasi.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(SKRIP_AXE);
  const temuan = await page.evaluate(
    async ({ selektor, tag }) => {
      type Axe = {
        run: (
          konteks: unknown,
          opsi: unknown,
        ) => Promise<{
          violations: {
            id: string;
            impact?: string;
            help: string;
            nodes: { target: string[]; html: string }[];
          }[];
        }>;
      };
      const axe = (window as unknown as { axe: Axe }).axe;
      const hasil = await axe.run(selektor ? { include: [[selektor]] } : document, {
        runOnly: { type: 'tag', values: tag },
        resultTypes: ['violations'],
      });
      return hasil.violations.map((v) => ({
        aturan: v.id,
        dampak: v.impact ?? '',
        uraian: v.help,
        elemen: v.nodes.map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 160)}`).slice(0, 5),
      }));
    },
    { selektor: cakupan, tag: TAG_WCAG },
  );
  for (const v of temuan) pelanggaranAksesibilitas.push({ layar, ...v });
}
