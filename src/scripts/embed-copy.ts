/** The figure page's "Embed" button: copies the <iframe> snippet and says so. */
for (const box of document.querySelectorAll<HTMLElement>('[data-embed]')) {
  const code = box.querySelector('textarea');
  const status = box.querySelector('[data-embed-status]');
  box.querySelector('[data-embed-copy]')?.addEventListener('click', () => {
    if (!code) return;
    code.select();
    const done = () => {
      if (status) status.textContent = 'Copied.';
    };
    // Without the clipboard API the code stays selected, ready for the reader's own copy.
    navigator.clipboard?.writeText(code.value).then(done, () => undefined);
  });
}
