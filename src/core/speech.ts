/**
 * Text written for speech. What the elements show keeps its typographic form ("1.º lugar",
 * "2,567", "−26 %", "ene 2014", "1990–2008"); what a screen reader is given is written so
 * that a Spanish or English voice says it right (DESIGN §5), as measured with eSpeak NG
 * 1.51 and NVDA's symbol tables:
 *
 * | shown              | a Spanish voice said          | said now (es)                  | (en)                        |
 * | ------------------ | ----------------------------- | ------------------------------ | --------------------------- |
 * | `2,567`            | "dos coma quinientos…"        | `2567` (no grouping)           | `2,567` (English voices group) |
 * | `−26 %`, `-5.2`    | "minus veintiséis…", "cinco…" | `menos 26 por ciento`, `menos 5.2` | `minus 26 percent`       |
 * | `+<0.0001 %`       | "más cero punto…"             | `un aumento de menos de 0.0001 por ciento` | `an increase of less than…` |
 * | `11.º lugar`       | "once punto o lugar"          | `lugar 11`                     | `11th` is read right        |
 * | `ene 2014`, `mar`  | "ene", the sea                | `enero de 2014`, `marzo`       | `January 2014`              |
 * | `T3 2012`          | "te tres"                     | `trimestre 3 de 2012`          | `quarter 3 of 2012`         |
 * | `1990–2008`        | the dash dropped              | `1990 a 2008`                  | `1990 to 2008`              |
 * | `·`, `÷`, `×`, `≤` | "punto medio", or nothing     | `,`, `entre`, `por`, `menor o igual que` | `,`, `divided by`, … |
 *
 * `segments` keeps both forms side by side, so an element renders the shown text with its
 * spoken twin only where they differ (`<span aria-hidden>` + a visually hidden span);
 * `speak` gives the spoken text alone, for accessible names and hidden text. Periods are
 * recognised only where our formatting writes them (a month abbreviation before a year or
 * in a range), so "mar" in "Mar Caribe" stays a sea. Pure, tested in Node.
 */
import { monthName, type Lang, type LocaleInfo } from './format.js';

/** A piece of text: the same shown and said, or a token said differently. */
export type Segment = string | { readonly shown: string; readonly said: string };

const WORDS = {
  es: {
    minus: 'menos', plus: 'más', percent: 'por ciento', to: 'a', of: 'de',
    up: 'un aumento de', down: 'una baja de', lessThan: 'menos de', moreThan: 'más de',
    place: 'lugar', placeIs: 'el lugar {n} es ', quarter: 'trimestre',
    divided: 'entre', times: 'por', equals: 'igual a', le: 'menor o igual que', ge: 'mayor o igual que',
  },
  en: {
    minus: 'minus', plus: 'plus', percent: 'percent', to: 'to', of: 'of',
    up: 'an increase of', down: 'a decrease of', lessThan: 'less than', moreThan: 'more than',
    place: 'place', placeIs: '{n} is the ', quarter: 'quarter',
    divided: 'divided by', times: 'times', equals: 'equals', le: 'less than or equal to', ge: 'greater than or equal to',
  },
} as const;

interface Grammar {
  readonly words: (typeof WORDS)[Lang];
  readonly lang: Lang;
  /** A number as the locale writes it: digits, groups, decimals. */
  readonly num: string;
  readonly group: string;
  /** Short month name (lower case) → long name. */
  readonly months: ReadonlyMap<string, string>;
  readonly monthAlt: string;
  readonly rules: readonly Rule[];
}

type Rule = readonly [RegExp, (m: RegExpExecArray, g: Grammar) => string];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const grammars = new Map<string, Grammar>();

