// ESLint flat config: TypeScript rules everywhere, and simulations may only use the seeded rng.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-e2e/', '.astro/', 'node_modules/', 'tests/content/.tmp/', 'test-results/', 'playwright-report/', '.scratch/', 'screenshots/', 'bench/.tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['simulations/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Simulations draw randomness only from the seeded generator in simulations/core/rng so runs are reproducible.' },
      ],
    },
  },
);
