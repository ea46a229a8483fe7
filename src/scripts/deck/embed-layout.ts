// In a simulation embedded on a slide (?deck=1 inside a frame), mark the page so it drops what the slide already shows.

/** Whether this page is a simulation framed by a lecture deck. */
export function inDeckFrame(): boolean {
  return window.parent !== window && new URLSearchParams(window.location.search).has('deck');
}

export function markDeckEmbed(): void {
  if (inDeckFrame()) document.documentElement.classList.add('deck-embed');
}
