// Seeded starting weights for the spam model, as plain Float32Arrays (TF.js initialisers are unseeded at 0).

/** A uniform generator on [0, 1), e.g. `createRng(seed).next` from simulations/core/rng. */
export type Random = () => number;

/**
 * Glorot (Xavier) uniform: U(−limit, limit) with limit = √(6 / (fanIn + fanOut)), the Keras default for
 * Dense kernels. Row-major for a [fanIn, fanOut] matrix. Drawing here instead of via
 * tf.initializers keeps the draws on our seeded stream, so the same seed gives the same model.
 */
export function glorotUniform(fanIn: number, fanOut: number, random: Random): Float32Array {
  if (!Number.isInteger(fanIn) || !Number.isInteger(fanOut) || fanIn < 1 || fanOut < 1) {
    throw new Error(`glorotUniform needs positive integer fan-in and fan-out, got ${fanIn} and ${fanOut}.`);
  }
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const values = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < values.length; i += 1) values[i] = (2 * random() - 1) * limit;
  return values;
}

/** Biases start at zero (Keras default), so they consume no draws from the stream. */
export function zeros(length: number): Float32Array {
  return new Float32Array(length);
}
