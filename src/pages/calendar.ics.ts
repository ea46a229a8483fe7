// /calendar.ics: the course's lectures and deadlines as an iCalendar feed to subscribe to.
import type { APIRoute } from 'astro';
import { getCourse } from '~/content';
import { courseCalendar } from '~/lib/course-calendar';
import { writeCalendar } from '~/lib/ics';
import { href } from '~/lib/links';

export const GET: APIRoute = async ({ site }) => {
  const model = await getCourse();
  const absolute = (path: string) => new URL(href(path), site).href;
  // SOURCE_DATE_EPOCH makes the feed byte-for-byte reproducible; otherwise DTSTAMP is the build time.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const stamp = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return new Response(writeCalendar(courseCalendar(model, absolute, stamp)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
