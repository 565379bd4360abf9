import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../http/security';
import { withContentSecurityPolicy } from './response-headers';

describe('withContentSecurityPolicy', () => {
  it("adds the app's policy to responses that are not local files, replacing the server's", () => {
    const headers = withContentSecurityPolicy('https://example.com/x', { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('handles responses without headers', () => {
    expect(withContentSecurityPolicy('http://127.0.0.1:1/', undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('leaves file:// responses alone (index.html carries the policy in a meta tag)', () => {
    expect(withContentSecurityPolicy('file:///app/dist/renderer/index.html', { a: 'b' })).toEqual({ a: 'b' });
  });

  it('forbids inline and remote scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
