// The theme toggle: pins light or dark on <html data-theme> and remembers it in localStorage.
type Theme = 'light' | 'dark';

const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const currentTheme = (): Theme => (document.documentElement.dataset['theme'] as Theme | undefined) ?? systemTheme();

function show(button: HTMLButtonElement) {
  const dark = currentTheme() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
}

export function initThemeToggle() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.hidden = false;
    show(button);
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      show(button);
    });
    // Until the reader picks, follow the system as it changes.
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => show(button));
  }
}
