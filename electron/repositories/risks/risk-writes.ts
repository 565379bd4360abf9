import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { RiskAssessInput, RiskCreateInput, RiskDetail, RiskUpdateInput } from '../../../shared/api/risks-api';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import { auditSnapshot, toColumns } from '../../../shared/entity/field-descriptor';
import { RISK_EDITABLE_KEYS, riskEditableValues, riskEntity, type RiskEditableValues } from '../../../shared/entity/risk-entity';
import { recordAudit, type Actor } from '../audit-repository';
import { getPerson } from '../people-repository';
import { placeholders } from '../sql-helpers';
import { assertOnMatrix, currentMatrix } from './matrix-repository';
import { getRisk, suggestRiskCode } from './risk-queries';
import { scoreColumns, type RiskPositions } from './score-columns';
import { statement } from './statements';

type Position = { likelihood: number; impact: number };

/** The register fields of a risk as written to its row: every editable field of the descriptor. */
export type RiskValues = RiskEditableValues;

/**
 * The part of a risk the audit trail keeps: its audited fields (from the descriptor), plus what is
 * not a plain field: the linked services' codes and the current positions as "likelihood×impact".
 */
export function riskAuditSnapshot(detail: RiskDetail) {
  const position = (p: RiskDetail['inherent']) => (p ? `${p.likelihood}×${p.impact}` : null);
  return {
    ...auditSnapshot(riskEntity, detail),
    services: detail.services.map((s) => s.code),
    inherent: position(detail.inherent),
    residual: position(detail.residual),
    target: position(detail.target),
  };
}

function assertCodeFree(db: Database.Database, code: string, exceptId: number | null): void {
  const clash = db.prepare('SELECT title FROM risks WHERE code = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(code, exceptId) as string | undefined;
  if (clash !== undefined) throw new AppError('conflict', `Code: ${code} is already used by "${clash}".`, 'code');
}

function assertReferences(
  db: Database.Database,
  values: { ownerId?: number | null | undefined; supplierId?: number | null | undefined; serviceIds?: readonly number[] | undefined },
): void {
  if (values.ownerId !== undefined && values.ownerId !== null) getPerson(db, values.ownerId, 'ownerId');
  if (values.supplierId !== undefined && values.supplierId !== null && !db.prepare('SELECT 1 FROM suppliers WHERE id = ?').get(values.supplierId)) {
    throw new AppError('not_found', `Supplier: there is no supplier with id ${values.supplierId}.`, 'supplierId');
  }
  if (values.serviceIds && values.serviceIds.length) {
    const unique = [...new Set(values.serviceIds)];
    const found = new Set(
      db
        .prepare(`SELECT id FROM services WHERE id IN (${placeholders(unique.length)})`)
        .pluck()
        .all(...unique) as number[],
    );
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length) throw new AppError('not_found', `Services: there is no service with id ${missing.join(', ')}.`, 'serviceIds');
  }
}

/** Write the risk's service links (replacing any). */
export function writeRiskServices(db: Database.Database, riskId: number, serviceIds: readonly number[]): void {
  statement(db, 'DELETE FROM risk_services WHERE risk_id = ?').run(riskId);
  const insert = statement(db, 'INSERT OR IGNORE INTO risk_services (risk_id, service_id) VALUES (?, ?)');
  for (const id of serviceIds) insert.run(riskId, id);
}

// Derived from the descriptor once, when the module loads: the editable fields' columns, bound by column name.
const EDITABLE_COLUMNS = RISK_EDITABLE_KEYS.map((key) => riskEntity.fields[key].column);
const RISK_INSERT = `INSERT INTO risks (${EDITABLE_COLUMNS.join(', ')}, created_at, updated_at)
  VALUES (${EDITABLE_COLUMNS.map((column) => `@${column}`).join(', ')}, @now, @now)`;
const RISK_UPDATE = `UPDATE risks SET ${EDITABLE_COLUMNS.map((column) => `${column} = @${column}`).join(', ')}, updated_at = @now WHERE id = @id`;

/** Insert a risk row without scores or auditing (the caller does both); used by create. */
export function insertRisk(db: Database.Database, values: RiskValues, now: string): number {
  return Number(statement(db, RISK_INSERT).run({ ...toColumns(riskEntity, riskEditableValues(values)), now }).lastInsertRowid);
}

