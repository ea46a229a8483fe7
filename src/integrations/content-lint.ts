// Astro integration: lint the course content before anything is built, so errors carry file:line.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content-problem';
import { readContent } from '../lib/content-files';
import { lintContent } from '../lib/content-lint';

export function contentLint(contentDir: string): AstroIntegration {
  return {
    name: 'shipping-ml:content-lint',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return; // the dev server shows Astro's own errors as you type
        const sources = readContent(fileURLToPath(config.root), contentDir);
        const problems = lintContent(sources);
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info(`content checked: ${sources.lectures.length + sources.handouts.length + sources.projects.length} pages and the schedule`);
      },
    },
  };
}
