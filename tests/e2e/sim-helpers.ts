// Shared helpers for simulation e2e specs: the sim's root, waiting until it is ready, axe on the sim only.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The root element of simulation `id` (its view sets `className="<id>-sim"`). */
export const simRoot = (page: Page, id: string) => page.locator(`.${id}-sim`);

/** Waits until the engine has loaded and the run can be driven. */
export const waitReady = (page: Page, id: string) => expect(simRoot(page, id)).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });

/** WCAG 2.1 A/AA violations inside the simulation, as short strings (empty when clean). */
export async function simAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.simulation').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
}
