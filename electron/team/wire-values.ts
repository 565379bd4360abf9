import type Database from 'better-sqlite3';
import { LOOSE_REFERENCES, type SyncTable } from './sync-tables';

/**
 * Values travel between replicas in "team form": where a column holds another record's local id
 * (a foreign key, or one of the loose references in sync-tables.ts), the team sees that record's
 * row key instead, since local ids differ from one replica to the next. Everything else travels
 * as stored.
 */
export class WireValues {
  private readonly keyOf: Database.Statement;
  private readonly idOf: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly tables: Map<string, SyncTable>,
  ) {
    this.keyOf = db.prepare('SELECT row_key FROM sync_row_keys WHERE table_name = ? AND local_id = ?').pluck();
    this.idOf = db.prepare('SELECT local_id FROM sync_row_keys WHERE table_name = ? AND row_key = ?').pluck();
  }

  table(name: string): SyncTable | undefined {
    return this.tables.get(name);
  }

  /** The table a column's value points to, given the rest of its row (null: a plain value). */
  private target(table: SyncTable, column: string, row: Record<string, unknown>): string | null {
    const parent = table.references.get(column);
    if (parent) return this.tables.get(parent)?.kind === 'id' ? parent : null;
    const loose = LOOSE_REFERENCES[table.name]?.[column];
    if (loose?.kind === 'by-column') {
      const target = loose.tables[String(row[loose.column])];
      return target && this.tables.get(target)?.kind === 'id' ? target : null;
    }
    return null;
  }

  private idList(table: SyncTable, column: string): string | null {
    const loose = LOOSE_REFERENCES[table.name]?.[column];
    return loose?.kind === 'id-list' ? loose.table : null;
  }

  /** A local value in team form. `row` is the record's other values (for loose references). */
  toTeam(table: SyncTable, column: string, value: unknown, row: Record<string, unknown>): unknown {
    if (value === null || value === undefined) return null;
    const listOf = this.idList(table, column);
    if (listOf) {
      const ids = JSON.parse(String(value)) as unknown[];
      return ids.map((id) => (this.keyOf.get(listOf, Number(id)) as string | undefined) ?? null).filter((key) => key !== null);
    }
    const target = this.target(table, column, row);
    if (!target) return value;
    // A loose reference to a record gone before it was translated keeps its row key.
    if (typeof value === 'string' && !/^\d+$/.test(value)) return value;
    return (this.keyOf.get(target, Number(value)) as string | undefined) ?? null;
  }

  /**
   * A team value in local form; `missing` is told about a reference to a record this replica
   * does not have (deleted here, say), which becomes NULL.
   */
  toLocal(table: SyncTable, column: string, value: unknown, row: Record<string, unknown>, missing?: (column: string) => void): unknown {
    if (value === null || value === undefined) return null;
    const listOf = this.idList(table, column);
    if (listOf) {
      // In team form the list is a JSON array of row keys.
      const keys = (Array.isArray(value) ? value : JSON.parse(String(value))) as unknown[];
      return JSON.stringify(keys.map((key) => (this.idOf.get(listOf, String(key)) as number | undefined) ?? null).filter((id) => id !== null));
    }
    const target = this.target(table, column, row);
    if (!target) return value;
    const id = this.idOf.get(target, String(value)) as number | undefined;
    // The audit trail keeps naming a record this replica never had (deleted before it arrived).
    if (id === undefined && table.name === 'audit_log') return value;
    if (id === undefined) {
      missing?.(column);
      return null;
    }
    // audit_log.entity_id is a text column: keep its type.
    return table.name === 'audit_log' ? String(id) : id;
  }

  /** The local id of a record named by its row key, if this replica has it. */
  localId(table: string, rowKey: string): number | undefined {
    return this.idOf.get(table, rowKey) as number | undefined;
  }
}
