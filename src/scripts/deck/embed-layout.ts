// In a simulation embedded on a slide (?deck=1 inside a frame), mark the page so it drops what the slide already shows.
export function markDeckEmbed(): void {
  if (window.parent === window || !new URLSearchParams(window.location.search).has('deck')) return;
  document.documentElement.classList.add('deck-embed');
}
