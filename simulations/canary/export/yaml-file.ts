// Kubernetes objects as one multi-document YAML file with a commented header.
import { Document, isMap, isScalar, visit } from 'yaml';

/**
 * The objects as YAML documents separated by `---`, after `#` header lines. Maps under a key in
 * `flowKeys` are written inline, as the docs write them (`pause: { duration: 2m }`).
 */
export function multiDocumentYaml(header: readonly string[], objects: readonly object[], flowKeys: readonly string[] = []): string {
  const documents = objects.map((object) => {
    const doc = new Document(object, { aliasDuplicateObjects: false });
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && flowKeys.includes(String(pair.key.value)) && isMap(pair.value)) pair.value.flow = true;
      },
    });
    return doc.toString({ lineWidth: 0 });
  });
  const comments = header.map((line) => (line === '' ? '#' : `# ${line}`));
  return `${comments.join('\n')}\n${documents.join('---\n')}`;
}
