import { DEFAULT_RISK_MATRIX } from '../../shared/domain/risk-matrix';
import { scoreColumns } from '../repositories/risks/score-columns';
import { dayFrom, idOf, stampFrom, type DemoContext } from './demo-context';
import { businessRisks } from './demo-risk-data-business';
import { technicalRisks } from './demo-risk-data-technical';
import { bandOf, reviewCadenceDays, scoreOf, type DemoRisk, type Score } from './demo-risk-types';

export interface PlannedAssessment {
  daysAgo: number;
  inherent: Score;
  residual: Score;
  target: Score | null;
  assessor: string;
  rationale: string;
}

export interface PlannedRisk {
  code: string;
  risk: DemoRisk;
  /** Oldest first; the last one is the risk's current score. */
  history: PlannedAssessment[];
}

/** Days between reviews for a residual score. */
export function cadenceFor(residual: Score): number {
  return reviewCadenceDays[bandOf(residual)];
}

/** Residual scores from the latest back to the oldest, following the risk's trend. */
function residualsBackwards(risk: DemoRisk): Score[] {
  const scores: Score[] = [risk.residual];
  for (let step = 1; step < risk.assessments; step += 1) {
    const [likelihood, impact] = scores[step - 1]!;
    let older: Score = [likelihood, impact];
    if (risk.trend === 'improving') {
      // Before the controls took effect the residual was worse, but never worse than inherent.
      const raiseLikelihood = step % 2 === 1 || impact >= risk.inherent[1];
      if (raiseLikelihood && likelihood < risk.inherent[0]) older = [likelihood + 1, impact];
      else if (impact < risk.inherent[1]) older = [likelihood, impact + 1];
    } else if (risk.trend === 'worsening' && step <= 2) {
      // It got worse over the last two reviews; before that it was steady.
      if (likelihood > 1) older = [likelihood - 1, impact];
      else if (impact > 1) older = [likelihood, impact - 1];
    }
    scores.push(older);
  }
  return scores;
}

function rationaleFor(previous: Score | null, current: Score): string {
  if (previous === null) return 'Initial assessment when the risk was identified.';
  const before = scoreOf(previous);
  const after = scoreOf(current);
  if (after < before) return `Residual score reduced from ${before} to ${after} as controls took effect.`;
  if (after > before) return `Residual score raised from ${before} to ${after}: the situation has got worse since the last review.`;
  return 'Periodic review: no material change.';
}

function secondAssessor(owner: string): string {
  return owner === 'samira' ? 'alex' : 'samira';
}

/** The dated assessment history of one risk, oldest first, ending at its current scores. */
export function planHistory(risk: DemoRisk, index: number): PlannedAssessment[] {
  const cadence = cadenceFor(risk.residual);
  const latestDaysAgo = risk.closedDaysAgo ?? cadence - (risk.nextReviewIn ?? 0);
  if (latestDaysAgo <= 0) throw new Error(`demo risk "${risk.key}": the next review is not after the latest assessment`);
  const residuals = residualsBackwards(risk).reverse();
  const count = residuals.length;
  const history: PlannedAssessment[] = [];
  let daysAgo = latestDaysAgo;
  const offsets: number[] = [];
  for (let step = 0; step < count; step += 1) {
    offsets.unshift(daysAgo);
    // Earlier reviews were roughly one cadence apart, never quite on the day.
    daysAgo += Math.min(cadence, 120) - 10 + ((index * 7 + step * 13) % 25);
  }
  residuals.forEach((residual, position) => {
    const isLatest = position === count - 1;
    history.push({
      daysAgo: offsets[position]!,
      inherent: risk.inherent,
      residual,
      // A target is never above the residual score of its day (a risk that got worse was at or below target before).
      target: risk.target && [Math.min(risk.target[0], residual[0]), Math.min(risk.target[1], residual[1])],
      assessor: isLatest || position % 2 === 0 ? risk.owner : secondAssessor(risk.owner),
      rationale: isLatest ? risk.note : rationaleFor(position === 0 ? null : residuals[position - 1]!, residual),
    });
  });
  return history;
}

/** Every demo risk with its history, numbered RSK-001… in the order they were identified. */
export function planDemoRisks(): PlannedRisk[] {
  const planned = [...technicalRisks, ...businessRisks].map((risk, index) => ({ risk, history: planHistory(risk, index) }));
  planned.sort((a, b) => b.history[0]!.daysAgo - a.history[0]!.daysAgo);
  return planned.map((item, index) => ({ ...item, code: `RSK-${String(index + 1).padStart(3, '0')}` }));
}

