// Adds a keyboard-reachable "Copy" button to every highlighted code block.
export function initCopyButtons(root: ParentNode = document) {
  if (!navigator.clipboard) return;
  for (const pre of root.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
    if (pre.parentElement?.classList.contains('code-block')) continue;
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    wrapper.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    const title = pre.closest('.code-figure')?.querySelector('.code-title')?.textContent;
    const language = pre.dataset['language'];
    button.setAttribute('aria-label', title ? `Copy code: ${title}` : language ? `Copy ${language} code` : 'Copy code');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.querySelector('code')?.innerText ?? pre.innerText);
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Press Ctrl+C';
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
    wrapper.append(button);
  }
}
