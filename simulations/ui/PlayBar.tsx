// The run controls every simulation shares: play/pause toggle, step, reset, speed and optional progress.
import { useId, type ReactNode } from 'react';
import { SPEEDS, type RunStatus } from '../core/run-loop';

/** The run loop's statuses plus 'idle' (nothing started yet), so views can pass either. */
export type PlayBarStatus = 'idle' | RunStatus;

export interface PlayBarProgress {
  value: number;
  max: number;
  /** Visible text, e.g. "Epoch 12 of 25". */
  label: string;
}

export interface PlayBarProps {
  status: PlayBarStatus;
  speed: number;
  onPlay(): void;
  onPause(): void;
  onStep(): void;
  onReset(): void;
  onSpeed(speed: number): void;
  /** What one step does, e.g. "Train one epoch"; defaults to "Step". */
  stepLabel?: string | undefined;
  /** Makes the whole bar unavailable, e.g. while the engine loads. */
  disabled?: boolean | undefined;
  progress?: PlayBarProgress | undefined;
  /** Speed multipliers offered; defaults to the run loop's 0.5× to 8×. */
  speeds?: readonly number[] | undefined;
}

export function PlayBar({ status, speed, onPlay, onPause, onStep, onReset, onSpeed, stepLabel = 'Step', disabled = false, progress, speeds = SPEEDS }: PlayBarProps) {
  const id = useId();
  const playing = status === 'playing';
  const canPlay = !disabled && (playing || status === 'idle' || status === 'ready' || status === 'paused');
  const canStep = !disabled && (status === 'idle' || status === 'ready' || status === 'paused');
  const canReset = !disabled && status !== 'loading';
  const options = [...new Set([...speeds, speed])].sort((a, b) => a - b);
  return (
    <div className="sim-playbar" role="group" aria-label="Run controls">
      <div className="sim-playbar-buttons">
        {/* One button whose name flips between Play and Pause keeps keyboard focus in place. */}
        <BarButton available={canPlay} onPress={playing ? onPause : onPlay} label={playing ? 'Pause' : 'Play'} primary>
          {playing ? <path d="M6.5 5h4v14h-4zM13.5 5h4v14h-4z" fill="currentColor" /> : <path d="M7 4.5v15l12.5-7.5z" fill="currentColor" />}
        </BarButton>
        <BarButton available={canStep} onPress={onStep} label={stepLabel}>
          <path d="M5 5v14l10-7zM16 5h3.5v14H16z" fill="currentColor" />
        </BarButton>
        <BarButton available={canReset} onPress={onReset} label="Reset">
          <path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3M4.5 4.5v4.5H9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </BarButton>
      </div>
      <div className="sim-field sim-speed">
        <label htmlFor={`${id}-speed`}>Speed</label>
        <select id={`${id}-speed`} className="sim-select" value={String(speed)} disabled={disabled} onChange={(event) => onSpeed(Number(event.currentTarget.value))}>
          {options.map((option) => (
            <option key={option} value={String(option)}>{`${option}×`}</option>
          ))}
        </select>
      </div>
      {progress && (
        <div className="sim-progress">
          <label htmlFor={`${id}-progress`}>{progress.label}</label>
          <progress id={`${id}-progress`} value={Math.min(Math.max(progress.value, 0), progress.max)} max={progress.max}>
            {progress.label}
          </progress>
        </div>
      )}
    </div>
  );
}

interface BarButtonProps {
  available: boolean;
  onPress(): void;
  label: string;
  primary?: boolean;
  children: ReactNode;
}

/**
 * aria-disabled rather than disabled: a button that becomes unavailable while focused (Play when
 * the run finishes) keeps focus and stays discoverable instead of dropping focus to the page.
 */
function BarButton({ available, onPress, label, primary = false, children }: BarButtonProps) {
  return (
    <button
      type="button"
      className={primary ? 'sim-button sim-button-primary' : 'sim-button'}
      aria-disabled={available ? undefined : true}
      onClick={() => {
        if (available) onPress();
      }}
    >
      <svg className="sim-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {children}
      </svg>
      <span className="sim-button-text">{label}</span>
    </button>
  );
}
