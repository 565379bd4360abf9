import type Database from 'better-sqlite3';
import type { AuditFilter, ReadableAuditEntry } from '../../shared/api/audit-api';
import { searchAudit } from '../repositories/audit/readable-audit';
import { writeTable, type ExportedFile } from './write-table';

const HEADERS = ['When (UTC)', 'Who', 'Kind', 'Code', 'Record', 'Action', 'Field', 'Before', 'After', 'Note', 'Entry'];
const ACTION = { create: 'Created', update: 'Changed', delete: 'Deleted' } as const;
const BATCH = 500;

/** One line per changed field (a change without fields still gets its line), so a spreadsheet filters by field. */
function lines(entry: ReadableAuditEntry): string[][] {
  const common = [entry.at, entry.actorName, entry.entityLabel, entry.recordCode ?? '', entry.recordName ?? `#${entry.entityId}`, ACTION[entry.action]];
  const tail = [entry.note ?? '', String(entry.id)];
  if (entry.changes.length === 0) return [[...common, '', '', '', ...tail]];
  return entry.changes.map((change) => [...common, change.label, change.before ?? '', change.after ?? '', ...tail]);
}

/**
 * The filtered trail as CSV, newest first, read in keyset pages of 500 so a large trail never sits
 * in memory twice. Dates stay ISO (a spreadsheet sorts them); formula-looking text is neutralised
 * by writeTable like every other export.
 */
export async function exportAudit(db: Database.Database, filter: AuditFilter, today: string): Promise<ExportedFile & { rows: number }> {
  const rows: string[][] = [];
  let beforeId: number | undefined;
  let entries = 0;
  for (;;) {
    const page = searchAudit(db, { filter, beforeId, limit: BATCH });
    for (const entry of page.entries) rows.push(...lines(entry));
    entries += page.entries.length;
    if (page.nextBeforeId === null) break;
    beforeId = page.nextBeforeId;
  }
  const file = await writeTable('csv', `audit-trail-${today}`, HEADERS, rows, 'Audit trail');
  return { ...file, rows: entries };
}
