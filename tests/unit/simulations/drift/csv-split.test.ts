// Reference and current from two files matched by header, or from one file cut by its time column into days, weeks or at a cut-off.
import { describe, expect, it } from 'vitest';
import { parseTable, type Table } from '../../../../simulations/drift/csv/parse-table';
import { pairFiles, sliceRows, splitByTime } from '../../../../simulations/drift/csv/split';

const table = (text: string): Table => {
  const { table: parsed, issues } = parseTable(text);
  if (!parsed) throw new Error(JSON.stringify(issues));
  return parsed;
};

describe('pairFiles', () => {
  // Last quarter's training extract, and this week's log after an upstream change: links now arrive as "3 links", reputation is gone, country is new.
  const reference = table(['sent_at,length,links,language,reputation', '2024-01-02,412,2,en,0.91', '2024-01-02,88,0,fr,0.87', '2024-01-03,1290,7,en,0.12'].join('\n'));
  const current = table(['length,language,links,country,sent_at', '530,de,3 links,DE,2024-03-04', '265,en,1 link,US,2024-03-04', '99,en,0 links,GB,2024-03-05'].join('\n'));

  it('keeps the shared columns of matching kinds, in reference order', () => {
    const result = pairFiles(reference, current);
    expect(result.dataset!.columns).toEqual([
      { name: 'length', kind: 'numeric' },
      { name: 'language', kind: 'categorical' },
    ]);
    expect(result.dataset!.reference.table).not.toBe(current);
    expect(result.dataset!.batches.map((batch) => batch.label)).toEqual(['current']);
  });

  it('reports columns in one file only and kind mismatches by column', () => {
    const result = pairFiles(reference, current);
    expect(result.onlyInReference).toEqual(['reputation']);
    expect(result.onlyInCurrent).toEqual(['country']);
    expect(result.mismatched).toEqual(['links']);
    expect(result.issues).toEqual([
      { row: 1, column: 'reputation', message: 'Column "reputation" is only in the reference file; it is left out.' },
      { row: 1, column: 'country', message: 'Column "country" is only in the current file; it is left out.' },
      {
        row: null,
        column: 'links',
        message: 'Column "links" is numeric in the reference file but categorical in the current file; it is left out. Check that column in both files, or set its kind.',
      },
    ]);
  });

  it('gives a column that is empty in one file the other file’s kind', () => {
    const broken = table(['length,reputation', '530,', '265,', '99,'].join('\n'));
    const result = pairFiles(reference, broken);
    expect(result.issues.filter((issue) => issue.column === 'reputation')).toEqual([]);
    expect(result.dataset!.columns).toContainEqual({ name: 'reputation', kind: 'numeric' });
    const column = result.dataset!.batches[0]!.table.columns.find((candidate) => candidate.name === 'reputation')!;
    expect(column.kind).toBe('numeric');
    expect(column.missing).toBe(3);
    // The parsed table itself is left alone.
    expect(broken.columns[1]!.kind).toBe('categorical');
  });

  it('returns no dataset when nothing is shared', () => {
    const result = pairFiles(table('a\n1\n'), table('b\n2\n'));
    expect(result.dataset).toBeNull();
    expect(result.issues.at(-1)).toEqual({ row: null, column: null, message: 'The two files share no numeric or categorical column, so there is nothing to compare.' });
  });
});

/** Mail over Sun 3 – Tue 12 March 2024, two messages a day at 09:00 and 21:00 UTC, one row without a time. */
function mailLog(): Table {
  const lines = ['sent_at,length,language'];
  for (let day = 3; day <= 12; day++) {
    for (const hour of [9, 21]) lines.push(`2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z,${100 + day * 10 + hour},${hour === 9 ? 'en' : 'fr'}`);
  }
  lines.splice(5, 0, ',333,en');
  return table(lines.join('\n'));
}

