import { CONTENT_SECURITY_POLICY } from '../http/security';

export type ResponseHeaders = Record<string, string | string[]>;

/**
 * The headers `session.webRequest.onHeadersReceived` hands back: any response that is not a
 * local file gets the app's Content-Security-Policy (replacing whatever the server sent), so
 * even a page the app never meant to load cannot run scripts from elsewhere. file:// responses
 * carry the policy in index.html's meta tag and are left as they are.
 */
export function withContentSecurityPolicy(url: string, headers: ResponseHeaders | undefined, policy = CONTENT_SECURITY_POLICY): ResponseHeaders {
  const result: ResponseHeaders = { ...(headers ?? {}) };
  if (url.startsWith('file:')) return result;
  for (const name of Object.keys(result)) {
    if (name.toLowerCase() === 'content-security-policy') delete result[name];
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
