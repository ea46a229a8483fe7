// @vitest-environment jsdom
// ConfusionMatrix: table semantics, counts in the right cells, derived precision/recall/accuracy.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfusionMatrix, derivedMetrics, tintPercent } from '../../../../simulations/charts/ConfusionMatrix';

afterEach(cleanup);

const counts = { tp: 40, fp: 10, tn: 45, fn: 5 };

describe('derivedMetrics', () => {
  it('computes precision, recall and accuracy from the counts', () => {
    const [precision, recall, accuracy] = derivedMetrics(counts);
    expect(precision!.value).toBeCloseTo(0.8, 12);
    expect(recall!.value).toBeCloseTo(40 / 45, 12);
    expect(accuracy!.value).toBeCloseTo(0.85, 12);
    expect(precision!.detail).toBe('40 of 50 flagged as spam were spam');
  });
  it('reports undefined rates as NaN with the reason', () => {
    const [precision, recall, accuracy] = derivedMetrics({ tp: 0, fp: 0, tn: 0, fn: 0 });
    expect(precision!.value).toBeNaN();
    expect(recall!.detail).toBe('there was no spam to catch');
    expect(accuracy!.detail).toBe('no messages yet');
  });
  it('tints by share of all messages, never beyond the readable maximum', () => {
    expect(tintPercent(50, 100)).toBe(20);
    expect(tintPercent(100, 100)).toBe(40);
    expect(tintPercent(0, 0)).toBe(0);
  });
});

describe('ConfusionMatrix', () => {
  it('is a captioned table with scoped row and column headers', () => {
    render(<ConfusionMatrix title="Validation set, threshold 0.5" counts={counts} />);
    const table = screen.getByRole('table', { name: 'Validation set, threshold 0.5' });
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.map((th) => th.textContent)).toEqual(['Predicted spam', 'Predicted ham']);
    expect(columns.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((th) => th.textContent)).toEqual(['Actual spam', 'Actual ham']);
    expect(rows.every((th) => th.getAttribute('scope') === 'row')).toBe(true);
  });

  it('puts each count where its actual and predicted classes meet', () => {
    render(<ConfusionMatrix title="Matrix" counts={counts} />);
    const [, spamRow, hamRow] = screen.getAllByRole('row');
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((td) => td.querySelector('.confusion-count')!.textContent);
    expect(cells(spamRow!)).toEqual(['40', '5']);
    expect(cells(hamRow!)).toEqual(['10', '45']);
    expect(within(spamRow!).getAllByRole('cell')[0]!.textContent).toContain('True positives');
    expect(within(hamRow!).getAllByRole('cell')[0]!.className).toContain('is-error');
    expect(within(spamRow!).getAllByRole('cell')[0]!.style.getPropertyValue('--confusion-tint')).toBe('16%');
  });

  it('shows precision, recall and accuracy below the table', () => {
    render(<ConfusionMatrix title="Matrix" counts={counts} />);
    const value = (name: string) => screen.getByText(name).nextElementSibling!.textContent;
    expect(value('Precision')).toBe('80\u00a0% (40 of 50 flagged as spam were spam)');
    expect(value('Recall')).toBe('88.9\u00a0% (40 of 45 spam messages were caught)');
    expect(value('Accuracy')).toBe('85\u00a0% (85 of 100 classified correctly)');
  });

  it('uses the given class names and a dash for undefined rates', () => {
    render(<ConfusionMatrix title="Matrix" counts={{ tp: 0, fp: 0, tn: 3, fn: 2 }} positiveLabel="fraud" negativeLabel="legitimate" />);
    expect(screen.getByRole('columnheader', { name: 'Predicted fraud' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Actual legitimate' })).toBeTruthy();
    expect(screen.getByText('Precision').nextElementSibling!.textContent).toBe('— (nothing was flagged as fraud)');
  });
});
