import type Database from 'better-sqlite3';
import type { AuditFilter, ReadableAuditEntry } from '../../shared/api/audit-api';
import { forEachAuditBatch } from '../repositories/audit/readable-audit';
import { writeTable, type ExportedFile } from './write-table';

const HEADERS = ['When (UTC)', 'Who', 'Kind', 'Code', 'Record', 'Action', 'Field', 'Before', 'After', 'Note', 'Entry'];
const ACTION = { create: 'Created', update: 'Changed', delete: 'Deleted' } as const;
const BATCH = 500;

const fieldList = (entry: ReadableAuditEntry, side: 'before' | 'after') =>
  entry.changes
    .filter((change) => change[side] !== null)
    .map((change) => `${change.label}: ${change[side]}`)
    .join('; ');

/**
 * One line per changed field of an update, so a spreadsheet filters by field; a created or
 * deleted record is one line with every field it had in After (or Before), which keeps a trail of
 * 100,000 created risks at 100,000 lines rather than a million.
 */
function lines(entry: ReadableAuditEntry): string[][] {
  const common = [entry.at, entry.actorName, entry.entityLabel, entry.recordCode ?? '', entry.recordName ?? `#${entry.entityId}`, ACTION[entry.action]];
  const tail = [entry.note ?? '', String(entry.id)];
  if (entry.action === 'create') return [[...common, '', '', fieldList(entry, 'after'), ...tail]];
  if (entry.action === 'delete') return [[...common, '', fieldList(entry, 'before'), '', ...tail]];
  if (entry.changes.length === 0) return [[...common, '', '', '', ...tail]];
  return entry.changes.map((change) => [...common, change.label, change.before ?? '', change.after ?? '', ...tail]);
}

/**
 * The filtered trail as CSV, newest first, resolved 500 entries at a time so a large trail's
 * snapshots are never all parsed at once. Dates stay ISO (a spreadsheet sorts them); formula-looking text is neutralised
 * by writeTable like every other export.
 */
export async function exportAudit(db: Database.Database, filter: AuditFilter, today: string): Promise<ExportedFile & { rows: number }> {
  const rows: string[][] = [];
  const entries = forEachAuditBatch(db, filter, BATCH, (batch) => {
    for (const entry of batch) rows.push(...lines(entry));
  });
  const file = await writeTable('csv', `audit-trail-${today}`, HEADERS, rows, 'Audit trail');
  return { ...file, rows: entries };
}
