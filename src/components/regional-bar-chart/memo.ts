/**
 * One remembered value, computed again only when its key changes (a list
 * compared item by item with Object.is): a re-render for the active bar, or a
 * resize, reuses what does not depend on it.
 */
export class Memo<T> {
  private key: readonly unknown[] | undefined;
  private value: T | undefined;

  get(key: readonly unknown[], compute: () => T): T {
    const last = this.key;
    if (!last || key.length !== last.length || key.some((k, i) => !Object.is(k, last[i]))) {
      this.key = key;
      this.value = compute();
    }
    return this.value as T;
  }
}
