// Highcharts core only (the ES-module master of highcharts.js: line series, axes,
// legend, tooltip), no modules.
import Highcharts from 'highcharts/es-modules/masters/highcharts.src.js';

export { Highcharts };
