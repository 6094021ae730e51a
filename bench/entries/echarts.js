// ECharts, tree-shaken as its docs show: echarts/core with the line chart, the grid
// (cartesian axes) and the canvas renderer.
import { use, init } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, CanvasRenderer]);
export { init };
