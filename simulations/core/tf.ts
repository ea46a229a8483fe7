// The one place that loads TF.js: lazy imports, the backend chosen once, and a tensor-leak probe for tests.
//
// Nothing here may import TF.js at module top level: pages import simulation modules during
// static prerender, where TF.js would crash (toolchain.md). Only `import type` is allowed.
import type * as TfCore from '@tensorflow/tfjs-core';

/** The tfjs-core namespace as `loadTf()` hands it out. Pass it around instead of importing TF.js. */
export type Tf = typeof TfCore;

/** Backends this site knows how to load. 'cpu' only for now (see `loadBackend`). */
export type TfBackendName = 'cpu';

/**
 * The backend every simulation runs on. cpu is deterministic, tiny (tfjs-core + cpu ≈ a fifth of the
 * full bundle) and fast enough for our models. Hook for later: add 'wasm' to `TfBackendName`, a case
 * to `loadBackend` (import '@tensorflow/tfjs-backend-wasm', `setWasmPaths` on the `?url` imports of
 * its SIMD non-threaded .wasm files — GitHub Pages cannot send COOP/COEP for threads), and pick it
 * here only where it measured faster in `npm run bench`.
 */
export const TF_BACKEND: TfBackendName = 'cpu';

let loading: Promise<Tf> | undefined;

/**
 * Load tfjs-core, its gradients and the backend once, and resolve to the tf namespace.
 * Memoised: every caller in a realm (page or worker) shares one load and one backend choice.
 */
export function loadTf(): Promise<Tf> {
  loading ??= load(TF_BACKEND).catch((error: unknown) => {
    // Forget a failed load (e.g. a flaky chunk fetch) so the next call can retry.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(backend: TfBackendName): Promise<Tf> {
  const tf = await import('@tensorflow/tfjs-core');
  // tfjs-core alone registers no gradients, so optimizer.minimize would throw without this.
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  await loadBackend(backend);
  if (tf.getBackend() !== backend) {
    const ok = await tf.setBackend(backend);
    if (!ok) throw new Error(`TF.js could not initialise the '${backend}' backend.`);
  }
  await tf.ready();
  return tf;
}

/** Import the module that registers `backend`'s kernels. The wasm hook goes here. */
async function loadBackend(backend: TfBackendName): Promise<void> {
  switch (backend) {
    case 'cpu':
      await import('@tensorflow/tfjs-backend-cpu');
      return;
  }
}

/**
 * How many tensors `fn` leaves behind after running `times` times: 0 means no leak.
 * For tests (the contract: numTensors stays flat across 1,000 steps) and dev-time checks.
 */
export function tensorLeak(tf: Tf, fn: () => unknown, times = 1): number {
  const before = tf.memory().numTensors;
  for (let i = 0; i < times; i += 1) fn();
  return tf.memory().numTensors - before;
}
