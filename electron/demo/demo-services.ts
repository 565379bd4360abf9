import { dayFrom, idOf, stampFrom, type DemoContext } from './demo-context';
import { demoServices, reviewCadenceDays, type DemoService } from './demo-service-data';

type Lifecycle = 'pipeline' | 'live' | 'retired';

/** The stage a service is in now: the last stage its history reached. */
export function currentLifecycle(service: DemoService): Lifecycle {
  if (service.history.retired !== undefined) return 'retired';
  if (service.history.live !== undefined) return 'live';
  return 'pipeline';
}

/**
 * The next catalogue review, in days from now: the last review plus the cadence; a service
 * never reviewed gets its first review 90 days after it entered the pipeline; retired
 * services are not reviewed.
 */
export function nextServiceReviewOffset(service: DemoService): number | null {
  if (currentLifecycle(service) === 'retired') return null;
  if (service.lastReviewDaysAgo === undefined) return -service.history.pipeline + 90;
  return -service.lastReviewDaysAgo + reviewCadenceDays(service.criticality);
}

export function insertDemoServices(ctx: DemoContext): void {
  const { db, now } = ctx;
  const insertService = db.prepare(
    `INSERT INTO services (code, name, description, category, kind, lifecycle, owner_id, customers_json, criticality,
       service_hours_json, support_contact, tags_json, last_review_date, next_review_date, created_at, updated_at)
     VALUES (@code, @name, @description, @category, @kind, @lifecycle, @owner, @customers, @criticality,
       @hours, @contact, @tags, @lastReview, @nextReview, @createdAt, @updatedAt)`,
  );
  const insertEvent = db.prepare('INSERT INTO service_lifecycle_events (service_id, lifecycle, at) VALUES (?, ?, ?)');
  const insertDependency = db.prepare('INSERT INTO service_dependencies (service_id, depends_on_id) VALUES (?, ?)');

  for (const service of demoServices) {
    const events = (['pipeline', 'live', 'retired'] as const)
      .filter((stage) => service.history[stage] !== undefined)
      .map((stage) => ({ stage, daysAgo: service.history[stage]! }));
    const lastEventDaysAgo = Math.min(...events.map((event) => event.daysAgo));
    const nextReview = nextServiceReviewOffset(service);
    const updatedDaysAgo = Math.min(lastEventDaysAgo, service.lastReviewDaysAgo ?? Infinity);
    const { lastInsertRowid } = insertService.run({
      code: service.code,
      name: service.name,
      description: service.description,
      category: service.category,
      kind: service.kind,
      lifecycle: currentLifecycle(service),
      owner: idOf(ctx.people, service.owner, 'person'),
      customers: JSON.stringify(service.customers),
      criticality: service.criticality,
      hours: JSON.stringify(service.hours),
      contact: service.contact,
      tags: JSON.stringify(service.tags),
      lastReview: service.lastReviewDaysAgo === undefined ? null : dayFrom(now, -service.lastReviewDaysAgo),
      nextReview: nextReview === null ? null : dayFrom(now, nextReview),
      createdAt: stampFrom(now, -service.history.pipeline, 15),
      updatedAt: stampFrom(now, -updatedDaysAgo, 45),
    });
    const id = Number(lastInsertRowid);
    ctx.services.set(service.code, id);
    for (const event of events) insertEvent.run(id, event.stage, stampFrom(now, -event.daysAgo, 30));
  }

  for (const service of demoServices) {
    const id = idOf(ctx.services, service.code, 'service');
    for (const dependency of service.dependsOn) insertDependency.run(id, idOf(ctx.services, dependency, 'service'));
  }
}
