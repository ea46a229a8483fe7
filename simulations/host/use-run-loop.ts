// React binding of the run loop: starts the engine client, restarts on param changes, pauses off-screen.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { createRunLoop, type RunLoop, type RunLoopState } from '../core/run-loop';
import type { EngineClient } from '../core/worker-protocol';

export interface RunLoopBinding<P, Snapshot> extends RunLoopState<Snapshot> {
  loop: RunLoop<P> | undefined;
}

/**
 * `makeClient` is called once on mount (in the browser only). `runKey` changes whenever a param the
 * engine depends on changes; the run then restarts from step 0 with `params` and `seed`.
 */
export function useRunLoop<P, Snapshot>(options: {
  makeClient: () => Promise<EngineClient<P, Snapshot>>;
  params: P;
  seed: number;
  runKey: string;
  stepsPerSecond: number;
  container: RefObject<HTMLElement | null>;
}): RunLoopBinding<P, Snapshot> {
  const [state, setState] = useState<RunLoopState<Snapshot>>({ status: 'loading', snapshot: undefined, steps: 0, speed: 1, suspended: false, error: undefined });
  const [loop, setLoop] = useState<RunLoop<P>>();
  const latest = useRef({ params: options.params, seed: options.seed });
  latest.current = { params: options.params, seed: options.seed };

  useEffect(() => {
    let created: RunLoop<P> | undefined;
    let live = true;
    options
      .makeClient()
      .then((client) => {
        if (!live) return client.terminate();
        created = createRunLoop({ client, stepsPerSecond: options.stepsPerSecond, onChange: setState });
        setLoop(created);
      })
      .catch((error: unknown) => setState((s) => ({ ...s, status: 'error', error: error instanceof Error ? error.message : String(error) })));
    return () => {
      live = false;
      created?.destroy();
    };
    // The client lives as long as the view.
  }, []);

  useEffect(() => {
    if (loop) void loop.start(latest.current.params, latest.current.seed);
  }, [loop, options.runKey]);

  // Hold the run while the sim is scrolled away or the tab is hidden; it resumes when seen again.
  useEffect(() => {
    const element = options.container.current;
    if (!loop || !element) return;
    let onScreen = true;
    const update = () => loop.setVisible(onScreen && document.visibilityState === 'visible');
    const observer = typeof IntersectionObserver === 'undefined' ? undefined : new IntersectionObserver(([entry]) => {
      onScreen = entry?.isIntersecting ?? true;
      update();
    });
    observer?.observe(element);
    document.addEventListener('visibilitychange', update);
    return () => {
      observer?.disconnect();
      document.removeEventListener('visibilitychange', update);
    };
  }, [loop, options.container]);

  return { ...state, loop };
}

/** The PlayBar props every view wires the same way: status, speed and the five run actions. */
export function runControls<P, Snapshot>(run: RunLoopBinding<P, Snapshot>) {
  const loop = run.loop;
  return {
    status: run.status,
    speed: run.speed,
    disabled: !loop || run.status === 'loading',
    onPlay: () => loop?.play(),
    onPause: () => loop?.pause(),
    onStep: () => void loop?.step(),
    onReset: () => void loop?.reset(),
    onSpeed: (speed: number) => loop?.setSpeed(speed),
  };
}
