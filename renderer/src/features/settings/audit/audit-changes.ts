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

/** A readable record label: "person #12". */
export function entityLabel(entity: string, entityId: string): string {
  return `${entity.replace(/[_-]+/g, ' ')} #${entityId}`;
}
