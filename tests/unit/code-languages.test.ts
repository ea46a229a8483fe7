// The languages the course writes code in all highlight with the site's Shiki themes.
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';

const samples: Record<string, string> = {
  python: 'import os\n\ndef score(x: float) -> float:\n    return 0.5 if x else 1.0\n',
  sql: 'SELECT message_id, score FROM verdicts WHERE score >= 0.95;\n',
  yaml: 'openapi: 3.1.0\ninfo:\n  title: relay-scorer\n',
  dockerfile: 'FROM python:3.12-slim\nRUN pip install fastapi\nCMD ["uvicorn", "app:app"]\n',
  bash: 'curl -i --max-time 0.2 "$RELAY_SCORER_URL/v1/score"\n',
};

describe('code highlighting', () => {
  for (const [lang, code] of Object.entries(samples)) {
    it(`highlights ${lang} in both themes`, async () => {
      const html = await codeToHtml(code, { lang, themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false });
      const colours = new Set([...html.matchAll(/--shiki-light:(#[0-9a-fA-F]{6})/g)].map((m) => m[1]));
      expect(colours.size).toBeGreaterThanOrEqual(3);
      expect(html).toContain('--shiki-dark:');
    });
  }
});
