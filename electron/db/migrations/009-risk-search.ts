import type { Migration } from './migration';

/** The register's searchable text, in the order the full-text index holds it. */
export const RISK_SEARCH_COLUMNS = ['code', 'title', 'category', 'cause', 'event', 'consequence', 'controls'] as const;

const columns = RISK_SEARCH_COLUMNS.join(', ');
const newValues = RISK_SEARCH_COLUMNS.map((column) => `new.${column}`).join(', ');
const oldValues = RISK_SEARCH_COLUMNS.map((column) => `old.${column}`).join(', ');

/**
 * A full-text index over the register's text (SQLite FTS5), so a search at 100,000 risks reads an
 * index instead of scanning every row with LIKE. It stores no text of its own (external content:
 * the risks table) and triggers keep it in step with every insert, change and delete, whoever
 * writes. Words are split by Unicode letters and digits, case and accents folded; prefixes of two
 * and three characters are indexed so a search answers while the first letters are typed.
 */
export const migration009RiskSearch: Migration = {
  version: 9,
  name: 'Full-text search of the risk register',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE risks_search USING fts5(
        ${columns},
        content = 'risks', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      INSERT INTO risks_search (risks_search) VALUES ('rebuild');

      CREATE TRIGGER risks_search_insert AFTER INSERT ON risks BEGIN
        INSERT INTO risks_search (rowid, ${columns}) VALUES (new.id, ${newValues});
      END;
      CREATE TRIGGER risks_search_delete AFTER DELETE ON risks BEGIN
        INSERT INTO risks_search (risks_search, rowid, ${columns}) VALUES ('delete', old.id, ${oldValues});
      END;
      CREATE TRIGGER risks_search_update AFTER UPDATE OF ${columns} ON risks BEGIN
        INSERT INTO risks_search (risks_search, rowid, ${columns}) VALUES ('delete', old.id, ${oldValues});
        INSERT INTO risks_search (rowid, ${columns}) VALUES (new.id, ${newValues});
      END;
    `);
  },
};
