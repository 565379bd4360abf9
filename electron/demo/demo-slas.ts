import { dayFrom, idOf, periodFrom, stampFrom, type DemoContext } from './demo-context';
import { demoSlas, type DemoSla, type DemoTarget } from './demo-sla-data';
import { seededRandom } from './seeded-random';

/** Availability is quoted to three decimals, satisfaction scores to two, counts whole, other percentages to one. */
function decimalsFor(target: DemoTarget): number {
  if (target.kind === 'availability') return 3;
  if (target.unit === '/5') return 2;
  if (target.unit && target.unit !== '%') return 0;
  return 1;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** One month's figure: a scripted event when there is one, else the typical value with some noise. */
export function monthlyValue(target: DemoTarget, monthsAgo: number, random: () => number): { value: number; note: string } {
  const event = target.events?.find((candidate) => candidate.monthsAgo === monthsAgo);
  if (event) return { value: event.value, note: event.note };
  let value = target.typical + (random() * 2 - 1) * target.spread;
  if ((target.unit ?? '%') === '%') value = Math.min(100, Math.max(0, value));
  if (target.unit === '/5') value = Math.min(5, value);
  return { value: round(value, decimalsFor(target)), note: '' };
}

/**
 * Days from now of an SLA's last review: agreed SLAs are reviewed yearly (or were agreed more
 * recently than that); drafts were last discussed a month ago; expired ones at their expiry.
 */
export function slaLastReviewOffset(sla: DemoSla): number {
  if (sla.status === 'expired') return Math.min(sla.validTo ?? 0, 0) - 30;
  if (sla.status === 'draft') return -30;
  return Math.max((sla.reviewIn ?? 0) - 365, sla.validFrom - 5);
}

export function insertDemoSlas(ctx: DemoContext): void {
  const { db, now } = ctx;
  const random = seededRandom(20261);
  const insertSla = db.prepare(
    `INSERT INTO slas (code, service_id, customer, name, status, valid_from, valid_to, review_date, service_hours_json, exceptions, created_at, updated_at)
     VALUES (@code, @service, @customer, @name, @status, @validFrom, @validTo, @reviewDate, @hours, @exceptions, @createdAt, @updatedAt)`,
  );
  const insertTarget = db.prepare(
    `INSERT INTO sla_targets (sla_id, kind, label, priority, time_limit_minutes, unit, direction, target, warning, sort_order)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeasurement = db.prepare('INSERT INTO sla_measurements (target_id, period, value, workload, notes) VALUES (?, ?, ?, ?, ?)');

  for (const sla of demoSlas) {
    const lastTouched = slaLastReviewOffset(sla);
    const { lastInsertRowid } = insertSla.run({
      code: sla.code,
      service: idOf(ctx.services, sla.service, 'service'),
      customer: sla.customer,
      name: sla.name,
      status: sla.status,
      validFrom: dayFrom(now, sla.validFrom),
      validTo: sla.validTo === null ? null : dayFrom(now, sla.validTo),
      reviewDate: sla.reviewIn === null ? null : dayFrom(now, sla.reviewIn),
      hours: sla.hours ? JSON.stringify(sla.hours) : null,
      exceptions: sla.exceptions,
      createdAt: stampFrom(now, Math.min(sla.validFrom, -90) - 30, 50),
      updatedAt: stampFrom(now, lastTouched, 55),
    });
    const slaId = Number(lastInsertRowid);
    ctx.slas.set(sla.code, slaId);

    sla.targets.forEach((target, index) => {
      const targetId = Number(
        insertTarget.run(
          slaId,
          target.kind,
          target.label,
          target.priority ?? null,
          target.minutes ?? null,
          target.unit ?? '%',
          target.direction ?? 'higher',
          target.target,
          target.warning ?? null,
          index,
        ).lastInsertRowid,
      );
      if (!sla.measured) return;
      const [newest, oldest] = sla.measured;
      for (let monthsAgo = oldest; monthsAgo >= newest; monthsAgo -= 1) {
        const { value, note } = monthlyValue(target, monthsAgo, random);
        const workload = target.volume === undefined ? null : Math.round(target.volume * (0.85 + random() * 0.3));
        insertMeasurement.run(targetId, periodFrom(now, monthsAgo), value, workload, note);
      }
    });
  }
}
