/**
 * Resolves once `check()` is true, checking after every DOM change under
 * `root` (a MutationObserver: no polling loop that would itself take main-thread
 * time or add a timer's delay). Rejects with the text of an element's error
 * message (`[part="error"]`) instead of waiting for marks that will never come.
 */
export function until(root, check) {
  return new Promise((resolve, reject) => {
    const settled = () => {
      const error = root.querySelector('[part="error"]');
      if (error) reject(new Error(error.textContent.trim()));
      else if (check()) resolve();
      else return false;
      return true;
    };
    if (settled()) return;
    const observer = new MutationObserver(() => {
      if (settled()) observer.disconnect();
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}
