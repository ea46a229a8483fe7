// A visible, dismissible notice, e.g. for settings in a shared link that could not be used.
import { useState } from 'react';

export interface NoticeProps {
  /** One sentence each; nothing is rendered when empty. */
  messages: readonly string[];
  title?: string | undefined;
  /** Called after the reader dismisses it (it also hides itself until the messages change). */
  onDismiss?: (() => void) | undefined;
}

export function Notice({ messages, title = 'Some settings could not be used', onDismiss }: NoticeProps) {
  // Remembers which messages were dismissed, so a new problem shows the notice again.
  const current = messages.join('\n');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (messages.length === 0 || dismissed === current) return null;
  return (
    <div className="sim-notice" role="status">
      <div className="sim-notice-body">
        <p className="sim-notice-title">{title}</p>
        <ul className="sim-notice-list">
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="sim-button sim-notice-dismiss"
        onClick={() => {
          setDismissed(current);
          onDismiss?.();
        }}
      >
        <svg className="sim-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        <span>Dismiss</span> <span className="sim-visually-hidden">notice</span>
      </button>
    </div>
  );
}
