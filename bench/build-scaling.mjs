// Build scaling: the real course plus synthetic lectures (clones of real ones) at several sizes, timed.
// Usage: npm run bench:scaling [-- 24 100 500]   (total lecture counts; default 24, 100, 500)
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { timedBuild } from './lib/build.mjs';
import { writeSection } from './lib/results.mjs';

const WORK = 'bench/.tmp';
const FIRST_SYNTHETIC_WEEK = 8; // synthetic lectures fill the meeting slots the real schedule leaves free from week 8 on
const SLOTS = ['09:00', '10:30', '12:00', '13:30', '15:00'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const MEETINGS = DAYS.flatMap((day) => SLOTS.map((start) => ({ day, start, end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}${start.slice(2)}` })));

/** Writes content/ plus synthetic lectures so the course has `total` lectures; returns the folder. */
export function syntheticCourse(total) {
  const dir = join(WORK, `content-${total}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync('content', dir, { recursive: true });
  const real = readdirSync(join(dir, 'lectures')).filter((f) => f.endsWith('.mdx')).sort();
  const extra = Math.max(0, total - real.length);
  const perWeek = MEETINGS.length;
  const course = parse(readFileSync(join(dir, 'course.yaml'), 'utf8'));
  course.meetings = MEETINGS;
  course.holidays = [];
  const schedule = parse(readFileSync(join(dir, 'schedule.yaml'), 'utf8'));
  const realFrom = schedule.weeks.filter((w) => w.week >= FIRST_SYNTHETIC_WEEK).reduce((sum, w) => sum + (w.lectures?.length ?? 0), 0);
  course.term.weeks = Math.max(course.term.weeks, FIRST_SYNTHETIC_WEEK - 1 + Math.ceil((extra + realFrom) / perWeek));
  if (course.term.weeks > 30) throw new Error(`${total} lectures do not fit in a 30-week term at ${perWeek} meetings a week`);
  writeFileSync(join(dir, 'course.yaml'), stringify(course));

  const weekOf = (n) => {
    let week = schedule.weeks.find((w) => w.week === n);
    if (!week) schedule.weeks.push((week = { week: n, title: `Week ${n}` }));
    week.lectures ??= [];
    return week;
  };
  let week = FIRST_SYNTHETIC_WEEK;
  for (let i = 0; i < extra; i += 1) {
    const source = readFileSync(join(dir, 'lectures', real[i % real.length]), 'utf8');
    while (weekOf(week).lectures.length >= perWeek) week += 1;
    const slug = `synthetic-${String(i + 1).padStart(3, '0')}`;
    const text = source
      .replace(/^title: (.*)$/m, (_, title) => `title: ${JSON.stringify(`${title.replace(/^"|"$/g, '')} (copy ${i + 1})`)}`)
      .replace(/^week: \d+$/m, `week: ${week}`)
      .replace(/^order: \d+$/m, `order: ${100 + i}`);
    writeFileSync(join(dir, 'lectures', `${String(100 + i)}-${slug}.mdx`), text);
    weekOf(week).lectures.push(slug);
  }
  schedule.weeks.sort((a, b) => a.week - b.week);
  writeFileSync(join(dir, 'schedule.yaml'), stringify(schedule));
  return dir;
}

export async function measureScaling(sizes = [24, 100, 500]) {
  const points = [];
  for (const total of sizes) {
    const contentDir = syntheticCourse(total);
    const env = { COURSE_CONTENT_DIR: contentDir, ASTRO_OUT_DIR: join(WORK, `dist-${total}`), ASTRO_CACHE_DIR: join(WORK, `cache-${total}`) };
    const build = await timedBuild(env);
    points.push({ lectures: total, pages: build.pages, ms: build.ms, msPerPage: Math.round(build.ms / build.pages), pagefindMs: build.pagefindMs });
    console.log(`  ${total} lectures: ${build.pages} pages in ${(build.ms / 1000).toFixed(1)} s`);
    rmSync(join(WORK, `dist-${total}`), { recursive: true, force: true });
  }
  writeSection('buildScaling', { points });
  return points;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(await measureScaling(sizes.length ? sizes : undefined));
}
