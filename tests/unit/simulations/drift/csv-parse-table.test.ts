// Parsing a dropped CSV: column kinds, missing values, quoting, CRLF and BOM, exact row-and-column errors, and 100,000 rows.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../simulations/core/rng';
import { MAX_CELL_ISSUES_PER_COLUMN, parseDecimal, parseTable, type TableColumn } from '../../../../simulations/drift/csv/parse-table';

/** A mail log as a warehouse export writes it: BOM, CRLF, quoted subjects with commas, quotes and a line break, a date-only time, NA, a blank line. */
const MAIL_LOG =
  '\ufeff' +
  [
    'message_id,sent_at,length,links,reputation,language,subject',
    'm-001,2024-03-04T08:15:00Z,412,2,0.91,en,"Quarterly report, final"',
    'm-002,2024-03-04T09:02:30Z,88,0,0.87,fr,"Re: ""lunch"" on Friday"',
    'm-003,2024-03-04T11:47:00+01:00,1290,7,,en,"WIN A PRIZE\nclick now"',
    'm-004,2024-03-05,265,1,0.45,NA,Invoice 7731',
    '',
    'm-005,2024-03-05T17:20:00Z,530,3,0.78,de,',
  ].join('\r\n') +
  '\r\n';

const values = (column: TableColumn | undefined) => Array.from(column!.values as ArrayLike<unknown>);
const byName = (columns: readonly TableColumn[], name: string) => columns.find((column) => column.name === name);

describe('parseTable on a well-formed file', () => {
  const { table, issues } = parseTable(MAIL_LOG);

  it('reads every row, keeps quoted commas, quotes and line breaks, and drops the BOM', () => {
    expect(issues).toEqual([]);
    expect(table!.columns.map((column) => column.name)).toEqual(['message_id', 'sent_at', 'length', 'links', 'reputation', 'language', 'subject']);
    expect(table!.rowCount).toBe(5);
    expect(values(byName(table!.columns, 'subject'))).toEqual(['Quarterly report, final', 'Re: "lunch" on Friday', 'WIN A PRIZE\nclick now', 'Invoice 7731', null]);
  });

  it('infers numeric, categorical and time columns', () => {
    expect(table!.columns.map((column) => column.kind)).toEqual(['categorical', 'time', 'numeric', 'numeric', 'numeric', 'categorical', 'categorical']);
    expect(values(byName(table!.columns, 'length'))).toEqual([412, 88, 1290, 265, 530]);
  });

  it('reads times as UTC, converting offsets, and dates as midnight UTC', () => {
    expect(values(byName(table!.columns, 'sent_at'))).toEqual([
      Date.UTC(2024, 2, 4, 8, 15),
      Date.UTC(2024, 2, 4, 9, 2, 30),
      Date.UTC(2024, 2, 4, 10, 47),
      Date.UTC(2024, 2, 5),
      Date.UTC(2024, 2, 5, 17, 20),
    ]);
  });

  it('reads empty cells and NA as missing', () => {
    expect(values(byName(table!.columns, 'reputation'))).toEqual([0.91, 0.87, NaN, 0.45, 0.78]);
    expect(byName(table!.columns, 'reputation')!.missing).toBe(1);
    expect(values(byName(table!.columns, 'language'))).toEqual(['en', 'fr', 'en', null, 'de']);
  });

  it('maps each data row to its row in the file: a quoted line break stays one row, blank lines count', () => {
    expect(Array.from(table!.fileRows)).toEqual([2, 3, 4, 5, 7]);
  });

  it('reads LF files the same as CRLF files', () => {
    const lf = parseTable(MAIL_LOG.replaceAll('\r\n', '\n'));
    expect(lf.table!.columns.map(values)).toEqual(table!.columns.map(values));
  });

  it('takes a kind override, and a column of mixed words and numbers is categorical without complaint', () => {
    const text = 'hour,plan\n1,basic\n2,pro\n3,14\n4,pro\n';
    const result = parseTable(text, { kinds: { hour: 'categorical' } });
    expect(result.issues).toEqual([]);
    expect(result.table!.columns.map((column) => column.kind)).toEqual(['categorical', 'categorical']);
    expect(values(result.table!.columns[0])).toEqual(['1', '2', '3', '4']);
  });
});

