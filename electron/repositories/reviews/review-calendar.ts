import type Database from 'better-sqlite3';
import type { IcsExport } from '../../../shared/api/reviews-api';
import { buildIcs, type CalendarEvent } from '../../../shared/domain/ics';
import { REVIEW_SUBJECT_KINDS, SUBJECT_KIND_LABELS } from '../../../shared/domain/review-policy';
import { getPerson } from '../people-repository';
import { getPolicy } from './review-policy-repository';
import { personReviews } from './review-reviewers';
import { SUBJECT_SQL } from './review-subjects';

/** A person's open reviews as an .ics calendar: one all-day event on each due date. */
export function reviewsCalendar(db: Database.Database, personId: number, now: string): IcsExport {
  const person = getPerson(db, personId, 'personId');
  const events: CalendarEvent[] = [];
  const policy = getPolicy(db);
  for (const kind of REVIEW_SUBJECT_KINDS) {
    const s = SUBJECT_SQL[kind];
    // The person's reviews under the policy's reviewer rule: those they own, all of the kind, or none.
    const mine = personReviews(db, policy[kind].reviewer, personId);
    if (mine === 'none') continue;
    const owned = mine === 'owned' ? ` AND ${s.reviewer} = ?` : '';
    const rows = db
      .prepare(
        `SELECT ${s.alias}.id AS id, ${s.code} AS code, ${s.title} AS title, ${s.due} AS due FROM ${s.from} WHERE ${s.open}${owned} AND ${s.due} IS NOT NULL ORDER BY ${s.due} LIMIT 5000`,
      )
      .all(...(mine === 'owned' ? [personId] : [])) as Array<{ id: number; code: string; title: string; due: string }>;
    for (const row of rows) {
      const name = row.code === row.title ? row.code : `${row.code} ${row.title}`;
      events.push({
        uid: `review-${kind}-${row.id}-${row.due}@serviceledger`,
        date: row.due,
        summary: `Review ${SUBJECT_KIND_LABELS[kind].toLowerCase()} ${name}`,
        description: `${SUBJECT_KIND_LABELS[kind]} review due for ${person.name}. Open ServiceLedger ▸ Reviews to record it.`,
      });
    }
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  const slug =
    person.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'person';
  return { fileName: `reviews-${slug}.ics`, text: buildIcs(`Reviews of ${person.name}`, events, now), events: events.length };
}
