// uPlot's ES module and its stylesheet (uPlot.min.css, which its docs require), inlined
// as a string by build.mjs's `css-text` plugin so the bundle's size includes it.
import uPlot from 'uplot';
import css from 'uplot/dist/uPlot.min.css';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);
export { uPlot };
