import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ApproveAcceptanceInput, RiskAcceptance, RiskAppetiteInfo } from '../../../shared/api/risk-acceptance-api';
import { appetiteVerdict } from '../../../shared/domain/risk-appetite';
import { recordAudit, type Actor } from '../audit-repository';
import { getPerson } from '../people-repository';
import { currentMatrix, matrixVersion, scored } from './matrix-repository';
import { getRiskRow } from './risk-queries';
import { toRiskSummary } from './risk-rows';

interface AcceptanceRow {
  id: number;
  approver_id: number;
  approver_name: string;
  approved_on: string;
  expires_on: string | null;
  rationale: string;
  residual_likelihood: number;
  residual_impact: number;
  matrix_version: number;
  revoked_on: string | null;
  revoke_reason: string | null;
}

function acceptanceRows(db: Database.Database, riskId: number): AcceptanceRow[] {
  return db
    .prepare(
      `SELECT a.*, p.name AS approver_name FROM risk_acceptances a JOIN people p ON p.id = a.approver_id
        WHERE a.risk_id = ? ORDER BY a.approved_on DESC, a.id DESC`,
    )
    .all(riskId) as AcceptanceRow[];
}

/** Where a risk stands against the appetite, with its approvals. */
export function riskAppetite(db: Database.Database, riskId: number, today: string): RiskAppetiteInfo {
  const current = currentMatrix(db);
  const risk = toRiskSummary(getRiskRow(db, riskId, today, 'riskId'), current.matrix, today);
  const rows = acceptanceRows(db, riskId);
  const history = rows.map((row): RiskAcceptance => ({
    id: row.id,
    approverId: row.approver_id,
    approverName: row.approver_name,
    approvedOn: row.approved_on,
    expiresOn: row.expires_on,
    rationale: row.rationale,
    approvedPosition: scored(matrixVersion(db, row.matrix_version).matrix, row.residual_likelihood, row.residual_impact),
    matrixVersion: row.matrix_version,
    revokedOn: row.revoked_on,
    revokeReason: row.revoke_reason,
  }));
  const inForce = history.find((approval) => approval.revokedOn === null) ?? null;
  const verdict = appetiteVerdict({
    residualScore: risk.residual?.score ?? null,
    exceedsAppetite: risk.exceedsAppetite,
    treatment: risk.treatment,
    approval: inForce && {
      // Scores on another matrix version are not comparable: the approval no longer covers the risk.
      approvedScore: inForce.matrixVersion === current.version ? (inForce.approvedPosition?.score ?? null) : null,
      approvedOn: inForce.approvedOn,
      expiresOn: inForce.expiresOn,
    },
    today,
  });
  return { riskId: risk.id, code: risk.code, ...verdict, current: inForce, history };
}

/**
 * Approve accepting a risk above the appetite. Only a risk whose chosen treatment is "accept"
 * and whose residual position exceeds the appetite can be approved; the approval replaces the
 * one in force (which is kept, revoked, as evidence).
 */
export function approveAcceptance(db: Database.Database, actor: Actor, input: ApproveAcceptanceInput, today: string, now: string): RiskAppetiteInfo {
  const before = riskAppetite(db, input.riskId, today);
  const { version, matrix } = currentMatrix(db);
  const risk = toRiskSummary(getRiskRow(db, input.riskId, today, 'riskId'), matrix, today);
  const label = `${risk.code} ${risk.title}`;
  if (!risk.residual) throw new AppError('conflict', `${label} has no residual assessment yet: assess it before approving its acceptance.`, 'riskId');
  if (!risk.exceedsAppetite) throw new AppError('conflict', `${label} is within the risk appetite: accepting it needs no approval.`, 'riskId');
  if (risk.treatment !== 'accept') {
    throw new AppError(
      'conflict',
      `${label} has treatment “${risk.treatment ?? 'none'}”: set the treatment to accept before approving an acceptance.`,
      'riskId',
    );
  }
  const approverId = input.approverId ?? actor.id;
  if (approverId === null) throw new AppError('invalid_input', 'Approver: choose who approves the acceptance.', 'approverId');
  getPerson(db, approverId, 'approverId');
  const approvedOn = input.approvedOn ?? today;
  if (approvedOn > today)
    throw new AppError('invalid_input', `Approved on: ${approvedOn} is in the future; record approvals when they are given.`, 'approvedOn');
  if (input.expiresOn && input.expiresOn <= approvedOn) throw new AppError('invalid_input', 'Expires on: must be after the approval date.', 'expiresOn');

  db.prepare("UPDATE risk_acceptances SET revoked_on = ?, revoke_reason = 'Replaced by a new approval' WHERE risk_id = ? AND revoked_on IS NULL").run(
    today,
    risk.id,
  );
  db.prepare(
    `INSERT INTO risk_acceptances (risk_id, approver_id, approved_on, expires_on, rationale, residual_likelihood, residual_impact, matrix_version, approved_score, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    risk.id,
    approverId,
    approvedOn,
    input.expiresOn ?? null,
    input.rationale,
    risk.residual.likelihood,
    risk.residual.impact,
    version,
    risk.residual.score,
    now,
  );
  const after = riskAppetite(db, risk.id, today);
  recordAudit(
    db,
    actor,
    { entity: 'risk', entityId: risk.id, action: 'update', before: { acceptance: before.current }, after: { acceptance: after.current } },
    now,
  );
  return after;
}

/** Revoke the approval in force, keeping it with the date and reason. */
export function revokeAcceptance(db: Database.Database, actor: Actor, riskId: number, reason: string, today: string, now: string): RiskAppetiteInfo {
  const before = riskAppetite(db, riskId, today);
  if (!before.current) throw new AppError('conflict', `${before.code} has no approved acceptance to revoke.`, 'riskId');
  db.prepare('UPDATE risk_acceptances SET revoked_on = ?, revoke_reason = ? WHERE id = ?').run(today, reason, before.current.id);
  const after = riskAppetite(db, riskId, today);
  recordAudit(
    db,
    actor,
    {
      entity: 'risk',
      entityId: riskId,
      action: 'update',
      before: { acceptance: before.current },
      after: { acceptance: after.history.find((a) => a.id === before.current?.id) },
    },
    now,
  );
  return after;
}
