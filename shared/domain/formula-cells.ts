/** Characters that make a spreadsheet treat a cell as a formula (CSV/formula injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Make a text cell safe to open in a spreadsheet: a leading ' stops formula evaluation. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undo `neutraliseFormula` on import, so an export → import round trip gives back the same text. */
export function restoreNeutralisedFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
