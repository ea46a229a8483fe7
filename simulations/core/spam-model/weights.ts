// The model's weights as plain data: what crosses between worker and page, or loads a second version.
import type { SpamModelKind } from './config';

/** Structured-clone and JSON friendly; `values[i]` is row-major for `shapes[i]` (see weightShapes). */
export interface SpamModelWeights {
  kind: SpamModelKind;
  shapes: number[][];
  values: number[][];
}

const sameShape = (a: readonly number[] | undefined, b: readonly number[]) =>
  a !== undefined && a.length === b.length && a.every((n, i) => n === b[i]);

/** Throw unless `weights` fit a model of `kind` with `shapes` (e.g. v2 trained with another width). */
export function checkWeights(weights: SpamModelWeights, kind: SpamModelKind, shapes: number[][]): void {
  if (weights.kind !== kind) throw new Error(`Weights are for a '${weights.kind}' model; this model is '${kind}'.`);
  if (weights.shapes.length !== shapes.length || weights.values.length !== shapes.length) {
    throw new Error(`Expected ${shapes.length} weight tensors, got ${weights.shapes.length} shapes and ${weights.values.length} value arrays.`);
  }
  shapes.forEach((shape, i) => {
    if (!sameShape(weights.shapes[i], shape)) {
      throw new Error(`Weight ${i} has shape [${weights.shapes[i]?.join(', ')}]; this model needs [${shape.join(', ')}].`);
    }
    const size = shape.reduce((a, b) => a * b, 1);
    if (weights.values[i]?.length !== size) throw new Error(`Weight ${i} needs ${size} values, got ${weights.values[i]?.length}.`);
  });
}
