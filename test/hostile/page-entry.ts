// The module the strict pages load: all three elements from the sources, as a site that
// bundles cifra itself would. The dev server compiles it (and what it imports) to JavaScript.
import '../../src/cifra.js';

(window as Window & { __cifraLoaded?: boolean }).__cifraLoaded = true;
