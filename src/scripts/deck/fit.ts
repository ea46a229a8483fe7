// Shrinks a slide whose content is taller than the slide (a long list, a simulation) so nothing is cut off on the projector.

/** Scale the slide body down until it fits; re-lay it out wider first, so text rewraps instead of only shrinking. */
export function fitSlide(slide: HTMLElement, height: number): void {
  const body = slide.querySelector<HTMLElement>(':scope > .slide-body');
  if (!body) return;
  body.style.removeProperty('--fit');
  let scale = 1;
  // Two passes: a wider layout is shorter, so the first estimate is a little too small.
  for (let pass = 0; pass < 2; pass++) {
    const natural = body.scrollHeight * scale;
    if (natural <= height + 1) break;
    scale = Math.max(0.45, scale * (height / natural));
    body.style.setProperty('--fit', String(scale));
  }
}

export function fitAll(root: ParentNode, height: number): void {
  for (const slide of root.querySelectorAll<HTMLElement>('section.slide')) fitSlide(slide, height);
}
