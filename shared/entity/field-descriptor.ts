import { z } from 'zod';

// One description per entity: every field is declared once — its column, label, validation,
// import synonyms, export format and whether the audit trail records it — and the repository's
// column map, the audit snapshot, the import/export columns and the form labels are derived.
// Adding a plain field is then a migration, one entry here and one form input.

/** How one field of an entity is stored, shown, checked, imported, exported and audited. */
export interface FieldDescriptor<Value = unknown> {
  /** The SQLite column. */
  column: string;
  /** The label people see in forms, tables, history, imports and exports. */
  label: string;
  /** The validation rule for the field's value as the API receives it. */
  schema: z.ZodType<Value>;
  /** Recorded in the audit trail's before/after snapshots (default true). */
  audited?: boolean;
  /** Other headers an import maps onto this field (lower case). */
  importSynonyms?: readonly string[];
  /** Left out of exports (e.g. internal ids); default false. */
  notExported?: boolean;
  /** Reads the stored column back into the API value (e.g. JSON text, 0/1); identity by default. */
  fromColumn?: (stored: unknown) => Value;
  /** Writes the API value into the column; identity by default. */
  toColumn?: (value: Value) => unknown;
  /** Text for CSV/XLSX and the packs; `String(value)` (empty for null) by default. */
  format?: (value: Value) => string;
  /**
   * How the field shows as a column of the entity's list (table): `false` keeps it out (long
   * notes, internal ids); otherwise the cell's format, `'text'` by default. The column header is
   * the field's label.
   */
  list?: false | ListFormat;
  /**
   * What a new record's form starts with, and what an edit form shows when the stored value is
   * empty (null text reads as ''): the form's values derive from these (`formValues`).
   */
  initial?: Value;
}

/** How a list cell shows a value; the renderer has one cell per format. */
export type ListFormat = 'text' | 'number' | 'percent' | 'date' | 'instant' | 'person' | 'enum' | 'tags';

// `any` here only lets fields of different value types sit in one record; each keeps its own type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EntityFields = Record<string, FieldDescriptor<any>>;

/** An entity: its table, its fields and the name the audit trail files its changes under. */
export interface EntityDescriptor<Fields extends EntityFields> {
  entity: string;
  table: string;
  fields: Fields;
}

type ValueOf<F> = F extends FieldDescriptor<infer V> ? V : never;
/** The API values of an entity's fields. */
export type EntityValues<Fields extends EntityFields> = { [K in keyof Fields]: ValueOf<Fields[K]> };

/** Declare an entity once; everything else is derived from what this returns. */
export function defineEntity<Fields extends EntityFields>(descriptor: EntityDescriptor<Fields>): EntityDescriptor<Fields> {
  return descriptor;
}

/**
 * A field descriptor with its value type inferred from the schema. It keeps the schema's own zod
 * type too, so `entitySchema` types an API's input field by field (optional, defaulted, nullable)
 * and the compiler checks what callers pass.
 */
export function field<S extends z.ZodType>(
  descriptor: Omit<FieldDescriptor<z.output<S>>, 'schema'> & { schema: S },
): FieldDescriptor<z.output<S>> & { schema: S } {
  return descriptor as FieldDescriptor<z.output<S>> & { schema: S };
}

type SchemaOf<F> = F extends { schema: infer S extends z.ZodType } ? S : never;

const keysOf = <Fields extends EntityFields>(entity: EntityDescriptor<Fields>) => Object.keys(entity.fields) as Array<keyof Fields & string>;

/** The zod object that validates all of an entity's fields, typed field by field (use `.partial()`, `.pick()` for updates). */
export function entitySchema<Fields extends EntityFields>(entity: EntityDescriptor<Fields>) {
  const shape = Object.fromEntries(keysOf(entity).map((key) => [key, entity.fields[key]!.schema]));
  return z.object(shape as { [K in keyof Fields]: SchemaOf<Fields[K]> });
}

/** `{ column: storedValue }` for an INSERT or UPDATE of the given (possibly partial) values. */
export function toColumns<Fields extends EntityFields>(entity: EntityDescriptor<Fields>, values: Partial<EntityValues<Fields>>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const key of keysOf(entity)) {
    if (!(key in values)) continue;
    const descriptor = entity.fields[key] as FieldDescriptor<unknown>;
    const value = values[key];
    columns[descriptor.column] = descriptor.toColumn ? descriptor.toColumn(value) : value;
  }
  return columns;
}

/** The API values read back from a row keyed by column. */
export function fromColumns<Fields extends EntityFields>(entity: EntityDescriptor<Fields>, row: Record<string, unknown>): EntityValues<Fields> {
  const values: Record<string, unknown> = {};
  for (const key of keysOf(entity)) {
    const descriptor = entity.fields[key] as FieldDescriptor<unknown>;
    const stored = row[descriptor.column];
    values[key] = descriptor.fromColumn ? descriptor.fromColumn(stored) : stored;
  }
  return values as EntityValues<Fields>;
}

