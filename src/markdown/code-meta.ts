// Reads a code fence's meta string: ```python title="app.py" {2,4-6} → a title and highlighted lines.
export interface CodeMeta {
  title?: string;
  /** 1-based line numbers to highlight. */
  highlight: ReadonlySet<number>;
}

/** Parses `title="…"` (or title='…') and one `{…}` line list such as {1,3-5}. Anything else is ignored. */
export function parseCodeMeta(meta: string | undefined): CodeMeta {
  const raw = meta ?? '';
  const title = /\btitle=(?:"([^"]*)"|'([^']*)')/.exec(raw);
  const lines = new Set<number>();
  const list = /\{([\d\s,-]+)\}/.exec(raw.replace(/\btitle=(?:"[^"]*"|'[^']*')/, ''));
  for (const part of list?.[1]?.split(',') ?? []) {
    const [from, to = from] = part.trim().split('-').map((n) => Number.parseInt(n, 10));
    if (from === undefined || !Number.isFinite(from) || to === undefined || !Number.isFinite(to)) continue;
    for (let n = Math.min(from, to); n <= Math.max(from, to) && n - from < 10_000; n += 1) lines.add(n);
  }
  const text = title?.[1] ?? title?.[2];
  return text ? { title: text, highlight: lines } : { highlight: lines };
}
