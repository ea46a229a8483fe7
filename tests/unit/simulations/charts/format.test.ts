// Number formatting and the row builder behind every chart's "Show data" table.
import { describe, expect, it } from 'vitest';
import { axisTitle, formatCell, formatCompact, formatMs, formatNumber, formatPercent, lastRows, seriesToRows } from '../../../../simulations/charts/format';

const NBSP = '\u00a0';

describe('formatPercent', () => {
  it('turns a fraction into a percentage with a no-break space', () => {
    expect(formatPercent(0.125)).toBe(`12.5${NBSP}%`);
    expect(formatPercent(1 / 3, 2)).toBe(`33.33${NBSP}%`);
  });
  it('drops a trailing .0 and handles whole numbers', () => {
    expect(formatPercent(0.5)).toBe(`50${NBSP}%`);
    expect(formatPercent(0.99, 0)).toBe(`99${NBSP}%`);
  });
  it('shows a dash for values that are not numbers', () => {
    expect(formatPercent(NaN)).toBe('—');
  });
});

describe('formatCompact', () => {
  it('shortens large counts', () => {
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(1234)).toBe('1.2K');
    expect(formatCompact(2_500_000)).toBe('2.5M');
  });
});

describe('formatMs', () => {
  it('picks the unit a reader expects', () => {
    expect(formatMs(0.4215)).toBe(`0.42${NBSP}ms`);
    expect(formatMs(420.4)).toBe(`420${NBSP}ms`);
    expect(formatMs(1250)).toBe(`1.25${NBSP}s`);
    expect(formatMs(150_000)).toBe(`2.5${NBSP}min`);
    expect(formatMs(Infinity)).toBe('—');
  });
});

describe('formatNumber and formatCell', () => {
  it('groups integers and keeps four significant digits otherwise', () => {
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(-3)).toBe('-3');
  });
  it('formats cells: strings as they are, missing values as a dash, numbers with the column format', () => {
    expect(formatCell(null)).toBe('—');
    expect(formatCell(NaN)).toBe('—');
    expect(formatCell('campaign')).toBe('campaign');
    expect(formatCell(0.25, (v) => formatPercent(v))).toBe(`25${NBSP}%`);
  });
  it('puts the unit in brackets after the label', () => {
    expect(axisTitle('Time', 'min')).toBe('Time (min)');
    expect(axisTitle('Epoch')).toBe('Epoch');
  });
});

describe('seriesToRows', () => {
  it('joins series on x, sorted, with null where a series has no value', () => {
    const train = [
      { x: 2, y: 0.5 },
      { x: 1, y: 0.7 },
    ];
    const validation = [
      { x: 1, y: 0.8 },
      { x: 3, y: NaN },
    ];
    expect(seriesToRows([train, validation])).toEqual([
      [1, 0.7, 0.8],
      [2, 0.5, null],
      [3, null, null],
    ]);
  });
  it('skips points whose x cannot be placed', () => {
    expect(seriesToRows([[{ x: NaN, y: 1 }]])).toEqual([]);
  });
});

describe('lastRows', () => {
  it('keeps the newest rows and reports the total', () => {
    const rows = Array.from({ length: 10 }, (_, i) => i);
    expect(lastRows(rows, 3)).toEqual({ rows: [7, 8, 9], total: 10, capped: true });
    expect(lastRows(rows, 20)).toEqual({ rows, total: 10, capped: false });
  });
});
