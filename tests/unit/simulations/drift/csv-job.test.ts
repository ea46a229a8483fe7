// A reader's CSV from text to analysis: both modes, errors that name file, row and column, identifier columns skipped, slicing and cancelling.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../simulations/core/rng';
import type { AnalyzeSettings } from '../../../../simulations/drift/csv/analyze';
import { csvJob, runCsvJob, type CsvJobOutcome, type CsvJobProgress, type CsvJobRequest } from '../../../../simulations/drift/csv/csv-job';

const SETTINGS: AnalyzeSettings = { testFamily: 'auto', alpha: 0.05, bonferroni: false, distanceThreshold: 0.1, psiWatch: 0.1, psiAct: 0.25 };
const SPLIT = { timeColumn: null, period: 'day' as const, referencePeriods: 2 };

/** Mail rows over `days` days from 2024-03-01; from `driftDay` on messages are e^shift times longer. */
function mail(seed: number, rows: number, days: number, shift = 0, driftDay = Infinity): string {
  const rng = createRng(seed);
  const lines = ['message_id,received_at,body_length,link_count,lang'];
  for (let i = 0; i < rows; i++) {
    const day = 1 + Math.floor((i * days) / rows);
    const length = rng.lognormal(6 + (day >= driftDay ? shift : 0), 0.5).toFixed(0);
    lines.push(`m-${String(i).padStart(6, '0')},2024-03-${String(day).padStart(2, '0')}T10:00:00Z,${length},${rng.poisson(2)},${rng.pick(['en', 'fr', 'de'])}`);
  }
  return lines.join('\n');
}

function run(request: CsvJobRequest): { outcome: CsvJobOutcome; progress: CsvJobProgress[] } {
  const job = csvJob(request);
  const progress: CsvJobProgress[] = [];
  for (;;) {
    const step = job.next();
    if (step.done) return { outcome: step.value, progress };
    progress.push(step.value);
  }
}

describe('csvJob with two files', () => {
  const { outcome, progress } = run({ files: { mode: 'two-files', reference: { name: 'train.csv', text: mail(1, 600, 1) }, current: { name: 'today.csv', text: mail(2, 400, 1, 0.4, 1) } }, split: SPLIT, settings: SETTINGS });

  it('flags the longer messages and skips the id column as an identifier', () => {
    const batch = outcome.analysis!.batches[0]!;
    expect(batch.columns.map((check) => [check.column, check.drifted])).toEqual([
      ['body_length', true],
      ['link_count', false],
      ['lang', false],
    ]);
    expect(batch.skipped.map((entry) => entry.column)).toEqual(['message_id']);
    expect(batch.skipped[0]!.reason).toMatch(/identifier or free text \(600 distinct values in 600 reference rows\)/);
  });

  it('reads both files, then reports every column step', () => {
    expect(progress.slice(0, 2)).toEqual([
      { phase: 'parsing', file: 'train.csv' },
      { phase: 'parsing', file: 'today.csv' },
    ]);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ phase: 'analysing', done: 4, total: 4 });
    expect(outcome.files).toEqual([
      { name: 'train.csv', rows: 600, columns: 5 },
      { name: 'today.csv', rows: 400, columns: 5 },
    ]);
  });
});

