import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { deferSecondaryIndexes } from './bulk-indexes';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

function tableWithIndexes() {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE items (id INTEGER PRIMARY KEY, code TEXT NOT NULL, title TEXT, rank INTEGER);
    CREATE UNIQUE INDEX items_code ON items (code COLLATE NOCASE);
    CREATE INDEX items_title ON items (title COLLATE NOCASE);
    CREATE INDEX items_open ON items (rank) WHERE rank > 2;`);
  return db;
}
const indexSql = (db: Database.Database, table: string) =>
  db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name").all(table) as Array<{
    name: string;
    sql: string | null;
  }>;
const insertMany = (db: Database.Database, from: number, count: number) => {
  const insert = db.prepare('INSERT INTO items (code, title, rank) VALUES (?, ?, ?)');
  for (let k = from; k < from + count; k += 1) insert.run(`C-${k}`, `Title ${k}`, k % 5);
};

describe('setting secondary indexes aside for a bulk write', () => {
  it('rebuilds them from their own SQL, keeps the unique guard live meanwhile, and answers queries from them afterwards', () => {
    const db = tableWithIndexes();
    const before = indexSql(db, 'items');
    db.transaction(() => {
      const deferred = deferSecondaryIndexes(db, 'items', 50, 10);
      expect([...deferred.deferred].sort()).toEqual(['items_open', 'items_title']);
      insertMany(db, 0, 50);
      expect(() => insertMany(db, 0, 1)).toThrow(/UNIQUE/);
      deferred.rebuild();
    })();
    expect(indexSql(db, 'items')).toEqual(before);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM items WHERE title = 'Title 7' COLLATE NOCASE").all() as Array<{ detail: string }>;
    expect(plan.map((step) => step.detail).join()).toContain('items_title');
    expect(db.prepare("SELECT count(*) FROM items WHERE rank > 2 AND title LIKE 'Title 1%'").pluck().get()).toBe(4);
  });

  it('leaves the indexes in place when the table already holds more rows than are coming, or the write is small', () => {
    const db = tableWithIndexes();
    insertMany(db, 0, 100);
    db.transaction(() => {
      expect(deferSecondaryIndexes(db, 'items', 60, 10).deferred).toEqual([]);
      expect(deferSecondaryIndexes(db, 'items', 9, 1).deferred).toEqual([]);
      expect(deferSecondaryIndexes(db, 'items', 200, 1000).deferred).toEqual([]);
    })();
    expect(indexSql(db, 'items')).toHaveLength(3);
  });

  it('brings the indexes back when the write fails and the transaction rolls back', () => {
    const db = tableWithIndexes();
    const before = indexSql(db, 'items');
    expect(() =>
      db.transaction(() => {
        deferSecondaryIndexes(db, 'items', 50, 10);
        insertMany(db, 0, 20);
        throw new Error('row 21 is bad');
      })(),
    ).toThrow('row 21 is bad');
    expect(indexSql(db, 'items')).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(0);
  });

  it('refuses to run outside a transaction, where dropping an index would commit at once', () => {
    expect(() => deferSecondaryIndexes(tableWithIndexes(), 'items', 50, 10)).toThrow(/inside a transaction/);
  });
});

describe('a first import of a large register', () => {
  it('leaves every index of the workspace exactly as the migrations made it, and the register reads through them', async () => {
    const { app } = await makeAppWithWorkspace();
    const schema = () => app.db.prepare("SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name").all();
    const before = schema();
    const rows = ['Code,Title,Owner,Likelihood,Impact,Status,Next review'];
    for (let k = 1; k <= 6000; k += 1) rows.push(`R-${k},Risk ${k},Owner ${k % 7},${1 + (k % 5)},${1 + ((k * 3) % 5)},assessed,2027-0${1 + (k % 9)}-15`);
    const result = await call(app, 'risks.import', { fileName: 'big.csv', contentBase64: Buffer.from(rows.join('\n')).toString('base64') });
    expect(result.created).toBe(6000);
    expect(schema()).toEqual(before);
    expect(app.db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    const page = await call(app, 'risks.list', { search: 'Risk 5999', limit: 5, offset: 0 });
    expect(page.rows.map((risk) => risk.code)).toContain('R-5999');
  });
});
