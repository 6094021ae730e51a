// The trend chart's layout and navigation, computed without a browser (src/core/layout.ts,
// src/core/navigation.ts): what the element draws and where a key or a pointer goes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chartModel, type ChartModel } from '../../src/core/chart.js';
import { resolveLocale } from '../../src/core/format.js';
import { chartLayout, endLabelsFit, isLayout, linearMap, placeEndLabels, yAxis, type ChartLayout } from '../../src/core/layout.js';
import { hitTest, keyFocus, nearestIndex, verticalNeighbour } from '../../src/core/navigation.js';
import type { ValidIndicator } from '../../src/core/schema.js';
import { validateIndicator } from '../../src/core/validate.js';

const ES = resolveLocale('es');

function doc(series: { id: string; label?: string; observations: { period: string; value: number | null; status?: string; lower?: number; upper?: number }[] }[], extra: object = {}): ValidIndicator {
  const r = validateIndicator({ schema: 1, title: 't', unit: { type: 'rate', per: 100000 }, series, sources: [{ name: 's' }], ...extra });
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.value;
}

const years = (from: number, values: (number | null)[]) => values.map((value, i) => ({ period: String(from + i), value }));

function layoutOf(model: ChartModel, width = 640, height = 300, showPoints = false): ChartLayout {
  const l = chartLayout(model, { width, height }, { info: ES, unit: 'rate', annotations: [], showPoints });
  assert.ok(isLayout(l), 'a layout');
  return l;
}

