/**
 * `<crime-rate-trend>`'s strings: its controls, the chart's descriptions and the
 * summary's change sentences (`core/summary.ts`, `core/trend-text.ts`).
 * How the catalogues are split, and where a new key goes: `core/messages.ts`.
 */
import { withCommon, type Strings } from '../messages.js';

const en = {
  drawFailed: 'valid, but these values cannot be drawn ({detail})',
  spanTooWide: 'the values span more than a number can hold',
  'edge.first': 'First point.',
  'edge.last': 'Last point.',
  'edge.top': 'No line above.',
  'edge.bottom': 'No line below.',
  provisionalKey: 'preliminary or partial',
  'change.up': 'rose from {from} to {to}{unit} between {start} and {end} ({change})',
  'change.down': 'fell from {from} to {to}{unit} between {start} and {end} ({change})',
  'change.same': 'stayed at {to}{unit} between {start} and {end}',
  'change.fromZero': 'rose from {from} to {to}{unit} between {start} and {end}',
  'change.incomparable': '{end} ({to}) is not compared with {start} ({from}): they cover different spans of time',
  'change.partialAlone': '{period}: {value}{unit}, not compared with complete periods',
  'path.highest': 'highest {value} in {period}',
  'path.lowest': 'lowest {value} in {period}',
  updated: 'Data as of {date}',
  showData: 'Show data',
  hideData: 'Hide data',
  downloadCsv: 'Download CSV',
  downloadSvg: 'Download SVG',
  periodHeader: 'Period',
  chart: 'Interactive chart',
  chartHelp: 'Left and right arrows move between points, Page Up and Page Down by a tenth, Home and End to the ends; up and down switch series; Escape hides the details.',
  headline: '{change} from {start} to {end}',
  rows: 'Rows {from}–{to} of {total}',
  previous: 'Previous',
  next: 'Next',
  notes: 'Notes',
  refLine: 'Reference line: {label}, {value}.',
  marked: 'Marked on the chart: {list}.',
};

export type TrendKey = keyof typeof en;

const es: Strings<TrendKey> = {
  drawFailed: 'es válido, pero estos valores no se pueden dibujar ({detail})',
  spanTooWide: 'los valores abarcan más de lo que un número puede representar',
  'edge.first': 'Primer punto.',
  'edge.last': 'Último punto.',
  'edge.top': 'No hay línea arriba.',
  'edge.bottom': 'No hay línea abajo.',
  provisionalKey: 'preliminar o parcial',
  'change.up': 'subió de {from} a {to}{unit} entre {start} y {end} ({change})',
  'change.down': 'bajó de {from} a {to}{unit} entre {start} y {end} ({change})',
  'change.same': 'se mantuvo en {to}{unit} entre {start} y {end}',
  'change.fromZero': 'subió de {from} a {to}{unit} entre {start} y {end}',
  'change.incomparable': '{end} ({to}) no se compara con {start} ({from}): cubren lapsos distintos',
  'change.partialAlone': '{period}: {value}{unit}, sin comparar con periodos completos',
  'path.highest': 'máximo de {value} en {period}',
  'path.lowest': 'mínimo de {value} en {period}',
  updated: 'Datos al {date}',
  showData: 'Ver datos',
  hideData: 'Ocultar datos',
  downloadCsv: 'Descargar CSV',
  downloadSvg: 'Descargar SVG',
  periodHeader: 'Periodo',
  chart: 'Gráfica interactiva',
  chartHelp: 'Las flechas izquierda y derecha recorren los puntos, Re Pág y Av Pág avanzan una décima parte, Inicio y Fin van a los extremos; arriba y abajo cambian de serie; Escape oculta los detalles.',
  headline: '{change} de {start} a {end}',
  rows: 'Filas {from}–{to} de {total}',
  previous: 'Anterior',
  next: 'Siguiente',
  notes: 'Notas',
  refLine: 'Línea de referencia: {label}, {value}.',
  marked: 'Marcado en la gráfica: {list}.',
};

/** A message of this catalogue or the common one, in a language, with its parameters filled in. */
export const msg = /* @__PURE__ */ withCommon<TrendKey>({ en, es });