describe('csvJob errors name the file, the row and the column', () => {
  it('keeps going past a ragged row and says where it was', () => {
    const text = mail(3, 50, 1).split('\n');
    text.splice(7, 0, 'm-x,2024-03-01T10:00:00Z,12');
    const { outcome } = run({ files: { mode: 'two-files', reference: { name: 'ref.csv', text: mail(4, 80, 1) }, current: { name: 'cur.csv', text: text.join('\n') } }, split: SPLIT, settings: SETTINGS });
    expect(outcome.analysis).not.toBeNull();
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({ file: 'cur.csv', row: 8 });
    expect(outcome.issues[0]!.message).toMatch(/^Row 8\b/);
  });

  it('reports an unreadable number cell with its row and column', () => {
    const text = mail(5, 200, 1).replace(/\n(m-000009,[^,]*),\d+,/, '\n$1,twelve,');
    const { outcome } = run({ files: { mode: 'two-files', reference: { name: 'ref.csv', text: mail(6, 200, 1) }, current: { name: 'cur.csv', text } }, split: SPLIT, settings: SETTINGS });
    const issue = outcome.issues.find((candidate) => candidate.column === 'body_length')!;
    expect(issue).toMatchObject({ file: 'cur.csv', row: 11, column: 'body_length' });
    expect(issue.message).toContain('twelve');
  });

  it('analyses nothing from an empty file, and says so', () => {
    const { outcome } = run({ files: { mode: 'two-files', reference: { name: 'ref.csv', text: '' }, current: { name: 'cur.csv', text: mail(7, 10, 1) } }, split: SPLIT, settings: SETTINGS });
    expect(outcome.analysis).toBeNull();
    expect(outcome.issues[0]).toMatchObject({ file: 'ref.csv', row: 1 });
    expect(outcome.issues[0]!.message).toMatch(/empty/);
  });

  it('asks for a time column when one file has none', () => {
    const text = 'a,b\n1,x\n2,y\n';
    const { outcome } = run({ files: { mode: 'one-file', file: { name: 'one.csv', text } }, split: SPLIT, settings: SETTINGS });
    expect(outcome.analysis).toBeNull();
    expect(outcome.timeColumns).toEqual([]);
    expect(outcome.issues[0]!.message).toMatch(/No column holds ISO 8601 dates/);
  });
});

describe('csvJob with one file cut by time', () => {
  const text = mail(8, 1400, 7, 0.4, 5);

  it('uses the first time column, takes the first days as reference, and finds the drift from day 5', () => {
    const { outcome } = run({ files: { mode: 'one-file', file: { name: 'log.csv', text } }, split: SPLIT, settings: SETTINGS });
    expect(outcome.timeColumns).toEqual(['received_at']);
    expect(outcome.timeColumn).toBe('received_at');
    const { analysis } = outcome;
    expect(analysis!.referenceRows).toBe(400);
    expect(analysis!.batches.map((batch) => batch.label)).toEqual(['2024-03-03', '2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07']);
    expect(analysis!.batches.map((batch) => batch.columns.find((check) => check.column === 'body_length')!.drifted)).toEqual([false, false, true, true, true]);
  });

  it('cuts by week when asked, and ignores a time column that does not exist', () => {
    const { outcome } = run({ files: { mode: 'one-file', file: { name: 'log.csv', text } }, split: { timeColumn: 'nope', period: 'week', referencePeriods: 1 }, settings: SETTINGS });
    expect(outcome.timeColumn).toBe('received_at');
    // 2024-03-01 is a Friday: its ISO week is the reference, Monday 4 March on is the one batch.
    expect(outcome.analysis!.batches.map((batch) => batch.label)).toEqual(['week of 2024-03-04']);
  });
});

describe('runCsvJob', () => {
  const request: CsvJobRequest = { files: { mode: 'one-file', file: { name: 'log.csv', text: mail(9, 700, 7) } }, split: SPLIT, settings: SETTINGS };

  it('hands control back once per slice and reports progress there', async () => {
    let clock = 0;
    const reported: CsvJobProgress[] = [];
    let pauses = 0;
    const outcome = await runCsvJob(csvJob(request), {
      onProgress: (progress) => reported.push(progress),
      cancelled: () => false,
      pause: async () => void pauses++,
      // Each step "takes" 10 ms; slices are 25 ms, so every third step pauses.
      now: () => (clock += 10),
      sliceMs: 25,
    });
    expect(outcome!.analysis!.batches).toHaveLength(5);
    expect(pauses).toBeGreaterThan(3);
    // The one parse is reported at once; every pause reports the step it stopped after, in order.
    expect(reported[0]).toEqual({ phase: 'parsing', file: 'log.csv' });
    const done = reported.flatMap((progress) => (progress.phase === 'analysing' ? [progress.done] : []));
    expect(done.length).toBeGreaterThanOrEqual(pauses - 1);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    // 5 batches × 4 columns (the id column is a step too, skipped inside it).
    expect(done.at(-1)).toBeLessThanOrEqual(20);
  });

  it('stops at the first pause after a cancel, with nothing', async () => {
    let clock = 0;
    let cancelled = false;
    const outcome = await runCsvJob(csvJob(request), {
      onProgress: () => (cancelled = true),
      cancelled: () => cancelled,
      pause: async () => undefined,
      now: () => (clock += 100),
      sliceMs: 50,
    });
    expect(outcome).toBeNull();
  });
});
