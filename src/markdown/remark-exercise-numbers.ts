// Remark plugin: numbers each <Exercise> in a page in order, so the number is real text a screen reader reads.
import type { Root } from 'mdast';

interface JsxNode { type: string; name?: string | null; attributes?: { type: string; name: string; value: string }[]; children?: JsxNode[] }

export function remarkExerciseNumbers() {
  return (tree: Root) => {
    let count = 0;
    const visit = (node: JsxNode) => {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Exercise') {
        count += 1;
        node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== 'number'), { type: 'mdxJsxAttribute', name: 'number', value: String(count) }];
      }
      node.children?.forEach(visit);
    };
    visit(tree as unknown as JsxNode);
  };
}
