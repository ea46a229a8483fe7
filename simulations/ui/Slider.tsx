// A number or int param as a native range input, with its real value (not the slider position) shown.
import { useMemo } from 'react';
import { problemWith } from '../core/params';
import type { ControlProps } from './control-props';
import { formatParamValue, withUnit } from './format-param';
import { sliderScale, type RangeSpec } from './slider-scale';

export type SliderProps = ControlProps<RangeSpec, number>;

export function Slider({ id, name, spec, value, onChange, disabled = false, describedBy }: SliderProps) {
  const scale = useMemo(() => sliderScale(spec), [spec]);
  const shown = withUnit(formatParamValue(spec, value), spec.unit);
  return (
    <div className="sim-slider">
      <div className="sim-control-head">
        <label htmlFor={id}>{spec.label}</label>
        {/* <output> is a live region by default; the input's aria-valuetext already speaks the value, so keep it quiet. */}
        <output htmlFor={id} className="sim-output" aria-live="off">
          {shown}
        </output>
      </div>
      <input
        id={id}
        className="sim-range"
        type="range"
        min={scale.min}
        max={scale.max}
        step={scale.step}
        value={scale.toPosition(value)}
        // On a log slider the position is an index; screen readers must hear the value instead.
        aria-valuetext={shown}
        aria-describedby={describedBy}
        disabled={disabled}
        onChange={(event) => {
          const next = scale.toValue(Number(event.currentTarget.value));
          if (next !== value && problemWith(spec, next) === null) onChange(name, next);
        }}
      />
      <div className="sim-range-ends" aria-hidden="true">
        <span>{formatParamValue(spec, spec.min)}</span>
        <span>{formatParamValue(spec, spec.max)}</span>
      </div>
    </div>
  );
}