describe('parseTable errors name the row and the column', () => {
  it('reports an empty file and a file with only a header', () => {
    const message = 'The file is empty; it needs a header row with column names and at least one data row.';
    expect(parseTable('')).toEqual({ table: null, issues: [{ row: 1, column: null, message }] });
    expect(parseTable('\ufeff \r\n\r\n')).toEqual({ table: null, issues: [{ row: 1, column: null, message }] });
    expect(parseTable('length,links\r\n')).toEqual({ table: null, issues: [{ row: 2, column: null, message: 'The file has a header but no data rows.' }] });
  });

  it('reports empty and duplicate header names', () => {
    expect(parseTable('length,,links,length\n1,2,3,4\n')).toEqual({
      table: null,
      issues: [
        { row: 1, column: null, message: 'Row 1 (the header), column 2: the column has no name; every column needs one.' },
        { row: 1, column: 'length', message: 'Row 1 (the header): columns 1 and 4 are both named "length"; column names must be unique.' },
      ],
    });
  });

  it('reports rows with too few or too many fields, and hints at an unclosed quote', () => {
    const { table, issues } = parseTable('length,links,language\n120,2,en\n95,1\n300,4,fr,extra\n210,"3\n,en');
    expect(issues).toEqual([
      { row: 3, column: 'language', message: 'Row 3 has 2 fields but the header has 3, so column "language" onwards has no value; the row is skipped.' },
      { row: 4, column: null, message: 'Row 4 has 4 fields but the header has 3; the row is skipped.' },
      {
        row: 5,
        column: 'language',
        message: 'Row 5 has 2 fields but the header has 3, so column "language" onwards has no value; the row is skipped. A field spans several lines: is a closing quote missing?',
      },
    ]);
    expect(table!.rowCount).toBe(1);
    expect(table!.skippedRows).toBe(3);
  });

  it('lists 20 malformed rows and counts the rest', () => {
    const rows = ['a,b', ...Array.from({ length: 25 }, (_, i) => (i === 0 ? '1,2' : '1'))];
    const { issues } = parseTable(rows.join('\n'));
    expect(issues).toHaveLength(21);
    expect(issues[19]!.row).toBe(22);
    expect(issues[20]).toEqual({ row: 23, column: null, message: '4 more rows from row 23 on have the wrong number of fields too and are skipped.' });
  });

  it('says nothing could be read when no row has the header’s fields', () => {
    const { table, issues } = parseTable('a,b\n1\n2\n');
    expect(table).toBeNull();
    expect(issues.at(-1)).toEqual({ row: null, column: null, message: "No data row has the header's 2 fields, so nothing could be read." });
  });

  it('reports a word in an otherwise numeric column and reads it as missing', () => {
    const rows = ['length,language', ...Array.from({ length: 30 }, (_, i) => `${i === 11 ? 'abc' : 100 + i},en`)];
    const { table, issues } = parseTable(rows.join('\n'));
    expect(issues).toEqual([{ row: 13, column: 'length', message: 'Row 13, column "length": "abc" is not a number, but the rest of the column is numeric; the cell is read as missing.' }]);
    const length = table!.columns[0]!;
    expect(length.kind).toBe('numeric');
    expect(length.missing).toBe(1);
    expect(Number.isNaN(length.values[11])).toBe(true);
  });

  it('reports the first 20 odd cells of a column and counts the rest', () => {
    const rows = ['links', ...Array.from({ length: 1000 }, (_, i) => (i % 40 === 0 ? 'n/a?' : String(i % 7)))];
    const { table, issues } = parseTable(rows.join('\n'));
    expect(table!.columns[0]!.kind).toBe('numeric');
    expect(table!.columns[0]!.missing).toBe(25);
    expect(issues).toHaveLength(MAX_CELL_ISSUES_PER_COLUMN + 1);
    expect(issues[0]).toEqual({ row: 2, column: 'links', message: 'Row 2, column "links": "n/a?" is not a number, but the rest of the column is numeric; the cell is read as missing.' });
    expect(issues[20]).toEqual({ row: 802, column: 'links', message: 'Column "links": 5 more cells from row 802 on are not numbers either and are read as missing.' });
  });

  it('reports an unparseable time in a time column', () => {
    const rows = ['sent_at,length', ...Array.from({ length: 40 }, (_, i) => `${i === 6 ? 'yesterday' : `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`},${i}`)];
    const { table, issues } = parseTable(rows.join('\n'));
    expect(table!.columns[0]!.kind).toBe('time');
    expect(issues).toEqual([
      { row: 8, column: 'sent_at', message: 'Row 8, column "sent_at": "yesterday" is not an ISO 8601 date or time (such as 2024-03-01 or 2024-03-01T14:30:00Z); the row has no time.' },
    ]);
  });

  it('reports every unreadable cell of a column the reader declared as time', () => {
    const { issues } = parseTable('when,x\n2024-02-30,1\n03/01/2024,2\n2024-03-01,3\n', { kinds: { when: 'time' } });
    expect(issues.map((issue) => [issue.row, issue.column])).toEqual([
      [2, 'when'],
      [3, 'when'],
    ]);
  });
});

