// Remark plugin: flags entries that contain math so only their pages load the KaTeX stylesheet.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

interface MathFlagData { astro?: { frontmatter?: Record<string, unknown> } }

const hasMath = (node: { type: string; children?: unknown[] }): boolean =>
  node.type === 'math' || node.type === 'inlineMath' || (node.children ?? []).some((child) => hasMath(child as { type: string; children?: unknown[] }));

export function remarkMathFlag() {
  return (tree: Root, file: VFile) => {
    if (!hasMath(tree)) return;
    const data = file.data as MathFlagData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['hasMath'] = true;
  };
}
