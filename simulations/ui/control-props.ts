// The props every single-param control (Slider, Select, Toggle, SeedInput) takes from ParamControl.
import type { ParamSpec } from '../core/params';

export type ParamValue = number | string | boolean;

export interface ControlProps<Spec extends ParamSpec, Value extends ParamValue> {
  /** id of the form element, so labels and outputs can point at it. */
  id: string;
  /** The param's name in its table; passed back in `onChange`. */
  name: string;
  spec: Spec;
  value: Value;
  /** Called only with a value valid for `spec`, and only when it differs from `value`. */
  onChange(name: string, value: Value): void;
  disabled?: boolean | undefined;
  /** Space-separated ids of help text and notes for aria-describedby. */
  describedBy?: string | undefined;
}
