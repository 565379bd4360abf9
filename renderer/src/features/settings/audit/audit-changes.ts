/** The top-level fields whose values differ between before and after (for "changed: name, email"). */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  // Timestamps change on every write and would drown the interesting fields.
  keys.delete('updatedAt');
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A readable record label: "person #12 · Ada Lovelace" (the name from after, or before for a deletion). */
export function entityLabel(entity: string, entityId: string, before?: unknown, after?: unknown): string {
  const base = `${entity.replace(/[_-]+/g, ' ')} #${entityId}`;
  const name = recordName(after) ?? recordName(before);
  return name ? `${base} · ${name}` : base;
}

function recordName(value: unknown): string | null {
  if (!isRecord(value)) return null;
  const name = value.name ?? value.title ?? value.organisationName;
  return typeof name === 'string' && name ? name : null;
}
