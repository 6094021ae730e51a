/**
 * The panels of `<crime-rate-trend layout="grid">` without a browser: the compact layout a
 * ~160 px panel is drawn with (core/layout.ts, `compact`), and the keys that move between a
 * grid's panels and points (core/navigation.ts, `gridKeyFocus`), on the real 32-state document.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chartModel, type ChartModel } from '../../src/core/chart.js';
import { resolveLocale } from '../../src/core/format.js';
import { chartGrid } from '../../src/core/grid.js';
import { chartLayout, isLayout, type ChartLayout, type LayoutOptions } from '../../src/core/layout.js';
import { gridKeyFocus } from '../../src/core/navigation.js';
import { validateIndicator } from '../../src/core/validate.js';

const ES = resolveLocale('es');
const r = validateIndicator(JSON.parse(readFileSync(new URL('../../demo/data/states-homicide-1990-2008.json', import.meta.url), 'utf8')));
assert.ok(r.ok);
const doc = r.value;
const model = chartModel(doc, { series: null, info: ES });
const grid = chartGrid(doc, model, { info: ES, decimals: 1, width: 960, compare: 'MX' });

/** A panel's model: the compare line, then the panel's series, on the panel's y domain. */
function panelModel(p: number): ChartModel {
  const panel = grid.panels[p]!;
  return { ...model, series: [grid.compare!, panel.series], yDomain: panel.yDomain };
}

function layout(m: ChartModel, width: number, height: number, o: Partial<LayoutOptions> = {}): ChartLayout {
  const l = chartLayout(m, { width, height }, { info: ES, unit: 'rate', annotations: [], showPoints: false, ...o });
  assert.ok(isLayout(l));
  return l;
}

describe('compact layout (a small multiple)', () => {
  const m = panelModel(0);
  const key = grid.panels[0]!.key;
  const small = layout(m, 160, 100, { compact: true, highlight: [key] });

  test('2–3 y ticks, the domain still holds every value from zero', () => {
    assert.ok(small.yTicks.length >= 2 && small.yTicks.length <= 3, `${small.yTicks.length} ticks`);
    assert.equal(small.yTicks[0]!.value, 0);
    assert.ok(small.yTicks[small.yTicks.length - 1]!.value >= m.yDomain[1]);
    assert.ok(small.yTicks.every((t) => t.label !== ''));
  });

  test('only the first and the last period on the x axis', () => {
    assert.deepEqual(small.xTicks.map((t) => t.label), ['1990', '2008']);
  });

  test('no end labels and no legend: the panel label names it', () => {
    assert.deepEqual(small.endLabels, []);
    assert.equal(small.legend, false);
  });

  test('the panel series is accent, the compare series grey context', () => {
    assert.equal(small.series[0]!.role.accent, false);
    assert.equal(small.series[1]!.role.accent, true);
  });

  test('tight margins: the plot takes most of the panel, inside the box', () => {
    assert.ok(small.plotWidth >= 150, `plot ${small.plotWidth}`);
    assert.ok(small.bottom <= 100 && small.margin.top >= 10, 'room above for the top label');
    for (const t of small.xTicks) assert.ok(t.at >= 0 && t.at <= 160);
  });

  test('yLabels: false keeps the ticks and grid lines, without labels, and the same plot box', () => {
    const bare = layout(m, 160, 100, { compact: true, yLabels: false, highlight: [key] });
    assert.deepEqual(bare.yTicks.map((t) => t.at), small.yTicks.map((t) => t.at));
    assert.ok(bare.yTicks.every((t) => t.label === ''));
    assert.deepEqual(bare.margin, small.margin);
  });

  test('every panel of a shared grid has the same y ticks', () => {
    const ticks = grid.panels.map((_, p) => layout(panelModel(p), 160, 100, { compact: true }).yTicks.map((t) => t.value).join());
    assert.equal(new Set(ticks).size, 1);
  });

  test('the full chart is unchanged without compact', () => {
    const full = layout(m, 640, 300);
    const same = layout(m, 640, 300, { compact: false });
    assert.deepEqual(same.yTicks, full.yTicks);
    assert.deepEqual(same.margin, full.margin);
    assert.ok(full.endLabels.length > 0);
    assert.ok(full.yTicks.length >= 4);
  });
});

describe('gridKeyFocus: keys between the panels and points of a grid', () => {
  const panels = grid.panels.map((p) => p.series);
  const n = panels.length;
  const last = panels[0]!.points.length - 1;

  test('with nothing focused, → starts at the first point, ← and ↓ at the last of the first panel', () => {
    assert.deepEqual(gridKeyFocus(panels, 5, null, 'ArrowRight'), { focus: { p: 0, i: 0 } });
    assert.deepEqual(gridKeyFocus(panels, 5, null, 'ArrowLeft'), { focus: { p: 0, i: last } });
    assert.deepEqual(gridKeyFocus(panels, 5, null, 'ArrowDown'), { focus: { p: 0, i: last } });
  });

  test('←/→ move within the panel and say its edges', () => {
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: 4 }, 'ArrowRight'), { focus: { p: 3, i: 5 } });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: 4 }, 'ArrowLeft'), { focus: { p: 3, i: 3 } });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: 0 }, 'ArrowLeft'), { edge: 'first' });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: last }, 'ArrowRight'), { edge: 'last' });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: 7 }, 'Home'), { focus: { p: 3, i: 0 } });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: 7 }, 'End'), { focus: { p: 3, i: last } });
  });

  test('↑/↓ go to the previous or next panel at the same period, and say the first and last panel', () => {
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: 7 }, 'ArrowDown'), { focus: { p: 4, i: 7 } });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: 7 }, 'ArrowUp'), { focus: { p: 2, i: 7 } });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 0, i: 7 }, 'ArrowUp'), { edge: 'firstPanel' });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: n - 1, i: 7 }, 'ArrowDown'), { edge: 'lastPanel' });
  });

  test('Page Up/Down go a row of columns up or down, and say the top and bottom row', () => {
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: 7 }, 'PageDown'), { focus: { p: 8, i: 7 } });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 8, i: 7 }, 'PageUp'), { focus: { p: 3, i: 7 } });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 3, i: 7 }, 'PageUp'), { edge: 'topRow' });
    assert.deepEqual(gridKeyFocus(panels, 5, { p: n - 2, i: 7 }, 'PageDown'), { edge: 'bottomRow' });
    assert.deepEqual(gridKeyFocus(panels, 2, { p: 0, i: 1 }, 'PageDown'), { focus: { p: 2, i: 1 } });
  });

  test('a panel with other periods: the point nearest in time', () => {
    const short = { points: panels[1]!.points.slice(10) };
    assert.deepEqual(gridKeyFocus([panels[0]!, short], 2, { p: 0, i: 15 }, 'ArrowDown'), { focus: { p: 1, i: 5 } });
    assert.deepEqual(gridKeyFocus([panels[0]!, short], 2, { p: 0, i: 2 }, 'ArrowDown'), { focus: { p: 1, i: 0 } });
  });

  test('Escape dismisses, other keys are left alone, no panels no moves', () => {
    assert.deepEqual(gridKeyFocus(panels, 5, { p: 1, i: 1 }, 'Escape'), { dismiss: true });
    assert.equal(gridKeyFocus(panels, 5, { p: 1, i: 1 }, 'a'), null);
    assert.equal(gridKeyFocus([], 5, null, 'ArrowRight'), null);
  });
});
