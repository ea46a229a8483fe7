// Astro configuration. SITE_URL and BASE_PATH come from the environment so the same build works
// locally (/) and as a GitHub Pages project site (/<repo>/).
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { contentLint } from './src/integrations/content-lint';
import { contentSecurityPolicy } from './src/integrations/csp';
import { katexAssets } from './src/integrations/katex-assets';
import { linkCheck } from './src/integrations/link-check';
import { searchIndex } from './src/integrations/search-index';
import { serviceWorker } from './src/integrations/service-worker';
import { codeMetaTransformer } from './src/markdown/shiki-code-meta';
import { remarkExerciseNumbers } from './src/markdown/remark-exercise-numbers';
import { remarkMathFlag } from './src/markdown/remark-math-flag';
import { rehypeScrollRegions } from './src/markdown/rehype-scroll-regions';
import { rehypeRowHeaders } from './src/markdown/rehype-row-headers';
import { rehypeTaskListLabels } from './src/markdown/rehype-task-list-labels';

const base = process.env.BASE_PATH || '/';
const contentDir = (process.env.COURSE_CONTENT_DIR ?? 'content').replace(/\/$/, '');

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Content tests build fixture folders side by side, each with its own output and cache.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // serviceWorker() runs last: it precaches what the others wrote, the search index included.
  integrations: [contentLint(contentDir), mdx(), react(), katexAssets(), linkCheck(), contentSecurityPolicy(), searchIndex(), serviceWorker()],
  markdown: {
    // unified (not Astro 7's default Sätteri) because math needs remark-math and rehype-katex.
    processor: unified({ remarkPlugins: [remarkMath, remarkMathFlag, remarkExerciseNumbers], rehypePlugins: [rehypeKatex, rehypeRowHeaders, rehypeScrollRegions, rehypeTaskListLabels] }),
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      // Both themes as CSS variables; tokens.css picks one per colour scheme.
      defaultColor: false,
      transformers: [codeMetaTransformer()],
    },
  },
  vite: {
    // Simulation workers import TF.js lazily, which needs ES-module workers.
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Astro's generated MDX modules trip this warning under rolldown; harmless (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
  },
});
