// Starts a lecture's deck: reveal.js with the course's keys, slide fitting, themes, printing and the speaker view.
import Reveal from 'reveal.js';
import { currentDeckTheme, nextDeckTheme, setDeckTheme } from './deck-theme';
import { fitAll, fitSlide } from './fit';
import { deckMayHandle } from './keys';
import { linkSpeakerView } from './speaker-link';

/** The slide's design size; reveal.js scales it to the screen (×1.5 on a 1920×1080 projector). Type sizes in tokens.css assume it. */
export const SLIDE = { width: 1280, height: 720 } as const;

export async function startDeck(): Promise<void> {
  const main = document.querySelector<HTMLElement>('[data-deck]');
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!main || !root) return;
  const printing = /print-pdf/i.test(window.location.search);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const deck = new Reveal(root, {
    ...SLIDE,
    margin: 0.04,
    center: false,
    hash: true,
    hashOneBasedIndex: true,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    transition: reducedMotion ? 'none' : 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    help: true,
    // One PDF page per slide: fitting shrinks tall slides instead of letting them spill onto more pages.
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    keyboardCondition: deckMayHandle,
  });

  if (printing) {
    // A PDF shows each simulation's description instead of loading every simulation at once.
    for (const frame of root.querySelectorAll('.deck-sim-frame')) frame.remove();
  }
  // Slide keys pressed inside an embedded simulation (see embed-keys.ts) arrive as messages.
  const moves: Record<string, () => void> = { ArrowLeft: () => deck.left(), ArrowRight: () => deck.right(), PageUp: () => deck.prev(), PageDown: () => deck.next(), Home: () => deck.slide(0), End: () => deck.slide(deck.getTotalSlides() - 1), Escape: () => deck.toggleOverview() };
  window.addEventListener('message', (event: MessageEvent<{ type?: string; key?: string }>) => {
    if (event.origin !== window.location.origin || event.data?.type !== 'deck-key') return;
    moves[event.data.key ?? '']?.();
  });

  setDeckTheme(currentDeckTheme());
  const openSpeaker = linkSpeakerView(deck, main.dataset['deck']!, main.dataset['speakerUrl']!);
  const cycleTheme = () => setDeckTheme(nextDeckTheme());
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker view: notes, next slide, timer' }, openSpeaker);
  deck.addKeyBinding({ keyCode: 84, key: 'T', description: 'Theme: auto, light, dark, projector' }, cycleTheme);
  // A real link (it works without the script, and in a new tab); with the script it opens the sized popup.
  document.querySelector('[data-deck-speaker]')?.addEventListener('click', (event) => {
    event.preventDefault();
    openSpeaker();
  });
  document.querySelector('[data-deck-theme-cycle]')?.addEventListener('click', cycleTheme);
  document.querySelector('[data-deck-help]')?.addEventListener('click', () => deck.toggleHelp(true));

  const fitCurrent = () => {
    const slide = deck.getCurrentSlide();
    if (slide) fitSlide(slide, SLIDE.height);
  };
  deck.on('slidechanged', fitCurrent);
  deck.on('resize', fitCurrent);
  // A simulation loading, or a font, changes a slide's height after it first shows. Fitting the same
  // content twice gives the same size, so this settles instead of looping.
  const grown = new ResizeObserver((entries) => {
    if (printing) return;
    if (entries.some((e) => e.target.parentElement === deck.getCurrentSlide())) fitCurrent();
  });
  for (const body of root.querySelectorAll('.slide-body')) grown.observe(body);
  if (printing) {
    document.querySelector<HTMLElement>('[data-deck-print-hint]')!.hidden = false;
    deck.on('pdf-ready', () => {
      fitAll(root, SLIDE.height);
      main.dataset['ready'] = 'true';
    });
  }
  await deck.initialize();
  if (!printing) {
    fitCurrent();
    main.dataset['ready'] = 'true';
  }
}
