import { DEFAULT_RISK_MATRIX, band, score } from '../../shared/domain/risk-matrix';
import type { GenerateContext } from './generate-context';

const CATEGORIES = ['Availability', 'Security', 'Supplier', 'Capacity', 'Compliance', 'People', 'Data'];
const EVENTS = ['Loss of', 'Degraded', 'Unauthorised access to', 'Supplier failure for', 'Data loss in', 'Capacity shortfall in', 'Non-compliance of'];
const SUBJECTS = [
  'the network',
  'email',
  'the patient record',
  'payroll',
  'identity services',
  'backups',
  'telephony',
  'the intranet',
  'the database platform',
  'hosting',
  'the integration engine',
  'remote access',
  'imaging',
  'pharmacy systems',
  'finance systems',
];
const CAUSES = [
  'Ageing hardware out of support.',
  'Single supplier with no alternative.',
  'Manual process with no checks.',
  'Growth faster than forecast.',
  'Key-person dependency.',
  'Unpatched software.',
];
const CONSEQUENCES = ['Clinical services disrupted.', 'Personal data disclosed.', 'Staff unable to work.', 'Regulatory action and fines.', 'Unplanned cost.'];
const CONTROLS = [
  'Monitoring and alerting; tested runbook.',
  'Supplier support contract with 4-hour fix.',
  'Quarterly review of access.',
  'Nightly backups with off-site copy.',
  '',
];
const STATUSES = ['identified', 'assessed', 'treating', 'treating', 'treating', 'monitored', 'monitored', 'closed'] as const;
const TREATMENTS = ['mitigate', 'mitigate', 'mitigate', 'mitigate', 'accept', 'transfer', 'avoid'] as const;
const ACTION_STATUSES = ['open', 'open', 'in_progress', 'in_progress', 'done', 'cancelled'] as const;

interface RiskCounts {
  risks: number;
  services: number;
  suppliers: number;
  slas: number;
}

/** Score and band rank on the default matrix (version 1), as the register columns keep them. */
function scored(likelihood: number, impact: number): [number, number] {
  return [score(DEFAULT_RISK_MATRIX, likelihood, impact), band(DEFAULT_RISK_MATRIX, likelihood, impact).rank];
}

function clamp(value: number): number {
  return Math.min(5, Math.max(1, value));
}

/**
 * Risks with 1–4 dated assessments each (the row holds the latest), linked services, a review
 * for every re-assessment, and a treatment action for about one risk in five.
 */
