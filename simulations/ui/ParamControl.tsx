// One param rendered from its spec: the right control, its help text, and the lesson lock.
import { useId, type ReactNode } from 'react';
import type { ParamSpec } from '../core/params';
import type { ParamValue } from './control-props';
import { SeedInput } from './SeedInput';
import { Select } from './Select';
import { Slider } from './Slider';
import { Toggle } from './Toggle';

export interface ParamControlProps {
  name: string;
  spec: ParamSpec;
  value: ParamValue;
  /** Called with a value valid for `spec` (an integer for int and seed params). */
  onChange(name: string, value: ParamValue): void;
  /** Fixed by the page for this lesson: shown, disabled, with a note saying so. */
  locked?: boolean | undefined;
  /** Not rendered at all. */
  hidden?: boolean | undefined;
}

export const LOCKED_NOTE = 'Fixed by this lesson';

export function ParamControl({ name, spec, value, onChange, locked = false, hidden = false }: ParamControlProps) {
  const id = useId();
  if (hidden) return null;
  const helpId = `${id}-help`;
  const noteId = `${id}-locked`;
  const common = { id: `${id}-input`, name, disabled: locked, describedBy: locked ? `${noteId} ${helpId}` : helpId, onChange };
  let control: ReactNode;
  // A value of the wrong type cannot come from a validated table; fall back to the default rather than crash the view.
  switch (spec.kind) {
    case 'number':
    case 'int':
      control = <Slider {...common} spec={spec} value={typeof value === 'number' ? value : spec.default} />;
      break;
    case 'seed':
      control = <SeedInput {...common} spec={spec} value={typeof value === 'number' ? value : spec.default} />;
      break;
    case 'choice':
      control = <Select {...common} spec={spec} value={typeof value === 'string' ? value : spec.default} />;
      break;
    case 'bool':
      control = <Toggle {...common} spec={spec} value={typeof value === 'boolean' ? value : spec.default} />;
      break;
  }
  return (
    <div className={locked ? 'sim-param sim-param-locked' : 'sim-param'} data-param={name}>
      {control}
      {locked && (
        <p id={noteId} className="sim-locked-note">
          <svg className="sim-icon sim-icon-small" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M7 11V8a5 5 0 0 1 10 0v3M5.5 11h13v9h-13z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          </svg>
          {LOCKED_NOTE}
        </p>
      )}
      <p id={helpId} className="sim-help">
        {spec.help}
      </p>
    </div>
  );
}
