// robots.txt: everything may be crawled; points crawlers at the sitemap.
import type { APIRoute } from 'astro';
import { href } from '~/lib/links';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('/sitemap.xml'), site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
