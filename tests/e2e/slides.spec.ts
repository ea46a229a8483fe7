// Lecture decks: slide count from the MDX, keyboard, speaker view, a live simulation, print to PDF, axe, CSP, links.
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectedSlideCount } from './mdx-slides';
import { routes } from './site-pages';

const SLUG = 'streaming-time-windows';
const DECK = `lectures/${SLUG}/slides/`;
const lectureFiles = readdirSync('content/lectures').filter((f) => f.endsWith('.mdx'));
const fileOf = (slug: string) => `content/lectures/${lectureFiles.find((f) => f.replace(/^\d+-/, '') === `${slug}.mdx`)!}`;

const ready = (page: Page) => expect(page.locator('[data-deck]')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
const current = (page: Page) => page.locator('.slides > section.present');
const slideNumber = (page: Page) => current(page).getAttribute('data-slide');
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);

/** Pages in a PDF: page objects are "/Type /Page"; the page tree is "/Type /Pages". */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('every lecture has a deck whose slide count follows its MDX structure', async ({ page }) => {
  const decks = routes.filter((r) => /^lectures\/[^/]+\/slides\/$/.test(r));
  expect(decks.length).toBe(routes.filter((r) => /^lectures\/[^/]+\/$/.test(r)).length);
  for (const deck of decks) {
    const slug = deck.split('/')[1]!;
    await page.goto(deck);
    await ready(page);
    const expected = expectedSlideCount(fileOf(slug));
    await expect(page.locator('.slides > section'), deck).toHaveCount(expected);
    await expect(page.locator('.reveal .slide-number'), deck).toHaveText(new RegExp(`^\\s*1\\s*/\\s*${expected}\\s*$`));
  }
});

test('the deck opens on its title slide and moves by keyboard', async ({ page }) => {
  await page.goto(DECK);
  await ready(page);
  await expect(current(page).locator('h1')).toHaveText('Streaming: event time, windows, watermarks and late data');
  await expect(current(page).getByText('After this lecture you can')).toBeVisible();
  const total = await page.locator('.slides > section').count();
  await page.keyboard.press('ArrowRight');
  await expect(current(page).locator('h2').first()).toHaveText('Unbounded data and two clocks');
  // The slide-only list shows on the slide; the lecture's prose does not.
  await expect(current(page).getByText('when the user clicked Report spam')).toBeVisible();
  await page.keyboard.press('Space');
  expect(await slideNumber(page)).toBe('3');
  await page.keyboard.press('End');
  expect(await slideNumber(page)).toBe(String(total));
  await page.keyboard.press('Home');
  expect(await slideNumber(page)).toBe('1');
  await page.keyboard.press('o');
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
  await page.keyboard.press('Shift+Slash');
  await expect(page.locator('.r-overlay-help')).toBeVisible();
  await expect(page.locator('.r-overlay-help')).toContainText('Speaker view');
  await page.keyboard.press('Escape');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
});

test('the speaker view shows the notes and a timer, follows the deck and drives it', async ({ page }) => {
  await page.goto(DECK);
  await ready(page);
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(speaker).toHaveURL(new RegExp(`${DECK}speaker/$`));
  await expect(speaker.locator('[data-speaker-position]')).toHaveText(/^Slide 1 of \d+$/);
  // The title slide's notes: the author's <Speaker> note and the lecture's opening prose.
  const notes = speaker.locator('[data-speaker-notes]');
  await expect(notes).toContainText('Open with the 09:40 invoice scene');
  await expect(notes).toContainText('By 10:00 hundreds of users have clicked');
  await expect(speaker.locator('[data-speaker-next]')).toHaveText('Unbounded data and two clocks');
  await expect(speaker.locator('[data-speaker-elapsed]')).not.toHaveText('0:00', { timeout: 5_000 });

  // The deck moves, the speaker view follows with that slide's prose as notes.
  await page.keyboard.press('ArrowRight');
  await expect(speaker.locator('[data-speaker-title]')).toHaveText('Unbounded data and two clocks');
  await expect(notes).toContainText('so a job reading the topic never holds');
  // Keys in the speaker window move the deck.
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => slideNumber(page)).toBe('3');
  await speaker.getByRole('button', { name: '← Previous' }).click();
  await expect.poll(() => slideNumber(page)).toBe('2');
  expect(await axe(speaker)).toEqual([]);
  // The toolbar link brings the same window back rather than opening a second one.
  await page.getByRole('link', { name: /Speaker view/ }).click();
  await expect(speaker.locator('[data-speaker-position]')).toHaveText(/^Slide 2 of/);
  expect(page.context().pages()).toHaveLength(2);
});

