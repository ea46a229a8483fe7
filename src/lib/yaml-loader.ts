// Astro content loader for one YAML document (course.yaml, schedule.yaml) with strict, friendly errors.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from './content-problem';
import { parseYaml, validateContent } from './validate-content';

/** `fallback` makes the file optional: a missing file loads as that value. */
export function yamlDocument(options: { file: string; id: string; schema: z.ZodType; fallback?: unknown }): Loader {
  return {
    name: 'yaml-document',
    load: async ({ config, store, parseData, watcher }) => {
      const path = fileURLToPath(new URL(options.file, config.root));
      if (!existsSync(path) && options.fallback !== undefined) {
        store.set({ id: options.id, data: await parseData({ id: options.id, data: options.fallback as Record<string, unknown> }) });
        return;
      }
      if (!existsSync(path)) {
        throw new ContentError([
          { file: options.file, field: '(file)', message: 'the file is missing', fix: `create ${options.file}; see README.md, "Set the term dates"` },
        ]);
      }
      const sync = async () => {
        const raw = parseYaml(await readFile(path, 'utf8'), options.file);
        const data = validateContent(options.schema, raw, options.file) as Record<string, unknown>;
        store.clear();
        store.set({ id: options.id, data: await parseData({ id: options.id, data, filePath: path }), filePath: options.file });
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) void sync();
      });
    },
  };
}
