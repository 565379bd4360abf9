/** A field an import can fill, with the header names that map to it automatically. */
export interface ImportField<K extends string = string> {
  key: K;
  label: string;
  required: boolean;
  /** Other header spellings seen in real spreadsheets. */
  synonyms: readonly string[];
  hint: string;
}

/** Field key → the source column header it is read from, or null when not imported. */
export type ColumnMapping = Record<string, string | null>;

/** Lower-case letters and digits only: "Service Owner (email)" → "serviceowneremail". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Map each field to the first unused column whose header matches its key, label or a synonym
 * (ignoring case, spaces and punctuation). Columns are used at most once.
 */
export function autoMapColumns(fields: readonly ImportField[], headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const byNormalised = new Map(headers.map((header) => [normaliseHeader(header), header]));
  for (const field of fields) {
    const candidates = [field.key, field.label, ...field.synonyms].map(normaliseHeader);
    const header = candidates.map((candidate) => byNormalised.get(candidate)).find((h) => h !== undefined && !used.has(h));
    mapping[field.key] = header ?? null;
    if (header) used.add(header);
  }
  return mapping;
}

/** Problems with a mapping itself: a required field left out, a column used twice, an unknown column. */
export function mappingProblems(fields: readonly ImportField[], headers: readonly string[], mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const field of fields) {
    const header = mapping[field.key] ?? null;
    if (header === null) {
      if (field.required) problems.push(`Choose the column for ${field.label}: it is required.`);
      continue;
    }
    if (!headers.includes(header)) problems.push(`${field.label} is mapped to "${header}", which is not a column of this file.`);
    const other = seen.get(header);
    if (other) problems.push(`The column "${header}" is mapped to both ${other} and ${field.label}.`);
    seen.set(header, field.label);
  }
  return problems;
}

/** Split a list cell: by ";" or new lines when present, else by ",". Empty entries dropped. */
export function splitList(cell: string): string[] {
  const separator = /[;\n]/.test(cell) ? /[;\n]/ : /,/;
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The file's columns no field is read from, by header, in file order: the import drops their
 * cells, so every preview lists them. A column without a header and without a single filled cell
 * holds nothing to drop and is left out.
 */
export function ignoredColumns(headers: readonly string[], mapping: ColumnMapping, rows: ReadonlyArray<{ cells: readonly string[] }>): string[] {
  const used = new Set(Object.values(mapping).filter((header): header is string => Boolean(header)));
  return headers.filter((header, index) => {
    if (used.has(header)) return false;
    const unnamed = header === `Column ${index + 1}`;
    return !unnamed || rows.some((row) => (row.cells[index] ?? '').trim() !== '');
  });
}
