import type Database from 'better-sqlite3';
import { reportFileRead, type ProgressReporter } from './import-progress';
import { runSteps, type ImportSteps } from './write-in-slices';
import { AppError } from '../../shared/api/errors';
import type { ImportResult, ImportRowError } from '../../shared/api/catalogue-io-api';
import type { RiskImportFileInput } from '../../shared/api/risks-io-api';
import { restoreNeutralisedFormula } from '../../shared/domain/formula-cells';
import { score, type RiskMatrix } from '../../shared/domain/risk-matrix';
import { matchRating } from '../../shared/domain/risk-ratings';
import { ignoredColumns, mappingProblems, type ColumnMapping } from '../../shared/import/column-mapping';
import { ratingCellMismatch } from '../../shared/import/check-rating-cell';
import { parseRiskRow, type ParsedRiskRow } from '../../shared/import/parse-risk-row';
import {
  autoMapRiskColumns,
  IMPACT_KEYS,
  LIKELIHOOD_KEYS,
  RISK_IMPORT_FIELDS,
  type RatingValue,
  type RiskImportKey,
  type RiskImportPreview,
} from '../../shared/import/risk-import-fields';
import type { Actor } from '../repositories/audit-repository';
import { currentMatrix, scored } from '../repositories/risks/matrix-repository';
import { scoreColumns, type ScoreColumns } from '../repositories/risks/score-columns';
import { positionColumns } from '../repositories/risks/risk-writes';
import type { FieldDescriptor } from '../../shared/entity/field-descriptor';
import { riskEntity, type RiskFieldKey, type RiskFieldValues } from '../../shared/entity/risk-entity';
import { deferRiskSearchIndex } from '../repositories/risks/risk-search-bulk';
import { deferSecondaryIndexes } from '../repositories/bulk-indexes';
import { readTable, unreadableRowError } from './read-table';
import { summariseReadAs, type ValueReadAs } from '../../shared/import/values-read-as';
import { resolvePeople } from './resolve-people';

interface PlannedRow {
  rowNumber: number;
  values: ParsedRiskRow & { code: string };
  serviceIds: number[];
  supplierId: number | null;
  /** Words of the row read by synonym, for the preview. */
  readAs: ValueReadAs[];
  errors: ImportRowError[];
}

export interface RisksImportPlan {
  preview: RiskImportPreview;
  rows: PlannedRow[];
  matrixVersion: number;
  matrix: RiskMatrix;
}

const SAMPLE_SIZE = 100;
/** The preview lists at most this many problems (all rows are still checked and counted). */
const ERROR_LIST_LIMIT = 1000;

/** An imported row with its references resolved: what the risk row is written from. */
interface ImportedRisk {
  values: ParsedRiskRow & { code: string };
  ownerId: number | null;
  supplierId: number | null;
}

/**
 * Where each plain field of the descriptor comes from in an imported row. Typed by the descriptor,
 * so a field added there does not compile until the import says how it fills it.
 */
const FROM_IMPORT: { [K in RiskFieldKey]: (row: ImportedRisk) => RiskFieldValues[K] } = {
  code: (r) => r.values.code,
  title: (r) => r.values.title,
  cause: (r) => r.values.cause,
  event: (r) => r.values.event,
  consequence: (r) => r.values.consequence,
  category: (r) => r.values.category,
  ownerId: (r) => r.ownerId,
  supplierId: (r) => r.supplierId,
  controls: (r) => r.values.controls,
  inherentLikelihood: (r) => r.values.inherent?.likelihood ?? null,
  inherentImpact: (r) => r.values.inherent?.impact ?? null,
  residualLikelihood: (r) => r.values.residual?.likelihood ?? null,
  residualImpact: (r) => r.values.residual?.impact ?? null,
  targetLikelihood: (r) => r.values.target?.likelihood ?? null,
  targetImpact: (r) => r.values.target?.impact ?? null,
  treatment: (r) => r.values.treatment,
  treatmentRationale: (r) => r.values.treatmentRationale,
  status: (r) => r.values.status,
  nextReviewDate: (r) => r.values.nextReviewDate,
};

