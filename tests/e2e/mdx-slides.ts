// The slide count a lecture's deck should have, read straight from its MDX source by the README's slide rule,
// independently of the build's splitter (src/lib/slides/), so the e2e test checks one against the other.
import { readFileSync } from 'node:fs';

type Block = 'heading' | 'break' | 'big' | 'small' | 'notes';

/** Top-level blocks of an MDX body, one entry per block, in order. */
export function mdxBlocks(source: string): Block[] {
  const lines = source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  /** Skips to the line that closes `tag` (or the tag itself if it closes on its own line). */
  const skipElement = (tag: string) => {
    if (/\/>\s*$/.test(lines[i]!) || new RegExp(`</${tag}>\\s*$`).test(lines[i]!)) return;
    while (i < lines.length && !new RegExp(`^</${tag}>`).test(lines[i]!)) i++;
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (/^(```|~~~)/.test(line)) {
      const fence = line.slice(0, 3);
      for (i++; i < lines.length && !lines[i]!.startsWith(fence); i++);
      blocks.push('big');
    } else if (/^#{2,3} /.test(line)) blocks.push('heading');
    else if (/^<Slide[\s/>]/.test(line)) blocks.push('break');
    else if (/^<(NotesOnly|Speaker)>/.test(line)) skipElement(line.slice(1, line.indexOf('>')));
    else if (/^<(Figure|Simulation|Predict|Exercise|Tabs)\b/.test(line)) {
      skipElement(/^<(\w+)/.exec(line)![1]!);
      blocks.push('big');
    } else if (/^\|/.test(line)) {
      while (i + 1 < lines.length && /^\|/.test(lines[i + 1]!)) i++;
      blocks.push('big');
    } else if (/^<(Callout|SlidesOnly|Reading|Objectives)\b/.test(line)) {
      skipElement(/^<(\w+)/.exec(line)![1]!);
      blocks.push('small');
    } else if (/^(\s*[-*] |\s*\d+\. |\$\$|>)/.test(line)) {
      while (i + 1 < lines.length && lines[i + 1]!.trim() && !/^(#|<)/.test(lines[i + 1]!)) i++;
      blocks.push('small');
    } else {
      while (i + 1 < lines.length && lines[i + 1]!.trim()) i++;
      blocks.push('notes');
    }
  }
  return blocks;
}

/** 1 title slide + one per heading and break + one per shown block that cannot join the slide before it. */
export function expectedSlideCount(file: string): number {
  let slides = 1;
  let open = false; // a slide exists for the current section
  let shows = false; // and it already shows something besides its heading
  for (const block of mdxBlocks(readFileSync(file, 'utf8'))) {
    if (block === 'heading' || block === 'break') {
      slides++;
      open = true;
      shows = false;
    } else if (block === 'big' || block === 'small') {
      if (!open || (block === 'big' && shows)) slides++;
      open = true;
      shows = true;
    }
  }
  return slides;
}
