// Shiki transformer: marks highlighted lines and wraps titled code blocks in a figure with a caption.
import type { ShikiTransformer } from 'shiki';
import { parseCodeMeta } from './code-meta';

export function codeMetaTransformer(): ShikiTransformer {
  return {
    name: 'shipping-ml:code-meta',
    line(node, line) {
      if (parseCodeMeta(this.options.meta?.__raw).highlight.has(line)) this.addClassToHast(node, 'line-highlight');
    },
    root(root) {
      const { title } = parseCodeMeta(this.options.meta?.__raw);
      if (!title) return;
      return {
        type: 'root',
        children: [
          {
            type: 'element',
            tagName: 'figure',
            properties: { className: ['code-figure'] },
            children: [
              { type: 'element', tagName: 'figcaption', properties: { className: ['code-title'] }, children: [{ type: 'text', value: title }] },
              ...root.children,
            ],
          },
        ],
      } as typeof root;
    },
  };
}
