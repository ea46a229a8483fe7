// A visually hidden polite live region: what screen readers hear when a simulation's state changes.
export interface LiveRegionProps {
  /** Usually `useAnnouncer().message`; the region itself is always rendered so readers register it before it speaks. */
  message: string;
}

export function LiveRegion({ message }: LiveRegionProps) {
  return (
    <div className="sim-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
