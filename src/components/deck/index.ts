// The components a lecture's MDX renders with in its slide deck: the lecture's own, with deck versions of a few.
import { mdxComponents } from '../mdx';
import NotesOnly from './NotesOnly.astro';
import Reading from './Reading.astro';
import Simulation from './Simulation.astro';
import Slide from './Slide.astro';
import SlidesOnly from './SlidesOnly.astro';
import Solution from './Solution.astro';
import Speaker from './Speaker.astro';

export const deckComponents = { ...mdxComponents, NotesOnly, Reading, Simulation, Slide, SlidesOnly, Solution, Speaker };
