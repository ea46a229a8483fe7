// Content Security Policy for a static page: only this origin, plus the hashes of the page's own inline scripts. Pure.
import { createHash } from 'node:crypto';

/**
 * Everything comes from the site itself. Styles allow inline because Shiki colours code tokens with
 * style attributes; scripts do not: each inline script is allowed by its hash. 'wasm-unsafe-eval'
 * lets Pagefind's search run its WebAssembly; workers and downloads use blob: URLs.
 */
export const POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** 'sha256-…' sources for every inline script of the page, in order of first appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '', 'utf8').digest('base64')}'`);
  return [...new Set(hashes)];
}

export function policyFor(html: string): string {
  return [...POLICY, `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(html).join(' ')}`.trim()].join('; ');
}

/** The page with its policy as the first element of <head>, so it governs everything after it. */
export function withPolicy(html: string): string {
  if (html.includes('http-equiv="content-security-policy"')) throw new Error('the page already has a content security policy');
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return html;
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}
