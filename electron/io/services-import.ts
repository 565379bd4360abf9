import type Database from 'better-sqlite3';
import { reportFileRead, type ProgressReporter } from './import-progress';
import { runSteps, type ImportSteps } from './write-in-slices';
import { AppError } from '../../shared/api/errors';
import type { ImportPreview, ImportResult, ImportRowError } from '../../shared/api/catalogue-io-api';
import { serviceCreateSchema } from '../../shared/api/services-api';
import { nextCode } from '../../shared/domain/codes';
import { findDependencyCycle, type DependencyEdge } from '../../shared/domain/dependency-graph';
import { autoMapColumns, ignoredColumns, mappingProblems, type ColumnMapping } from '../../shared/import/column-mapping';
import { parseServiceRow, type ParsedServiceRow } from '../../shared/import/parse-service-row';
import { SERVICE_IMPORT_FIELDS, type ServiceImportKey } from '../../shared/import/service-import-fields';
import { recordAudit, type Actor } from '../repositories/audit-repository';
import { getService } from '../repositories/services/service-queries';
import { insertService } from '../repositories/services/service-writes';
import { readTable, unreadableRowError } from './read-table';
import { summariseReadAs, type ValueReadAs } from '../../shared/import/values-read-as';
import { resolvePeople } from './resolve-people';

interface PlannedRow {
  rowNumber: number;
  values: ParsedServiceRow & { code: string };
  errors: ImportRowError[];
}

export interface ServicesImportPlan {
  preview: ImportPreview;
  rows: PlannedRow[];
}

const SAMPLE_SIZE = 100;

/**
 * Read a file and check every row against the catalogue's rules without writing anything:
 * values, codes (unique in the file and the workspace), owners (unknown ones become new people),
 * dependencies (on existing services or rows of the same file, in any order, without cycles).
 */
