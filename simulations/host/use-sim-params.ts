// Param state for a simulation view: defaults, an MDX preset, the page URL (when enabled) and notices.
import { useCallback, useEffect, useState } from 'react';
import type { ParamSpecs, ParamTable, ValuesOf } from '../core/params';
import { parseQuery, toQuery } from '../core/params-url';
import { applyPreset, findPreset, type PresetTable } from '../core/presets';

export interface SimParams<Specs extends ParamSpecs> {
  values: ValuesOf<Specs>;
  presetId: string | undefined;
  notices: string[];
  set<Name extends keyof Specs & string>(name: Name, value: ValuesOf<Specs>[Name]): void;
  choosePreset(id: string): void;
  dismissNotices(): void;
  /** Absolute URL reproducing the current run. */
  shareUrl(): string;
}

/**
 * Starts from the preset (or defaults) so the server render and first client render agree, then,
 * when `urlState` is on, reads `?preset=…&lr=…` after mounting and keeps the address in step.
 */
/** Keys an embedding page adds to the address (see SimulationIsland); never settings, never a notice. */
export const PAGE_KEYS = ['hide', 'lock', 'deck'] as const;

export function useSimParams<Specs extends ParamSpecs>(
  params: ParamTable<Specs>,
  presets: PresetTable<ValuesOf<Specs>>,
  options: { preset?: string | undefined; urlState?: boolean | undefined; pageUrl: string },
): SimParams<Specs> {
  const initialPreset = options.preset ? findPreset(presets, options.preset) : undefined;
  const [values, setValues] = useState<ValuesOf<Specs>>(() => (initialPreset ? applyPreset(params, initialPreset) : { ...params.defaults }));
  const [presetId, setPresetId] = useState<string | undefined>(initialPreset?.id);
  const [notices, setNotices] = useState<string[]>([]);
  // The address is written only after it has been read, so arriving params are never overwritten.
  const [addressRead, setAddressRead] = useState(false);

  useEffect(() => {
    if (!options.urlState) return;
    const query = new URLSearchParams(window.location.search);
    const found: string[] = [];
    const fromPreset = query.get('preset');
    const preset = fromPreset ? findPreset(presets, fromPreset) : undefined;
    if (fromPreset && !preset) found.push(`"preset=${fromPreset.slice(0, 40)}" is not a scenario of this simulation; using the defaults.`);
    query.delete('preset');
    // The page's own keys, not settings: a slide deck's embed passes the lesson's hidden and locked names.
    for (const key of PAGE_KEYS) query.delete(key);
    const base = preset ? applyPreset(params, preset) : { ...params.defaults };
    const parsed = parseQuery(params, query);
    // Keys present in the address override the preset; absent keys keep the preset's values.
    const merged = { ...base };
    for (const name of params.names) if (query.has(params.specs[name]!.key)) (merged as Record<string, unknown>)[name] = parsed.values[name];
    setValues(merged);
    setPresetId(preset?.id);
    setNotices([...found, ...parsed.notices]);
    setAddressRead(true);
    // Runs once: the address is read on arrival; afterwards the page writes it.
  }, []);

  useEffect(() => {
    if (!options.urlState || !addressRead) return;
    const url = new URL(window.location.href);
    url.search = toQuery(params, values).toString();
    window.history.replaceState(null, '', url);
  }, [options.urlState, addressRead, params, values]);

  const set = useCallback(<Name extends keyof Specs & string>(name: Name, value: ValuesOf<Specs>[Name]) => {
    setValues((current) => ({ ...current, [name]: value }));
  }, []);
  const choosePreset = useCallback(
    (id: string) => {
      const preset = findPreset(presets, id);
      if (!preset) return;
      setValues(applyPreset(params, preset));
      setPresetId(id);
    },
    [params, presets],
  );
  const shareUrl = useCallback(() => {
    const url = new URL(options.pageUrl);
    url.search = toQuery(params, values).toString();
    return url.href;
  }, [options.pageUrl, params, values]);

  return { values, presetId, notices, set, choosePreset, dismissNotices: () => setNotices([]), shareUrl };
}
