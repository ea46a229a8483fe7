import { describe, expect, it } from 'vitest';
import { findBrokenLinks, internalLinks } from '~/lib/link-check';
import { joinBase } from '~/lib/links';

describe('joinBase', () => {
  it('puts the base in front of root-relative paths, with or without a trailing slash on the base', () => {
    expect(joinBase('/', '/schedule/')).toBe('/schedule/');
    expect(joinBase('/shipping-ml/', '/schedule/')).toBe('/shipping-ml/schedule/');
    expect(joinBase('/shipping-ml', '/')).toBe('/shipping-ml/');
  });

  it('leaves external, protocol-relative, relative and fragment links alone', () => {
    for (const link of ['https://example.org/', '//cdn.example.org/x', 'mailto:a@b.c', '#objectives', 'figure.png']) {
      expect(joinBase('/shipping-ml/', link)).toBe(link);
    }
  });
});

describe('link check', () => {
  const files = new Set(['index.html', 'schedule/index.html', 'favicon.svg', '_astro/site.css']);
  const exists = (path: string) => files.has(path);

  it('extracts only internal links', () => {
    const html = '<a href="/x/">x</a><a href="https://e.org">e</a><img src="/i.png"><a href="#top">t</a><a href="//cdn/x">c</a>';
    expect(internalLinks(html)).toEqual(['/x/', '/i.png']);
  });

  it('accepts links that resolve under the base, including the bare base and fragments', () => {
    const pages = new Map([['index.html', '<a href="/sml/schedule/#week-3">s</a><a href="/sml">home</a><link href="/sml/_astro/site.css"><img src="/sml/favicon.svg">']]);
    expect(findBrokenLinks(pages, '/sml/', exists)).toEqual([]);
  });

  it('reports missing pages and links that forget the base path', () => {
    const pages = new Map([['schedule/index.html', '<a href="/sml/lectures/nope/">x</a><a href="/schedule/">no base</a>']]);
    expect(findBrokenLinks(pages, '/sml/', exists)).toEqual([
      { page: 'schedule/index.html', link: '/sml/lectures/nope/' },
      { page: 'schedule/index.html', link: '/schedule/' },
    ]);
  });
});