describe('parseDecimal', () => {
  it('reads plain decimal numbers only', () => {
    expect([parseDecimal('12'), parseDecimal('-2.5'), parseDecimal('.5'), parseDecimal('1e-3'), parseDecimal('+7.')]).toEqual([12, -2.5, 0.5, 0.001, 7]);
    for (const text of ['0x1F', 'Infinity', '1e999', '1,5', '', '1 2', '--1']) expect(parseDecimal(text)).toBeNaN();
  });
});

describe('a 100,000-row file', () => {
  it('parses 100,000 rows × 10 columns (quoted fields, CRLF) into the right kinds and values', () => {
    const rng = createRng(2024);
    const languages = ['en', 'fr', 'de', 'es'];
    const start = Date.UTC(2024, 0, 1);
    const lines = ['message_id,sent_at,length,links,reputation,spam_words,hour,language,domain,subject'];
    for (let i = 0; i < 100_000; i++) {
      const cells = [
        `m-${i}`,
        new Date(start + i * 60_000).toISOString(),
        rng.lognormal(6, 0.5).toFixed(2),
        String(rng.poisson(2)),
        i % 97 === 0 ? '' : rng.normal(0.7, 0.1).toFixed(4),
        rng.next().toFixed(4),
        String(rng.int(0, 23)),
        languages[rng.int(0, 3)]!,
        `d${rng.int(0, 50)}.example`,
        `"Re: offer ${i}, ""final"""`,
      ];
      lines.push(cells.join(','));
    }
    const { table, issues } = parseTable(lines.join('\r\n'));
    expect(issues).toEqual([]);
    expect(table!.rowCount).toBe(100_000);
    expect(table!.columns.map((column) => column.kind)).toEqual(['categorical', 'time', 'numeric', 'numeric', 'numeric', 'numeric', 'numeric', 'categorical', 'categorical', 'categorical']);
    expect(table!.columns[4]!.missing).toBe(Math.ceil(100_000 / 97));
    expect(table!.columns[1]!.values[99_999]).toBe(start + 99_999 * 60_000);
    expect(table!.columns[9]!.values[5]).toBe('Re: offer 5, "final"');
    expect(table!.fileRows[99_999]).toBe(100_001);
  });
});
