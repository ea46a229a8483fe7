// Components available in every lecture, handout and project without an import. Props: ./spec.ts.
import Callout from './Callout.astro';
import Exercise from './Exercise.astro';
import Figure from './Figure.astro';
import Link from './Link.astro';
import Objectives from './Objectives.astro';
import Predict from './Predict.astro';
import Reading from './Reading.astro';
import Simulation from './Simulation.astro';
import Solution from './Solution.astro';
import Tab from './Tab.astro';
import Tabs from './Tabs.astro';
import Term from './Term.astro';

/** `a` is mapped so authors can write root-relative links (/schedule/) that survive a base path. */
export const mdxComponents = { Callout, Exercise, Figure, Objectives, Predict, Reading, Simulation, Solution, Tab, Tabs, Term, a: Link };
