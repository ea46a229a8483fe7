// Rehype plugin: each GFM task-list checkbox is wrapped in a <label> with its item's text, so screen readers name it.
import type { Element, ElementContent, Root, RootContent } from 'hast';

const BLOCK_TAGS = new Set(['ul', 'ol', 'p', 'div', 'pre', 'blockquote', 'table']);

const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties?.['type'] === 'checkbox';

/** Wraps the checkbox and the inline content after it (up to any nested block) in a label. */
function labelCheckbox(container: Element): boolean {
  const start = container.children.findIndex(isCheckbox);
  if (start === -1) return false;
  let end = start + 1;
  while (end < container.children.length) {
    const child = container.children[end]!;
    if (child.type === 'element' && BLOCK_TAGS.has(child.tagName)) break;
    end += 1;
  }
  const label: Element = {
    type: 'element',
    tagName: 'label',
    properties: { className: ['task-label'] },
    children: container.children.slice(start, end),
  };
  container.children.splice(start, end - start, label);
  return true;
}

export function rehypeTaskListLabels() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children as RootContent[]) {
        if (child.type !== 'element') continue;
        const classes = child.properties?.['className'];
        if (child.tagName === 'li' && Array.isArray(classes) && classes.includes('task-list-item')) {
          // Loose lists put the checkbox inside the item's first paragraph.
          const first = child.children.find((c): c is Element => c.type === 'element');
          if (!labelCheckbox(child) && first?.tagName === 'p') labelCheckbox(first);
        }
        visit(child);
      }
    };
    visit(tree);
  };
}
