// The task-list plugin must give every checkbox an accessible name without moving nested lists into the label.
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { rehypeTaskListLabels } from '../../../src/markdown/rehype-task-list-labels';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const checkbox = () => el('input', { type: 'checkbox', disabled: true });
const taskItem = (...children: ElementContent[]) => el('li', { className: ['task-list-item'] }, children);

function run(tree: Root): Root {
  rehypeTaskListLabels()(tree);
  return tree;
}

describe('rehypeTaskListLabels', () => {
  it('wraps the checkbox and its inline text in a label', () => {
    const item = taskItem(checkbox(), text(' Seeds are recorded '), el('code', {}, [text('seed=7')]));
    run({ type: 'root', children: [el('ul', { className: ['contains-task-list'] }, [item])] });
    expect(item.children).toHaveLength(1);
    const label = item.children[0] as Element;
    expect(label.tagName).toBe('label');
    expect(label.children.map((c) => (c.type === 'element' ? c.tagName : 'text'))).toEqual(['input', 'text', 'code']);
  });

  it('leaves a nested list outside the label', () => {
    const nested = el('ul', {}, [el('li', {}, [text('detail')])]);
    const item = taskItem(checkbox(), text(' Parent item'), nested);
    run({ type: 'root', children: [el('ul', {}, [item])] });
    expect((item.children[0] as Element).tagName).toBe('label');
    expect(item.children[1]).toBe(nested);
  });

  it('labels the checkbox inside the first paragraph of a loose list item', () => {
    const paragraph = el('p', {}, [checkbox(), text(' Loose item')]);
    const item = taskItem(paragraph, el('p', {}, [text('More text')]));
    run({ type: 'root', children: [el('ul', {}, [item])] });
    expect((paragraph.children[0] as Element).tagName).toBe('label');
    expect(item.children).toHaveLength(2);
  });

  it('does not touch checkboxes outside task lists', () => {
    const li = el('li', {}, [checkbox(), text(' plain')]);
    run({ type: 'root', children: [el('ul', {}, [li])] });
    expect((li.children[0] as Element).tagName).toBe('input');
  });
});
