// The deck's theme: auto (the site's light/dark), light, dark, or projector (high contrast); remembered across decks.
export const DECK_THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type DeckTheme = (typeof DECK_THEMES)[number];

export function currentDeckTheme(): DeckTheme {
  const set = document.documentElement.dataset['deckTheme'];
  return (DECK_THEMES as readonly string[]).includes(set ?? '') ? (set as DeckTheme) : 'auto';
}

export function setDeckTheme(theme: DeckTheme): void {
  if (theme === 'auto') delete document.documentElement.dataset['deckTheme'];
  else document.documentElement.dataset['deckTheme'] = theme;
  try {
    if (theme === 'auto') localStorage.removeItem('deck-theme');
    else localStorage.setItem('deck-theme', theme);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  for (const name of document.querySelectorAll('[data-deck-theme-name]')) name.textContent = theme;
}

export const nextDeckTheme = (): DeckTheme => DECK_THEMES[(DECK_THEMES.indexOf(currentDeckTheme()) + 1) % DECK_THEMES.length]!;
