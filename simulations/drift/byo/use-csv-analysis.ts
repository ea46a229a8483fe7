// The page side of "check your own CSV": one worker per view, the latest request wins, progress and outcome as React state.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalyzeSettings } from '../csv/analyze';
import { handleCsvMessages, type CsvPort } from '../csv/csv-host';
import type { CsvJobOutcome, CsvJobProgress, OneFileSplit } from '../csv/csv-job';
import type { CsvFiles, FromCsvWorker, ToCsvWorker } from '../csv/csv-protocol';

export interface CsvAnalysisState {
  status: 'idle' | 'running' | 'done' | 'error';
  progress: CsvJobProgress | null;
  outcome: CsvJobOutcome | null;
  error: string | null;
}

interface Channel {
  send(message: ToCsvWorker): void;
  close(): void;
}

const IDLE: CsvAnalysisState = { status: 'idle', progress: null, outcome: null, error: null };

/** The worker, or the same host on the page where module workers are unavailable (slower, but it still answers). */
function openChannel(receive: (message: FromCsvWorker) => void): Channel {
  try {
    const worker = new Worker(new URL('../csv/csv-worker.ts', import.meta.url), { type: 'module', name: 'drift-csv' });
    worker.onmessage = (event: MessageEvent<FromCsvWorker>) => receive(event.data);
    worker.onerror = (event) => receive({ type: 'error', id: -1, message: event.message || 'The CSV worker stopped unexpectedly.' });
    return { send: (message) => worker.postMessage(message), close: () => worker.terminate() };
  } catch {
    const port: CsvPort = { postMessage: receive, onmessage: null };
    handleCsvMessages(port);
    return { send: (message) => port.onmessage?.({ data: message } as MessageEvent<ToCsvWorker>), close: () => undefined };
  }
}

export function useCsvAnalysis() {
  const [state, setState] = useState<CsvAnalysisState>(IDLE);
  const channel = useRef<Channel | null>(null);
  const latest = useRef(0);

  useEffect(() => () => channel.current?.close(), []);

  const analyze = useCallback((files: CsvFiles, split: OneFileSplit, settings: AnalyzeSettings) => {
    channel.current ??= openChannel((message) => {
      if (message.id !== latest.current && message.id !== -1) return;
      if (message.type === 'progress') setState((previous) => ({ ...previous, status: 'running', progress: message.progress }));
      else if (message.type === 'done') setState({ status: 'done', progress: null, outcome: message.outcome, error: null });
      else setState((previous) => ({ ...previous, status: 'error', progress: null, error: message.message }));
    });
    const id = ++latest.current;
    setState((previous) => ({ ...previous, status: 'running', progress: null, error: null }));
    channel.current.send({ type: 'analyze', id, files, split, settings });
  }, []);

  const cancel = useCallback(() => {
    const id = ++latest.current;
    channel.current?.send({ type: 'cancel', id });
    setState((previous) => ({ ...previous, status: previous.outcome ? 'done' : 'idle', progress: null }));
  }, []);

  const clear = useCallback(() => {
    cancel();
    setState(IDLE);
  }, [cancel]);

  return { state, analyze, cancel, clear };
}
