// Tables with an empty top-left header get row headers; other tables are left alone.
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { rehypeRowHeaders } from '../../../src/markdown/rehype-row-headers';

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const table = (corner: string) =>
  el('table', [
    el('thead', [el('tr', [el('th', corner ? [text(corner)] : []), el('th', [text('Event time')])])]),
    el('tbody', [el('tr', [el('td', [text('Replay')]), el('td', [text('same')])])]),
  ]);
const firstBodyCell = (t: Element) => ((t.children[1] as Element).children[0] as Element).children[0] as Element;

describe('rehypeRowHeaders', () => {
  it('turns the first cell of each body row into a row header when the corner is empty', () => {
    const t = table('');
    rehypeRowHeaders()({ type: 'root', children: [t] } as Root);
    expect(firstBodyCell(t)).toMatchObject({ tagName: 'th', properties: { scope: 'row' } });
    expect(((t.children[1] as Element).children[0] as Element).children[1]).toMatchObject({ tagName: 'td' });
  });

  it('leaves tables with a labelled first column header alone', () => {
    const t = table('Service');
    rehypeRowHeaders()({ type: 'root', children: [t] } as Root);
    expect(firstBodyCell(t).tagName).toBe('td');
  });
});
