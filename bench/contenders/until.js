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
    // New nodes and text cover every check; of the attributes only `width`
    // (a resized plot) matters. Recording every attribute a render sets would
    // add ~38,000 mutation records to a 2,000-row render, cost we would time.
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ['width'],
    });
  });
}
