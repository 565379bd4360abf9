/**
 * The next free code with a prefix: after SVC-001 … SVC-007 comes SVC-008. Codes with another
 * form are ignored; the width grows past 999 (SVC-1000).
 */
export function nextCode(prefix: string, existing: readonly string[], width = 3): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  let highest = 0;
  for (const code of existing) {
    const match = pattern.exec(code);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${String(highest + 1).padStart(width, '0')}`;
}
