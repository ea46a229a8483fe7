// TF.js loading: lazy (safe to import during prerender), memoised, cpu backend, gradients registered.
import { readFileSync } from 'node:fs';
import type { Scalar } from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TF_BACKEND, loadTf, tensorLeak, type Tf } from '../../../simulations/core/tf';

const source = readFileSync(new URL('../../../simulations/core/tf.ts', import.meta.url), 'utf8');

describe('simulations/core/tf', () => {
  it('imports TF.js only lazily: no value import at module top level', () => {
    // A static `import … from '@tensorflow/…'` would load TF.js during static prerender and crash it.
    const staticImports = source.match(/^\s*import\s+(?!type\b)[^;]*from\s+['"]@tensorflow\/[^'"]+['"]/gm) ?? [];
    expect(staticImports).toEqual([]);
    expect(source).toMatch(/await import\('@tensorflow\/tfjs-core'\)/);
    // Importing the module above did not start a TF.js engine (tfjs keeps it on the global object).
    expect((globalThis as { _tfengine?: unknown })._tfengine).toBeUndefined();
  });

  describe('after loadTf()', () => {
    let tf: Tf;
    beforeAll(async () => {
      tf = await loadTf();
      tf.env().set('IS_TEST', true); // silence the "install tfjs-node" hint; the cpu backend is the point
    }, 60_000);

    it('is memoised and runs on the cpu backend', async () => {
      expect(TF_BACKEND).toBe('cpu');
      expect(loadTf()).toBe(loadTf());
      expect(await loadTf()).toBe(tf);
      expect(tf.getBackend()).toBe('cpu');
    });

    it('has gradients registered, so optimisers can train with tfjs-core alone', () => {
      const gradient = tf.tidy(() => Array.from(tf.grad((x) => tf.square(x))(tf.tensor1d([3, -1])).dataSync()));
      expect(gradient).toEqual([6, -2]);

      const v = tf.variable(tf.scalar(3));
      const sgd = tf.train.sgd(0.25);
      for (let i = 0; i < 20; i += 1) {
        tf.tidy(() => {
          sgd.minimize(() => tf.square(v) as Scalar, false, [v]);
        });
      }
      expect(Math.abs(v.dataSync()[0] ?? NaN)).toBeLessThan(1e-5);
      v.dispose();
      sgd.dispose();
    });

    it('tensorLeak counts the tensors a function leaves behind', () => {
      expect(tensorLeak(tf, () => tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)).dataSync()), 100)).toBe(0);
      // tidy hands back its result tensor: whoever receives it must dispose it.
      const kept: { dispose(): void }[] = [];
      expect(tensorLeak(tf, () => kept.push(tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)))), 3)).toBe(3);
      expect(tensorLeak(tf, () => kept.forEach((t) => t.dispose()))).toBe(-3);
      expect(tensorLeak(tf, () => undefined)).toBe(0);
    });
  });
});
