import type Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { SavedView } from '../../shared/api/views-api';
import { recordAudit, type Actor } from './audit-repository';

interface ViewRow {
  id: number;
  screen: string;
  name: string;
  state_json: string;
  updated_at: string;
}

const toView = (row: ViewRow): SavedView => ({ id: row.id, screen: row.screen, name: row.name, state: JSON.parse(row.state_json), updatedAt: row.updated_at });

export function listViews(db: Database.Database, screen: string): SavedView[] {
  return (db.prepare('SELECT * FROM saved_views WHERE screen = ? ORDER BY name COLLATE NOCASE').all(screen) as ViewRow[]).map(toView);
}

/** Save a view; a view of the same name on the same screen is overwritten (that is what "save" means to people). */
export function saveView(db: Database.Database, actor: Actor, input: { screen: string; name: string; state: unknown }, now: string): SavedView {
  const existing = db.prepare('SELECT * FROM saved_views WHERE screen = ? AND name = ? COLLATE NOCASE').get(input.screen, input.name) as ViewRow | undefined;
  const state = JSON.stringify(input.state);
  let id: number;
  if (existing) {
    db.prepare('UPDATE saved_views SET name = ?, state_json = ?, updated_at = ? WHERE id = ?').run(input.name, state, now, existing.id);
    id = existing.id;
  } else {
    id = Number(
      db
        .prepare('INSERT INTO saved_views (screen, name, state_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.screen, input.name, state, now, now).lastInsertRowid,
    );
  }
  const view = toView(db.prepare('SELECT * FROM saved_views WHERE id = ?').get(id) as ViewRow);
  recordAudit(
    db,
    actor,
    { entity: 'view', entityId: id, action: existing ? 'update' : 'create', before: existing ? toView(existing) : undefined, after: view },
    now,
  );
  return view;
}

export function deleteView(db: Database.Database, actor: Actor, id: number, now: string) {
  const row = db.prepare('SELECT * FROM saved_views WHERE id = ?').get(id) as ViewRow | undefined;
  if (!row) throw new AppError('not_found', `There is no saved view with id ${id}.`, 'id');
  db.prepare('DELETE FROM saved_views WHERE id = ?').run(id);
  recordAudit(db, actor, { entity: 'view', entityId: id, action: 'delete', before: toView(row) }, now);
  return { deleted: { id, name: row.name } };
}
