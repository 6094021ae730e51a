// vega-embed, which brings vega and vega-lite: a Vega-Lite line spec is compiled and
// rendered in the page.
import vegaEmbed from 'vega-embed';

export { vegaEmbed };