export function generateRisks(ctx: GenerateContext, counts: RiskCounts) {
  const { db } = ctx;
  const insertRisk = db.prepare(
    `INSERT INTO risks (id, code, title, cause, event, consequence, category, owner_id, supplier_id, controls, treatment, treatment_rationale, status,
       inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, target_likelihood, target_impact, next_review_date, created_at, updated_at,
       inherent_score, inherent_band, residual_score, residual_band, target_score, target_band)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAssessment = db.prepare(
    `INSERT INTO risk_assessments (risk_id, assessed_at, assessor_id, inherent_likelihood, inherent_impact,
       residual_likelihood, residual_impact, target_likelihood, target_impact, rationale, matrix_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const linkService = db.prepare('INSERT OR IGNORE INTO risk_services (risk_id, service_id) VALUES (?, ?)');
  const insertReview = db.prepare(
    `INSERT INTO reviews (subject_kind, subject_id, reviewed_on, reviewer_id, outcome, notes, next_review_date, created_at)
     VALUES ('risk', ?, ?, ?, ?, '', ?, ?)`,
  );
  const insertAction = db.prepare(
    `INSERT INTO actions (title, owner_id, due_date, status, risk_id, sla_id, completed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let assessments = 0;
  let reviews = 0;
  let actions = 0;
  const residualL: number[] = [];
  const residualI: number[] = [];
  const offsets: number[] = [];

  for (let id = 1; id <= counts.risks; id += 1) {
    const code = `RSK-${String(id).padStart(6, '0')}`;
    const title = `${ctx.pick(EVENTS)} ${ctx.pick(SUBJECTS)}`;
    const status = ctx.pick(STATUSES);
    const treatment = status === 'identified' ? null : ctx.pick(TREATMENTS);
    const owner = ctx.person();
    const il = ctx.int(1, 5);
    const ii = ctx.int(1, 5);

    // The history, oldest first: residual wanders by one step at a time, never above inherent.
    const count = ctx.int(1, 4);
    residualL.length = residualI.length = offsets.length = 0;
    let l = clamp(il - ctx.int(0, 2));
    let i = clamp(ii - ctx.int(0, 1));
    let offset = -ctx.int(1, 200) - (count - 1) * 90;
    for (let k = 0; k < count; k += 1) {
      if (k > 0) {
        l = Math.min(il, clamp(l + ctx.int(-1, 1)));
        i = Math.min(ii, clamp(i + ctx.int(-1, 0)));
        offset += ctx.int(60, 120);
      }
      residualL.push(l);
      residualI.push(i);
      offsets.push(Math.min(offset, -1));
    }
    const tl = status === 'identified' ? null : clamp(l - 1);
    const ti = status === 'identified' ? null : i;
    const latest = offsets[count - 1]!;
    const nextReview = status === 'closed' ? null : latest + ctx.pick([60, 90, 180, 365]);
    const createdAt = ctx.stamp(offsets[0]!);

    insertRisk.run(
      id,
      code,
      title,
      ctx.pick(CAUSES),
      `${title} for more than a day.`,
      ctx.pick(CONSEQUENCES),
      ctx.pick(CATEGORIES),
      owner,
      counts.suppliers > 0 && ctx.chance(0.2) ? ctx.int(1, counts.suppliers) : null,
      ctx.pick(CONTROLS),
      treatment,
      treatment ? 'Generated treatment rationale.' : '',
      status,
      il,
      ii,
      l,
      i,
      tl,
      ti,
      nextReview === null ? null : ctx.day(nextReview),
      createdAt,
      ctx.stamp(latest),
      ...scored(il, ii),
      ...scored(l, i),
      ...(tl === null || ti === null ? [null, null] : scored(tl, ti)),
    );
    for (let k = 0; k < count; k += 1) {
      const assessor = k === count - 1 ? owner : ctx.person();
      insertAssessment.run(
        id,
        ctx.stamp(offsets[k]!),
        assessor,
        il,
        ii,
        residualL[k]!,
        residualI[k]!,
        tl,
        ti,
        k === 0 ? 'Initial assessment.' : 'Periodic review.',
      );
    }
    assessments += count;
    if (count > 1) {
      const changed = residualL[count - 1] !== residualL[count - 2] || residualI[count - 1] !== residualI[count - 2];
      insertReview.run(id, ctx.day(latest), owner, changed ? 'rescored' : 'confirmed', nextReview === null ? null : ctx.day(nextReview), ctx.stamp(latest));
      reviews += 1;
    }
    if (counts.services > 0) for (let s = ctx.int(1, 3); s > 0; s -= 1) linkService.run(id, ctx.int(1, counts.services));
    ctx.recordCreate('risk', id, createdAt, owner, JSON.stringify({ code, title, status }));

    if (status !== 'closed' && ctx.chance(0.2)) {
      const due = ctx.int(-120, 180);
      const actionStatus = ctx.pick(ACTION_STATUSES);
      const sla = counts.slas > 0 && ctx.chance(0.1) ? ctx.int(1, counts.slas) : null;
      insertAction.run(
        `Treat ${code}`,
        owner,
        ctx.day(due),
        actionStatus,
        id,
        sla,
        actionStatus === 'done' ? ctx.stamp(Math.min(due, -1)) : null,
        ctx.stamp(Math.min(latest, due - 30)),
        ctx.stamp(actionStatus === 'done' ? Math.min(due, -1) : -1),
      );
      actions += 1;
    }
  }
  return { assessments, reviews, actions };
}