function grammar(info: LocaleInfo): Grammar {
  let g = grammars.get(info.locale);
  if (g) return g;
  const parts = new Intl.NumberFormat(info.locale).formatToParts(-12345678.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const num = `\\d+(?:${escape(group)}\\d{3})*(?:${escape(decimal)}\\d+)?`;
  const months = new Map<string, string>();
  for (let m = 1; m <= 12; m++) {
    const long = monthName(m, info.locale, 'long');
    months.set(monthName(m, info.locale, 'short').toLowerCase(), long);
    months.set(long.toLowerCase(), long);
  }
  const monthAlt = [...months.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const q = info.lang === 'es' ? 'T' : 'Q';
  // A period as formatPeriod writes it: "ene 2014", "T3 2012", "2014", or a bare month inside a range.
  const period = `(?:(?:${monthAlt})(?: \\d{4})?|${q}[1-4](?: \\d{4})?|\\d{4})`;
  const L = '(?<![\\p{L}\\p{N}])';
  const R = '(?![\\p{L}\\p{N}])';
  const rules: Rule[] = [
    // A signed change: "−26 %", "+4 %", "+<0.0001 %", "+>100 %".
    [new RegExp(`${L}([\u2212+-])([<>]?)(${num})[\\s\u00A0\u202F]?%`, 'gu'), (m, gr) => signedChange(m[1]!, m[2]!, m[3]!, gr)],
    // Spanish ordinals: "11.º lugar" → "lugar 11", "1.º = el valor más alto" → "el lugar 1 es el valor más alto".
    [new RegExp(`${L}(\\d+)\\.[º°] ?= ?`, 'gu'), (m, gr) => fillN(gr.words.placeIs, m[1]!)],
    [new RegExp(`${L}(\\d+)\\.[º°] lugar${R}`, 'gu'), (m, gr) => `${gr.words.place} ${m[1]}`],
    [new RegExp(`${L}(\\d+)\\.[º°]`, 'gu'), (m, gr) => `${gr.words.place} ${m[1]}`],
    [new RegExp(`${L}(\\d+(?:st|nd|rd|th)) ?= ?`, 'gu'), (m, gr) => fillN(gr.words.placeIs, m[1]!)],
    // Ranges of periods or numbers: "1990–2008", "mar–jul 2025", "dic 2014–mar 2015", "10.1–14.5".
    [new RegExp(`${L}(${period}|${num})\u2013(${period}|${num})${R}`, 'giu'), (m, gr) => `${sayPeriodOrNumber(m[1]!, gr)} ${gr.words.to} ${sayPeriodOrNumber(m[2]!, gr)}`],
    // A month or quarter with its year: "ene 2014", "T3 2012".
    [new RegExp(`${L}((?:${monthAlt}) \\d{4}|${q}[1-4] \\d{4})${R}`, 'giu'), (m, gr) => sayPeriodOrNumber(m[1]!, gr)],
    // A negative number: "−5.2", "-5.2" (a hyphen between digits, as in "2012-03", is not a sign).
    [new RegExp(`${L}[\u2212-](${num})`, 'gu'), (m, gr) => `${gr.words.minus} ${sayNumber(m[1]!, gr)}`],
    // A percent: "71.9 %", "71.9%".
    [new RegExp(`${L}(${num})[\\s\u00A0\u202F]?%`, 'gu'), (m, gr) => `${sayNumber(m[1]!, gr)} ${gr.words.percent}`],
    // A grouped number (Spanish voices read the group separator as a decimal one).
    [new RegExp(`${L}(${num})`, 'gu'), (m, gr) => sayNumber(m[1]!, gr)],
    // Symbols a voice says wrong or not at all.
    [/ · /gu, () => ', '],
    [/ ?÷ ?/gu, (_, gr) => ` ${gr.words.divided} `],
    [/ ?× ?/gu, (_, gr) => ` ${gr.words.times} `],
    [/ = /gu, (_, gr) => ` ${gr.words.equals} `],
    [/ ?≤ ?/gu, (_, gr) => ` ${gr.words.le} `],
    [/ ?≥ ?/gu, (_, gr) => ` ${gr.words.ge} `],
  ];
  g = { words: WORDS[info.lang], lang: info.lang, num, group, months, monthAlt, rules };
  grammars.set(info.locale, g);
  return g;
}

const fillN = (template: string, n: string): string => template.replace('{n}', n);

/** Digits as a voice of the language reads them: Spanish without group separators. */
function sayNumber(text: string, g: Grammar): string {
  return g.lang === 'es' ? text.split(g.group).join('') : text;
}

function signedChange(sign: string, bound: string, digits: string, g: Grammar): string {
  const w = g.words;
  const n = `${sayNumber(digits, g)} ${w.percent}`;
  const negative = sign !== '+';
  if (bound === '<') return `${negative ? w.down : w.up} ${w.lessThan} ${n}`;
  if (bound === '>') return `${negative ? w.down : w.up} ${w.moreThan} ${n}`;
  return `${negative ? w.minus : w.plus} ${n}`;
}

/** "ene 2014" → "enero de 2014", "T3 2012" → "trimestre 3 de 2012", "mar" → "marzo", "1,234" → "1234". */
function sayPeriodOrNumber(text: string, g: Grammar): string {
  const q = /^[TQ]([1-4])(?: (\d{4}))?$/.exec(text);
  if (q) return q[2] ? `${g.words.quarter} ${q[1]} ${g.words.of} ${q[2]}` : `${g.words.quarter} ${q[1]}`;
  const m = /^(\S+)(?: (\d{4}))?$/u.exec(text);
  const long = m ? g.months.get(m[1]!.toLowerCase()) : undefined;
  if (m && long) return m[2] ? (g.lang === 'es' ? `${long} de ${m[2]}` : `${long} ${m[2]}`) : long;
  return sayNumber(text, g);
}

/** A text split into what is shown and said alike, and tokens said differently. */
export function segments(text: string, info: LocaleInfo): Segment[] {
  const g = grammar(info);
  let out: Segment[] = [text];
  for (const [pattern, say] of g.rules) {
    const next: Segment[] = [];
    for (const part of out) {
      if (typeof part !== 'string') {
        next.push(part);
        continue;
      }
      let last = 0;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(part); m; m = pattern.exec(part)) {
        if (m[0] === '') {
          pattern.lastIndex++;
          continue;
        }
        const said = say(m, g);
        if (said === m[0]) continue;
        if (m.index > last) next.push(part.slice(last, m.index));
        next.push({ shown: m[0], said });
        last = m.index + m[0].length;
      }
      if (last < part.length) next.push(part.slice(last));
    }
    out = next;
  }
  return merge(out);
}

/** Adjacent plain strings joined again. */
function merge(parts: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (typeof p === 'string' && typeof prev === 'string') out[out.length - 1] = prev + p;
    else if (p !== '') out.push(p);
  }
  return out;
}

