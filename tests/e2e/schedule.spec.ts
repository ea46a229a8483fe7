// Schedule as data in the browser: the current week follows the reader's clock, deadlines count down,
// week pages exist, and the calendar feed is served and parses.
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

test('the browser re-marks the current week from its own clock, not the build date', async ({ page }) => {
  // The build is pinned to week 1; the reader's clock says Wednesday of week 3 in Chicago.
  await page.clock.setFixedTime(new Date('2027-01-27T18:00:00Z'));
  await page.goto('schedule/');
  await expect(page.locator('#week-3')).toHaveClass(/week-now/);
  await expect(page.locator('#week-1')).not.toHaveClass(/week-now/);
  await expect(page.locator('#week-3 .now-badge')).toBeVisible();
  await expect(page.locator('#week-1 .now-badge')).toBeHidden();
});

test('a deadline shows the reader\'s local time and a countdown, and is marked once past', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'Europe/Brussels' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2027-01-26T23:59:00-06:00'));
  await page.goto('projects/baseline-classifier/');
  const due = page.locator('.project-dates [data-due]');
  await expect(due.locator('time')).toHaveText('Fri, Jan 29, 23:59');
  // 23:59 in Chicago is 06:59 the next morning in Brussels.
  await expect(due.locator('.due-local')).toHaveText(/your time: Sat, Jan 30, 06:59 GMT\+1 · due in 3 days/);
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00Z'));
  await page.reload();
  await expect(due).toHaveClass(/is-past/);
  await expect(due.locator('.due-local')).toContainText('was due');
  await context.close();
});

test('each week has a page listing its lectures and deadlines, linked from the schedule', async ({ page }) => {
  await page.goto('schedule/');
  await page.locator('#week-3').getByRole('link', { name: 'Week 3' }).click();
  await expect(page.locator('h1')).toHaveText('Services and events');
  await expect(page.getByRole('link', { name: /P1 due: Baseline spam classifier/ })).toBeVisible();
  await page.getByRole('link', { name: /Previous week/ }).click();
  await expect(page.locator('h1')).toHaveText('Storage and interfaces');
});

test('the calendar feed is served under the base path and parses with an independent parser', async ({ page, request, baseURL }) => {
  await page.goto('schedule/');
  const feed = page.getByRole('link', { name: 'download it once' });
  const response = await request.get((await feed.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const root = new ICAL.Component(ICAL.parse(await response.text()));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const l01 = events.find((e) => e.uid.startsWith('lecture-interactive-batch-streaming@'));
  expect(l01?.startDate.toJSDate().toISOString()).toBe('2027-01-12T20:00:00.000Z');
  expect(l01?.component.getFirstPropertyValue('url')).toBe(`${baseURL}lectures/interactive-batch-streaming/`);
  expect(events.some((e) => e.uid.startsWith('due-baseline-classifier@'))).toBe(true);
  expect(await page.getByRole('link', { name: 'Subscribe to the course calendar' }).getAttribute('href')).toMatch(/^webcal:\/\/.+\/shipping-ml\/calendar\.ics$/);
});
