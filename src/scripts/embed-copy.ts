/**
 * The figure page's "Embed" button: copies the <iframe> snippet and says so. A build without
 * SITE_URL cannot know its own origin, so the snippet is written with a path; the page the reader
 * is on does know it, so the address is made absolute here before anyone copies it.
 */
for (const box of document.querySelectorAll<HTMLElement>('[data-embed]')) {
  const code = box.querySelector('textarea');
  const status = box.querySelector('[data-embed-status]');
  if (code) code.value = code.value.replace(/src="([^"]+)"/, (_whole, src: string) => `src="${new URL(src, location.href).href}"`);
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
