// Builds the dark panel of a test page from its light one, so each example is
// written once: every `section[data-dark-twin]` gets a copy beside it with
// theme="dark" on its widgets. Widgets take everything from attributes, so a
// copy made before or after they upgrade renders the same.
for (const light of document.querySelectorAll('section[data-dark-twin]')) {
  const dark = light.cloneNode(true);
  dark.removeAttribute('data-dark-twin');
  dark.classList.replace('light', 'dark');
  for (const widget of dark.querySelectorAll('[theme="light"]'))
    widget.setAttribute('theme', 'dark');
  const title = dark.querySelector('h1');
  if (title) {
    title.id = `${title.id}-dark`;
    title.textContent = 'Dark theme';
    dark.setAttribute('aria-labelledby', title.id);
  }
  light.after(dark);
}
