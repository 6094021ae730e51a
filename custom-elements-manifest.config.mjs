// Custom Elements Manifest: read from the classes' JSDoc (the single source of the
// elements' documentation). Private reactive state (`_size`, `_state`, …) is not part
// of the public surface, so it is dropped from the manifest.
export default {
  globs: ['src/elements/**/*.ts', 'src/base/cifra-element.ts'],
  exclude: ['src/elements/**/define.ts', 'src/elements/**/styles.ts'],
  outdir: 'dist',
  litelement: true,
  // Never rewrite package.json's customElements field (the README test runs the analyzer into a temp folder).
  packagejson: false,
  plugins: [
    {
      name: 'cifra-drop-private',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_') && !a.fieldName?.startsWith('_'));
            if (d.members) d.members = d.members.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected');
          }
        }
      },
    },
  ],
};
