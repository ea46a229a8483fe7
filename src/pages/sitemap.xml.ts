// sitemap.xml: every published page of the course and its simulations, built from the same model the pages use.
import type { APIRoute } from 'astro';
import { getCourse } from '~/content';
import { href } from '~/lib/links';
import { simulationPage, STATIC_PAGES } from '~/lib/site-pages';
import { simulationIds } from '../../simulations/registry';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const { lectures, handouts, projects, weeks } = await getCourse();
  const paths = [
    ...STATIC_PAGES,
    ...simulationIds.map(simulationPage),
    ...lectures.map((l) => `/lectures/${l.slug}/`),
    ...handouts.map((h) => `/handouts/${h.slug}/`),
    ...projects.map((p) => `/projects/${p.slug}/`),
    ...weeks.map((w) => `/weeks/${w.week}/`),
  ];
  const urls = paths.map((path) => `  <url><loc>${escapeXml(new URL(href(path), site).href)}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
