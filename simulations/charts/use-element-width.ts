// A hook that measures an element's width with ResizeObserver, so charts fill their container and reflow.
import { useCallback, useState } from 'react';
import { DEFAULT_WIDTH } from './chart-layout';

/**
 * Returns a ref callback for the container and its current content width in whole pixels. Until
 * the element is measured — always on the server and in jsdom, which have no ResizeObserver — the
 * width is `fallback`, so prerendered HTML and the first client render agree (no hydration mismatch).
 */
export function useElementWidth<E extends HTMLElement = HTMLDivElement>(fallback = DEFAULT_WIDTH): [(element: E | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: E | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      // Whole pixels: sub-pixel jitter while a page lays out would otherwise redraw every chart for nothing.
      // A hidden container (display: none) measures 0; keep the last width rather than collapse the chart.
      if (measured !== undefined && measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
