import { describe, expect, it } from 'vitest';
import { isFrameable, secureHeaders } from './security-headers';

const csp = "default-src 'self'; frame-ancestors 'none'";

describe('secureHeaders()', () => {
  it.each([
    ['/', "default-src 'self'; frame-ancestors 'none'", 'DENY'],
    ['/embedded', "default-src 'self'; frame-ancestors 'none'", 'DENY'],
    ['/embed/ranking', "default-src 'self'; frame-ancestors *", null],
  ])('on %s sets CSP %s and X-Frame-Options %s', (path, policy, frame) => {
    const headers = new Headers({ 'content-security-policy': csp });
    secureHeaders(headers, path);
    expect(headers.get('content-security-policy')).toBe(policy);
    expect(headers.get('x-frame-options')).toBe(frame);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it.each([
    ['/embed', true],
    ['/embed/pillars', true],
    ['/embeds', false],
    ['/cities/embed', false],
  ])('isFrameable(%s) is %s', (path, yes) => {
    expect(isFrameable(path)).toBe(yes);
  });
});
