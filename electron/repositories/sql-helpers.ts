/** Escape text for a LIKE pattern written with ESCAPE '\'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** "%text%" for a contains-search with ESCAPE '\'. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** "?, ?, ?" for an IN list of n values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Parse a JSON array column, tolerating a damaged value rather than failing a whole list. */
export function parseJsonArray(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}
