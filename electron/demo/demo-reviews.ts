import { dayFrom, idOf, stampFrom, type DemoContext } from './demo-context';
import { demoServices, reviewCadenceDays, type DemoService } from './demo-service-data';
import { demoSlas } from './demo-sla-data';
import { currentLifecycle, nextServiceReviewOffset } from './demo-services';
import { slaLastReviewOffset } from './demo-slas';

interface ReviewRow {
  kind: 'service' | 'sla';
  subjectId: number;
  /** Days from now. */
  on: number;
  reviewer: string;
  outcome: string;
  notes: string;
  next: number | null;
  approved?: boolean;
}

function serviceReviews(ctx: DemoContext, service: DemoService, index: number): ReviewRow[] {
  const subjectId = idOf(ctx.services, service.code, 'service');
  const base = { kind: 'service' as const, subjectId, reviewer: service.owner };
  const rows: ReviewRow[] = [];
  if (service.history.retired !== undefined) {
    rows.push({
      ...base,
      on: -service.history.retired,
      outcome: 'changed',
      next: null,
      notes: `Retirement confirmed with ${service.customers[0]}; remaining users moved to the replacement service and the catalogue entry closed.`,
    });
  }
  if (service.lastReviewDaysAgo === undefined) return rows;
  const last = -service.lastReviewDaysAgo;
  const cadence = reviewCadenceDays(service.criticality);
  // One earlier review when the service was already in the catalogue a cadence before.
  const previous = last - cadence - (index % 3) * 4;
  if (-previous < service.history.pipeline) {
    rows.push({
      ...base,
      on: previous,
      outcome: 'confirmed',
      next: previous + cadence,
      notes: 'Catalogue entry checked with the service owner: no changes needed.',
    });
  }
  const pipeline = currentLifecycle(service) === 'pipeline';
  const changed = index % 3 === 1;
  rows.push({
    ...base,
    on: last,
    outcome: pipeline || !changed ? 'confirmed' : 'changed',
    next: nextServiceReviewOffset(service),
    notes: pipeline
      ? 'Design review: scope, owner and go-live criteria agreed.'
      : changed
        ? `Customers, support contact and dependencies updated after the review with ${service.customers[0]}.`
        : 'Description, customers, service hours and dependencies confirmed as correct.',
  });
  return rows;
}

function slaReviews(ctx: DemoContext): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const sla of demoSlas) {
    const subjectId = idOf(ctx.slas, sla.code, 'SLA');
    const owner = demoServices.find((service) => service.code === sla.service)?.owner ?? 'alex';
    const last = slaLastReviewOffset(sla);
    const base = { kind: 'sla' as const, subjectId, reviewer: owner };
    if (sla.status === 'expired') {
      rows.push({
        ...base,
        on: last,
        outcome: 'changed',
        next: null,
        notes: `Not renewed: ${sla.customer} moved to the new platform; a replacement SLA will be drafted.`,
      });
      continue;
    }
    if (sla.status === 'draft') {
      rows.push({
        ...base,
        on: last,
        outcome: 'changed',
        next: sla.reviewIn,
        notes: `Draft targets discussed with ${sla.customer}; measurement continues before agreement.`,
      });
      continue;
    }
    if (last - 365 >= sla.validFrom - 5) {
      rows.push({ ...base, on: last - 365, outcome: 'confirmed', next: last, notes: `Annual review with ${sla.customer}: targets confirmed.` });
    }
    const isNewAgreement = last === sla.validFrom - 5;
    const approved = sla.code === 'SLA-001';
    rows.push({
      ...base,
      on: last,
      outcome: approved ? 'changed' : 'confirmed',
      next: sla.reviewIn,
      approved,
      notes: approved
        ? 'Satisfaction target and workload limit added at the request of the Clinical Divisions; approved by the Head of IT.'
        : isNewAgreement
          ? `SLA agreed with ${sla.customer} and signed off.`
          : `Annual review with ${sla.customer}: targets, exceptions and reporting confirmed.`,
    });
  }
  return rows;
}

/** Service and SLA review history (risk reviews come with the risk assessments). */
export function insertDemoReviews(ctx: DemoContext): void {
  const { db, now } = ctx;
  const insert = db.prepare(
    `INSERT INTO reviews (subject_kind, subject_id, reviewed_on, reviewer_id, outcome, notes, next_review_date, approver_id, approved_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows = [...demoServices.flatMap((service, index) => serviceReviews(ctx, service, index)), ...slaReviews(ctx)];
  rows.forEach((row, index) => {
    insert.run(
      row.kind,
      row.subjectId,
      dayFrom(now, row.on),
      idOf(ctx.people, row.reviewer, 'person'),
      row.outcome,
      row.notes,
      row.next === null ? null : dayFrom(now, row.next),
      row.approved ? idOf(ctx.people, 'alex', 'person') : null,
      row.approved ? stampFrom(now, row.on, 300) : null,
      stampFrom(now, row.on, 120 + (index % 6) * 15),
    );
  });
}
