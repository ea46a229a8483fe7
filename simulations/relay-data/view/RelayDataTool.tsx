// The /data/ page's generator: settings (from the URL too), a preview, and downloads written by a worker.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Notice } from '../../ui/Notice';
import { saveFile } from '../../ui/save-file';
import { FORMATS, TABLES, fileName, resolveOptions, toCliArgs, toQuery, type EventRow, type Format, type MessageRow, type RelayDataOptions, type Table } from '../index';
import { DEFAULT_OPTIONS } from '../options';
import { createGeneratorClient, type GeneratorClient } from './generator-client';
import { OptionsForm, type FormValues } from './OptionsForm';
import { PreviewTables } from './PreviewTables';
import '../../ui/sim.css';
import './relay-data.css';

const PREVIEW_ROWS = 8;
const asValues = (options: RelayDataOptions) => Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)])) as FormValues;

/** Each field checked on its own, so the message sits under the field that caused it. */
function fieldErrors(values: FormValues): Partial<Record<keyof RelayDataOptions, string>> {
  const errors: Partial<Record<keyof RelayDataOptions, string>> = {};
  for (const [key, value] of Object.entries(values) as [keyof RelayDataOptions, string][]) {
    if (value.trim() === '') errors[key] = 'Fill this in.';
    else {
      const problem = resolveOptions({ [key]: value }).problems[0];
      if (problem) errors[key] = problem.replace(/^[a-zA-Z]+: /, '');
    }
  }
  return errors;
}

interface Busy {
  table: Table;
  progress: number;
}

export default function RelayDataTool() {
  const [values, setValues] = useState<FormValues>(() => asValues(DEFAULT_OPTIONS));
  const [urlProblems, setUrlProblems] = useState<string[]>([]);
  const [format, setFormat] = useState<Format>('csv');
  const [preview, setPreview] = useState<{ messages: MessageRow[]; events: EventRow[] } | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  // Server-rendered buttons stay disabled until the page's script runs, so no click is silently lost.
  const [ready, setReady] = useState(false);
  const client = useRef<Promise<GeneratorClient> | null>(null);
  const abort = useRef<AbortController | null>(null);

  const errors = useMemo(() => fieldErrors(values), [values]);
  const valid = Object.keys(errors).length === 0;
  const idle = ready && busy === null;
  const options = useMemo(() => resolveOptions(values).options, [values]);

  // Settings in the address (?seed=3&rows=50000) are read once; bad ones are named and replaced by defaults.
  useEffect(() => {
    const { options: fromUrl, problems } = resolveOptions(Object.fromEntries(new URLSearchParams(window.location.search)));
    setValues(asValues(fromUrl));
    setUrlProblems(problems);
    setReady(true);
  }, []);

  // The address follows valid settings, so copying it shares this exact dataset.
  useEffect(() => {
    if (!valid) return;
    const query = toQuery(options);
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  }, [options, valid]);

  useEffect(() => () => void client.current?.then((c) => c.close()), []);
  const generator = useCallback(() => (client.current ??= createGeneratorClient()), []);

  const showPreview = async () => {
    setFailure('');
    try {
      const rows = await (await generator()).preview(options, PREVIEW_ROWS);
      setPreview(rows);
      setStatus(`Preview shows the first ${rows.messages.length} messages and ${rows.events.length} user events.`);
    } catch (error) {
      setFailure(`The preview failed: ${(error as Error).message}`);
    }
  };

  const download = async (table: Table) => {
    const name = fileName(table, format);
    setFailure('');
    setBusy({ table, progress: 0 });
    setStatus(`Writing ${name}…`);
    abort.current = new AbortController();
    try {
      const blob = await (await generator()).file(options, table, format, (progress) => setBusy({ table, progress }), abort.current.signal);
      saveFile(name, blob, blob.type);
      setStatus(`${name} is ready: ${(blob.size / 1_000_000).toFixed(1)} MB. Your browser saves it to your downloads.`);
    } catch (error) {
      if ((error as Error).name === 'AbortError') setStatus(`Stopped writing ${name}; nothing was saved.`);
      else setFailure(`${name} could not be written: ${(error as Error).message}`);
    } finally {
      setBusy(null);
      abort.current = null;
    }
  };

  return (
    <div className="relay-data" data-ready={ready} data-busy={busy !== null}>
      <Notice messages={urlProblems} title="Some settings in the address could not be used" onDismiss={() => setUrlProblems([])} />
      <OptionsForm values={values} errors={errors} disabled={busy !== null} onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))} />
      <fieldset className="sim-fieldset relay-data-format" disabled={busy !== null}>
        <legend className="sim-legend">File format</legend>
        <div className="relay-data-radios">
          {FORMATS.map((f) => (
            <label key={f}>
              <input type="radio" name="relay-data-format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {f === 'csv' ? 'CSV (with a header row)' : 'JSON Lines (one object per line)'}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="relay-data-actions">
        <button type="button" className="sim-button" disabled={!valid || !idle} onClick={showPreview}>
          Preview
        </button>
        {TABLES.map((table) => (
          <button key={table} type="button" className="sim-button sim-button-primary" disabled={!valid || !idle} onClick={() => download(table)}>
            Download {fileName(table, format)}
          </button>
        ))}
        {busy && (
          <button type="button" className="sim-button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        )}
      </div>
      {!valid && <p className="sim-error">Fix the settings marked above to preview or download.</p>}
      {busy && (
        <div className="sim-progress">
          <label htmlFor="relay-data-progress">Writing {fileName(busy.table, format)}</label>
          <progress id="relay-data-progress" max={1} value={busy.progress} />
        </div>
      )}
      <p className="sim-status" role="status">
        {status}
      </p>
      <p className="sim-error" role="alert">
        {failure}
      </p>
      <div className="relay-data-cli">
        <p>The same files from the command line, in a clone of the course repository:</p>
        <pre>
          <code>npm run data -- {toCliArgs(options)}{format === 'jsonl' ? ' --format jsonl' : ''} --out data/</code>
        </pre>
      </div>
      {preview && <PreviewTables messages={preview.messages} events={preview.events} />}
    </div>
  );
}
