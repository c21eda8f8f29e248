import { isServer } from 'lit';

/**
 * Whether this is Lit's server renderer. Lit types isServer as `false`, the
 * value of its browser build: widened here so the server's branches are
 * checked rather than read as dead code. Bundlers still drop them.
 */
export const onServer: boolean = isServer;
