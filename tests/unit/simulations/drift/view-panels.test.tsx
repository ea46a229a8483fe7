// @vitest-environment jsdom
// The drift view's panels: counters, detector records, one column up close, the heatmaps, accuracy and narration timing.
import { act, cleanup, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccuracyChart } from '../../../../simulations/drift/view/AccuracyChart';
import { CostCounters, DetectorRecords } from '../../../../simulations/drift/view/CostPanel';
import { DetectorTimeline } from '../../../../simulations/drift/view/DetectorTimeline';
import { DistributionPanel } from '../../../../simulations/drift/view/DistributionPanel';
import { FeatureHeatmap } from '../../../../simulations/drift/view/FeatureHeatmap';
import { ScoresChart } from '../../../../simulations/drift/view/ScoresChart';
import { useNarration } from '../../../../simulations/drift/view/use-narration';
import { driftSnapshot } from './view-fixture';

afterEach(cleanup);

describe('counters and records', () => {
  it('counts alerts and false alarms and says when the drift was caught', () => {
    render(<CostCounters snapshot={driftSnapshot()} />);
    const term = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling!.textContent;
    expect(term('Alerts')).toBe('4');
    expect(term('False alarms')).toBe('1');
    expect(term('Drift detected')).toBe('batch 4 (0 after it began)');
    expect(term('Reference window')).toBe('2,000 rows, the training data');
  });

  it('compares every detector and marks the one that raises the alert', () => {
    render(<DetectorRecords snapshot={driftSnapshot()} alertOn="any-feature" />);
    const table = screen.getByRole('table', { name: 'Every detector on the same batches' });
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    const paging = within(table).getByRole('row', { name: /Any column drifted/ });
    expect(paging.textContent).toContain('raises the alert');
    expect(within(table).getByRole('row', { name: /DDM/ }).textContent).toContain('6 (+2)');
  });
});

describe('one column up close', () => {
  it('shows the most drifted column by default and any column on request', async () => {
    render(<DistributionPanel snapshot={driftSnapshot()} />);
    expect(screen.getByRole('img', { name: /^Message length: reference vs batch 6\. Drifted/ })).toBeTruthy();
    expect(screen.getByText('normed Wasserstein distance: 0.45 ≥ 0.1,', { exact: false })).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Column' }), 'language');
    const table = screen.getByRole('table', { name: /Language: reference vs batch 6/ });
    expect(within(table).getByRole('row', { name: /de/ }).textContent).toBe('de20\u00a0%25\u00a0%');
  });
});

describe('charts', () => {
  it('summarise what they show right now', () => {
    const s = driftSnapshot();
    render(
      <>
        <FeatureHeatmap snapshot={s} />
        <DetectorTimeline snapshot={s} alertOn="ddm" withRetrains={false} />
        <AccuracyChart snapshot={s} />
        <ScoresChart snapshot={s} aucThreshold={0.6} />
      </>,
    );
    expect(screen.getByRole('img', { name: /Batch 6: 1 of 3 columns drifted \(length\)\. Over the run, 4 of 6 batches/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /DDM on the error stream raises the alert: 1 alarms so far, 0 of them on batches without drift; it first caught the drift at batch 6\./ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /True accuracy is known up to batch 4: 80\u00a0%\. Batches 5 to 6 await their labels\./ })).toBeTruthy();
    expect(screen.getByText('labels pending (2 batches late)')).toBeTruthy();
    expect(screen.getByRole('img', { name: /AUC 0\.78/ })).toBeTruthy();
  });
});

describe('narration', () => {
  it('speaks at once, then at most once per interval, and starts over when the run restarts', () => {
    vi.useFakeTimers();
    try {
      const announce = vi.fn();
      const { rerender } = renderHook(({ s }) => useNarration(s, announce, 3000), { initialProps: { s: driftSnapshot(1) } });
      expect(announce).toHaveBeenCalledTimes(1);
      rerender({ s: driftSnapshot(2) });
      rerender({ s: driftSnapshot(3) });
      expect(announce).toHaveBeenCalledTimes(1);
      act(() => void vi.advanceTimersByTime(3000));
      expect(announce).toHaveBeenCalledTimes(2);
      expect(announce.mock.calls[1]![0]).toMatch(/^Batch 3/);
      act(() => void vi.advanceTimersByTime(3000));
      rerender({ s: driftSnapshot(0) });
      rerender({ s: driftSnapshot(1) });
      expect(announce).toHaveBeenCalledTimes(3);
      expect(announce.mock.calls[2]![0]).toMatch(/^Batch 1/);
    } finally {
      vi.useRealTimers();
    }
  });
});
