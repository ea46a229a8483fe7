// Rehype plugin: a Markdown table whose top-left header cell is empty has row labels, so each row's first cell becomes <th scope="row">.
import type { Element, ElementContent, Root, RootContent } from 'hast';

const elements = (nodes: readonly (RootContent | ElementContent)[], tag?: string) =>
  nodes.filter((n): n is Element => n.type === 'element' && (tag === undefined || n.tagName === tag));

const textOf = (node: Element): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

/** Whether the table's header row starts with an empty cell, the Markdown way to say "rows are labelled". */
function hasRowLabels(table: Element): boolean {
  const headerRow = elements(elements(table.children, 'thead')[0]?.children ?? [], 'tr')[0];
  const corner = headerRow ? elements(headerRow.children)[0] : undefined;
  return corner !== undefined && textOf(corner).trim() === '';
}

export function rehypeRowHeaders() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of elements(node.children)) {
        if (child.tagName === 'table' && hasRowLabels(child)) {
          for (const row of elements(elements(child.children, 'tbody').flatMap((b) => b.children), 'tr')) {
            const first = elements(row.children)[0];
            if (first?.tagName === 'td') Object.assign(first, { tagName: 'th', properties: { ...first.properties, scope: 'row' } });
          }
        } else visit(child);
      }
    };
    visit(tree);
  };
}
