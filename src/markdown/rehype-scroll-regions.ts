// Rehype plugin: wide tables and display math scroll inside focusable regions, so keyboard users can scroll them.
import type { Element, Root, RootContent } from 'hast';

const hasClass = (node: Element, name: string) => {
  const classes = node.properties?.['className'];
  return Array.isArray(classes) && classes.includes(name);
};

export function rehypeScrollRegions() {
  return (tree: Root) => {
    const visit = (parent: Root | Element) => {
      parent.children = parent.children.map((child: RootContent) => {
        if (child.type !== 'element') return child;
        if (child.tagName === 'table') {
          return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table (scrolls sideways)' }, children: [child] };
        }
        if (hasClass(child, 'katex-display')) {
          child.properties = { ...child.properties, tabIndex: 0, role: 'region', ariaLabel: 'Equation (scrolls sideways)' };
          return child;
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}
