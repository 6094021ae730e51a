// Every sentence cifra writes, for a set of real and ugly documents, in Spanish and
// English, kept in docs/sentences.md: a change of wording is a visible diff there, to be
// read by someone who speaks the language (DESIGN §2a, the newsroom-design issue).
// When a wording changes on purpose: UPDATE_SENTENCES=1 node --import tsx --test test/core/sentences.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { chartModel } from '../../src/core/chart.js';
import { resolveLocale } from '../../src/core/format.js';
import { placeRank, rankPhrase } from '../../src/core/ranking.js';
import { documentDecimals, type Qualifier, type ValidIndicator } from '../../src/core/schema.js';
import { describeVersus, pick, versusPrevious } from '../../src/core/stat.js';
import { formatValue, qualify } from '../../src/core/summary.js';
import { describePoint, trendText } from '../../src/core/trend-text.js';
import { validateIndicator } from '../../src/core/validate.js';

const root = new URL('../../', import.meta.url);
const LANGS = ['es', 'en'] as const;

function load(doc: unknown): ValidIndicator {
  const r = validateIndicator(doc);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.value;
}
const demo = (name: string) => load(JSON.parse(readFileSync(new URL(`demo/data/${name}`, root), 'utf8')));
const base = { schema: 1, title: { es: 'Homicidios dolosos', en: 'Intentional homicides' }, unit: { type: 'rate', per: 100000 }, sources: [{ name: 'INEGI' }] };
const mx = (observations: object[]) => load({ ...base, series: [{ geo: { level: 'country', code: 'MX', name: { es: 'Nacional', en: 'National' } }, observations }] });

const CHARTS: [string, ValidIndicator, { series?: string; from?: string; to?: string }][] = [
  ['national homicides 1990–2008 (INEGI)', demo('national-homicide-1990-2008.json'), {}],
  ['Chihuahua and the national rate, 1990–2008', demo('states-homicide-1990-2008.json'), { series: 'MX,08' }],
  ['the 2016 figure quoted by the President (casi 23 → alrededor de 17)', demo('presidencia-2016.json'), {}],
  ['a partial last year with nothing to compare it with', mx([{ period: '2014', value: 16.7 }, { period: '2015', value: 17.2 }, { period: '2016', value: 4.0, coverage: '2016-01/2016-03', status: 'preliminary' }]), {}],
  ['the same months a year apart', mx([{ period: '2015-01/2015-03', value: 3.5 }, { period: '2016', value: 4.0, coverage: '2016-01/2016-03', status: 'preliminary' }]), {}],
  ['a year against a partial year, asked for', mx([{ period: '2014', value: 16.7 }, { period: '2016', value: 4.0, coverage: '2016-01/2016-03' }]), { from: '2014', to: '2016' }],
];

function chartLines(name: string, doc: ValidIndicator, o: { series?: string; from?: string; to?: string }): string[] {
  const out = [`### ${name}`, ''];
  for (const lang of LANGS) {
    const info = resolveLocale(lang);
    const model = chartModel(doc, { series: o.series ?? null, info });
    const decimals = documentDecimals(doc);
    const t = trendText(doc, model, { info, decimals, from: o.from ?? null, to: o.to ?? null });
    out.push(`- ${lang} headline: ${t.headline ? `${t.headline.label ? `${t.headline.label}: ` : ''}${t.headline.change} · ${t.headline.start} → ${t.headline.end}` : '(none)'}`);
    out.push(`- ${lang} summary: ${t.summary}`);
    out.push(`- ${lang} image: ${t.said.name}`);
    out.push(`- ${lang} description: ${t.said.description}`);
    const last = model.series[0]!.points.length - 1;
    out.push(`- ${lang} last point: ${describePoint(doc, model, { s: 0, i: last }, { info, decimals })}`);
  }
  return [...out, ''];
}

function rateLines(): string[] {
  const out = ['### <rate-per-100k>: the change against the previous comparable period', ''];
  const cases: [string, ValidIndicator, string | null][] = [
    ['national 2008 (up)', demo('national-homicide-1990-2008.json'), null],
    ['national 2007 (down)', demo('national-homicide-1990-2008.json'), '2007'],
    ['approximate figures', demo('presidencia-2016.json'), null],
  ];
  for (const [name, doc, period] of cases) {
    for (const lang of LANGS) {
      const info = resolveLocale(lang);
      const d = documentDecimals(doc);
      const p = pick(doc, null, period)!;
      const v = versusPrevious(p, d);
      const show = (o: { value: number; qualifier?: Qualifier }) => qualify(formatValue(o.value, doc.unit, info, d)!, o.qualifier, info);
      out.push(`- ${name}, ${lang}: ${show(p.observation)} · ${v ? describeVersus(v, info, show(v.before.observation)) : '(no change)'}`);
    }
  }
  return [...out, ''];
}

function rankLines(): string[] {
  const out = ['### <ranking-badge>', ''];
  const states = demo('states-homicide-2008.json');
  for (const lang of LANGS) {
    const info = resolveLocale(lang);
    for (const [code, order] of [['08', 'descending'], ['31', 'descending'], ['31', 'ascending'], ['09', 'descending'], ['06', 'descending']] as const) {
      const r = placeRank(states, code, { decimals: 1, order })!;
      out.push(`- ${lang} state ${code}, ${order}: ${rankPhrase(r, info)}`);
    }
    out.push(`- ${lang} explicit, among "nacional"/"nationally": ${rankPhrase({ rank: 1, tied: false, outOf: 32, level: null }, info, lang === 'es' ? 'nacional' : 'nationally')}`);
    out.push(`- ${lang} explicit, tied 3rd of 32 states: ${rankPhrase({ rank: 3, tied: true, outOf: 32, level: 'state' }, info)}`);
  }
  return [...out, ''];
}

test('docs/sentences.md lists every generated sentence, as cifra writes them now', () => {
  const lines = ['# What cifra writes', '', 'Generated by `test/core/sentences.test.ts` from the demo\'s real documents and a few', 'constructed ones; the test fails when a wording changes, so each change is a reviewed diff.', ''];
  lines.push('## `<crime-rate-trend>`', '');
  for (const [name, doc, o] of CHARTS) lines.push(...chartLines(name, doc, o));
  lines.push('## Compact elements', '', ...rateLines(), ...rankLines());
  const now = lines.join('\n');
  let committed = '';
  try {
    committed = readFileSync(new URL('docs/sentences.md', root), 'utf8');
  } catch {
    // First run: print it.
  }
  if (process.env['UPDATE_SENTENCES'] === '1') {
    writeFileSync(new URL('docs/sentences.md', root), now);
    return;
  }
  assert.equal(committed, now, 'a generated sentence changed: read the diff, then UPDATE_SENTENCES=1 to rewrite docs/sentences.md');
});
