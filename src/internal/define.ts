import { VERSION } from './version.js';

declare global {
  interface CustomElementRegistry {
    /** Which conflict-widgets version registered each tag, for the double-load warning. */
    __cwVersions?: Map<string, string>;
    /** Set once any copy has warned that the library is loaded twice: one warning per page. */
    __cwWarned?: boolean;
  }
}

/**
 * Registers an element unless the tag is taken. Pages sometimes load the
 * library twice (a CMS plugin and an article embed, say); the second copy
 * then warns once for all its elements, naming both versions, instead of
 * throwing "this name has already been used". However many copies load,
 * the page gets one warning.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const versions = (customElements.__cwVersions ??= new Map());
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    versions.set(tag, VERSION);
  } else if (existing !== ctor && !customElements.__cwWarned) {
    // Kept on the registry, not in this module: each copy (and each bundle
    // that inlines this module) has its own module state.
    customElements.__cwWarned = true;
    console.warn(
      `conflict-widgets ${VERSION}: <${tag}> is already registered by conflict-widgets ${versions.get(tag) ?? 'an unknown version'}; keeping that copy's elements. Load the library once per page.`,
    );
  }
}
