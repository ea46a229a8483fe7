// "Download CSV" and "Download JSON" of the current run (params, seed, trace) for analysis in a notebook.
import { useState } from 'react';
import { runFileName, runToCsv, runToJson, type CsvRow, type RunExport, type TraceRow } from '../core/export';
import { saveFile } from './save-file';
import { DownloadIcon } from './DownloadIcon';

export interface DownloadRunProps<Row extends CsvRow<Row> = TraceRow> {
  /** Called on each press, so the file holds the run as it is now. */
  getRun(): RunExport<Row>;
  /** CSV trace columns in this order; defaults to the keys of the trace rows. */
  columns?: readonly string[] | undefined;
  /** E.g. before the first step, when there is nothing to download yet. */
  disabled?: boolean | undefined;
  /** Injectable for tests; defaults to a Blob download. */
  save?: ((fileName: string, text: string, type: string) => void) | undefined;
}

export function DownloadRun<Row extends CsvRow<Row> = TraceRow>({ getRun, columns, disabled = false, save = saveFile }: DownloadRunProps<Row>) {
  const [message, setMessage] = useState('');
  const download = (format: 'csv' | 'json') => {
    if (disabled) return;
    const run = getRun();
    const fileName = runFileName(run.simulation, run.seed, format);
    if (format === 'csv') save(fileName, runToCsv(run, columns), 'text/csv;charset=utf-8');
    else save(fileName, runToJson(run), 'application/json');
    setMessage(`Downloaded ${fileName}.`);
  };
  return (
    <div className="sim-download" role="group" aria-label="Download this run">
      {(['csv', 'json'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="sim-button"
          // aria-disabled keeps the button focusable when a reset empties the trace under the reader's focus.
          aria-disabled={disabled ? true : undefined}
          onClick={() => download(format)}
        >
          <DownloadIcon />
          <span>{`Download ${format.toUpperCase()}`}</span>
        </button>
      ))}
      <p className="sim-status" role="status">
        {message}
      </p>
    </div>
  );
}
