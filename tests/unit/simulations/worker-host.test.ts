// The worker side of the protocol: requests sent back to back run in order, and errors come back as messages.
import { describe, expect, it } from 'vitest';
import type { SimEngine } from '../../../simulations/core/engine';
import { serveEngine } from '../../../simulations/core/worker-host';
import type { FromWorker, ToWorker } from '../../../simulations/core/worker-protocol';

interface P { fail: boolean }
const slowCounter: SimEngine<P, { n: number }, number> = {
  init: async (_p, seed) => {
    await new Promise((resolve) => setTimeout(resolve, 20)); // slower than the step sent right after it
    return { n: seed };
  },
  step: (s, p) => {
    if (p.fail) throw new Error('shapes do not match');
    return { n: s.n + 1 };
  },
  snapshot: (s) => s.n,
  finished: () => false,
};

function host() {
  const replies: FromWorker<number>[] = [];
  const scope = { onmessage: null as ((event: MessageEvent) => unknown) | null, postMessage: (m: unknown) => replies.push(m as FromWorker<number>) };
  serveEngine(slowCounter, scope);
  const send = (message: ToWorker<P>) => scope.onmessage!({ data: message } as MessageEvent);
  return { replies, send };
}

describe('worker host', () => {
  it('runs a step sent before init finished after that init, and answers in order', async () => {
    const { replies, send } = host();
    send({ id: 1, type: 'init', params: { fail: false }, seed: 10 });
    send({ id: 2, type: 'step', count: 2, params: { fail: false } });
    await expect.poll(() => replies.length).toBe(2);
    expect(replies).toEqual([
      { id: 1, type: 'result', result: { snapshot: 10, finished: false, steps: 0 } },
      { id: 2, type: 'result', result: { snapshot: 12, finished: false, steps: 2 } },
    ]);
  });

  it('reports an engine error as an error message and keeps serving', async () => {
    const { replies, send } = host();
    send({ id: 1, type: 'init', params: { fail: false }, seed: 1 });
    send({ id: 2, type: 'step', count: 1, params: { fail: true } });
    send({ id: 3, type: 'dispose' });
    await expect.poll(() => replies.length).toBe(3);
    expect(replies[1]).toEqual({ id: 2, type: 'error', message: 'shapes do not match' });
    expect(replies[2]).toEqual({ id: 3, type: 'disposed' });
  });
});
