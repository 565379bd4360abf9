import type Database from 'better-sqlite3';
import { whileApplying } from './capture-triggers';
import type { SyncTable } from './sync-tables';
import type { TeamChange } from './team-database';
import { isUniqueColumn } from './pg-schema';
import type { WireValues } from './wire-values';

/**
 * Apply a page of the team's change log to the local replica, in ONE SQLite transaction that also
 * moves the pull cursor: a replica killed mid-pull applies the page again from the start, never
 * half of it. Changes received are not captured (they are not sent back), except a rename this
 * replica makes of its own unsent record whose code someone else sent first.
 */

/** Received changes kept for the sync log. */
const RECEIVED_KEPT = 5000;

interface Applied {
  outcome: TeamChange['outcome'];
  note: string | null;
}

/** A record's local row, found by its row key. */
function whereRecord(table: SyncTable, rowKey: string, wire: WireValues): { sql: string; params: unknown[] } | null {
  if (table.kind === 'id') {
    const id = wire.localId(table.name, rowKey);
    return id === undefined ? null : { sql: 'id = ?', params: [id] };
  }
  const parts = splitNaturalKey(rowKey, table.keyColumns.length);
  const params: unknown[] = [];
  for (const [index, column] of table.keyColumns.entries()) {
    const local = wire.toLocal(table, column, parts[index], {});
    if (local === null) return null;
    params.push(local);
  }
  return { sql: table.keyColumns.map((column) => `"${column}" = ?`).join(' AND '), params };
}

/** "a|b|rest with | in it" → at most `count` parts; the last keeps any further separators. */
function splitNaturalKey(rowKey: string, count: number): string[] {
  const parts = rowKey.split('|');
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join('|')];
}

function sqliteCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** The single column a UNIQUE failure names ("UNIQUE constraint failed: risks.code"), if one. */
function uniqueColumn(error: unknown): string | null {
  const match = /UNIQUE constraint failed: [\w"]+\.(\w+)$/.exec((error as Error).message);
  return match ? match[1]! : null;
}

export class ChangeApplier {
  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared once per SQL text: a page applies thousands of changes with a handful of statements. */
  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  constructor(
    private readonly db: Database.Database,
    private readonly wire: WireValues,
    private readonly replicaId: string,
  ) {}

  /** Apply `changes` (consecutive, oldest first) and move the cursor past the last. Returns how many were applied. */
  applyPage(changes: TeamChange[]): number {
    if (changes.length === 0) return 0;
    const received = this.prepare(
      'INSERT OR REPLACE INTO sync_received (seq, table_name, row_key, field, actor, at, outcome, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const markOwn = this.prepare('UPDATE sync_outbox SET pushed_seq = ?, outcome = ? WHERE id = ? AND pushed_seq IS NULL');
    let applied = 0;
    this.db.transaction(() => {
      whileApplying(this.db, () => {
        for (let index = 0; index < changes.length;) {
          const group = this.groupAt(changes, index);
          index += group.length;
          const own = group[0]!.origin === this.replicaId;
          for (const change of group) {
            if (own) markOwn.run(change.seq, change.outcome, change.originSeq);
          }
          const results = own ? group.map((change) => this.applyOwn(change)) : this.applyOthers(group);
          group.forEach((change, at) => {
            const result = results[at]!;
            if (!own) received.run(change.seq, change.table, change.rowKey, change.field, change.actor, change.at, result.outcome, result.note);
            if (result.outcome === 'applied' || result.outcome === 'renamed') applied += 1;
          });
        }
      });
      const last = changes[changes.length - 1]!.seq;
      this.prepare('UPDATE sync_state SET pull_cursor = max(pull_cursor, ?) WHERE id = 1').run(last);
      this.prepare('DELETE FROM sync_received WHERE seq <= (SELECT seq FROM sync_received ORDER BY seq DESC LIMIT 1 OFFSET ?)').run(RECEIVED_KEPT);
    })();
    return applied;
  }

  /**
   * Field edits of one record that one replica sent together (one UPDATE there) are applied
   * together, so a rule spanning fields (a held review has its snapshot) holds at every step.
   */
  private groupAt(changes: TeamChange[], start: number): TeamChange[] {
    const first = changes[start]!;
    if (first.field.startsWith('*')) return [first];
    let end = start + 1;
    while (end < changes.length) {
      const next = changes[end]!;
      if (next.origin !== first.origin || next.table !== first.table || next.rowKey !== first.rowKey || next.field.startsWith('*')) break;
      end += 1;
    }
    return changes.slice(start, end);
  }

  /** Our own change coming back: it is here already, unless the team renamed it or kept another value. */
  private applyOwn(change: TeamChange): Applied {
    const table = this.wire.table(change.table);
    if (!table) return { outcome: change.outcome, note: change.note };
    if (change.outcome === 'renamed' && !change.field.startsWith('*')) {
      this.updateFields(table, change.rowKey, [[change.field, change.value]]);
    } else if (change.outcome === 'renamed' && change.field === '*insert') {
      const record = change.value as Record<string, unknown>;
      const renamed = Object.entries(record).filter(([column]) => isUniqueColumn(table.name, column));
      this.updateFields(table, change.rowKey, renamed);
    } else if (change.outcome === 'applied' && !change.field.startsWith('*') && !this.waitingEdit(table, change)) {
      // The team's value is the truth: a change of another member ordered before ours may have
      // been written here after ours (a record's last-changed stamp keeps the latest of both).
      this.updateFields(table, change.rowKey, [[change.field, change.value]]);
    } else if (change.outcome === 'conflict' && change.field === '*insert') {
      // The same fact was entered by someone else first: theirs is the record, ours waits in Conflicts.
      const where = whereRecord(table, change.rowKey, this.wire);
      if (where) this.prepare(`DELETE FROM "${table.name}" WHERE ${where.sql}`).run(...where.params);
    } else if (change.outcome === 'conflict') {
      // Our value lost for now: show the team's until a person resolves the conflict.
      this.updateFields(table, change.rowKey, [[change.field, change.currentValue]]);
    }
    if (change.outcome === 'applied' || change.outcome === 'renamed') this.knowVersion(table, change);
    return { outcome: change.outcome, note: change.note };
  }

  /** Whether this replica changed the field again since (a newer edit still waiting to be sent). */
  private waitingEdit(table: SyncTable, change: TeamChange): boolean {
    return (
      this.prepare('SELECT 1 FROM sync_outbox WHERE table_name = ? AND row_key = ? AND field = ? AND pushed_seq IS NULL').get(
        table.name,
        change.rowKey,
        change.field,
      ) !== undefined
    );
  }

  private applyOthers(group: TeamChange[]): Applied[] {
    const first = group[0]!;
    const table = this.wire.table(first.table);
    if (!table) return group.map(() => ({ outcome: 'skipped', note: `this version of ServiceLedger has no ${first.table} table` }));
    const appliedGroup = group.filter((change) => change.outcome === 'applied' || change.outcome === 'renamed');
    // A conflict waits in the inbox; the team's value did not change.
    if (appliedGroup.length === 0) return group.map((change) => ({ outcome: change.outcome, note: change.note }));
    const result = this.savepoint(() => {
      if (first.field === '*insert') return this.insertRecord(table, first);
      if (first.field === '*delete') return this.deleteRecord(table, first);
      return this.updateFields(
        table,
        first.rowKey,
        appliedGroup.map((change) => [change.field, change.value]),
      );
    });
    if (result.outcome === 'applied' || result.outcome === 'renamed') for (const change of appliedGroup) this.knowVersion(table, change);
    return group.map((change) =>
      change.outcome === 'applied' || change.outcome === 'renamed'
        ? { ...result, outcome: result.outcome === 'applied' ? change.outcome : result.outcome }
        : { outcome: change.outcome, note: change.note },
    );
  }

  /** Run one change's writes so that a failure undoes only that change, which is then logged as skipped. */
  private savepoint(work: () => Applied): Applied {
    this.db.exec('SAVEPOINT sl_apply');
    try {
      const result = work();
      this.db.exec('RELEASE sl_apply');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK TO sl_apply');
      this.db.exec('RELEASE sl_apply');
      const code = sqliteCode(error);
      if (!code?.startsWith('SQLITE_CONSTRAINT')) throw error;
      return { outcome: 'skipped', note: `not applied here: ${(error as Error).message}` };
    }
  }

  private knowVersion(table: SyncTable, change: TeamChange): void {
    if (change.field === '*insert') {
      if (table.kind === 'id')
        this.prepare('UPDATE sync_row_keys SET version = ? WHERE table_name = ? AND row_key = ?').run(change.seq, table.name, change.rowKey);
      else this.setFieldVersion(table.name, change.rowKey, '*row', change.seq);
    } else if (change.field !== '*delete') {
      this.setFieldVersion(table.name, change.rowKey, change.field, change.seq);
    }
  }

  private setFieldVersion(table: string, rowKey: string, field: string, version: number): void {
    this.db
      .prepare(
        `INSERT INTO sync_field_versions (table_name, row_key, field, version) VALUES (?, ?, ?, ?)
         ON CONFLICT (table_name, row_key, field) DO UPDATE SET version = max(version, excluded.version)`,
      )
      .run(table, rowKey, field, version);
  }

  private localRecord(table: SyncTable, change: TeamChange, missing: string[]): Record<string, unknown> {
    const record = change.value as Record<string, unknown>;
    const local: Record<string, unknown> = {};
    for (const column of table.columns) {
      if (!(column in record) || (table.kind === 'id' && column === 'id')) continue;
      local[column] = this.wire.toLocal(table, column, record[column], record, (name) => missing.push(name));
    }
    return local;
  }

  private insertRecord(table: SyncTable, change: TeamChange): Applied {
    const missing: string[] = [];
    const local = this.localRecord(table, change, missing);
    const notNullMissing = missing.filter((column) => !table.nullable.has(column));
    if (notNullMissing.length > 0) return { outcome: 'skipped', note: `it refers to a record this replica does not have (${notNullMissing.join(', ')})` };
    const columns = Object.keys(local);
    const where = whereRecord(table, change.rowKey, this.wire);
    const existing = where !== null && this.prepare(`SELECT 1 FROM "${table.name}" WHERE ${where.sql}`).get(...where.params) !== undefined;
    if (existing) {
      // Created twice (a natural key) or received again: the record takes the team's values.
      return this.updateFields(
        table,
        change.rowKey,
        table.fields.filter((column) => column in local).map((column) => [column, (change.value as Record<string, unknown>)[column]]),
      );
    }
    if (table.kind === 'id') {
      // A fresh id, never one a deleted record had here: the audit trail still names those.
      local.id = this.db
        .prepare(
          `SELECT max(coalesce((SELECT max(id) FROM "${table.name}"), 0), coalesce((SELECT max(local_id) FROM sync_row_keys WHERE table_name = ?), 0)) + 1`,
        )
        .pluck()
        .get(table.name);
      columns.push('id');
    }
    const note = this.withUniqueRetry(table, local, () => {
      const info = this.db
        .prepare(`INSERT INTO "${table.name}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
        .run(...columns.map((column) => local[column]));
      if (table.kind === 'id') {
        this.db
          .prepare('INSERT OR REPLACE INTO sync_row_keys (table_name, local_id, row_key, version) VALUES (?, ?, ?, 0)')
          .run(table.name, Number(info.lastInsertRowid), change.rowKey);
      }
    });
    return { outcome: note ? 'renamed' : change.outcome, note: note ?? change.note };
  }

  private deleteRecord(table: SyncTable, change: TeamChange): Applied {
    const where = whereRecord(table, change.rowKey, this.wire);
    if (!where) return { outcome: 'skipped', note: 'already gone here' };
    this.prepare(`DELETE FROM "${table.name}" WHERE ${where.sql}`).run(...where.params);
    return { outcome: 'applied', note: null };
  }

  private updateFields(table: SyncTable, rowKey: string, fields: Array<[string, unknown]>): Applied {
    const where = whereRecord(table, rowKey, this.wire);
    if (!where) return { outcome: 'skipped', note: 'the record is not here (deleted)' };
    const known = fields.filter(([column]) => table.fields.includes(column));
    if (known.length === 0) return { outcome: 'applied', note: null };
    const current = this.prepare(`SELECT * FROM "${table.name}" WHERE ${where.sql}`).get(...where.params) as Record<string, unknown>;
    const local: Record<string, unknown> = {};
    const missing: string[] = [];
    for (const [column, value] of known)
      local[column] = this.wire.toLocal(table, column, value, { ...current, ...Object.fromEntries(known) }, (name) => missing.push(name));
    const note = this.withUniqueRetry(table, local, () => {
      this.db
        .prepare(
          `UPDATE "${table.name}" SET ${Object.keys(local)
            .map((column) => `"${column}" = ?`)
            .join(', ')} WHERE ${where.sql}`,
        )
        .run(...Object.values(local), ...where.params);
    });
    return { outcome: note ? 'renamed' : 'applied', note: note ?? (missing.length > 0 ? `refers to a record not here (${missing.join(', ')})` : null) };
  }

  /**
   * Write; when a code or name is taken here by a record of ours not yet accepted by the team,
   * ours yields (the team's order decides): it is renamed with the first free "-2", "-3", …
   * suffix — as a change of ours, sent like any edit — and the write is tried again.
   */
  private withUniqueRetry(table: SyncTable, local: Record<string, unknown>, write: () => void): string | null {
    try {
      write();
      return null;
    } catch (error) {
      if (sqliteCode(error) !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      const sameFact = this.yieldSameFact(table, local, error);
      if (sameFact) {
        write();
        return sameFact;
      }
      const column = uniqueColumn(error);
      const wanted = column ? local[column] : undefined;
      if (!column || typeof wanted !== 'string' || table.kind !== 'id') throw error;
      const holder = this.prepare(`SELECT id FROM "${table.name}" WHERE "${column}" = ? COLLATE NOCASE`).pluck().get(wanted) as number | undefined;
      if (holder === undefined) throw error;
      const free = this.freeValue(table, column, wanted);
      this.prepare('UPDATE temp.sync_session SET applying = 0 WHERE id = 1').run();
      try {
        this.prepare(`UPDATE "${table.name}" SET "${column}" = ? WHERE id = ?`).run(free, holder);
      } finally {
        this.prepare('UPDATE temp.sync_session SET applying = 1 WHERE id = 1').run();
      }
      write();
      return `${column} ${wanted} was already used here by a record not yet sent; that one is now ${free}`;
    }
  }

  /**
   * The same fact (one month's measurement of one target) recorded here by us and not yet accepted:
   * the team's comes first, so ours steps aside here; the team lists its values as conflicts.
   */
  private yieldSameFact(table: SyncTable, local: Record<string, unknown>, error: unknown): string | null {
    const columns = [...(error as Error).message.matchAll(/\b\w+\.(\w+)/g)].map((match) => match[1]!);
    if (columns.length < 2 || table.kind !== 'id' || !columns.every((column) => column in local)) return null;
    const holder = this.prepare(`SELECT id FROM "${table.name}" WHERE ${columns.map((column) => `"${column}" = ?`).join(' AND ')}`)
      .pluck()
      .get(...columns.map((column) => local[column])) as number | undefined;
    if (holder === undefined) return null;
    const accepted = this.prepare('SELECT version FROM sync_row_keys WHERE table_name = ? AND local_id = ?').pluck().get(table.name, holder) as
      number | undefined;
    if (accepted !== undefined && accepted > 0) return null;
    this.prepare(`DELETE FROM "${table.name}" WHERE id = ?`).run(holder);
    return 'the same record was entered here too; the first one sent is kept and the other values wait in Conflicts';
  }

  private freeValue(table: SyncTable, column: string, wanted: string): string {
    const taken = this.prepare(`SELECT 1 FROM "${table.name}" WHERE "${column}" = ? COLLATE NOCASE`).pluck();
    for (let n = 2; ; n += 1) {
      const candidate = `${wanted}-${n}`;
      if (taken.get(candidate) === undefined) return candidate;
    }
  }
}
