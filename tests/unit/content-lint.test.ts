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
      '18 <Figure>: <Figure> needs alt: write alt="what the figure shows, in words"',
      '22 image: an image has no alt text',
    ]);
  });

  it('checks author components: names, props, values and glossary ids', () => {
    const body = [
      '<Callout type="danger">x</Callout>',
      '<Exercise kind="concept">q</Exercise>',
      '<Reading title="T" author="Me" />',
      '<Sidebar>x</Sidebar>',
      '<Term id="no-such-term">x</Term>',
      '`<Figure>` in inline code is prose, not a component',
      '<Callout type={kind}>expressions are checked at render time</Callout>',
    ].join('\n\n');
    const sources = withLecture(1, (t) => `${t}\n${body}\n`);
    expect(where(sources).map((line) => line.replace(/^.*?:(\d+) /, '$1 '))).toEqual([
      '14 <Callout>: <Callout type="danger"> is not allowed; use one of note, tip, warning, pitfall',
      '16 <Exercise>: <Exercise> needs title: write title="Change the price"',
      '18 <Reading>: <Reading> has no prop "author"; it takes title, by, year, where, href',
      '20 <Sidebar>: <Sidebar> is not a course component; use one of <Callout>, <Figure>, <Term>, <Exercise>, <Solution>, <Reading>, <Objectives>, <Tabs>, <Simulation>, <Predict>, <Tab>, <Speaker>, <SlidesOnly>, <NotesOnly>, <Slide>',
      '22 <Term id>: "no-such-term" is not in content/glossary.yaml',
    ]);
  });

  it('checks simulations: known id and preset, and listed in the frontmatter', () => {
    const body = '<Simulation id="clasifier" />\n\n<Simulation id="classifier" preset="nope" />\n\n<Predict sim="feedback" question="q" choices={["a", "b"]} />';
    const sources = withLecture(1, (t) => `${t.replace('order: 2', 'order: 2\nsimulations: [classifier]')}\n${body}\n`);
    expect(where(sources).map((line) => line.replace(/^.*?:(\d+) /, '$1 '))).toEqual([
      '15 <Simulation id>: "clasifier" is not a simulation',
      '17 <Simulation preset>: "nope" is not a preset of classifier',
      '19 <Predict sim>: "feedback" is not a simulation',
    ]);
    const undeclared = withLecture(1, (t) => `${t}\n<Simulation id="classifier" />\n`);
    expect(where(undeclared)).toEqual([expect.stringContaining('<Simulation id>: the lecture embeds "classifier" but its frontmatter does not list it')]);
  });

  it('checks that glossary cross-references exist', () => {
    const glossary = { path: 'content/glossary.yaml', text: 'terms:\n  ab-test:\n    term: A/B test\n    definition: Two variants.\n    see: [canary]\n' };
    expect(where({ ...good, glossary })).toEqual(['content/glossary.yaml terms.ab-test.see: "canary" is not a term in the glossary']);
  });

  it('reports schedule cross-reference problems from the course model', () => {
    const sources = { ...good, schedule: { ...good.schedule, text: good.schedule.text.replace('second-lecture]', 'second-lectur]') } };
    expect(where(sources)).toContain('tests/content/fixtures/good/schedule.yaml weeks[0].lectures[1]: "second-lectur" is not a lecture');
  });

  it('keeps slide components to lectures and out of <NotesOnly>, naming the fix', () => {
    const lecture = withLecture(0, (t) => `${t}\n<Speaker>\n\nSay it.\n\n</Speaker>\n\n<SlidesOnly>x</SlidesOnly>\n\n<NotesOnly>\n\n<Speaker>lost</Speaker>\n\n</NotesOnly>\n\n<Slide title="Next" />\n`);
    expect(where(lecture)).toEqual([expect.stringMatching(/01-first-lecture\.mdx:\d+ <Speaker>: <Speaker> is inside <NotesOnly>, which the slides leave out/)]);
    const handout = { ...good, handouts: good.handouts.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\n<Speaker>x</Speaker>\n` } : f)) };
    expect(lintContent(handout).map((p) => `${p.message} → ${p.fix}`)).toEqual(["<Speaker> is for a lecture's slides, and only lectures have a slide deck → remove <Speaker> from this page"]);
  });
});
