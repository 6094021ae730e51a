/**
 * cifra's pure core: schema, validation, periods, rates, ranks, formatting and
 * summaries. No DOM and no Lit: it runs in browsers, Node and workers alike.
 */
export * from './schema.js';
export { validateIndicator, isHttpUrl, localizeProblem, MAX_PROBLEMS } from './validate.js';
export * from './period.js';
export * from './format.js';
export * from './rate.js';
export * from './rank.js';
export * from './text.js';
export * from './summary.js';
export { msg, msgCount, fill, isMessageKey, type MessageKey, type Params } from './messages.js';
export * from './states.js';
export * from './chart.js';
export * from './csv.js';
export * from './downsample.js';
export * from './stat.js';
export * from './ranking.js';
