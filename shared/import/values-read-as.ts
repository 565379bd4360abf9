/** A cell's word read as one of the field's own values by synonym ("decommissioned" → retired). */
export interface ValueReadAs {
  field: string;
  from: string;
  to: string;
}

/** The same, counted over a file for the preview: which words were read as what, in how many rows. */
export interface ValueReadAsSummary extends ValueReadAs {
  rows: number;
}

/** Note `text` as read by synonym when it is not already the value itself (ignoring case). */
export function noteReadAs(notes: ValueReadAs[], field: string, text: string, value: string): void {
  if (text.trim().toLowerCase() !== value.toLowerCase()) notes.push({ field, from: text.trim(), to: value });
}

/** Every distinct synonym reading of a file with its row count, by field then by count. */
export function summariseReadAs(rows: ReadonlyArray<readonly ValueReadAs[]>): ValueReadAsSummary[] {
  const counts = new Map<string, ValueReadAsSummary>();
  for (const notes of rows) {
    for (const note of notes) {
      const key = `${note.field}\u0000${note.from.toLowerCase()}\u0000${note.to}`;
      const entry = counts.get(key) ?? { ...note, rows: 0 };
      entry.rows += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => a.field.localeCompare(b.field) || b.rows - a.rows || a.from.localeCompare(b.from));
}
