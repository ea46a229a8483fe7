// A boolean param as a native checkbox announced as an on/off switch; the whole row is the touch target.
import type { BoolParam } from '../core/params';
import type { ControlProps } from './control-props';

export type ToggleProps = ControlProps<BoolParam, boolean>;

export function Toggle({ id, name, spec, value, onChange, disabled = false, describedBy }: ToggleProps) {
  return (
    <label className="sim-toggle" htmlFor={id}>
      <input
        id={id}
        className="sim-switch"
        type="checkbox"
        role="switch"
        checked={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(name, event.currentTarget.checked)}
      />
      <span>{spec.label}</span>
    </label>
  );
}
