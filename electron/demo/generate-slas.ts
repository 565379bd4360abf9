import type { GenerateContext } from './generate-context';

interface TargetTemplate {
  kind: 'availability' | 'response' | 'resolution' | 'custom' | 'workload';
  label: string;
  priority: 'P1' | 'P2' | 'P3' | null;
  minutes: number | null;
  unit: string;
  direction: 'higher' | 'lower';
  target: number;
  warning: number | null;
  typical: number;
  spread: number;
  /** Typical monthly ticket volume behind the figure, when there is one. */
  volume: number | null;
}

/** An SLA's targets are the first 3–6 of these, so every SLA has availability and most have response and resolution. */
const TEMPLATES: readonly TargetTemplate[] = [
  {
    kind: 'availability',
    label: 'Availability',
    priority: null,
    minutes: null,
    unit: '%',
    direction: 'higher',
    target: 99.9,
    warning: 99.95,
    typical: 99.97,
    spread: 0.03,
    volume: null,
  },
  {
    kind: 'response',
    label: 'P1 responded to within 15 minutes',
    priority: 'P1',
    minutes: 15,
    unit: '%',
    direction: 'higher',
    target: 95,
    warning: 97,
    typical: 98,
    spread: 2,
    volume: 10,
  },
  {
    kind: 'resolution',
    label: 'P2 resolved within 1 working day',
    priority: 'P2',
    minutes: 480,
    unit: '%',
    direction: 'higher',
    target: 90,
    warning: 92,
    typical: 94,
    spread: 3,
    volume: 60,
  },
  {
    kind: 'custom',
    label: 'Customer satisfaction',
    priority: null,
    minutes: null,
    unit: '/5',
    direction: 'higher',
    target: 4.2,
    warning: 4.4,
    typical: 4.5,
    spread: 0.15,
    volume: 80,
  },
  {
    kind: 'workload',
    label: 'Tickets logged',
    priority: null,
    minutes: null,
    unit: 'tickets',
    direction: 'lower',
    target: 400,
    warning: 360,
    typical: 300,
    spread: 50,
    volume: null,
  },
  {
    kind: 'resolution',
    label: 'P3 resolved within 3 working days',
    priority: 'P3',
    minutes: 1440,
    unit: '%',
    direction: 'higher',
    target: 85,
    warning: null,
    typical: 90,
    spread: 3,
    volume: 200,
  },
];

const MONTHS = 12;

function monthValue(ctx: GenerateContext, template: TargetTemplate): number {
  const roll = ctx.random();
  const sign = template.direction === 'higher' ? 1 : -1;
  let value: number;
  if (roll < 0.04)
    value = template.target - sign * template.spread * (0.2 + ctx.random()); // a breach
  else if (roll < 0.1 && template.warning !== null)
    value = (template.target + template.warning) / 2; // at risk
  else value = template.typical + (ctx.random() * 2 - 1) * template.spread;
  if (template.unit === '%') value = Math.min(100, value);
  if (template.unit === '/5') value = Math.min(5, value);
  return template.unit === 'tickets' ? Math.round(value) : Math.round(value * 1000) / 1000;
}

/** One SLA per given service, each with 3–6 targets and twelve months of measurements, plus its last review and some actions. */
export function generateSlas(ctx: GenerateContext, serviceIds: readonly number[]) {
  const { db } = ctx;
  const insertSla = db.prepare(
    `INSERT INTO slas (id, code, service_id, customer, name, status, valid_from, valid_to, review_date, exceptions, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTarget = db.prepare(
    `INSERT INTO sla_targets (id, sla_id, kind, label, priority, time_limit_minutes, unit, direction, target, warning, sort_order)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeasurement = db.prepare('INSERT INTO sla_measurements (target_id, period, value, workload, notes) VALUES (?, ?, ?, ?, ?)');
  const insertReview = db.prepare(
    `INSERT INTO reviews (subject_kind, subject_id, reviewed_on, reviewer_id, outcome, notes, next_review_date, created_at)
     VALUES ('sla', ?, ?, ?, 'confirmed', '', ?, ?)`,
  );
  const insertAction = db.prepare(
    `INSERT INTO actions (title, owner_id, due_date, status, sla_id, completed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const periods = Array.from({ length: MONTHS }, (_, index) => ctx.period(MONTHS - index));
  let targetId = 0;
  let measurements = 0;
  let reviews = 0;
  let actions = 0;

  serviceIds.forEach((serviceId, index) => {
    const id = index + 1;
    const code = `SLA-${String(id).padStart(5, '0')}`;
    const roll = ctx.random();
    const status = roll < 0.85 ? 'agreed' : roll < 0.95 ? 'draft' : 'expired';
    const validFrom = -ctx.int(380, 900);
    const validTo = status === 'expired' ? -ctx.int(1, 60) : validFrom + 1095;
    const reviewIn = status === 'expired' ? null : ctx.int(-60, 365);
    const owner = ctx.person();
    const customer = ctx.pick(['All staff', 'Clinical Divisions', 'Finance', 'Radiology', 'Pathology', 'Community Services']);
    const createdAt = ctx.stamp(validFrom - 20);
    insertSla.run(
      id,
      code,
      serviceId,
      customer,
      `${code} — ${customer}`,
      status,
      ctx.day(validFrom),
      ctx.day(validTo),
      reviewIn === null ? null : ctx.day(reviewIn),
      'Planned maintenance; workload above the limit.',
      createdAt,
      ctx.stamp(Math.min(-1, (reviewIn ?? 0) - 365)),
    );
    ctx.recordCreate('sla', id, createdAt, owner, JSON.stringify({ code, serviceId, customer, status }));

    const targets = ctx.int(3, TEMPLATES.length);
    for (let order = 0; order < targets; order += 1) {
      const template = TEMPLATES[order]!;
      targetId += 1;
      insertTarget.run(
        targetId,
        id,
        template.kind,
        template.label,
        template.priority,
        template.minutes,
        template.unit,
        template.direction,
        template.target,
        template.warning,
        order,
      );
      for (const period of periods) {
        const workload = template.volume === null ? null : Math.round(template.volume * (0.8 + ctx.random() * 0.4));
        insertMeasurement.run(targetId, period, monthValue(ctx, template), workload, '');
      }
      measurements += MONTHS;
    }

    if (reviewIn !== null) {
      const reviewedOn = Math.max(validFrom, reviewIn - 365);
      insertReview.run(id, ctx.day(reviewedOn), owner, ctx.day(reviewIn), ctx.stamp(reviewedOn));
      reviews += 1;
    }
    if (ctx.chance(0.1)) {
      const due = ctx.int(-90, 120);
      const done = due < 0 && ctx.chance(0.5);
      insertAction.run(
        `Improve ${code} performance`,
        owner,
        ctx.day(due),
        done ? 'done' : 'open',
        id,
        done ? ctx.stamp(due) : null,
        ctx.stamp(Math.min(due - 60, -1)),
        ctx.stamp(done ? due : -1),
      );
      actions += 1;
    }
  });
  return { slas: serviceIds.length, targets: targetId, measurements, reviews, actions };
}
