import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The house rule that keeps simulations reproducible: no Math.random under simulations/.
// Loading ESLint with typescript-eslint takes a few seconds on a busy 2-core machine.
describe('eslint: Math.random ban', { timeout: 30_000 }, () => {
  const eslint = new ESLint();
  const lint = async (filePath: string) => (await eslint.lintText('export const x = Math.random();\n', { filePath }))[0]!.messages;

  it('fails Math.random in simulations/', async () => {
    const messages = await lint('simulations/streaming/engine.ts');
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'no-restricted-properties', message: expect.stringContaining('seeded generator') })]);
  });

  it('allows it elsewhere', async () => {
    expect(await lint('src/lib/example.ts')).toEqual([]);
  });
});