/** `SELECT` list naming every column (for `fromColumns`). */
export function selectColumns<Fields extends EntityFields>(entity: EntityDescriptor<Fields>, alias = ''): string {
  const prefix = alias ? `${alias}.` : '';
  return keysOf(entity)
    .map((key) => `${prefix}${entity.fields[key]!.column}`)
    .join(', ');
}

/** What the audit trail records of a record: every audited field, by key. */
export function auditSnapshot<Fields extends EntityFields>(entity: EntityDescriptor<Fields>, values: Partial<EntityValues<Fields>>): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  for (const key of keysOf(entity)) {
    if (entity.fields[key]!.audited === false || !(key in values)) continue;
    snapshot[key] = values[key];
  }
  return snapshot;
}

/** `{ key: label }` for forms, tables and the audit trail's field-by-field diff. */
export function fieldLabels<Fields extends EntityFields>(entity: EntityDescriptor<Fields>): Record<keyof Fields & string, string> {
  return Object.fromEntries(keysOf(entity).map((key) => [key, entity.fields[key]!.label])) as Record<keyof Fields & string, string>;
}

/** The columns of an export, in declaration order: header and formatted cell per record. */
export function exportColumns<Fields extends EntityFields>(
  entity: EntityDescriptor<Fields>,
): Array<{ key: keyof Fields & string; header: string; cell: (values: EntityValues<Fields>) => string }> {
  return keysOf(entity)
    .filter((key) => !entity.fields[key]!.notExported)
    .map((key) => {
      const descriptor = entity.fields[key] as FieldDescriptor<unknown>;
      return {
        key,
        header: descriptor.label,
        cell: (values: EntityValues<Fields>) => {
          const value = values[key];
          if (descriptor.format) return descriptor.format(value);
          return value === null || value === undefined ? '' : String(value);
        },
      };
    });
}

/** Import fields (label and synonyms) for the shared column-mapping step. */
export function importFields<Fields extends EntityFields>(
  entity: EntityDescriptor<Fields>,
): Array<{ key: keyof Fields & string; label: string; synonyms: readonly string[] }> {
  return keysOf(entity)
    .filter((key) => !entity.fields[key]!.notExported)
    .map((key) => ({ key, label: entity.fields[key]!.label, synonyms: entity.fields[key]!.importSynonyms ?? [] }));
}

/** The list (table) columns, in declaration order: key, header and cell format. */
export function listColumns<Fields extends EntityFields>(
  entity: EntityDescriptor<Fields>,
): Array<{ key: keyof Fields & string; header: string; format: ListFormat }> {
  return keysOf(entity)
    .filter((key) => entity.fields[key]!.list !== false)
    .map((key) => ({ key, header: entity.fields[key]!.label, format: (entity.fields[key]!.list || 'text') as ListFormat }));
}

/**
 * Which declared fields a layer left out: the descriptor test of each entity calls this with the
 * keys its table shows, the headers its export writes and the keys its audit entry records, so a
 * field that is declared but not wired through fails a test instead of vanishing silently.
 */
export function missingFromLayers<Fields extends EntityFields>(
  entity: EntityDescriptor<Fields>,
  layers: { tableKeys: readonly string[]; exportHeaders: readonly string[]; auditKeys: readonly string[] },
): { table: string[]; export: string[]; audit: string[] } {
  const keys = keysOf(entity);
  const labelOf = (key: string) => entity.fields[key]!.label;
  return {
    table: keys.filter((key) => entity.fields[key]!.list !== false && !layers.tableKeys.includes(key)),
    export: keys.filter((key) => !entity.fields[key]!.notExported && !layers.exportHeaders.includes(labelOf(key))),
    audit: keys.filter((key) => entity.fields[key]!.audited !== false && !layers.auditKeys.includes(key)),
  };
}

/** A form holds empty text as '' where the API and the database hold null; other values as they are. */
export type FormValue<V> = null extends V ? (string extends Exclude<V, null> ? string : V) : V;
/** The values an entity's form holds, field by field. */
export type EntityFormValues<Fields extends EntityFields> = { [K in keyof Fields]: FormValue<ValueOf<Fields[K]>> };

/**
 * The values a form starts with: every field's `initial` for a new record, or the record's own
 * values with empty ones shown as the field's `initial` ('' for null text) for an edit. A field
 * declared without `initial` is a mistake the entity's test catches (`missingInitial`).
 */
export function formValues<Fields extends EntityFields>(
  entity: EntityDescriptor<Fields>,
  record: Partial<EntityValues<Fields>> | null,
): EntityFormValues<Fields> {
  const values: Record<string, unknown> = {};
  for (const key of keysOf(entity)) {
    const stored = record?.[key];
    values[key] = stored === null || stored === undefined ? entity.fields[key]!.initial : stored;
  }
  return values as EntityFormValues<Fields>;
}

/** Fields declared without the `initial` a form needs. */
export function missingInitial<Fields extends EntityFields>(entity: EntityDescriptor<Fields>): string[] {
  return keysOf(entity).filter((key) => entity.fields[key]!.initial === undefined);
}
