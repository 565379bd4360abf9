import { ApiCallError } from '../../../shared/api/client';
import { appNow } from '../lib/app-clock';

/**
 * A plain-text report of an error for "Copy details": enough for a colleague or a bug report
 * (what failed, where, when, on what), nothing from the workspace's data.
 */
export function errorDetails(error: unknown, componentStack?: string | null): string {
  const lines: string[] = [];
  if (error instanceof ApiCallError) {
    lines.push(`API error ${error.body.code}${error.body.field ? ` (field ${error.body.field})` : ''}: ${error.body.message}`);
  } else if (error instanceof Error) {
    lines.push(`${error.name}: ${error.message}`);
    if (error.stack) lines.push('', error.stack);
  } else {
    lines.push(String(error));
  }
  if (componentStack) lines.push('', 'Component stack:', componentStack.trim());
  lines.push('', `Screen: ${window.location.hash || '#/'}`, `Time: ${appNow().toISOString()}`, `Browser: ${navigator.userAgent}`);
  return lines.join('\n');
}
