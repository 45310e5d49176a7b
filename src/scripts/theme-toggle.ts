/**
 * The theme switch: flips between light and dark and remembers the choice in localStorage. Its
 * label says what a press will do; the words after it (read by screen readers only) say which theme
 * is on now. Every switch on the page (the header has one for wide screens, one in the phone menu)
 * follows a change made by any of them.
 */
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return darkQuery.matches ? 'dark' : 'light';
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const render = () => {
      const theme = currentTheme();
      button.innerHTML = `Switch to ${theme === 'dark' ? 'light' : 'dark'} theme<span class="sr-only"> (${theme} theme is on)</span>`;
    };
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private browsing may refuse storage; the choice then lasts for this page only.
      }
      document.dispatchEvent(new CustomEvent('themechange', { detail: next }));
    });
    document.addEventListener('themechange', render);
    darkQuery.addEventListener('change', render);
    render();
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
