// "Copy link": puts a URL that reproduces the run on the clipboard, or shows it to copy by hand.
import { useEffect, useId, useRef, useState } from 'react';

export interface ShareLinkProps {
  /** Called on each press, so the link has the current params and seed. */
  buildUrl(): string;
  /** Button text; defaults to "Copy link". */
  label?: string | undefined;
}

export const COPIED_MESSAGE = 'Link copied. Paste it anywhere to share this exact run.';
export const FALLBACK_MESSAGE = 'Copying is not available here. Select the link below and copy it.';

export function ShareLink({ buildUrl, label = 'Copy link' }: ShareLinkProps) {
  const id = useId();
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  // Bumped for every fallback so focus moves to the field even when the URL is unchanged.
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    field.current?.focus();
    field.current?.select();
  }, [focusRequest]);

  const copy = async () => {
    const url = buildUrl();
    // Emptied first so a second "Link copied." is announced again.
    setMessage('');
    try {
      // The clipboard API is missing on insecure origins and in some embeds, and rejects without permission.
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard API');
      await navigator.clipboard.writeText(url);
      setFallback(null);
      setMessage(COPIED_MESSAGE);
    } catch {
      setFallback(url);
      setMessage(FALLBACK_MESSAGE);
      setFocusRequest((count) => count + 1);
    }
  };

  return (
    <div className="sim-share">
      <button type="button" className="sim-button" onClick={() => void copy()}>
        <svg className="sim-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span>{label}</span>
      </button>
      <p className="sim-status" role="status">
        {message}
      </p>
      {fallback !== null && (
        <div className="sim-field sim-share-fallback">
          <label htmlFor={`${id}-url`}>Link to this run</label>
          <input ref={field} id={`${id}-url`} className="sim-input" type="text" readOnly value={fallback} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
