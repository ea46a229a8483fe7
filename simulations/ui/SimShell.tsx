// The frame every simulation view fills: title, notice, presets and play bar, controls beside charts, footer.
import { useId, type ReactNode } from 'react';
import { LiveRegion } from './LiveRegion';
import { Notice } from './Notice';

export interface SimShellProps {
  title: ReactNode;
  /** 1 on the simulation's own page, 2 inside a lecture (see SimViewProps.headingLevel). */
  headingLevel?: 1 | 2 | 3 | undefined;
  /** One line under the title: the question the simulation answers. */
  description?: ReactNode;
  /** Problems to show the reader, e.g. `parseQuery(...).notices`. */
  notices?: readonly string[] | undefined;
  noticeTitle?: string | undefined;
  onDismissNotices?: (() => void) | undefined;
  /** Usually a PresetPicker. */
  presets?: ReactNode;
  /** Usually a PlayBar. */
  playBar?: ReactNode;
  /** Usually a ParamsPanel; charts take the full width without it. */
  controls?: ReactNode;
  /** The charts. */
  children: ReactNode;
  /** Why the run stopped, when the engine failed; shown above the charts as an alert. */
  error?: string | undefined;
  /** Usually ShareLink and DownloadRun. */
  footer?: ReactNode;
  /** Text for the shell's polite live region, e.g. `useAnnouncer().message`. */
  announcement?: string | undefined;
}

export function SimShell({ title, headingLevel = 2, description, notices = [], noticeTitle, onDismissNotices, presets, playBar, controls, children, error, footer, announcement = '' }: SimShellProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="sim-shell" aria-labelledby={`${id}-title`}>
      <header className="sim-header">
        <Heading id={`${id}-title`} className="sim-title">
          {title}
        </Heading>
        {description && <p className="sim-description">{description}</p>}
      </header>
      <Notice messages={notices} title={noticeTitle} onDismiss={onDismissNotices} />
      {(presets || playBar) && (
        <div className="sim-toolbar">
          {presets && <div className="sim-toolbar-presets">{presets}</div>}
          {playBar && <div className="sim-toolbar-run">{playBar}</div>}
        </div>
      )}
      <div className={controls ? 'sim-body' : 'sim-body sim-body-full'}>
        {controls && <div className="sim-controls">{controls}</div>}
        <div className="sim-charts">
          {error !== undefined && (
            <p className="sim-error" role="alert">
              The simulation stopped: {error}. Reset to try again, or reload the page.
            </p>
          )}
          {children}
        </div>
      </div>
      {footer && <footer className="sim-footer">{footer}</footer>}
      <LiveRegion message={announcement} />
    </section>
  );
}
