// The web app manifest, so the course installs as an app; paths follow the site's base path.
import type { APIRoute } from 'astro';
import { getCourse } from '~/content';
import { href } from '~/lib/links';

export const GET: APIRoute = async () => {
  const { course } = await getCourse();
  const manifest = {
    name: `${course.title}: ${course.subtitle ?? course.description}`,
    short_name: course.title,
    description: course.description,
    start_url: href('/'),
    scope: href('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#f5f7f9',
    icons: [
      { src: href('/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: href('/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: href('/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
