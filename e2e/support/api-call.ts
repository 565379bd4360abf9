import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import type { ServedApp } from './served-app';

/**
 * Call the served app's API over HTTP with its token, as the renderer does: for arranging data
 * before a browser step and for checking what the screen wrote. A failure throws with the error.
 */
export async function callApi<M extends MethodName>(app: ServedApp, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value: MethodResult<M>; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value;
}
