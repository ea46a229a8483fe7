// Components available in every lecture, handout and project without an import. Props: ./spec.ts.
import Callout from './Callout.astro';
import Exercise from './Exercise.astro';
import Figure from './Figure.astro';
import Link from './Link.astro';
import NotesOnly from './NotesOnly.astro';
import Objectives from './Objectives.astro';
import Predict from './Predict.astro';
import Reading from './Reading.astro';
import Simulation from './Simulation.astro';
import Slide from './Slide.astro';
import SlidesOnly from './SlidesOnly.astro';
import Solution from './Solution.astro';
import Speaker from './Speaker.astro';
import Tab from './Tab.astro';
import Tabs from './Tabs.astro';
import Term from './Term.astro';

/** `a` is mapped so authors can write root-relative links (/schedule/) that survive a base path. */
export const mdxComponents = { Callout, Exercise, Figure, NotesOnly, Objectives, Predict, Reading, Simulation, Slide, SlidesOnly, Solution, Speaker, Tab, Tabs, Term, a: Link };