/** The text as shown. */
export function shownText(parts: readonly Segment[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.shown)).join('');
}

/** The text as said. */
export function saidText(parts: readonly Segment[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.said)).join('');
}

/** A text written for speech: "−26 % de 2012 a 2016" → "menos 26 por ciento de 2012 a 2016". */
export function speak(text: string, info: LocaleInfo): string {
  return saidText(segments(text, info));
}

const PATH_WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  es: { series: 'serie', observations: 'observación', sources: 'fuente', annotations: 'anotación', notes: 'nota', $: 'el documento', attribute: 'atributo' },
  en: { series: 'series', observations: 'observation', sources: 'source', annotations: 'annotation', notes: 'note', $: 'the document', attribute: 'attribute' },
};

/**
 * A problem's JSON path in words, counted from 1 as people count: "$.series[0].observations[2].value"
 * → "serie 1, observación 3, value"; "$" → "el documento"; an attribute's name ("rank") →
 * "atributo rank". The visible error keeps the path itself (`<code>`), for the publisher.
 */
export function spokenPath(path: string, lang: Lang): string {
  const w = PATH_WORDS[lang];
  if (path === '$') return w['$']!;
  if (!path.startsWith('$')) return `${w['attribute']} ${path}`;
  const parts: string[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[2] !== undefined) {
      const prev = parts.pop() ?? '';
      const word = Object.prototype.hasOwnProperty.call(w, prev) && prev !== '$' && prev !== 'attribute' ? w[prev] : prev;
      parts.push(`${word} ${Number(m[2]) + 1}`.trim());
    } else parts.push(m[1] ?? m[3] ?? '');
  }
  return parts.length ? parts.join(', ') : path;
}

/** Where a JSON parser stopped, from its message: V8, SpiderMonkey and JavaScriptCore word it differently. */
export interface JsonErrorAt {
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column of a JSON syntax error, from the engine's message ("… at position 12
 * (line 1 column 13)", "… at line 1 column 13 of the JSON data") and the text parsed
 * (a bare "position N" is counted into a line and column). `null` when the message gives
 * no place, as some engines' do ("JSON Parse error: Unexpected EOF"): then the element
 * says only that the text is not valid JSON, never the engine's words, which are English.
 */
export function jsonErrorAt(message: string, text: string): JsonErrorAt | null {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  if (pos) {
    const at = Math.min(Number(pos[1]), text.length);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { line, column: at - before.lastIndexOf('\n') };
  }
  if (/unexpected end|unexpected eof|end of (?:the )?(?:json )?(?:data|input)/i.test(message)) {
    const line = text.split('\n').length;
    return { line, column: text.length - text.lastIndexOf('\n') };
  }
  return null;
}
