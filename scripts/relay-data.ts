// `npm run data -- --seed 7 --rows 100000 --out data/`: writes Relay's messages and user events, byte-identical to the /data/ page's files.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { DEFAULT_OPTIONS, FIELDS, FORMATS, TABLES, camel, fileName, kebab, resolveOptions, tableChunks, type Format } from '../simulations/relay-data';

const USAGE = `Usage: npm run data -- [--out DIR] [--format csv|jsonl|both] ${Object.keys(FIELDS)
  .map((key) => `[--${kebab(key)} ${String(DEFAULT_OPTIONS[key as keyof typeof DEFAULT_OPTIONS])}]`)
  .join(' ')}

Writes DIR/messages.<format> and DIR/user_events.<format> (default DIR: data/, format: csv).
${Object.entries(FIELDS)
  .map(([key, field]) => `  --${kebab(key).padEnd(15)} ${field.help}${field.kind === 'choice' ? ` One of: ${field.values.join(', ')}.` : ''}`)
  .join('\n')}`;

function fail(message: string): never {
  console.error(`npm run data: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** `--name value` and `--name=value` pairs into a record; out and format are the CLI's own. */
function parseArgs(argv: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (!arg.startsWith('--')) fail(`"${arg}" is not a flag; flags look like --rows 1000.`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) fail(`--${name} needs a value.`);
    args[camel(name)] = value;
  }
  return args;
}

async function writeTable(path: string, chunks: Iterable<{ text: string; progress: number }>, label: string): Promise<void> {
  const file = createWriteStream(path, { encoding: 'utf8' });
  let shown = -1;
  for (const { text, progress } of chunks) {
    // Respect back-pressure so memory stays flat however many rows are asked for.
    if (!file.write(text)) await once(file, 'drain');
    const percent = Math.floor(progress * 10) * 10;
    if (process.stderr.isTTY && percent !== shown) process.stderr.write(`\r${label}: ${(shown = percent)}%`);
  }
  file.end();
  await once(file, 'finish');
  if (process.stderr.isTTY) process.stderr.write('\n');
}

async function main(): Promise<void> {
  const { out = 'data', format = 'csv', ...settings } = parseArgs(process.argv.slice(2));
  const formats: Format[] = format === 'both' ? [...FORMATS] : FORMATS.includes(format as Format) ? [format as Format] : fail(`--format "${format}" is not csv, jsonl or both.`);
  const { options, problems } = resolveOptions(settings);
  if (problems.length > 0) fail(problems.join('\n'));
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  for (const f of formats) {
    for (const table of TABLES) {
      const path = join(out, fileName(table, f));
      await writeTable(path, tableChunks(options, table, f), path);
      console.log(`wrote ${path}`);
    }
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${options.seed}, ${options.rows} messages)`);
}

await main();
