import { containsPattern } from '../sql-helpers';

/** A letter or digit: what the index's unicode61 tokenizer keeps as part of a word. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The FTS5 query for what someone typed in the register's search: every word must start a word
 * of the risk's code, title, category, cause, event, consequence or controls ("net back" finds
 * "Network backup failure"). A word with punctuation inside stays one phrase, so "RSK-0001"
 * finds RSK-000123. Null when nothing typed is a letter or digit (e.g. "%"), which the index
 * cannot look up.
 */
export function riskSearchMatch(text: string): string | null {
  const words = text
    .split(/\s+/)
    .filter((word) => WORD_CHARACTER.test(word))
    // Quoted, so FTS5 operators typed by the user (AND, NEAR, -, ^) are just text.
    .map((word) => `"${word.replace(/"/g, '""')}"*`);
  return words.length ? words.join(' AND ') : null;
}

const LIKE_COLUMNS = ['r.code', 'r.title', 'r.category', 'r.cause', 'r.event', 'r.consequence', 'r.controls'];

/** The register's search as a WHERE clause on `risks r`: the full-text index, or a LIKE scan for punctuation-only text. */
export function riskSearchSql(text: string): { clause: string; params: unknown[] } {
  const match = riskSearchMatch(text);
  if (match) return { clause: 'r.id IN (SELECT rowid FROM risks_search WHERE risks_search MATCH ?)', params: [match] };
  const pattern = containsPattern(text);
  return { clause: `(${LIKE_COLUMNS.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`, params: LIKE_COLUMNS.map(() => pattern) };
}
