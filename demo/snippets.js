// Shows each gallery example's exact markup under it, with a copy button, so
// what an editor copies is what they just saw.
const escapeWhitespace = (text) => text.replace(/^\n+|\s+$/g, '').replace(/\n {6,}/g, '\n  ');

export function copyButton(getText) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(getText());
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
  return button;
}

for (const example of document.querySelectorAll('.example')) {
  const preview = example.querySelector('.preview');
  const snippet = document.createElement('div');
  snippet.className = 'snippet';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = escapeWhitespace(preview.innerHTML);
  pre.append(code);
  snippet.append(
    pre,
    copyButton(() => code.textContent),
  );
  example.append(snippet);
}
