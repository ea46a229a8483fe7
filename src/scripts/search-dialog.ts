// The search dialog: loads Pagefind's index on first open and lists matching pages with excerpts.
interface PagefindResultData {
  url: string;
  meta: { title?: string; kind?: string };
  excerpt: string;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const MAX_RESULTS = 12;
let dialog: HTMLDialogElement | undefined;
let pagefind: Promise<Pagefind> | undefined;
let returnFocus: HTMLElement | null = null;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 24 });
    await module.init();
    return module;
  })();
  return pagefind;
}

function build(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-title');
  element.innerHTML = `
    <form class="search-form" role="search">
      <h2 id="search-title" class="visually-hidden">Search the course</h2>
      <label for="search-input" class="visually-hidden">Search lectures, handouts and projects</label>
      <input id="search-input" type="search" autocomplete="off" spellcheck="false" placeholder="Search lectures, handouts, projects" />
      <button type="button" class="tool-button" data-search-close>Close</button>
    </form>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ul class="search-results"></ul>`;
  document.body.append(element);
  const input = element.querySelector<HTMLInputElement>('input')!;
  element.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    element.querySelector<HTMLAnchorElement>('.search-results a')?.click();
  });
  element.querySelector('[data-search-close]')!.addEventListener('click', () => element.close());
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close(); // a click on the backdrop
  });
  element.addEventListener('close', () => returnFocus?.focus());
  input.addEventListener('input', () => void search(element, input.value));
  // A search field swallows the first Escape to clear itself; close the dialog on it instead.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    element.close();
  });
  return element;
}

async function search(element: HTMLDialogElement, query: string) {
  const status = element.querySelector<HTMLElement>('.search-status')!;
  const list = element.querySelector<HTMLUListElement>('.search-results')!;
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  let engine: Pagefind;
  try {
    engine = await loadPagefind();
  } catch {
    status.textContent = import.meta.env.DEV
      ? 'Search works in the built site: run npm start.'
      : 'Search is not available right now. Reload the page, or browse the lectures instead.';
    return;
  }
  const found = await engine.debouncedSearch(query, {}, 200);
  if (!found) return; // a newer query superseded this one
  const pages = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  list.replaceChildren(...pages.map(resultItem));
  const more = found.results.length > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : '';
  status.textContent = found.results.length === 0 ? `No pages match “${query}”.` : `${found.results.length} page${found.results.length === 1 ? '' : 's'} found${more}.`;
}

function resultItem(page: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = page.url;
  link.textContent = page.meta.title ?? page.url;
  item.append(link);
  if (page.meta.kind) {
    const kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = page.meta.kind;
    item.append(kind);
  }
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around matches.
  excerpt.innerHTML = page.excerpt;
  item.append(excerpt);
  return item;
}

export function openSearch(trigger: HTMLElement | null) {
  returnFocus = trigger;
  dialog ??= build();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  input.focus();
  input.select();
  void loadPagefind().catch(() => undefined); // warm the index while the reader types
}