// The insert is derived from the descriptor once, when the module loads, with positional
// parameters: the commit loop runs 100,000 times and only refills one array of binds per row.
const FIELD_KEYS = Object.keys(riskEntity.fields) as RiskFieldKey[];
const INSERT_WRITERS = FIELD_KEYS.map((key) => {
  const { toColumn } = riskEntity.fields[key] as FieldDescriptor<unknown>;
  const read = FROM_IMPORT[key] as (row: ImportedRisk) => unknown;
  return toColumn ? (row: ImportedRisk) => toColumn(read(row)) : read;
});
const SCORE_COLUMNS = ['inherent_score', 'inherent_band', 'residual_score', 'residual_band', 'target_score', 'target_band'] as const satisfies ReadonlyArray<
  keyof ScoreColumns
>;
const INSERT_COLUMNS = [...FIELD_KEYS.map((key) => riskEntity.fields[key].column), 'created_at', 'updated_at', ...SCORE_COLUMNS];
const RISK_IMPORT_INSERT = `INSERT INTO risks (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`;

const ratingKey = (text: string) => restoreNeutralisedFormula(text.trim()).toLowerCase();

/**
 * The rating step: every distinct text of the likelihood columns and of the impact columns, placed
 * on the matrix's scales by the user's choice, else by number, label or common word.
 */
function collectRatings(
  table: { rows: Array<{ cells: string[] }> },
  columnIndex: (key: RiskImportKey) => number | undefined,
  matrix: RiskMatrix,
  userMap: RiskImportFileInput['ratingMap'],
  problems: string[],
) {
  const collect = (keys: readonly RiskImportKey[], scale: 'likelihood' | 'impact') => {
    const levels = matrix[scale];
    const user = new Map(Object.entries(userMap?.[scale] ?? {}).map(([text, level]) => [ratingKey(text), level]));
    const values = new Map<string, RatingValue>();
    const normalised = new Map<string, string>();
    const indexes = keys.map(columnIndex).filter((index): index is number => index !== undefined);
    for (const { cells } of table.rows) {
      for (const index of indexes) {
        const raw = cells[index] ?? '';
        if (!raw.trim()) continue;
        // A register repeats a handful of rating texts; normalise each distinct one once.
        let key = normalised.get(raw);
        if (key === undefined) normalised.set(raw, (key = ratingKey(raw)));
        const known = values.get(key);
        if (known) {
          known.count += 1;
          continue;
        }
        const text = restoreNeutralisedFormula(raw.trim());
        let entry: RatingValue;
        if (user.has(key)) {
          const level = user.get(key) ?? null;
          if (level !== null && level > levels.length) {
            problems.push(`The rating "${text}" is mapped to ${scale} level ${level}, but the matrix's ${scale} scale has ${levels.length} levels.`);
          }
          entry = { text, level: level !== null && level <= levels.length ? level : null, via: 'user', count: 1 };
        } else {
          const match = matchRating(text, levels);
          entry = { text, level: match?.level ?? null, via: match?.via ?? null, count: 1 };
        }
        values.set(key, entry);
      }
    }
    return values;
  };
  return { likelihood: collect(LIKELIHOOD_KEYS, 'likelihood'), impact: collect(IMPACT_KEYS, 'impact') };
}

const BASES = ['inherent', 'residual', 'target'] as const;
type Basis = (typeof BASES)[number];
const keyOf = (basis: Basis, what: 'Likelihood' | 'Impact' | 'Score' | 'Band') => `${basis}${what}` as RiskImportKey;
const quoted = (headers: Array<string | null | undefined>) =>
  headers
    .filter(Boolean)
    .map((h) => `“${h}”`)
    .join(' and ');

