// Vitest: fast unit tests of pure modules, and content tests that run real builds on fixtures.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      {
        resolve: { alias },
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 120_000, maxConcurrency: 2 },
      },
      // Measurements, not tests: `npm run bench:engines` writes figures to bench/results.json.
      { resolve: { alias }, test: { name: 'bench', include: ['bench/**/*.measure.ts'], environment: 'node', testTimeout: 600_000 } },
    ],
  },
});
