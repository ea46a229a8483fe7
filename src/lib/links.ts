// Internal links that respect the site's base path (GitHub Pages project sites live under /<repo>/).

/** Joins a base like "/shipping-ml" or "/shipping-ml/" with a root-relative path like "/schedule/". */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}

/** A root-relative site path with the configured base in front. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL ?? '/', path);