describe('splitByTime', () => {
  it('cuts by UTC day: the first day is the reference, each later day a batch', () => {
    const result = splitByTime(mailLog(), { timeColumn: 'sent_at', by: 'period', period: 'day' });
    const dataset = result.dataset!;
    expect(dataset.columns).toEqual([
      { name: 'length', kind: 'numeric' },
      { name: 'language', kind: 'categorical' },
    ]);
    expect(Array.from(sliceRows(dataset.reference))).toEqual([0, 1]);
    expect(dataset.reference.start).toBe(Date.UTC(2024, 2, 3));
    expect(dataset.reference.end).toBe(Date.UTC(2024, 2, 4));
    expect(dataset.batches.map((batch) => batch.label)).toEqual(['2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07', '2024-03-08', '2024-03-09', '2024-03-10', '2024-03-11', '2024-03-12']);
    expect(dataset.batches.every((batch) => batch.rows!.length === 2)).toBe(true);
    expect(dataset.batches[0]!.end! - dataset.batches[0]!.start!).toBe(86_400_000);
  });

  it('reports the rows without a time and leaves them out', () => {
    const result = splitByTime(mailLog(), { timeColumn: 'sent_at', by: 'period', period: 'day' });
    expect(result.rowsWithoutTime).toEqual([6]);
    expect(result.issues).toEqual([{ row: 6, column: 'sent_at', message: 'Row 6 has no time in column "sent_at"; it is left out.' }]);
    const covered = [result.dataset!.reference, ...result.dataset!.batches].reduce((sum, slice) => sum + sliceRows(slice).length, 0);
    expect(covered).toBe(20);
  });

  it('cuts by ISO week, Monday to Sunday, with two reference periods', () => {
    const result = splitByTime(mailLog(), { timeColumn: 'sent_at', by: 'period', period: 'week', referencePeriods: 2 });
    // Sun 3 March is in the week of 26 February; 4–10 March is the second week; 11–12 March the third.
    expect(sliceRows(result.dataset!.reference)).toHaveLength(16);
    expect(result.dataset!.reference.start).toBe(Date.UTC(2024, 1, 26));
    expect(result.dataset!.reference.end).toBe(Date.UTC(2024, 2, 11));
    expect(result.dataset!.batches.map((batch) => [batch.label, batch.rows!.length])).toEqual([['week of 2024-03-11', 4]]);
  });

  it('cuts at a time: everything before it is the reference, the rest one batch or one per period', () => {
    const cutoff = Date.UTC(2024, 2, 10, 12);
    const single = splitByTime(mailLog(), { timeColumn: 'sent_at', by: 'cutoff', cutoff });
    expect(sliceRows(single.dataset!.reference)).toHaveLength(15);
    expect(single.dataset!.reference.end).toBe(cutoff);
    expect(single.dataset!.batches.map((batch) => [batch.label, batch.rows!.length, batch.start, batch.end])).toEqual([['from 2024-03-10T12:00:00Z', 5, cutoff, undefined]]);
    const daily = splitByTime(mailLog(), { timeColumn: 'sent_at', by: 'cutoff', cutoff, period: 'day' });
    expect(daily.dataset!.batches.map((batch) => [batch.label, batch.rows!.length])).toEqual([
      ['2024-03-10', 1],
      ['2024-03-11', 2],
      ['2024-03-12', 2],
    ]);
  });

  it('explains a split that leaves nothing to compare', () => {
    const early = splitByTime(mailLog(), { timeColumn: 'sent_at', by: 'cutoff', cutoff: Date.UTC(2024, 0, 1) });
    expect(early.dataset).toBeNull();
    expect(early.issues.at(-1)).toEqual({ row: null, column: 'sent_at', message: 'No row has a time before 2024-01-01T00:00:00Z, so the reference window is empty.' });
    const late = splitByTime(mailLog(), { timeColumn: 'sent_at', by: 'period', period: 'week', referencePeriods: 3 });
    expect(late.dataset).toBeNull();
    expect(late.issues.at(-1)).toEqual({ row: null, column: 'sent_at', message: 'No row has a time after the first 3 week(s), so there is no current batch to compare with the reference.' });
  });

  it('refuses a missing or non-time column', () => {
    expect(splitByTime(mailLog(), { timeColumn: 'when', by: 'period', period: 'day' }).issues).toEqual([{ row: 1, column: 'when', message: 'There is no column named "when" to split the file by.' }]);
    expect(splitByTime(mailLog(), { timeColumn: 'language', by: 'period', period: 'day' }).issues).toEqual([
      { row: null, column: 'language', message: 'Column "language" is categorical, not a time column; it needs ISO 8601 dates or timestamps such as 2024-03-01 or 2024-03-01T14:30:00Z.' },
    ]);
  });

  it('lists the first 20 rows without a time and counts the rest', () => {
    const lines = ['sent_at,length', '2024-03-01,1', '2024-03-02,2', ...Array.from({ length: 23 }, (_, i) => `,${i}`)];
    const result = splitByTime(table(lines.join('\n')), { timeColumn: 'sent_at', by: 'period', period: 'day' });
    expect(result.rowsWithoutTime).toHaveLength(23);
    expect(result.issues[0]).toEqual({
      row: 4,
      column: 'sent_at',
      message: '23 rows (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23 and 3 more) have no time in column "sent_at"; they are left out.',
    });
  });
});
