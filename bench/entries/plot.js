// Observable Plot: Plot.line and Plot.plot (with the d3 modules they use).
import { line, plot } from '@observablehq/plot';

export { line, plot };
