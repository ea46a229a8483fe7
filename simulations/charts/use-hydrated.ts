// A hook that is false on the server and during hydration, true once React runs in the browser.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * Lets a component render fuller markup for prerendered HTML (readable without JavaScript) and
 * a lighter version once live, without a hydration mismatch: React hydrates with the server
 * value, then re-renders with the client one.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServer);
}