test('a simulation on its slide loads live, with the lesson settings, and plays', async ({ page }) => {
  await page.goto(DECK);
  await ready(page);
  const number = await page.locator('.slide-simulation').first().getAttribute('data-slide');
  await page.keyboard.press('End');
  await page.goto(`${DECK}#/${number}`);
  await expect(current(page)).toHaveClass(/slide-simulation/);
  const frame = current(page).frameLocator('iframe.deck-sim-frame');
  const sim = frame.locator('.streaming-sim');
  await expect(sim).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });
  // hide={[…]} from the MDX reaches the embedded simulation: the window type setting is hidden.
  await expect(frame.getByRole('combobox', { name: 'Preset' })).toHaveValue('idle-partition');
  await expect(frame.getByRole('combobox', { name: /^Window$/ })).toHaveCount(0);
  // On a slide the frame keeps the run: no footer, and the charts come before the settings.
  await expect(frame.locator('.sim-footer')).toBeHidden();
  const [chartsTop, settingsTop] = await Promise.all([frame.locator('.sim-charts').boundingBox(), frame.locator('.sim-controls').boundingBox()]);
  expect(chartsTop!.y).toBeLessThan(settingsTop!.y);
  await frame.getByRole('button', { name: 'Play' }).click();
  await expect(sim).toHaveAttribute('data-status', 'playing');
  // Slide keys pressed inside the simulation still move the deck.
  await frame.locator('.sim-preset-description').click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideNumber(page)).toBe(String(Number(number) + 1));
});

test('printing gives one PDF page per slide', async ({ page }) => {
  await page.goto(`${DECK}?print-pdf`);
  await ready(page);
  const slides = await page.locator('.slides section.slide').count();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPages(pdf)).toBe(slides);
  expect(slides).toBe(expectedSlideCount(fileOf(SLUG)));
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`axe: the deck in the ${theme} theme, on a figure, code and simulation slide`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('deck-theme', t), theme);
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
    await page.goto(DECK);
    await ready(page);
    expect(await axe(page)).toEqual([]);
    for (const selector of ['.slide-figure', 'section.slide:has(pre.astro-code)', '.slide-simulation']) {
      const number = await page.locator(selector).first().getAttribute('data-slide');
      await page.evaluate((n) => (window.location.hash = `#/${n}`), number);
      await expect.poll(() => slideNumber(page)).toBe(number);
      expect(await axe(page), selector).toEqual([]);
    }
  });
}

test('the T key and the toolbar cycle the themes and remember the choice', async ({ page }) => {
  await page.goto(DECK);
  await ready(page);
  await page.keyboard.press('t');
  const first = await page.locator('html').getAttribute('data-deck-theme');
  await page.getByRole('button', { name: /^Theme:/ }).click();
  const second = await page.locator('html').getAttribute('data-deck-theme');
  expect([first, second]).toEqual(['light', 'dark']);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-deck-theme', 'dark');
});

test('a lecture page links to its slides and the deck links back to the notes', async ({ page }) => {
  await page.goto(`lectures/${SLUG}/`);
  await page.getByRole('link', { name: 'Slides', exact: true }).click();
  await ready(page);
  await expect(page).toHaveURL(new RegExp(`${DECK}$`));
  await page.getByRole('link', { name: 'Notes' }).click();
  await expect(page.locator('h1')).toHaveText('Streaming: event time, windows, watermarks and late data');
  // The lecture page still shows none of the deck-only content.
  await expect(page.getByText('Open with the 09:40 invoice scene')).toHaveCount(0);
  await expect(page.getByText('when the user clicked Report spam')).toHaveCount(0);
});

test('the deck, its speaker view and an embedded simulation break no rule of the content security policy', async ({ page, context }) => {
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(DECK);
  await ready(page);
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(speaker.locator('[data-speaker-position]')).toHaveText(/^Slide 1 of/);
  const number = await page.locator('.slide-simulation').first().getAttribute('data-slide');
  await page.evaluate((n) => (window.location.hash = `#/${n}`), number);
  await expect(current(page).frameLocator('iframe').locator('.streaming-sim')).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });
  expect(violations).toEqual([]);
});
