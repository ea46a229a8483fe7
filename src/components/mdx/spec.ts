// The props every author component accepts: one table read by the course linter and the components.
export interface PropSpec {
  required?: boolean;
  /** Set by the site's Markdown pipeline; authors must not write it. */
  internal?: boolean;
  /** Allowed values, when the prop is a choice. */
  values?: readonly string[];
  /** What to write, shown in errors. */
  example: string;
}

export interface ComponentSpec {
  /** One line for errors and the README. */
  summary: string;
  props: Record<string, PropSpec>;
}

export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'pitfall'] as const;
export const EXERCISE_KINDS = ['concept', 'design', 'hands-on'] as const;

export const componentSpecs: Record<string, ComponentSpec> = {
  Callout: {
    summary: 'a boxed aside: note, tip, warning or pitfall',
    props: { type: { values: CALLOUT_TYPES, example: 'type="pitfall"' }, title: { example: 'title="In production, …"' } },
  },
  Figure: {
    summary: 'a captioned diagram (inline SVG) or image',
    props: {
      alt: { required: true, example: 'alt="what the figure shows, in words"' },
      caption: { required: true, example: 'caption="Figure 1. …"' },
      src: { example: 'src="/figures/pipeline.png"' },
    },
  },
  Term: { summary: 'a glossary term with its definition on hover and focus', props: { id: { required: true, example: 'id="watermark"' } } },
  Exercise: {
    summary: 'a numbered exercise, optionally with a <Solution>',
    props: {
      title: { required: true, example: 'title="Change the price"' },
      kind: { values: EXERCISE_KINDS, example: 'kind="design"' },
      number: { internal: true, example: '' },
    },
  },
  Solution: { summary: 'a collapsed solution inside an <Exercise>', props: { title: { example: 'title="One way to do it"' } } },
  Reading: {
    summary: 'one further-reading entry',
    props: {
      title: { required: true, example: 'title="Designing Data-Intensive Applications"' },
      by: { example: 'by="Martin Kleppmann"' },
      year: { example: 'year="2017"' },
      where: { example: `where="O'Reilly"` },
      href: { example: 'href="https://…"' },
    },
  },
  Objectives: { summary: 'a "you will be able to" box around a list', props: { title: { example: 'title="Learning goals"' } } },
  Tabs: { summary: 'alternative versions of one example, as tabs', props: {} },
  Simulation: {
    summary: 'an interactive simulation from simulations/registry.ts',
    props: {
      id: { required: true, example: 'id="classifier"' },
      preset: { example: 'preset="imbalanced-data"' },
      lock: { example: 'lock={["spamShare"]}' },
      hide: { example: 'hide={["seed"]}' },
      height: { example: 'height={720}' },
    },
  },
  Predict: {
    summary: 'a predict-then-run question tied to a simulation',
    props: {
      sim: { required: true, example: 'sim="classifier"' },
      question: { required: true, example: 'question="What happens to recall?"' },
      choices: { required: true, example: 'choices={["It rises", "It falls", "It stays"]}' },
      answer: { example: 'answer={1}' },
    },
  },
  Tab: { summary: 'one tab inside <Tabs>', props: { label: { required: true, example: 'label="Python"' } } },
  // Slides (lectures only): what the deck at /lectures/<slug>/slides/ shows; README "Slides" has the rule.
  Speaker: { summary: 'speaker notes for the slide it sits in; hidden on the lecture page', props: {} },
  SlidesOnly: { summary: 'content shown on the slides only, paragraphs included; hidden on the lecture page', props: {} },
  NotesOnly: { summary: 'content for the lecture page only; left out of the slides', props: {} },
  Slide: { summary: 'starts a new slide here; hidden on the lecture page', props: { title: { example: 'title="Two clocks, one table"' } } },
};

/** Components that only make sense in a lecture, which has a slide deck. */
export const DECK_COMPONENTS = ['Speaker', 'SlidesOnly', 'NotesOnly', 'Slide'] as const;

/** Problems with one use of a component, as sentences; empty when the use is fine. `source` is what the author wrote. */
export function checkProps(component: string, props: object, source = false): string[] {
  const spec = componentSpecs[component];
  if (!spec) return [`<${component}> is not a course component; use one of ${Object.keys(componentSpecs).map((c) => `<${c}>`).join(', ')}`];
  const problems: string[] = [];
  for (const [name, prop] of Object.entries(spec.props)) {
    const value = (props as Record<string, unknown>)[name];
    if (prop.required && (value === undefined || (typeof value === 'string' && !value.trim()))) problems.push(`<${component}> needs ${name}: write ${prop.example}`);
    if (prop.values && typeof value === 'string' && !prop.values.includes(value)) problems.push(`<${component} ${name}="${value}"> is not allowed; use one of ${prop.values.join(', ')}`);
  }
  for (const name of Object.keys(props)) {
    if (source && spec.props[name]?.internal) problems.push(`<${component}> sets ${name} itself; remove ${name}="…"`);
    if (name !== 'children' && !(name in spec.props)) {
      const known = Object.entries(spec.props).filter(([, p]) => !p.internal).map(([n]) => n);
      problems.push(`<${component}> has no prop "${name}"; ${known.length ? `it takes ${known.join(', ')}` : 'it takes no props'}`);
    }
  }
  return problems;
}

/** Throws one error naming the component and every problem; components call it first thing. */
export function assertProps(component: string, props: object): void {
  const problems = checkProps(component, props);
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n(Run npm run lint:content to see the file and line.)`);
}
