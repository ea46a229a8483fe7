// The site's fixed pages, for the linter (which links resolve) and the sitemap (what to list).
export const STATIC_PAGES = ['/', '/lectures/', '/schedule/', '/projects/', '/handouts/', '/simulations/', '/glossary/', '/data/', '/about/'] as const;

/** A simulation's own page; `/embed/<id>/` also exists but is for iframes and is not indexed. */
export const simulationPage = (id: string) => `/simulations/${id}/`;
export const simulationEmbed = (id: string) => `/embed/${id}/`;
