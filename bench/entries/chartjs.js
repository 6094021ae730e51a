// Chart.js, tree-shaken to a line chart: the line controller and elements, a category
// x axis (the periods as labels, so no date adapter is needed) and a linear y axis.
import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);
export { Chart };
