// Every visible param of a table as controls in one "Settings" fieldset; a collapsible panel on phones.
import type { ParamSpecs, ParamTable, ValuesOf } from '../core/params';
import type { ParamValue } from './control-props';
import { ParamControl } from './ParamControl';
import { useMediaQuery } from './useMediaQuery';

/** Same breakpoint as `.sim-*` styles: phones in portrait and narrow windows. */
export const NARROW_QUERY = '(max-width: 40rem)';

export interface ParamsPanelProps<Specs extends ParamSpecs> {
  params: ParamTable<Specs>;
  values: Readonly<ValuesOf<Specs>>;
  /** Called with one param's new, already validated value. */
  onChange<Name extends keyof Specs & string>(name: Name, value: ValuesOf<Specs>[Name]): void;
  /** Param names shown disabled with "Fixed by this lesson". */
  locked?: readonly string[] | undefined;
  /** Param names not rendered. */
  hidden?: readonly string[] | undefined;
  /** Heading of the panel; defaults to "Settings". */
  title?: string | undefined;
  /** Optional grouping: one fieldset per group, in order; visible params in no group end up under "Other". */
  groups?: readonly ParamGroup[] | undefined;
}

export interface ParamGroup {
  title: string;
  names: readonly string[];
}

/** The groups to draw: hidden params and empty groups left out, ungrouped params collected under "Other". */
export function visibleGroups(names: readonly string[], groups: readonly ParamGroup[], hidden: readonly string[]): ParamGroup[] {
  const visible = names.filter((name) => !hidden.includes(name));
  const grouped = new Set(groups.flatMap((g) => g.names));
  const result = groups.map((g) => ({ title: g.title, names: g.names.filter((name) => visible.includes(name)) }));
  result.push({ title: 'Other', names: visible.filter((name) => !grouped.has(name)) });
  return result.filter((g) => g.names.length > 0);
}

export function ParamsPanel<Specs extends ParamSpecs>({ params, values, onChange, locked = [], hidden = [], title = 'Settings', groups }: ParamsPanelProps<Specs>) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const control = (name: keyof Specs & string) => (
      <ParamControl
        key={name}
        name={name}
        spec={params.specs[name]!}
        value={values[name] as ParamValue}
        locked={locked.includes(name)}
        // ParamControl only passes values valid for this param's spec, so the cast is safe.
        onChange={(changed, value) => onChange(changed as typeof name, value as ValuesOf<Specs>[typeof name])}
      />
  );
  const controls = groups
    ? visibleGroups(params.names, groups, hidden).map((group) => (
        <fieldset key={group.title} className="sim-fieldset sim-group">
          <legend className="sim-group-legend">{group.title}</legend>
          {group.names.map((name) => control(name as keyof Specs & string))}
        </fieldset>
      ))
    : params.names.filter((name) => !hidden.includes(name)).map(control);
  if (!narrow) {
    return (
      <fieldset className="sim-fieldset sim-settings">
        <legend className="sim-legend">{title}</legend>
        {controls}
      </fieldset>
    );
  }
  // Closed by default on phones so the charts are visible first; the summary is a native, keyboard-operable toggle.
  return (
    <details className="sim-settings sim-settings-collapsible">
      <summary className="sim-settings-summary">{title}</summary>
      <fieldset className="sim-fieldset">
        <legend className="sim-visually-hidden">{title}</legend>
        {controls}
      </fieldset>
    </details>
  );
}
