// Measures the simulation budgets of issue #5 on a built site and merges them into bench/results.json.
// Usage: npm run build && npm run bench:sim   (serves dist/ itself on a spare port)
// Figures: JS before interaction (gzip), whether TF.js waits until the sim is visible, engine time
// per epoch, main-thread long tasks while playing, and TF.js tensors across 60 epochs; for the streaming
// sim, frames per second and long tasks while playing at 1× and 8×.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { writeSection } from './lib/results.mjs';

const PORT = 4391;
const origin = `http://127.0.0.1:${PORT}/`;
if (!existsSync('dist/index.html')) throw new Error('Build the site first: npm run build');
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({ executablePath: findBrowser().path, args: CHROMIUM_ARGS });

/** Scripts a page loads, with gzip sizes; only same-origin /_astro/ files count. */
function trackScripts(page) {
  const scripts = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.includes('/_astro/') || !url.endsWith('.js')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: url.split('/').pop(), gzip: gzipSync(body).length, worker: response.request().frame() === null });
  });
  return scripts;
}
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const isTf = (name) => /^(dist|selu_util|register_all_gradients)[.-]/.test(name);

try {
  // 1. A lecture with the sim below the fold: nothing of TF.js before it is scrolled into view.
  const lecture = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const lectureScripts = trackScripts(lecture);
  await lecture.goto(`${origin}lectures/problem-definition-labeling/`, { waitUntil: 'networkidle' });
  const beforeVisible = lectureScripts.slice();
  await lecture.locator('section.simulation').scrollIntoViewIfNeeded();
  await lecture.waitForFunction(() => document.querySelector('.classifier-sim')?.getAttribute('data-status') === 'ready', null, { timeout: 60_000 });
  await lecture.waitForLoadState('networkidle');
  const mainThread = lectureScripts.filter((s) => !s.worker && !isTf(s.url) && !/worker|engine/.test(s.url));

  // 2. The sim's own page: epoch time, long tasks while playing, tensors across 60 epochs.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}simulations/classifier/?epochs=60`);
  const sim = page.locator('.classifier-sim');
  await page.waitForFunction(() => document.querySelector('.classifier-sim')?.getAttribute('data-status') === 'ready', null, { timeout: 60_000 });
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: false });
  });
  const tensors = [Number(await sim.getAttribute('data-tensors'))];
  const started = Date.now();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(() => document.querySelector('.classifier-sim')?.getAttribute('data-status') === 'finished', null, { timeout: 180_000 });
  const seconds = (Date.now() - started) / 1000;
  tensors.push(Number(await sim.getAttribute('data-tensors')));
  const longTasks = await page.evaluate(() => window.__longTasks);

  // 3. The streaming sim: frames per second and long tasks while it plays at 1× and at 8×, tensors flat.
  const streaming = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await streaming.goto(`${origin}simulations/streaming/?dur=60`);
  await streaming.waitForFunction(() => document.querySelector('.streaming-sim')?.getAttribute('data-status') === 'ready', null, { timeout: 60_000 });
  const streamingTensors = [Number(await streaming.locator('.streaming-sim').getAttribute('data-tensors'))];
  const framesWhilePlaying = async (speed) => {
    await streaming.getByRole('combobox', { name: 'Speed' }).selectOption(String(speed));
    await streaming.getByRole('button', { name: 'Play' }).click();
    const measured = await streaming.evaluate(
      () =>
        new Promise((resolve) => {
          const tasks = [];
          const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
          observer.observe({ type: 'longtask', buffered: false });
          let frames = 0;
          const start = performance.now();
          const tick = () => {
            frames += 1;
            if (performance.now() - start < 4000) requestAnimationFrame(tick);
            else {
              observer.disconnect();
              resolve({ fps: Math.round((frames * 1000) / (performance.now() - start)), longTasks: tasks.length, maxLongTaskMs: Math.round(Math.max(0, ...tasks)) });
            }
          };
          requestAnimationFrame(tick);
        }),
    );
    await streaming.getByRole('button', { name: 'Pause' }).click();
    return measured;
  };
  const at1x = await framesWhilePlaying(1);
  const at8x = await framesWhilePlaying(8);
  streamingTensors.push(Number(await streaming.locator('.streaming-sim').getAttribute('data-tensors')));

  const results = {
    streaming: {
      whilePlayingAt1x: at1x,
      whilePlayingAt8x: at8x,
      simulatedSecondsReached: Math.round(Number(await streaming.locator('.streaming-sim').getAttribute('data-now')) / 1000),
      tensorsBeforeAndAfterPlaying: streamingTensors,
    },
    classifier: {
      islandJsBeforeInteractionKbGzip: kb(mainThread.reduce((sum, s) => sum + s.gzip, 0)),
      islandScripts: mainThread.map((s) => `${s.url} ${kb(s.gzip)} KB`),
      tfjsLoadedBeforeVisible: beforeVisible.some((s) => isTf(s.url)),
      tfjsKbGzip: kb(lectureScripts.filter((s) => isTf(s.url)).reduce((sum, s) => sum + s.gzip, 0)),
      wallMsPerEpochAt8x: Math.round((seconds * 1000) / 60),
      mainThreadLongTasksWhilePlaying: { count: longTasks.length, maxMs: Math.round(Math.max(0, ...longTasks)) },
      tensorsAfter0And60Epochs: tensors,
    },
  };
  writeSection('simPages', results);
  console.log(JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  server.kill();
}
