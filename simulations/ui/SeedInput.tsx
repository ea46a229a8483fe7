// The seed param as a text field committed on Enter or blur, plus a "New seed" button for a fresh draw.
import { useState } from 'react';
import { formatValue, problemWith, type SeedParam } from '../core/params';
import { normalizeSeed } from '../core/rng';
import type { ControlProps } from './control-props';

export type SeedInputProps = ControlProps<SeedParam, number> & {
  /** Source of new seeds; injectable for tests. */
  newSeed?: (() => number) | undefined;
};

/**
 * A fresh seed from the browser's entropy. Not the seeded rng on purpose: choosing a new seed is
 * the reader asking for a different run, and the seed itself is then in the URL, so runs stay
 * reproducible.
 */
export function randomSeed(): number {
  return normalizeSeed(crypto.getRandomValues(new Uint32Array(1))[0] ?? 1);
}

export function SeedInput({ id, name, spec, value, onChange, disabled = false, describedBy, newSeed = randomSeed }: SeedInputProps) {
  const [draft, setDraft] = useState(formatValue(value));
  const [synced, setSynced] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // A new seed from outside (reset, preset, "New seed") replaces whatever was being typed.
  if (synced !== value) {
    setSynced(value);
    setDraft(formatValue(value));
    setError(null);
  }
  const errorId = `${id}-error`;

  // Committing on Enter or blur rather than per keystroke: typing 4-2-7 should start one run, not three.
  const commit = () => {
    const text = draft.trim();
    const seed = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (problemWith(spec, seed) !== null) {
      setError(`The seed must be a whole number from ${spec.min} to ${formatValue(spec.max)}.`);
      return;
    }
    setError(null);
    setDraft(formatValue(seed));
    if (seed !== value) onChange(name, seed);
  };

  return (
    <div className="sim-field sim-seed">
      <label htmlFor={id}>{spec.label}</label>
      <div className="sim-seed-row">
        <input
          id={id}
          className="sim-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={[describedBy, error ? errorId : undefined].filter(Boolean).join(' ') || undefined}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            }
          }}
        />
        <button type="button" className="sim-button" disabled={disabled} onClick={() => onChange(name, newSeed())}>
          New seed
        </button>
      </div>
      <p id={errorId} className="sim-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
