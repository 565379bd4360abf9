/**
 * Where the host will put a workspace typed as a bare name or a path, mirroring its rule:
 * a bare name goes into the default folder, and ".sqlite" is added when there is no extension.
 * Only a preview for the form; the host decides.
 */
export function previewWorkspacePath(typed: string, defaultDirectory: string): string | null {
  const value = typed.trim();
  if (!value) return null;
  const separator = defaultDirectory.includes('\\') && !defaultDirectory.includes('/') ? '\\' : '/';
  const hasFolder = /[\\/]/.test(value);
  const full = hasFolder ? value : `${defaultDirectory.replace(/[\\/]+$/, '')}${separator}${value}`;
  const lastSegment = full.split(/[\\/]/).pop() ?? '';
  return lastSegment.includes('.') ? full : `${full}.sqlite`;
}
