// Following links from the home page reaches every lecture, and every internal link resolves under the base path.
import { expect, test } from '@playwright/test';
import { BASE, lectureRoutes, routes } from './site-pages';

test('crawling from home reaches every page, with every link inside the base path', async ({ page, request }) => {
  const seen = new Set<string>();
  const queue = [BASE];
  const outsideBase: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    expect(response.status(), `${path} should load`).toBe(200);
    if (!response.headers()['content-type']?.includes('text/html')) continue;
    await page.setContent(await response.text());
    const links = await page.$$eval('a[href], link[href], img[src], script[src]', (els) =>
      els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
    );
    for (const link of links) {
      if (!link.startsWith('/') || link.startsWith('//')) continue;
      if (!link.startsWith(BASE) && link !== BASE.slice(0, -1)) outsideBase.push(`${path} → ${link}`);
      queue.push(link.split('#')[0]!);
    }
  }
  expect(outsideBase).toEqual([]);
  const reached = [...seen].map((p) => p.slice(BASE.length));
  for (const route of routes) expect(reached, `/${route} is reachable from home`).toContain(route);
});

test('a reader can walk through all lectures with the next links', async ({ page }) => {
  await page.goto('lectures/');
  await page.locator('main a[href*="/lectures/"]').first().click();
  // Wait for the lecture itself: counting next links on the list page still showing ends the walk at once.
  await page.waitForURL(/\/lectures\/[^/]+\/$/);
  const visited = [new URL(page.url()).pathname];
  while (await page.locator('a[rel="next"]').count()) {
    const next = (await page.locator('a[rel="next"]').getAttribute('href'))!;
    await page.locator('a[rel="next"]').click();
    await page.waitForURL((url) => url.pathname === next);
    visited.push(next);
  }
  expect(visited.map((p) => p.slice(BASE.length)).sort()).toEqual(lectureRoutes);
});

test('home shows the current week (pinned to week 1 in this build) and links into it', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { name: 'This week: week 1' })).toBeVisible();
  const thisWeek = page.locator('section[aria-labelledby="this-week"]');
  await expect(thisWeek.getByRole('link', { name: /^L01:/ })).toBeVisible();
  await expect(thisWeek.getByRole('link', { name: /^P1 released/ })).toBeVisible();
});

test('the schedule shows computed dates, the break week and the current week', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-12T18:00:00Z'));
  await page.goto('schedule/');
  const week1 = page.locator('#week-1');
  await expect(week1).toHaveClass(/week-now/);
  await expect(week1).toContainText('Jan 11 – Jan 17');
  await expect(week1).toContainText('Tue, Jan 12');
  await expect(page.locator('.break-row')).toContainText('Spring break');
  await expect(page.locator('#week-10')).toContainText('Mar 22 – Mar 28');
  await expect(page.locator('#week-3')).toContainText('P1 due');
  await expect(page.locator('#week-3 time[datetime="2027-01-29T23:59:00-06:00"]')).toHaveText('Fri, Jan 29, 23:59');
});