describe('chartLayout', () => {
  const two = chartModel(doc([
    { id: 'a', label: 'Chihuahua', observations: years(2000, [10, 20, null, 40, 30]) },
    { id: 'b', label: 'Nacional', observations: years(2000, [12, 14, 15, 16, 17]) },
  ]), { info: ES });

  test('the plot sits inside the box: y ticks from zero, x spanning the periods', () => {
    const l = layoutOf(two);
    assert.equal(l.yTicks[0]!.value, 0);
    assert.ok(l.yTicks.every((t) => t.at >= l.margin.top - 1e-9 && t.at <= l.bottom + 1e-9));
    assert.ok(l.x(2000) >= l.margin.left && l.x(2005) <= l.margin.left + l.plotWidth + 1e-9);
    assert.equal(l.y(0), l.bottom);
  });

  test('a gap breaks the line: two subpaths (two M commands) for one null', () => {
    const l = layoutOf(two);
    assert.equal((l.series[0]!.line.match(/M/g) ?? []).length, 2);
    assert.equal((l.series[1]!.line.match(/M/g) ?? []).length, 1);
  });

  test('series are told apart without colour: marker shapes differ, and names and last values are written at the ends', () => {
    const l = layoutOf(two);
    assert.notEqual(l.series[0]!.shape, l.series[1]!.shape);
    assert.deepEqual(l.endLabels.map((e) => [e.name, e.value]).sort(), [['Chihuahua', '30'], ['Nacional', '17']]);
  });

  test('an isolated point gets a marker (a line cannot show it); show-points marks all', () => {
    const m = chartModel(doc([{ id: 'a', observations: years(2000, [1, null, 3, null, 5, 6]) }]), { info: ES });
    assert.equal(layoutOf(m).series[0]!.markers.length, 2, 'the points at 2000 and 2002');
    assert.equal(layoutOf(m, 640, 300, true).series[0]!.markers.length, 4);
  });

  test('end labels fit at 640 px and are pushed 14 px apart; at 200 px a legend is used', () => {
    const l = layoutOf(two);
    assert.equal(l.endLabels.length, 2);
    const [a, b] = [...l.endLabels].sort((p, q) => p.y - q.y);
    assert.ok(b!.y - a!.y >= 14 - 1e-9);
    assert.equal(endLabelsFit(two, 200), false);
    const narrow = layoutOf(two, 200, 200);
    assert.deepEqual(narrow.endLabels.map((e) => e.name), ['', ''], 'values only: names go to the legend');
    assert.equal(narrow.legend, true);
  });

  test('end labels pushed past the bottom are pulled back up', () => {
    const m = chartModel(doc([
      { id: 'a', label: 'A', observations: years(2000, [0, 0]) },
      { id: 'b', label: 'B', observations: years(2000, [0, 0]) },
      { id: 'c', label: 'C', observations: years(2000, [0, 0]) },
    ]), { info: ES });
    const labels = placeEndLabels(m, (v) => v, () => 100, 500, 110);
    assert.ok(labels.every((l) => l.y <= 110));
    assert.deepEqual(labels.map((l) => l.y), [82, 96, 110]);
  });

  test('50,000 points are drawn with about one vertex per pixel, their extremes kept', () => {
    const values = Array.from({ length: 50_000 }, (_, i) => Math.sin(i / 100) * 10 + 20);
    values[31_234] = 500;
    const m = chartModel(doc([{ id: 'a', observations: values.map((value, i) => ({ period: `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value })) }]), { info: ES });
    const l = layoutOf(m, 800, 400);
    const vertices = (l.series[0]!.line.match(/[ML]/g) ?? []).length;
    assert.ok(vertices <= 2 * l.plotWidth + 4, `${vertices} vertices for ${l.plotWidth} px`);
    assert.equal(Math.min(...l.yTicks.map((t) => t.at)) <= l.y(500) + 1e-9, true);
    // The spike is a vertex of the path: its y pixel appears in the path data.
    assert.ok(l.series[0]!.line.includes(String(Math.round(l.y(500) * 1000) / 1000).slice(0, 5)));
  });

  test('values no double can span are a failure, never a flattened line', () => {
    const m = chartModel(doc([{ id: 'a', observations: [{ period: '2000', value: -1.7e308 }, { period: '2001', value: 1.7e308 }] }]), { info: ES });
    const l = chartLayout(m, { width: 640, height: 300 }, { info: ES, unit: 'rate', annotations: [], showPoints: false });
    assert.equal(isLayout(l), false);
  });

  test('yAxis: a nice domain covering the data, tick decimals from the step, and 4–6 ticks whatever the height', () => {
    const a = yAxis([0, 0.37], 300);
    assert.ok(a.domain[1] >= 0.37);
    assert.equal(a.decimals, 1);
    assert.equal(yAxis([0, 370], 300).decimals, 0);
    for (const height of [150, 240, 398, 600, 900]) {
      for (const top of [0.37, 7, 17.3, 76.4, 101.9, 2567, 1e6]) {
        const n = yAxis([0, top], height).ticks.length;
        assert.ok(n >= 4 && n <= 6, `${n} ticks for 0–${top} at ${height}px`);
      }
    }
  });

  test('the x axis names the first and the last period, whatever the width', () => {
    const m = chartModel(doc([{ id: 'a', observations: years(1990, Array.from({ length: 19 }, (_, i) => i)) }]), { info: ES });
    for (const width of [320, 360, 640, 1280]) {
      const labels = layoutOf(m, width, 300).xTicks.map((t) => t.label);
      assert.equal(labels[0], '1990', `${width}px`);
      assert.equal(labels.at(-1), '2008', `${width}px`);
    }
  });

  test('linearMap: a flat domain maps to the middle; subnormal domains do not overflow', () => {
    assert.equal(linearMap([5, 5], [0, 100])(5), 50);
    assert.equal(linearMap([0, 5e-324], [0, 100])(5e-324), 100);
  });
});

describe('navigation', () => {
  const m = chartModel(doc([
    { id: 'low', observations: years(2000, [1, 2, 3]) },
    { id: 'high', observations: years(2000, [10, null, 30]) },
  ]), { info: ES });
  const screenY = (v: number) => -v;

  test('→ from nothing starts at the first point; ← at the last', () => {
    assert.deepEqual(keyFocus(m, null, 'ArrowRight', screenY), { focus: { s: 0, i: 0 } });
    assert.deepEqual(keyFocus(m, null, 'ArrowLeft', screenY), { focus: { s: 0, i: 2 } });
  });

  test('past the ends a key reports the edge instead of doing nothing', () => {
    assert.deepEqual(keyFocus(m, { s: 0, i: 2 }, 'ArrowRight', screenY), { edge: 'last' });
    assert.deepEqual(keyFocus(m, { s: 0, i: 0 }, 'ArrowLeft', screenY), { edge: 'first' });
    assert.deepEqual(keyFocus(m, { s: 1, i: 0 }, 'ArrowUp', screenY), { edge: 'top' });
    assert.deepEqual(keyFocus(m, { s: 0, i: 0 }, 'ArrowDown', screenY), { edge: 'bottom' });
  });

  test('↑ goes to the line drawn above at the same time; a gap there falls back to list order', () => {
    assert.deepEqual(verticalNeighbour(m, { s: 0, i: 0 }, true, screenY), { s: 1, i: 0 });
    assert.deepEqual(verticalNeighbour(m, { s: 0, i: 1 }, true, screenY), 'top', 'the other line has no value in 2001');
  });

  test('Home, End, Page Down and Escape', () => {
    assert.deepEqual(keyFocus(m, { s: 0, i: 1 }, 'Home', screenY), { focus: { s: 0, i: 0 } });
    assert.deepEqual(keyFocus(m, { s: 0, i: 1 }, 'End', screenY), { focus: { s: 0, i: 2 } });
    assert.deepEqual(keyFocus(m, { s: 0, i: 1 }, 'PageDown', screenY), { focus: { s: 0, i: 2 } });
    assert.deepEqual(keyFocus(m, { s: 0, i: 1 }, 'Escape', screenY), { dismiss: true });
    assert.equal(keyFocus(m, { s: 0, i: 1 }, 'a', screenY), null);
  });

  test('nearestIndex skips nulls when asked', () => {
    const points = m.series[1]!.points;
    assert.equal(nearestIndex(points, 2001.5), 1);
    assert.notEqual(nearestIndex(points, 2001.5, true), 1);
  });

  test('hitTest: the pointer picks the nearest point on screen among the series', () => {
    const l = layoutOf(m);
    const target = m.series[1]!.points[2]!;
    assert.deepEqual(hitTest(m, l.x, l.y, l.x(target.x) + 2, l.y(target.y!) + 2), { s: 1, i: 2 });
    const low = m.series[0]!.points[1]!;
    assert.deepEqual(hitTest(m, l.x, l.y, l.x(low.x), l.y(low.y!)), { s: 0, i: 1 });
  });
});
