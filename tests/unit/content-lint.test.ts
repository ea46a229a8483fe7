import { describe, expect, it } from 'vitest';
import { readContent } from '~/lib/content-files';
import { lintContent, type ContentSources } from '~/lib/content-lint';

const good = readContent(process.cwd(), 'tests/content/fixtures/good');
const withLecture = (index: number, edit: (text: string) => string): ContentSources => ({
  ...good,
  lectures: good.lectures.map((file, i) => (i === index ? { ...file, text: edit(file.text) } : file)),
});
const where = (sources: ContentSources) => lintContent(sources).map((p) => `${p.file} ${p.field}: ${p.message}`);

describe('course linter', () => {
  it('passes the good fixture and sees public files', () => {
    expect(lintContent(good)).toEqual([]);
    expect(good.publicFiles.has('/favicon.svg')).toBe(true);
  });

  it('points at the frontmatter line of a bad field', () => {
    const sources = withLecture(1, (t) => t.replace('week: 1', 'week: one'));
    expect(where(sources)).toEqual(['tests/content/fixtures/good/lectures/02-second-lecture.mdx:6 week: write the week as a whole number, for example: week: 3']);
  });

  it('finds links to missing pages and drafts, with their lines, and ignores links inside code', () => {
    const sources = withLecture(0, (t) => `${t}\n[gone](/lectures/gone/)\n\n\`\`\`text\n[in code](/nowhere/)\n\`\`\`\n`);
    expect(where(sources)).toEqual(['tests/content/fixtures/good/lectures/01-first-lecture.mdx:20 link: links to /lectures/gone/, which is not a page or file of the site']);
    const drafted = { ...good, lectures: good.lectures.map((f, i) => (i === 1 ? { ...f, text: f.text.replace('order: 2', 'order: 2\ndraft: true') } : f)) };
    const linking = withLecture(0, (t) => `${t}\n[next](/lectures/second-lecture/)\n`);
    expect(where({ ...linking, lectures: [linking.lectures[0]!, drafted.lectures[1]!] })).toContain(
      'tests/content/fixtures/good/lectures/01-first-lecture.mdx:20 link: links to /lectures/second-lecture/, which is a draft and is never published',
    );
  });

  it('accepts links to week pages, public files and the calendar', () => {
    expect(where(withLecture(0, (t) => `${t}\n[w](/weeks/2/) [ics](/calendar.ics) [icon](/favicon.svg)\n`))).toEqual([]);
  });

  it('checks images too, in Markdown and in HTML', () => {
    const sources = withLecture(0, (t) => `${t}\n![a chart](/figures/missing.png)\n\n<img src="/figures/gone.svg" alt="x" />\n`);
    expect(where(sources).map((line) => line.replace(/^.*? link: /, ''))).toEqual([
      'links to /figures/missing.png, which is not a page or file of the site',
      'links to /figures/gone.svg, which is not a page or file of the site',
    ]);
  });

  it('requires a language on code blocks and alt text on figures and images', () => {
    const sources = withLecture(1, (t) => `${t}\n\`\`\`\nx\n\`\`\`\n\n<Figure caption="c">\n<svg />\n</Figure>\n\n![](/favicon.svg)\n`);
    expect(where(sources).map((line) => line.replace(/^.*?:(\d+) /, '$1 '))).toEqual([
      '14 code block: a code block has no language',
      '18 <Figure alt>: a figure has no alt',
      '22 image: an image has no alt text',
    ]);
  });

  it('reports schedule cross-reference problems from the course model', () => {
    const sources = { ...good, schedule: { ...good.schedule, text: good.schedule.text.replace('second-lecture]', 'second-lectur]') } };
    expect(where(sources)).toContain('tests/content/fixtures/good/schedule.yaml weeks[0].lectures[1]: "second-lectur" is not a lecture');
  });
});
