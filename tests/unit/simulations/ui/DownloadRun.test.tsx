// @vitest-environment jsdom
// DownloadRun: builds CSV and JSON from the current run, names the file by simulation and seed, and saves via a Blob link.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runToCsv, runToJson, type RunExport } from '../../../../simulations/core/export';
import { DownloadRun } from '../../../../simulations/ui/DownloadRun';
import { REVOKE_AFTER_MS, saveFile } from '../../../../simulations/ui/save-file';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const run: RunExport = { simulation: 'classifier', version: 1, params: { model: 'mlp', seed: 42 }, seed: 42, trace: [{ epoch: 1, loss: 0.5 }] };

describe('DownloadRun', () => {
  it('saves CSV and JSON of the run with descriptive names and types, and says so', async () => {
    const save = vi.fn();
    render(<DownloadRun getRun={() => run} save={save} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(save).toHaveBeenLastCalledWith('classifier-seed-42.csv', runToCsv(run), 'text/csv;charset=utf-8');
    expect(screen.getByRole('status').textContent).toBe('Downloaded classifier-seed-42.csv.');
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(save).toHaveBeenLastCalledWith('classifier-seed-42.json', runToJson(run), 'application/json');
  });

  it('does nothing while disabled', async () => {
    const save = vi.fn();
    render(<DownloadRun getRun={() => run} save={save} disabled />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Download CSV' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('saveFile', () => {
  it('clicks a temporary download link to an object URL, removes it, and revokes the URL later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    // jsdom has no object URLs; these stand in for the browser's.
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test/1';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    saveFile('run.csv', 'a,b\r\n', 'text/csv;charset=utf-8');

    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('run.csv');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:test/1');
    expect(clicked[0]!.isConnected).toBe(false);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]!.text()).toBe('a,b\r\n');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});