/** When the file gives only one of the inherent and residual positions, say that the other is a copy of it. */
function positionNotes(mapping: ColumnMapping): string[] {
  const has = (basis: Basis) => Boolean(mapping[keyOf(basis, 'Likelihood')] || mapping[keyOf(basis, 'Impact')]);
  const columns = (basis: Basis) => quoted([mapping[keyOf(basis, 'Likelihood')], mapping[keyOf(basis, 'Impact')]]);
  if (has('residual') && !has('inherent')) {
    return [`No column gives the inherent likelihood and impact, so each risk’s inherent position is copied from its residual one (${columns('residual')}).`];
  }
  if (has('inherent') && !has('residual')) {
    return [`No column gives the residual likelihood and impact, so each risk’s residual position is copied from its inherent one (${columns('inherent')}).`];
  }
  return [];
}

/** Score and band columns are compared with the matrix, row by row, and not stored: say so. */
function checkedNotes(mapping: ColumnMapping): string[] {
  const checked = BASES.flatMap((basis) => [mapping[keyOf(basis, 'Score')], mapping[keyOf(basis, 'Band')]]).filter(Boolean);
  if (!checked.length) return [];
  return [
    `${quoted(checked)} ${checked.length === 1 ? 'is' : 'are'} checked in every row against the score and band the matrix gives; the matrix’s own values are stored.`,
  ];
}

/** Rows that give one of the inherent and residual positions and get the other as a copy of it. */
function copiedRowNotes(rows: PlannedRow[]): string[] {
  const notes: string[] = [];
  for (const [copied, given] of [
    ['inherent', 'residual'],
    ['residual', 'inherent'],
  ] as const) {
    const numbers = rows.filter((row) => row.errors.length === 0 && row.values.copied === copied).map((row) => row.rowNumber);
    if (numbers.length === 0) continue;
    const shown = numbers.length > 10 ? `${numbers.slice(0, 10).join(', ')} and ${numbers.length - 10} more` : numbers.join(', ');
    notes.push(
      `${numbers.length} row${numbers.length === 1 ? ' gives' : 's give'} only the ${given} position; the ${copied} one is copied from it (row${numbers.length === 1 ? '' : 's'} ${shown}).`,
    );
  }
  return notes;
}

/** A row's own score and band cells, each checked against the position it states (or copied). */
function ratingProblems(record: Partial<Record<RiskImportKey, string>>, values: ParsedRiskRow, earlier: Array<{ field: RiskImportKey }>, matrix: RiskMatrix) {
  const problems: Array<{ field: RiskImportKey; message: string }> = [];
  for (const basis of BASES) {
    const positionUnreadable = earlier.some((p) => p.field === keyOf(basis, 'Likelihood') || p.field === keyOf(basis, 'Impact'));
    for (const kind of ['Score', 'Band'] as const) {
      const key = keyOf(basis, kind);
      const text = restoreNeutralisedFormula((record[key] ?? '').trim());
      if (!text || positionUnreadable) continue;
      const position = values[basis];
      const computed = position && scored(matrix, position.likelihood, position.impact);
      if (!computed) {
        problems.push({ field: key, message: `says "${text}", but the row has no ${basis} likelihood and impact to check it against` });
        continue;
      }
      const mismatch = ratingCellMismatch(text, computed, values.copied === basis ? `${basis} (copied)` : basis);
      if (mismatch) problems.push({ field: key, message: mismatch });
    }
  }
  return problems;
}

/**
 * Read a register and check every row without writing: columns, ratings (the rating step),
 * values, codes (unique in the file and the workspace), services (by code, must exist),
 * suppliers (by name, must exist) and owners (unknown ones become new people).
 */
