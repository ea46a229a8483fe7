// A choice param as a native select, labelled with its options' labels.
import type { ChoiceParam } from '../core/params';
import type { ControlProps } from './control-props';

export type SelectProps = ControlProps<ChoiceParam, string>;

export function Select({ id, name, spec, value, onChange, disabled = false, describedBy }: SelectProps) {
  return (
    <div className="sim-field">
      <label htmlFor={id}>{spec.label}</label>
      <select
        id={id}
        className="sim-select"
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => {
          // Only an option of this param is passed on, whatever the DOM was made to hold.
          const option = spec.options.find((candidate) => candidate.value === event.currentTarget.value);
          if (option && option.value !== value) onChange(name, option.value);
        }}
      >
        {spec.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
