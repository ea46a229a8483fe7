// Messages between a deck and its speaker view (same origin, over a BroadcastChannel named per lecture). Pure.

/** One channel per lecture, so two open decks never drive each other's speaker views. */
export const speakerChannel = (slug: string) => `shipping-ml:deck:${slug}`;

/** Deck → speaker: where the deck is and what to say there. `notes` is the slide's notes as HTML from the deck page itself. */
export interface DeckState {
  type: 'state';
  index: number;
  total: number;
  title: string;
  notes: string;
  next: string | null;
}

/** Speaker → deck: "tell me where you are", or move. */
export type SpeakerCommand = { type: 'hello' } | { type: 'go'; to: 'next' | 'prev' | 'first' | 'last' };

export type DeckMessage = DeckState | SpeakerCommand;

export function isDeckMessage(data: unknown): data is DeckMessage {
  if (typeof data !== 'object' || data === null) return false;
  const type = (data as { type?: unknown }).type;
  return type === 'state' || type === 'hello' || type === 'go';
}

/** "1:05" or "1:02:03" for a number of seconds. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