export async function planServicesImport(
  db: Database.Database,
  input: { fileName: string; contentBase64: string; mapping?: ColumnMapping | undefined },
  report?: ProgressReporter,
): Promise<ServicesImportPlan> {
  const table = await readTable(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  await reportFileRead(report, table.rows.length);
  const mapping = input.mapping ?? autoMapColumns(SERVICE_IMPORT_FIELDS, table.headers);
  const fields = SERVICE_IMPORT_FIELDS.map(({ key, label, required, hint }) => ({ key, label, required, hint }));
  const basePreview = {
    fileName: input.fileName,
    columns: table.headers,
    mapping,
    fields,
    ignoredColumns: ignoredColumns(table.headers, mapping, table.rows),
    mappingNotes: [] as string[],
    rowCount: table.rows.length,
  };
  const problems = mappingProblems(SERVICE_IMPORT_FIELDS, table.headers, mapping);
  if (problems.length) {
    return { preview: { ...basePreview, mappingProblems: problems, validCount: 0, errors: [], newOwners: [], valuesReadAs: [], sample: [] }, rows: [] };
  }

  const columnOf = (field: string) => mapping[field] ?? null;
  const indexOf = new Map(table.headers.map((header, index) => [header, index]));
  const rows: Array<PlannedRow & { parsed: ParsedServiceRow; readAs: ValueReadAs[] }> = table.rows.map((tableRow) => {
    const { rowNumber, cells } = tableRow;
    const unreadable = unreadableRowError(tableRow);
    const record: Partial<Record<ServiceImportKey, string>> = {};
    for (const field of SERVICE_IMPORT_FIELDS) {
      const header = mapping[field.key];
      if (header) record[field.key] = cells[indexOf.get(header)!] ?? '';
    }
    const { values, problems: cellProblems, readAs } = parseServiceRow(record);
    return {
      rowNumber,
      parsed: values,
      readAs: unreadable ? [] : readAs,
      values: { ...values, code: values.code ?? '' },
      errors: unreadable ? [unreadable] : cellProblems.map((p) => ({ row: rowNumber, column: columnOf(p.field), field: p.field, message: p.message })),
    };
  });
  const addError = (row: PlannedRow, field: string, message: string) => row.errors.push({ row: row.rowNumber, column: columnOf(field), field, message });

  // Codes: explicit ones must be unique in the file and new to the workspace; blank ones are suggested.
  const existingCodes = db.prepare('SELECT code FROM services').pluck().all() as string[];
  const takenLower = new Set(existingCodes.map((c) => c.toLowerCase()));
  const firstRowOfCode = new Map<string, number>();
  for (const row of rows) {
    if (!row.parsed.code) continue;
    const lower = row.parsed.code.toLowerCase();
    if (takenLower.has(lower)) addError(row, 'code', `${row.parsed.code} already exists in this workspace`);
    else if (firstRowOfCode.has(lower)) addError(row, 'code', `${row.parsed.code} is also on row ${firstRowOfCode.get(lower)}`);
    else firstRowOfCode.set(lower, row.rowNumber);
  }
  const allCodes = [...existingCodes, ...rows.map((r) => r.parsed.code).filter((c): c is string => Boolean(c))];
  for (const row of rows) {
    if (row.parsed.code) continue;
    row.values.code = nextCode('SVC', allCodes);
    allCodes.push(row.values.code);
  }

  // Field rules shared with the editor (lengths, code format).
  for (const row of rows) {
    const { owner: _owner, dependsOnCodes: _codes, ...fields } = row.values;
    const checked = serviceCreateSchema.safeParse({ ...fields, ownerId: null, dependsOn: [] });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? 'name');
        if (!row.errors.some((e) => e.field === field)) addError(row, field, issue.message);
      }
    }
  }

  const newOwners = resolvePeople(
    db,
    rows.map((r) => r.values.owner),
  ).unknown;

  // Dependencies: codes of existing services or of rows in this file.
  const existingIdByCode = new Map(
    (db.prepare('SELECT code, id FROM services').all() as Array<{ code: string; id: number }>).map((r) => [r.code.toLowerCase(), r.id]),
  );
  // A code names an existing service first, else the first row of the file that has it.
  const rowByCode = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const lower = row.values.code.toLowerCase();
    if (!existingIdByCode.has(lower) && !rowByCode.has(lower)) rowByCode.set(lower, row);
  }
  for (const row of rows) {
    for (const code of row.values.dependsOnCodes) {
      const lower = code.toLowerCase();
      if (lower === row.values.code.toLowerCase()) addError(row, 'dependsOn', `${code} is this service itself`);
      else if (!existingIdByCode.has(lower) && !rowByCode.has(lower)) addError(row, 'dependsOn', `${code} is neither in the workspace nor in this file`);
    }
  }
  const tempId = new Map(rows.map((row, index) => [row, -(index + 1)]));
  const edges: DependencyEdge[] = rows.flatMap((row) =>
    row.values.dependsOnCodes
      .map((code) => rowByCode.get(code.toLowerCase()))
      .filter((target): target is (typeof rows)[number] => target !== undefined && target !== row)
      .map((target) => ({ serviceId: tempId.get(row)!, dependsOnId: tempId.get(target)! })),
  );
  const codeOfTemp = new Map(rows.map((row) => [tempId.get(row)!, row.values.code]));
  for (const row of rows) {
    const id = tempId.get(row)!;
    const cycle = findDependencyCycle(
      edges,
      id,
      edges.filter((e) => e.serviceId === id).map((e) => e.dependsOnId),
    );
    if (cycle) addError(row, 'dependsOn', `makes a dependency cycle: ${cycle.map((t) => codeOfTemp.get(t)).join(' → ')}`);
  }
  // A row that needs a row with problems cannot be imported on its own either.
  let changed = true;
  while (changed) {
    changed = false;
    for (const row of rows) {
      if (row.errors.length) continue;
      const broken = row.values.dependsOnCodes.map((c) => rowByCode.get(c.toLowerCase())).find((target) => target && target.errors.length > 0);
      if (broken) {
        addError(row, 'dependsOn', `depends on ${broken.values.code} (row ${broken.rowNumber}), which has problems`);
        changed = true;
      }
    }
  }

  const errors = rows.flatMap((row) => row.errors).sort((a, b) => a.row - b.row);
  return {
    preview: {
      ...basePreview,
      mappingProblems: [],
      validCount: rows.filter((row) => row.errors.length === 0).length,
      errors,
      newOwners,
      valuesReadAs: summariseReadAs(rows.map((row) => row.readAs)),
      sample: rows.slice(0, SAMPLE_SIZE).map((row) => ({
        row: row.rowNumber,
        code: row.values.code,
        name: row.values.name,
        lifecycle: row.values.lifecycle,
        readAs: row.readAs,
        owner: row.values.owner,
        dependsOn: row.values.dependsOnCodes,
      })),
    },
    rows,
  };
}

