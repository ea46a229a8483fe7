// Rewrites a course lecture as a plain Starlight page, and both sides' links, so the comparison builds the same text.
const ASIDE = { note: 'note', tip: 'tip', warning: 'caution', pitfall: 'danger' };

/** Root-relative links to pages outside `keep` become plain text, on both sides of the comparison. */
export function unlinkOthers(body, keep) {
  return body.replace(/\[([^\]]+)\]\((\/[^)\s]*)\)/g, (match, text, href) => (keep.some((path) => href.startsWith(path)) ? match : text));
}

const attr = (tag, name) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** Our MDX components mapped to Starlight's (Aside, Tabs) or to plain HTML; simulations have no equivalent and are dropped. */
export function toStarlight(body) {
  return body
    .replace(/<Callout([^>]*)>/g, (_, a) => `<Aside type="${ASIDE[attr(a, 'type')] ?? 'note'}" title="${attr(a, 'title')}">`)
    .replace(/<\/Callout>/g, '</Aside>')
    .replace(/<Tabs>/g, '<Tabs>')
    .replace(/<Tab label=/g, '<TabItem label=')
    .replace(/<\/Tab>/g, '</TabItem>')
    .replace(/<Figure alt="([^"]*)" caption="([^"]*)">([\s\S]*?)<\/Figure>/g, '<figure>\n<div role="img" aria-label="$1">\n$3\n</div>\n<figcaption>$2</figcaption>\n</figure>')
    .replace(/<Term id="[^"]*">([^<]*)<\/Term>/g, '$1')
    .replace(/<Exercise title="([^"]*)"[^>]*>/g, '### $1\n')
    .replace(/<\/Exercise>/g, '')
    .replace(/<Solution[^>]*>/g, '<details>\n<summary>Solution</summary>\n')
    .replace(/<\/Solution>/g, '</details>')
    .replace(/<Reading title="([^"]*)"[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/Reading>/g, '- [$1]($2): $3')
    .replace(/<Reading title="([^"]*)"[^>]*>([\s\S]*?)<\/Reading>/g, '- $1: $2')
    .replace(/<Predict[\s\S]*?<\/Predict>/g, '')
    .replace(/<Simulation[^>]*\/>/g, '')
    // Slide-only material and speaker notes are not part of the reading page; notes-only content is.
    .replace(/<SlidesOnly>[\s\S]*?<\/SlidesOnly>/g, '')
    .replace(/<Speaker>[\s\S]*?<\/Speaker>/g, '')
    .replace(/<\/?NotesOnly>/g, '')
    .replace(/<Slide[^>]*\/>/g, '')
    .replace(/<\/?Slide[^>]*>/g, '');
}
