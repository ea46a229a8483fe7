// The generator's settings as labelled form fields, each checked as it is typed, with the rule shown under a bad value.
import { DRIFT_LABELS, FIELDS, type RelayDataOptions } from '../options';

export type FormValues = Record<keyof RelayDataOptions, string>;

interface Props {
  values: FormValues;
  errors: Partial<Record<keyof RelayDataOptions, string>>;
  disabled: boolean;
  onChange(key: keyof RelayDataOptions, value: string): void;
}

const step = (key: keyof RelayDataOptions) => (FIELDS[key].kind === 'number' && !FIELDS[key].integer ? '0.01' : '1');

export function OptionsForm({ values, errors, disabled, onChange }: Props) {
  return (
    <fieldset className="sim-fieldset relay-data-fields" disabled={disabled}>
      <legend className="sim-legend">Settings</legend>
      {(Object.keys(FIELDS) as (keyof RelayDataOptions)[]).map((key) => {
        const field = FIELDS[key];
        const id = `relay-data-${key}`;
        const error = errors[key];
        const describedBy = `${id}-help${error ? ` ${id}-error` : ''}`;
        return (
          <div className="sim-field" key={key}>
            <label htmlFor={id}>{field.label}</label>
            {field.kind === 'choice' ? (
              <select id={id} className="sim-select" value={values[key]} aria-describedby={describedBy} onChange={(e) => onChange(key, e.currentTarget.value)}>
                {field.values.map((value) => (
                  <option key={value} value={value}>
                    {DRIFT_LABELS[value as keyof typeof DRIFT_LABELS] ?? value}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                className="sim-input"
                type={field.kind === 'date' ? 'date' : 'number'}
                inputMode={field.kind === 'number' ? (field.integer ? 'numeric' : 'decimal') : undefined}
                min={field.kind === 'number' ? field.min : undefined}
                max={field.kind === 'number' ? field.max : undefined}
                step={field.kind === 'number' ? step(key) : undefined}
                value={values[key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => onChange(key, e.currentTarget.value)}
              />
            )}
            <p className="relay-data-help" id={`${id}-help`}>
              {field.help}
            </p>
            {error && (
              <p className="sim-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