export interface AssessmentValues {
  inherent: Position;
  residual: Position;
  target: Position | null;
  assessorId: number | null;
  rationale: string;
  kind: 'assessment' | 'remap' | 'import';
  matrixVersion: number;
}

/** Append a dated assessment row. */
export function insertAssessment(db: Database.Database, riskId: number, at: string, values: AssessmentValues): number {
  const result = statement(
    db,
    `INSERT INTO risk_assessments (risk_id, assessed_at, assessor_id, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact,
       target_likelihood, target_impact, rationale, kind, matrix_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    riskId,
    at,
    values.assessorId,
    values.inherent.likelihood,
    values.inherent.impact,
    values.residual.likelihood,
    values.residual.impact,
    values.target?.likelihood ?? null,
    values.target?.impact ?? null,
    values.rationale,
    values.kind,
    values.matrixVersion,
  );
  return Number(result.lastInsertRowid);
}

/** Set a risk's current positions and their score and band columns. */
export function writeCurrentPositions(db: Database.Database, matrix: RiskMatrix, riskId: number, positions: RiskPositions, now: string | null): void {
  statement(
    db,
    `UPDATE risks SET inherent_likelihood = @inherent_likelihood, inherent_impact = @inherent_impact, residual_likelihood = @residual_likelihood,
       residual_impact = @residual_impact, target_likelihood = @target_likelihood, target_impact = @target_impact,
       inherent_score = @inherent_score, inherent_band = @inherent_band, residual_score = @residual_score, residual_band = @residual_band,
       target_score = @target_score, target_band = @target_band, updated_at = coalesce(@now, updated_at) WHERE id = @id`,
  ).run({ ...positions, ...scoreColumns(matrix, positions), now, id: riskId });
}

/** Positions as row columns. */
export function positionColumns(inherent: Position | null, residual: Position | null, target: Position | null): RiskPositions {
  return {
    inherent_likelihood: inherent?.likelihood ?? null,
    inherent_impact: inherent?.impact ?? null,
    residual_likelihood: residual?.likelihood ?? null,
    residual_impact: residual?.impact ?? null,
    target_likelihood: target?.likelihood ?? null,
    target_impact: target?.impact ?? null,
  };
}

/** Add a risk, optionally with its first assessment, audited. */
export function createRisk(db: Database.Database, actor: Actor, input: RiskCreateInput, today: string, now: string): RiskDetail {
  const code = input.code ?? suggestRiskCode(db);
  assertCodeFree(db, code, null);
  assertReferences(db, input);
  const { version, matrix } = currentMatrix(db);
  if (input.inherent) assertOnMatrix(matrix, input.inherent, 'inherent');
  if (input.residual) assertOnMatrix(matrix, input.residual, 'residual');
  if (input.target) assertOnMatrix(matrix, input.target, 'target');
  const id = insertRisk(db, { ...input, code, status: input.status ?? (input.inherent ? 'assessed' : 'identified') }, now);
  writeRiskServices(db, id, input.serviceIds);
  if (input.inherent && input.residual) {
    insertAssessment(db, id, now, {
      inherent: input.inherent,
      residual: input.residual,
      target: input.target ?? null,
      assessorId: actor.id,
      rationale: input.rationale?.trim() || 'Initial assessment when the risk was recorded.',
      kind: 'assessment',
      matrixVersion: version,
    });
    writeCurrentPositions(db, matrix, id, positionColumns(input.inherent, input.residual, input.target ?? null), now);
  }
  const created = getRisk(db, id, today);
  recordAudit(db, actor, { entity: 'risk', entityId: id, action: 'create', after: riskAuditSnapshot(created) }, now);
  return created;
}

/** Change the given fields (never the scores: those go through assess); the audit keeps before and after. */
export function updateRisk(db: Database.Database, actor: Actor, input: RiskUpdateInput, today: string, now: string): RiskDetail {
  const before = getRisk(db, input.id, today);
  const changes = Object.fromEntries(RISK_EDITABLE_KEYS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]));
  const next: RiskValues = { ...riskEditableValues(before), ...changes };
  if (next.code.toLowerCase() !== before.code.toLowerCase()) assertCodeFree(db, next.code, before.id);
  assertReferences(db, {
    ownerId: next.ownerId !== before.ownerId ? next.ownerId : undefined,
    supplierId: next.supplierId !== before.supplierId ? next.supplierId : undefined,
    serviceIds: input.serviceIds,
  });
  statement(db, RISK_UPDATE).run({ ...toColumns(riskEntity, next), now, id: before.id });
  if (input.serviceIds) writeRiskServices(db, before.id, input.serviceIds);
  const after = getRisk(db, before.id, today);
  recordAudit(db, actor, { entity: 'risk', entityId: after.id, action: 'update', before: riskAuditSnapshot(before), after: riskAuditSnapshot(after) }, now);
  return after;
}

/**
 * Record a dated assessment with assessor and rationale. The current scores follow the latest
 * assessment; a risk still "identified" becomes "assessed". Positions off the matrix are refused
 * with the field named.
 */
export function assessRisk(db: Database.Database, actor: Actor, input: RiskAssessInput, today: string, now: string): RiskDetail {
  const before = getRisk(db, input.id, today);
  const { version, matrix } = currentMatrix(db);
  assertOnMatrix(matrix, input.inherent, 'inherent');
  assertOnMatrix(matrix, input.residual, 'residual');
  const target = input.target === undefined ? (before.target ? { likelihood: before.target.likelihood, impact: before.target.impact } : null) : input.target;
  if (target) assertOnMatrix(matrix, target, 'target');
  if (input.assessorId) getPerson(db, input.assessorId, 'assessorId');
  if (input.assessedOn && input.assessedOn > today)
    throw new AppError('invalid_input', `Assessed on: ${input.assessedOn} is in the future; record assessments when they are made.`, 'assessedOn');
  const at = !input.assessedOn || input.assessedOn === today ? now : `${input.assessedOn}T12:00:00.000Z`;
  const assessmentId = insertAssessment(db, before.id, at, {
    inherent: input.inherent,
    residual: input.residual,
    target,
    assessorId: input.assessorId ?? actor.id,
    rationale: input.rationale,
    kind: 'assessment',
    matrixVersion: version,
  });
  const latest = statement(db, 'SELECT id FROM risk_assessments WHERE risk_id = ? ORDER BY assessed_at DESC, id DESC LIMIT 1').get(before.id) as { id: number };
  if (latest.id === assessmentId) writeCurrentPositions(db, matrix, before.id, positionColumns(input.inherent, input.residual, target), now);
  if (before.status === 'identified') db.prepare("UPDATE risks SET status = 'assessed', updated_at = ? WHERE id = ?").run(now, before.id);
  const after = getRisk(db, before.id, today);
  recordAudit(
    db,
    actor,
    {
      entity: 'risk',
      entityId: after.id,
      action: 'update',
      before: riskAuditSnapshot(before),
      after: { ...riskAuditSnapshot(after), assessment: { id: assessmentId, at, rationale: input.rationale } },
    },
    now,
  );
  return after;
}

/** What stops a risk being deleted, as phrases ("3 assessments"). */
function riskDeleteBlockers(db: Database.Database, id: number): string[] {
  const count = (sql: string) => db.prepare(sql).pluck().get(id) as number;
  const phrase = (n: number, one: string, many: string) => (n ? [`${n} ${n === 1 ? one : many}`] : []);
  return [
    ...phrase(count('SELECT count(*) FROM risk_assessments WHERE risk_id = ?'), 'assessment', 'assessments'),
    ...phrase(count('SELECT count(*) FROM actions WHERE risk_id = ?'), 'treatment action', 'treatment actions'),
    ...phrase(count("SELECT count(*) FROM reviews WHERE subject_kind = 'risk' AND subject_id = ?"), 'review', 'reviews'),
  ];
}

/** Delete a risk that has no history; otherwise a conflict that names the history and suggests closing it. */
export function deleteRisk(db: Database.Database, actor: Actor, id: number, today: string, now: string) {
  const before = getRisk(db, id, today);
  const blockers = riskDeleteBlockers(db, id);
  if (blockers.length) {
    throw new AppError(
      'conflict',
      `${before.code} ${before.title} cannot be deleted: it has ${blockers.join(', ')}, which are evidence for audits. Set its status to closed instead.`,
    );
  }
  db.prepare('DELETE FROM risks WHERE id = ?').run(id);
  recordAudit(db, actor, { entity: 'risk', entityId: id, action: 'delete', before: riskAuditSnapshot(before) }, now);
  return { deleted: { id: before.id, code: before.code, title: before.title } };
}
