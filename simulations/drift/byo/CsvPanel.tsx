// "Check your own data": choose a reference and a current CSV (or one file with a time column), analysed in a worker with the view's drift settings.
import { useEffect, useId, useRef, useState } from 'react';
import type { AnalyzeSettings } from '../csv/analyze';
import type { CsvJobProgress, OneFileSplit } from '../csv/csv-job';
import type { CsvFiles } from '../csv/csv-protocol';
import type { Period } from '../csv/split';
import { CsvIssues } from './CsvIssues';
import { CsvResults } from './CsvResults';
import { FileDrop } from './FileDrop';
import type { useCsvAnalysis } from './use-csv-analysis';

export interface CsvPanelProps {
  settings: AnalyzeSettings;
  csv: ReturnType<typeof useCsvAnalysis>;
  headingLevel: 2 | 3 | 4;
}

type Mode = CsvFiles['mode'];

const progressText = (progress: CsvJobProgress | null) =>
  progress === null ? 'Reading the files…' : progress.phase === 'parsing' ? `Reading ${progress.file}…` : `Checked ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} columns × batches (batch ${progress.batch}, column ${progress.column}).`;

function chosenFiles(mode: Mode, reference: File | null, current: File | null, single: File | null): CsvFiles | null {
  if (mode === 'one-file') return single ? { mode, file: single } : null;
  return reference && current ? { mode, reference, current } : null;
}

export function CsvPanel({ settings, csv, headingLevel }: CsvPanelProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const [mode, setMode] = useState<Mode>('two-files');
  const [reference, setReference] = useState<File | null>(null);
  const [current, setCurrent] = useState<File | null>(null);
  const [single, setSingle] = useState<File | null>(null);
  const [split, setSplit] = useState<OneFileSplit>({ timeColumn: null, period: 'day', referencePeriods: 7 });
  const { state, analyze, cancel } = csv;
  const files = chosenFiles(mode, reference, current, single);
  const running = state.status === 'running';
  const timeColumns = state.outcome?.timeColumns ?? [];

  // Once a reader has analysed, a change of files or settings analyses again: the results always match the controls.
  const analysed = useRef(false);
  const request = JSON.stringify({ mode, split, settings, names: files ? [reference?.name, current?.name, single?.name, reference?.lastModified, current?.lastModified, single?.lastModified] : null });
  useEffect(() => {
    if (analysed.current && files) analyze(files, split, settings);
    // `request` stands for files, split and settings; `files` is rebuilt each render.
  }, [request]);

  const start = () => {
    if (!files) return;
    analysed.current = true;
    analyze(files, split, settings);
  };

  return (
    <section className="drift-csv" aria-labelledby={`${id}-title`} data-csv-status={state.status}>
      <Heading id={`${id}-title`} className="drift-subtitle">
        Check your own data
      </Heading>
      <p className="sim-help">
        Compare a reference CSV with current data using the checks set above. The files are read and analysed on this device; nothing is uploaded.
      </p>
      <fieldset className="sim-fieldset drift-csv-mode">
        <legend className="sim-visually-hidden">Your data is</legend>
        {(
          [
            ['two-files', 'Two files: a reference and a current one'],
            ['one-file', 'One file with a time column'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="sim-toggle">
            <input type="radio" className="sim-switch" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="drift-csv-files">
        {mode === 'two-files' ? (
          <>
            <FileDrop label="Reference CSV (e.g. the training data)" file={reference} onFile={setReference} />
            <FileDrop label="Current CSV (e.g. last week’s production data)" file={current} onFile={setCurrent} />
          </>
        ) : (
          <>
            <FileDrop label="CSV with a time column" file={single} onFile={setSingle} />
            <div className="sim-field">
              <label htmlFor={`${id}-time`}>Split by</label>
              <select id={`${id}-time`} className="sim-select" value={split.timeColumn ?? ''} onChange={(event) => setSplit({ ...split, timeColumn: event.currentTarget.value || null })}>
                <option value="">First time column found</option>
                {timeColumns.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div className="sim-field">
              <label htmlFor={`${id}-period`}>Batches of one</label>
              <select id={`${id}-period`} className="sim-select" value={split.period} onChange={(event) => setSplit({ ...split, period: event.currentTarget.value as Period })}>
                <option value="day">day (UTC)</option>
                <option value="week">week (Monday to Sunday, UTC)</option>
              </select>
            </div>
            <div className="sim-field">
              <label htmlFor={`${id}-periods`}>Reference: the first</label>
              <input
                id={`${id}-periods`}
                className="sim-input"
                type="number"
                min={1}
                max={365}
                value={split.referencePeriods}
                onChange={(event) => {
                  const value = Math.round(Number(event.currentTarget.value));
                  if (value >= 1 && value <= 365) setSplit({ ...split, referencePeriods: value });
                }}
              />
              <p className="sim-help">{split.period === 'day' ? 'days' : 'weeks'}; the rest are the current batches.</p>
            </div>
          </>
        )}
      </div>
      <div className="sim-playbar-buttons">
        <button type="button" className="sim-button sim-button-primary" aria-disabled={files ? undefined : true} onClick={start}>
          Analyse
        </button>
        {running && (
          <button type="button" className="sim-button" onClick={cancel}>
            Cancel
          </button>
        )}
      </div>
      {!files && <p className="sim-status">{mode === 'two-files' ? 'Choose both files to analyse.' : 'Choose a file to analyse.'}</p>}
      {running && (
        <div className="sim-progress">
          <label htmlFor={`${id}-progress`}>{progressText(state.progress)}</label>
          <progress id={`${id}-progress`} max={state.progress?.phase === 'analysing' ? state.progress.total : undefined} value={state.progress?.phase === 'analysing' ? state.progress.done : undefined} />
        </div>
      )}
      {state.status === 'error' && (
        <p className="sim-error" role="alert">
          The analysis stopped: {state.error}
        </p>
      )}
      {state.outcome && <CsvIssues outcome={state.outcome} />}
      {state.outcome?.analysis && <CsvResults analysis={state.outcome.analysis} />}
    </section>
  );
}
