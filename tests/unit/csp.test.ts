// The page policy: same origin only, inline scripts allowed by hash, placed first in <head>.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, withPolicy } from '~/lib/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = '<!doctype html><html><head><title>t</title><script>a()</script><script type="module" src="/x.js"></script></head><body><script type="module">b()</script><script>a()</script></body></html>';

describe('content security policy', () => {
  it('hashes each distinct inline script, not scripts loaded from a file', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('a()'), sha('b()')]);
  });

  it('allows only this origin, with no unsafe-inline for scripts', () => {
    const policy = policyFor(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')} ${sha('b()')}`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toMatch(/https?:/);
  });

  it('puts the meta tag first in <head> and refuses to add a second one', () => {
    const out = withPolicy(page);
    expect(out.indexOf('<meta http-equiv="content-security-policy"')).toBe(out.indexOf('<head>') + '<head>'.length);
    expect(() => withPolicy(out)).toThrow(/already has/);
  });
});
