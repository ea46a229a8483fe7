// Finds internal links and assets in built HTML that do not resolve to a file in the output folder.

export interface BrokenLink {
  /** Page the link is on, relative to the output folder. */
  page: string;
  /** The link as written in the HTML. */
  link: string;
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;

/** Internal, root-relative links of one HTML page (external, mailto:, data: and #fragments skipped). */
export function internalLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(ATTR)) {
    const link = match[1]!.replace(/&amp;/g, '&');
    if (link.startsWith('/') && !link.startsWith('//')) links.push(link);
  }
  return links;
}

/**
 * Checks every internal link of every page. `exists` answers whether a path inside the output
 * folder is a file, so the check itself stays free of file-system code.
 */
export function findBrokenLinks(pages: Map<string, string>, base: string, exists: (path: string) => boolean): BrokenLink[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    for (const link of new Set(internalLinks(html))) {
      const path = decodeURIComponent(link.split(/[?#]/)[0]!);
      const inside = path === prefix.slice(0, -1) ? '' : path.startsWith(prefix) ? path.slice(prefix.length) : null;
      const ok = inside !== null && [inside, `${inside}index.html`, `${inside}/index.html`].some((candidate) => exists(candidate.replace(/^\//, '')));
      if (!ok) broken.push({ page, link });
    }
  }
  return broken;
}
