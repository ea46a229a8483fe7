// The deck's side of the speaker view: opens it, tells it where the deck is, and obeys its moves.
import type { RevealApi as Api } from 'reveal.js';
import { isDeckMessage, speakerChannel, type DeckState } from '~/lib/slides/speaker-protocol';

const titleOf = (slide: Element | undefined): string => {
  const heading = slide?.querySelector('h1, h2, h3');
  return heading?.textContent?.trim() || (slide ? 'Untitled slide' : '');
};

function stateOf(deck: Api): DeckState {
  const slides = deck.getSlides();
  const index = deck.getSlidePastCount();
  const current = slides[index];
  const notes = [...(current?.querySelectorAll(':scope > aside.notes') ?? [])].map((n) => n.innerHTML).join('');
  return { type: 'state', index, total: slides.length, title: titleOf(current), notes, next: index + 1 < slides.length ? titleOf(slides[index + 1]) : null };
}

export function linkSpeakerView(deck: Api, slug: string, speakerUrl: string): () => void {
  const channel = new BroadcastChannel(speakerChannel(slug));
  const send = () => channel.postMessage(stateOf(deck));
  deck.on('slidechanged', send);
  deck.on('ready', send);
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isDeckMessage(message)) return;
    if (message.type === 'hello') send();
    else if (message.type === 'go') ({ next: () => deck.next(), prev: () => deck.prev(), first: () => deck.slide(0), last: () => deck.slide(deck.getTotalSlides() - 1) })[message.to]();
  });
  // A named window: pressing S again brings the same speaker window back instead of opening another.
  return () => {
    window.open(speakerUrl, `speaker-${slug}`, 'popup,width=1100,height=720');
    send();
  };
}
