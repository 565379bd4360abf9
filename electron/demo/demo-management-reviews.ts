import { addDaysIso } from '../../shared/domain/dates';
import { createManagementReview, saveDecision, setNarrative, startManagementReview } from '../repositories/management-reviews/review-records';
import { closeManagementReview, holdManagementReview } from '../repositories/management-reviews/review-snapshot';
import { idOf, type DemoContext } from './demo-context';

// The demo writes one audit line for the whole set; the repositories audit each step, so their
// rows are written under this name and removed at the end.
const ACTOR = { id: null, name: 'Demo data (management reviews)' };

/** The first day of the quarter `quartersAgo` before the one containing `date`. */
function quarterStart(date: string, quartersAgo: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const index = year * 4 + Math.floor((month - 1) / 3) - quartersAgo;
  return `${Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`;
}

const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/**
 * Two management reviews: last quarter's, held and closed with decisions (some done since, some
 * carried over), and this quarter's in preparation, so a new user sees the whole cycle and the
 * current review's "actions from previous reviews" and "changes since the last review" have content.
 */
export function insertDemoManagementReviews(ctx: DemoContext): void {
  const { db } = ctx;
  const today = ctx.now.toISOString().slice(0, 10);
  const person = (key: string) => idOf(ctx.people, key, 'person');
  const previousFrom = quarterStart(today, 1);
  const previousTo = addDaysIso(quarterStart(today, 0), -1);
  // The meeting two weeks after the quarter ended, or yesterday early in a quarter.
  const meeting = [addDaysIso(previousTo, 14), addDaysIso(today, -1)].sort()[0]!;
  const quarterName = (from: string) => `Q${Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1} ${from.slice(0, 4)}`;

  const previous = createManagementReview(
    db,
    ACTOR,
    {
      title: `${quarterName(previousFrom)} management review`,
      periodFrom: previousFrom,
      periodTo: previousTo,
      meetingDate: meeting,
      chairId: person('alex'),
      preparerId: person('samira'),
      attendeeIds: [person('priya'), person('tom'), person('grace'), person('fiona'), person('daniel')],
      independentChair: true,
    },
    at(previousTo, 9),
  );
  startManagementReview(db, ACTOR, previous.id, at(previousTo, 9));
  setNarrative(
    db,
    ACTOR,
    previous.id,
    'customerFeedback',
    'Quarterly survey of ward managers: 78 % satisfied (target 80 %). Two formal complaints about Service Desk wait times in the flu-vaccination week; both answered within 10 working days.',
    at(meeting, 8),
  );
  setNarrative(
    db,
    ACTOR,
    previous.id,
    'auditResults',
    'Internal audit of supplier management (8.3.4): two minor findings — the WAN contract had no named supplier manager, and OLA targets for the integration team were not reviewed in the year.',
    at(meeting, 8),
  );
  setNarrative(
    db,
    ACTOR,
    previous.id,
    'resources',
    'Service Desk is one analyst short since September; infrastructure team covering on-call with agency staff.',
    at(meeting, 8),
  );
  const decisions = [
    { type: 'action' as const, title: 'Recruit a Service Desk analyst', owner: 'grace', due: addDaysIso(meeting, 45), inputKey: 'resources' as const },
    {
      type: 'improvement' as const,
      title: 'Monthly restore test for the Electronic Patient Record',
      owner: 'tom',
      due: addDaysIso(meeting, 30),
      inputKey: 'servicePerformance' as const,
    },
    {
      type: 'sms_change' as const,
      title: 'Name a supplier manager for every underpinning contract',
      owner: 'fiona',
      due: addDaysIso(meeting, 20),
      inputKey: 'auditResults' as const,
    },
    {
      type: 'service_change' as const,
      title: 'Publish Service Desk hours for the winter peak',
      owner: 'grace',
      due: addDaysIso(meeting, 10),
      inputKey: 'customerFeedback' as const,
    },
    {
      type: 'resource_need' as const,
      title: 'Business case for a second integration engineer',
      owner: 'chloe',
      due: addDaysIso(meeting, 60),
      inputKey: 'risks' as const,
    },
  ];
  for (const d of decisions) {
    saveDecision(
      db,
      ACTOR,
      { reviewId: previous.id, type: d.type, title: d.title, description: '', ownerId: person(d.owner), dueDate: d.due, inputKey: d.inputKey },
      at(meeting, 11),
    );
  }
  holdManagementReview(db, ACTOR, previous.id, at(meeting, 12), meeting, { riskMapFromHistory: true });
  closeManagementReview(db, ACTOR, previous.id, person('alex'), at(meeting, 16));
  // Since then: two decisions done, one in progress, the rest carried into this quarter.
  const actionIds = db.prepare('SELECT action_id FROM management_review_decisions WHERE review_id = ? ORDER BY id').pluck().all(previous.id) as number[];
  const done = [addDaysIso(meeting, 8), addDaysIso(meeting, 12)].map((day) => (day < today ? day : today));
  db.prepare(
    "UPDATE actions SET status = 'done', completed_at = ?, updated_at = ?, progress_notes = 'Done and checked at the next team meeting.' WHERE id = ?",
  ).run(at(done[0]!, 15), at(done[0]!, 15), actionIds[3]);
  db.prepare("UPDATE actions SET status = 'done', completed_at = ?, updated_at = ?, progress_notes = 'Named in the contract register.' WHERE id = ?").run(
    at(done[1]!, 15),
    at(done[1]!, 15),
    actionIds[2],
  );
  db.prepare("UPDATE actions SET status = 'in_progress', progress_notes = 'Interviews booked.' WHERE id = ?").run(actionIds[0]);

  const currentFrom = quarterStart(today, 0);
  const current = createManagementReview(
    db,
    ACTOR,
    {
      title: `${quarterName(currentFrom)} management review`,
      periodFrom: currentFrom,
      periodTo: addDaysIso(quarterStart(today, -1), -1),
      meetingDate: null,
      chairId: person('alex'),
      preparerId: person('samira'),
      attendeeIds: [person('priya'), person('tom'), person('grace'), person('fiona')],
      independentChair: true,
    },
    ctx.now.toISOString(),
  );
  startManagementReview(db, ACTOR, current.id, ctx.now.toISOString());
  setNarrative(
    db,
    ACTOR,
    current.id,
    'previousActions',
    'The restore test slipped because of the storage migration; Tom to confirm a new date.',
    ctx.now.toISOString(),
  );
  db.prepare('DELETE FROM audit_log WHERE actor_name = ?').run(ACTOR.name);
}
