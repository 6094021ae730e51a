/**
 * Mexico's 32 states with their INEGI codes, and a matcher for the names the
 * producers' files really use ("Coahuila de Zaragoza", "COAHUILA", "Distrito
 * Federal", "Ciudad de México", "Veracruz de Ignacio de la Llave", …).
 */

/** INEGI code ("01"–"32") → the state's usual name. */
export const STATES: Readonly<Record<string, string>> = {
  '01': 'Aguascalientes', '02': 'Baja California', '03': 'Baja California Sur', '04': 'Campeche',
  '05': 'Coahuila', '06': 'Colima', '07': 'Chiapas', '08': 'Chihuahua',
  '09': 'Ciudad de México', '10': 'Durango', '11': 'Guanajuato', '12': 'Guerrero',
  '13': 'Hidalgo', '14': 'Jalisco', '15': 'Estado de México', '16': 'Michoacán',
  '17': 'Morelos', '18': 'Nayarit', '19': 'Nuevo León', '20': 'Oaxaca',
  '21': 'Puebla', '22': 'Querétaro', '23': 'Quintana Roo', '24': 'San Luis Potosí',
  '25': 'Sinaloa', '26': 'Sonora', '27': 'Tabasco', '28': 'Tamaulipas',
  '29': 'Tlaxcala', '30': 'Veracruz', '31': 'Yucatán', '32': 'Zacatecas',
};

/**
 * The 32 codes in order. (Object.keys(STATES) is not: integer-like keys "10"–"32"
 * enumerate before "01"–"09".)
 */
export const STATE_CODES: readonly string[] = Object.keys(STATES).sort();

// Other names seen in INEGI, CONAPO and SESNSP files, already normalized.
const ALIASES: Readonly<Record<string, string>> = {
  'COAHUILA DE ZARAGOZA': '05',
  'DISTRITO FEDERAL': '09',
  'CDMX': '09',
  'MEXICO': '15',
  'MICHOACAN DE OCAMPO': '16',
  'VERACRUZ DE IGNACIO DE LA LLAVE': '30',
  'VERACRUZ LLAVE': '30',
};

/** Upper case, no accents, single spaces: "Michoacán  de Ocampo" → "MICHOACAN DE OCAMPO". */
export function normalizeName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim().toUpperCase();
}

let byName: Map<string, string> | undefined;

/**
 * The INEGI code of a state given by name or by code ("1", "01", 1), or `null`.
 * "Nacional" and other non-state names are `null`.
 */
export function stateCode(nameOrCode: string | number): string | null {
  const text = String(nameOrCode).trim();
  if (/^\d{1,2}$/.test(text)) {
    const code = text.padStart(2, '0');
    return code in STATES ? code : null;
  }
  if (!byName) {
    byName = new Map(Object.entries(ALIASES));
    for (const code of STATE_CODES) byName.set(normalizeName(STATES[code]!), code);
  }
  return byName.get(normalizeName(text)) ?? null;
}