export async function planRisksImport(db: Database.Database, input: RiskImportFileInput, today: string, report?: ProgressReporter): Promise<RisksImportPlan> {
  const table = await readTable(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  await reportFileRead(report, table.rows.length);
  const { version: matrixVersion, matrix } = currentMatrix(db);
  const auto = input.mapping ? null : autoMapRiskColumns(table.headers);
  const mapping = input.mapping ?? auto!.mapping;
  const fields = RISK_IMPORT_FIELDS.map(({ key, label, required, hint }) => ({ key, label, required, hint }));
  const scales = { likelihood: matrix.likelihood.map((l) => l.label), impact: matrix.impact.map((l) => l.label) };
  const problems = mappingProblems(RISK_IMPORT_FIELDS, table.headers, mapping);
  const base = {
    fileName: input.fileName,
    columns: table.headers,
    mapping,
    fields,
    ignoredColumns: ignoredColumns(table.headers, mapping, table.rows),
    rowCount: table.rows.length,
    scales,
  };
  const notes = [...(auto?.notes ?? []), ...positionNotes(mapping), ...checkedNotes(mapping)];
  const empty = {
    validCount: 0,
    errors: [],
    newOwners: [],
    valuesReadAs: [],
    sample: [],
    ratings: { likelihood: [], impact: [] },
    unmappedRatings: { likelihood: [], impact: [] },
  };
  if (problems.length) return { preview: { ...base, ...empty, mappingNotes: notes, mappingProblems: problems }, rows: [], matrixVersion, matrix };

  const indexOfHeader = new Map(table.headers.map((header, index) => [header, index]));
  const columnIndex = (key: RiskImportKey) => {
    const header = mapping[key];
    return header ? indexOfHeader.get(header) : undefined;
  };
  const ratings = collectRatings(table, columnIndex, matrix, input.ratingMap, problems);
  const ratingList = (map: Map<string, RatingValue>) => [...map.values()].sort((a, b) => (a.level ?? 99) - (b.level ?? 99) || a.text.localeCompare(b.text));
  const ratingPreview = { likelihood: ratingList(ratings.likelihood), impact: ratingList(ratings.impact) };
  const unmappedRatings = {
    likelihood: ratingPreview.likelihood.filter((r) => r.level === null).map((r) => r.text),
    impact: ratingPreview.impact.filter((r) => r.level === null).map((r) => r.text),
  };
  if (problems.length)
    return {
      preview: { ...base, ...empty, mappingNotes: notes, ratings: ratingPreview, unmappedRatings, mappingProblems: problems },
      rows: [],
      matrixVersion,
      matrix,
    };
  const resolve = (scale: 'likelihood' | 'impact', text: string) => ratings[scale].get(ratingKey(text))?.level ?? null;

  const fieldIndexes = RISK_IMPORT_FIELDS.map((field) => [field.key, columnIndex(field.key)] as const).filter(([, index]) => index !== undefined) as Array<
    readonly [RiskImportKey, number]
  >;
  const columnOf = (field: string) => mapping[field] ?? null;
  const rows: PlannedRow[] = table.rows.map((tableRow) => {
    const { rowNumber, cells } = tableRow;
    const unreadable = unreadableRowError(tableRow);
    const record: Partial<Record<RiskImportKey, string>> = {};
    for (const [key, index] of fieldIndexes) record[key] = cells[index] ?? '';
    const { values, problems: cellProblems, readAs } = parseRiskRow(record, resolve, today);
    if (!unreadable) cellProblems.push(...ratingProblems(record, values, cellProblems, matrix));
    return {
      rowNumber,
      values: { ...values, code: values.code ?? '' },
      serviceIds: [],
      supplierId: null,
      readAs: unreadable ? [] : readAs,
      errors: unreadable ? [unreadable] : cellProblems.map((p) => ({ row: rowNumber, column: columnOf(p.field), field: p.field, message: p.message })),
    };
  });
  const addError = (row: PlannedRow, field: string, message: string) => row.errors.push({ row: row.rowNumber, column: columnOf(field), field, message });

  // Codes: explicit ones unique in the file and new to the workspace; blank ones follow the highest RSK- number.
  const existing = db.prepare('SELECT code FROM risks').pluck().all() as string[];
  const taken = new Set(existing.map((c) => c.toLowerCase()));
  const firstRow = new Map<string, number>();
  let highest = 0;
  const numbered = /^RSK-(\d+)$/i;
  for (const code of existing) highest = Math.max(highest, Number(numbered.exec(code)?.[1] ?? 0));
  for (const row of rows) {
    const code = row.values.code;
    if (!code) continue;
    highest = Math.max(highest, Number(numbered.exec(code)?.[1] ?? 0));
    const lower = code.toLowerCase();
    if (taken.has(lower)) addError(row, 'code', `${code} already exists in this workspace`);
    else if (firstRow.has(lower)) addError(row, 'code', `${code} is also on row ${firstRow.get(lower)}`);
    else firstRow.set(lower, row.rowNumber);
  }
  for (const row of rows) {
    if (row.values.code) continue;
    highest += 1;
    row.values.code = `RSK-${String(highest).padStart(3, '0')}`;
  }

  // Services by code and suppliers by name must exist: an import never invents them.
  const serviceIdByCode = new Map(
    (db.prepare('SELECT code, id FROM services').all() as Array<{ code: string; id: number }>).map((s) => [s.code.toLowerCase(), s.id]),
  );
  const supplierIdByName = new Map(
    (db.prepare('SELECT name, id FROM suppliers').all() as Array<{ name: string; id: number }>).map((s) => [s.name.toLowerCase(), s.id]),
  );
  for (const row of rows) {
    for (const code of row.values.serviceCodes) {
      const id = serviceIdByCode.get(code.toLowerCase());
      if (id === undefined) addError(row, 'services', `${code} is not a service in this workspace`);
      else if (!row.serviceIds.includes(id)) row.serviceIds.push(id);
    }
    if (row.values.supplier) {
      const id = supplierIdByName.get(row.values.supplier.toLowerCase());
      if (id === undefined) addError(row, 'supplier', `"${row.values.supplier}" is not a supplier in this workspace; add it first`);
      else row.supplierId = id;
    }
  }

  const newOwners = resolvePeople(
    db,
    rows.map((r) => r.values.owner),
  ).unknown;
  const errors = rows.flatMap((row) => row.errors).sort((a, b) => a.row - b.row);
  // With one position missing from the whole file the note above already says so; else name the rows.
  if (positionNotes(mapping).length === 0) notes.push(...copiedRowNotes(rows));
  const position = (p: { likelihood: number; impact: number } | null) => {
    const s = p && scored(matrix, p.likelihood, p.impact);
    return s ? `${s.likelihood}×${s.impact} = ${s.score} ${s.band}` : null;
  };
  return {
    preview: {
      ...base,
      mappingProblems: [],
      mappingNotes: notes,
      validCount: rows.filter((row) => row.errors.length === 0).length,
      errors: errors.slice(0, ERROR_LIST_LIMIT),
      newOwners,
      valuesReadAs: summariseReadAs(rows.map((row) => row.readAs)),
      ratings: ratingPreview,
      unmappedRatings,
      sample: rows.slice(0, SAMPLE_SIZE).map((row) => ({
        row: row.rowNumber,
        code: row.values.code,
        title: row.values.title,
        owner: row.values.owner,
        services: row.values.serviceCodes,
        status: row.values.status,
        inherent: position(row.values.inherent),
        residual: position(row.values.residual),
        target: position(row.values.target),
      })),
    },
    rows,
    matrixVersion,
    matrix,
  };
}

/** Write a checked plan in the caller's transaction: new owners, then risks with services, a first assessment and an audit entry each. */
export function commitRisksImport(
  db: Database.Database,
  actor: Actor,
  plan: RisksImportPlan,
  mode: 'all-or-nothing' | 'valid-rows',
  now: string,
): ImportResult {
  return runSteps(risksImportSteps(db, actor, plan, mode, now));
}

/** The writes of `commitRisksImport`, yielding the risks written so far after each one (for progress). */
export function* risksImportSteps(
  db: Database.Database,
  actor: Actor,
  plan: RisksImportPlan,
  mode: 'all-or-nothing' | 'valid-rows',
  now: string,
): ImportSteps<ImportResult> {
  const { preview, matrix, matrixVersion } = plan;
  if (preview.mappingProblems.length) throw new AppError('invalid_input', preview.mappingProblems[0]!, 'mapping');
  const bad = plan.rows.filter((row) => row.errors.length > 0);
  if (mode === 'all-or-nothing' && bad.length) {
    const first = bad[0]!.errors[0]!;
    throw new AppError(
      'invalid_input',
      `${bad.length} row${bad.length === 1 ? ' has' : 's have'} problems, so nothing was imported. First: row ${first.row}${first.column ? `, ${first.column}` : ''}: ${first.message}.`,
      'file',
    );
  }
  if (db.prepare('SELECT version FROM risk_matrices ORDER BY version DESC LIMIT 1').pluck().get() !== matrixVersion) {
    throw new AppError('conflict', 'The risk matrix changed while the file was read; preview the import again.');
  }
  const valid = plan.rows.filter((row) => row.errors.length === 0);
  const people = resolvePeople(
    db,
    valid.map((row) => row.values.owner),
    { create: true, actor, now },
  );
  const insertRisk = db.prepare(RISK_IMPORT_INSERT);
  const linkService = db.prepare('INSERT OR IGNORE INTO risk_services (risk_id, service_id) VALUES (?, ?)');
  const insertAssessment = db.prepare(
    `INSERT INTO risk_assessments (risk_id, assessed_at, assessor_id, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact,
       target_likelihood, target_impact, rationale, kind, matrix_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?)`,
  );
  const audit = db.prepare(
    `INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, 'risk', ?, 'create', NULL, ?)`,
  );
  const source = `import of ${preview.fileName}`;
  const search = deferRiskSearchIndex(db);
  // A first import of a large register writes more rows than the tables hold: index them once at the end.
  const indexes = [
    deferSecondaryIndexes(db, 'risks', valid.length),
    deferSecondaryIndexes(db, 'risk_assessments', valid.length),
    deferSecondaryIndexes(db, 'risk_services', valid.length),
    deferSecondaryIndexes(db, 'audit_log', valid.length),
  ];
  let written = 0;
  // One array of positional binds, refilled for every row: no object per row for 27 named parameters.
  const binds: unknown[] = new Array(INSERT_WRITERS.length + 2 + SCORE_COLUMNS.length);
  for (const { values, serviceIds, supplierId } of valid) {
    const imported: ImportedRisk = { values, ownerId: values.owner ? (people.idOf(values.owner) ?? null) : null, supplierId };
    let at = 0;
    for (const write of INSERT_WRITERS) binds[at++] = write(imported);
    binds[at++] = now;
    binds[at++] = now;
    const scores = scoreColumns(matrix, positionColumns(values.inherent, values.residual, values.target));
    for (const column of SCORE_COLUMNS) binds[at++] = scores[column];
    const id = Number(insertRisk.run(binds).lastInsertRowid);
    for (const serviceId of serviceIds) linkService.run(id, serviceId);
    if (values.inherent && values.residual) {
      insertAssessment.run(
        id,
        values.assessedOn ? `${values.assessedOn}T12:00:00.000Z` : now,
        actor.id,
        values.inherent.likelihood,
        values.inherent.impact,
        values.residual.likelihood,
        values.residual.impact,
        values.target?.likelihood ?? null,
        values.target?.impact ?? null,
        values.rationale || `Imported from ${preview.fileName}.`,
        matrixVersion,
      );
    }
    const residualScore = values.residual ? score(matrix, values.residual.likelihood, values.residual.impact) : null;
    audit.run(now, actor.id, actor.name, String(id), JSON.stringify({ code: values.code, title: values.title, residualScore, source }));
    yield ++written;
  }
  for (const deferred of indexes) deferred.rebuild();
  search.catchUp();
  return { created: valid.length, skipped: plan.rows.length - valid.length, newPeople: people.created, errors: preview.errors };
}
