// Components available in every lecture, handout and project without an import.
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Link from './Link.astro';

/** `a` is mapped so authors can write root-relative links (/schedule/) that survive a base path. */
export const mdxComponents = { Callout, Figure, a: Link };
