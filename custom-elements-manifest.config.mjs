// custom-elements.json, generated from the elements' JSDoc (@summary, @fires,
// @csspart, @cssprop, @slot and each property's own doc comment).
export default {
  globs: ['src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