/** Write a checked plan in the caller's transaction: new owners first, then services, then dependencies. */
export function commitServicesImport(
  db: Database.Database,
  actor: Actor,
  plan: ServicesImportPlan,
  mode: 'all-or-nothing' | 'valid-rows',
  now: string,
): ImportResult {
  return runSteps(servicesImportSteps(db, actor, plan, mode, now));
}

/** The writes of `commitServicesImport`, yielding the services written so far (for progress). */
export function* servicesImportSteps(
  db: Database.Database,
  actor: Actor,
  plan: ServicesImportPlan,
  mode: 'all-or-nothing' | 'valid-rows',
  now: string,
): ImportSteps<ImportResult> {
  const { preview } = plan;
  if (preview.mappingProblems.length) throw new AppError('invalid_input', preview.mappingProblems[0]!, 'mapping');
  if (mode === 'all-or-nothing' && preview.errors.length) {
    const first = preview.errors[0]!;
    const rowsWithErrors = new Set(preview.errors.map((e) => e.row)).size;
    throw new AppError(
      'invalid_input',
      `${rowsWithErrors} row${rowsWithErrors === 1 ? ' has' : 's have'} problems, so nothing was imported. First: row ${first.row}${first.column ? `, ${first.column}` : ''}: ${first.message}.`,
      'file',
    );
  }
  const valid = plan.rows.filter((row) => row.errors.length === 0);
  const people = resolvePeople(
    db,
    valid.map((row) => row.values.owner),
    { create: true, actor, now },
  );
  const idByCode = new Map((db.prepare('SELECT code, id FROM services').all() as Array<{ code: string; id: number }>).map((r) => [r.code.toLowerCase(), r.id]));
  const created: number[] = [];
  for (const row of valid) {
    const { values } = row;
    const ownerId = values.owner ? (people.idOf(values.owner) ?? null) : null;
    const { owner: _owner, dependsOnCodes: _codes, ...fields } = values;
    const id = insertService(db, { ...fields, ownerId, dependsOn: [] }, now);
    idByCode.set(values.code.toLowerCase(), id);
    created.push(id);
    yield created.length;
  }
  const insertDependency = db.prepare('INSERT OR IGNORE INTO service_dependencies (service_id, depends_on_id) VALUES (?, ?)');
  valid.forEach((row, index) => {
    for (const code of row.values.dependsOnCodes) insertDependency.run(created[index], idByCode.get(code.toLowerCase()));
  });
  for (const id of created) {
    const detail = getService(db, id);
    recordAudit(
      db,
      actor,
      { entity: 'service', entityId: id, action: 'create', after: { code: detail.code, name: detail.name, source: `import of ${preview.fileName}` } },
      now,
    );
    yield created.length;
  }
  return { created: created.length, skipped: plan.rows.length - valid.length, newPeople: people.created, errors: preview.errors };
}