function outcomeFor(risk: DemoRisk, previous: PlannedAssessment, current: PlannedAssessment, isLatest: boolean): string {
  if (isLatest && risk.status === 'closed') return 'closed';
  if (isLatest && risk.treatment === 'accept') return 'accepted';
  const before = scoreOf(previous.residual);
  const after = scoreOf(current.residual);
  if (after > before && bandOf(current.residual) === 'critical') return 'escalated';
  return after === before ? 'confirmed' : 'rescored';
}

export function insertDemoRisks(ctx: DemoContext): void {
  const { db, now } = ctx;
  const insertRisk = db.prepare(
    `INSERT INTO risks (code, title, cause, event, consequence, category, owner_id, supplier_id, controls, treatment, treatment_rationale,
       status, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, target_likelihood, target_impact,
       next_review_date, created_at, updated_at, inherent_score, inherent_band, residual_score, residual_band, target_score, target_band)
     VALUES (@code, @title, @cause, @event, @consequence, @category, @owner, @supplier, @controls, @treatment, @rationale,
       @status, @il, @ii, @rl, @ri, @tl, @ti, @nextReview, @createdAt, @updatedAt,
       @inherent_score, @inherent_band, @residual_score, @residual_band, @target_score, @target_band)`,
  );
  const linkService = db.prepare('INSERT INTO risk_services (risk_id, service_id) VALUES (?, ?)');
  const insertAssessment = db.prepare(
    `INSERT INTO risk_assessments (risk_id, assessed_at, assessor_id, inherent_likelihood, inherent_impact,
       residual_likelihood, residual_impact, target_likelihood, target_impact, rationale, matrix_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insertReview = db.prepare(
    `INSERT INTO reviews (subject_kind, subject_id, reviewed_on, reviewer_id, outcome, notes, next_review_date, approver_id, approved_at, created_at)
     VALUES ('risk', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const person = (key: string) => idOf(ctx.people, key, 'person');

  for (const { code, risk, history } of planDemoRisks()) {
    const latest = history[history.length - 1]!;
    const { lastInsertRowid } = insertRisk.run({
      code,
      title: risk.title,
      cause: risk.cause,
      event: risk.event,
      consequence: risk.consequence,
      category: risk.category,
      owner: person(risk.owner),
      supplier: risk.supplier ? idOf(ctx.suppliers, risk.supplier, 'supplier') : null,
      controls: risk.controls,
      treatment: risk.treatment,
      rationale: risk.rationale,
      status: risk.status,
      il: latest.inherent[0],
      ii: latest.inherent[1],
      rl: latest.residual[0],
      ri: latest.residual[1],
      tl: latest.target?.[0] ?? null,
      ti: latest.target?.[1] ?? null,
      nextReview: risk.nextReviewIn === null ? null : dayFrom(now, risk.nextReviewIn),
      createdAt: stampFrom(now, -history[0]!.daysAgo, 5),
      updatedAt: stampFrom(now, -latest.daysAgo, 65),
      ...scoreColumns(DEFAULT_RISK_MATRIX, {
        inherent_likelihood: latest.inherent[0],
        inherent_impact: latest.inherent[1],
        residual_likelihood: latest.residual[0],
        residual_impact: latest.residual[1],
        target_likelihood: latest.target?.[0] ?? null,
        target_impact: latest.target?.[1] ?? null,
      }),
    });
    const riskId = Number(lastInsertRowid);
    ctx.risks.set(risk.key, riskId);
    for (const service of risk.services) linkService.run(riskId, idOf(ctx.services, service, 'service'));

    history.forEach((assessment, position) => {
      const assessedAt = stampFrom(now, -assessment.daysAgo, 60 + position);
      insertAssessment.run(
        riskId,
        assessedAt,
        person(assessment.assessor),
        assessment.inherent[0],
        assessment.inherent[1],
        assessment.residual[0],
        assessment.residual[1],
        assessment.target?.[0] ?? null,
        assessment.target?.[1] ?? null,
        assessment.rationale,
      );
      // Every re-assessment after the first was made at a review.
      if (position === 0) return;
      const isLatest = position === history.length - 1;
      const outcome = outcomeFor(risk, history[position - 1]!, assessment, isLatest);
      const needsApproval = outcome === 'accepted' || outcome === 'escalated';
      const nextReview = isLatest
        ? risk.nextReviewIn === null
          ? null
          : dayFrom(now, risk.nextReviewIn)
        : dayFrom(now, -assessment.daysAgo + cadenceFor(assessment.residual));
      insertReview.run(
        riskId,
        dayFrom(now, -assessment.daysAgo),
        person(assessment.assessor),
        outcome,
        assessment.rationale,
        nextReview,
        needsApproval ? person('alex') : null,
        needsApproval ? stampFrom(now, -assessment.daysAgo, 240) : null,
        assessedAt,
      );
    });
  }
}
