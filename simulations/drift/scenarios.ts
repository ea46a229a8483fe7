// The seeded source of a drift run's data: a reference window like the training data, then one production batch per day.
import { createMailWorld, type MailWorld } from '../core/mail-world';
import { createRng, type Rng } from '../core/rng';
import { concatRows, type Rows } from './features';
import { drawRows } from './mail-rows';
import type { DriftParams } from './params';
import { batchConditions, driftActive, weekdayConditions, weekdayOf, type BatchConditions, type ScenarioSettings } from './scenario-conditions';

export type ScenarioConfig = ScenarioSettings & Pick<DriftParams, 'extraFeatures'>;

export interface ScenarioSource {
  readonly config: ScenarioConfig;
  /** The reference (training) window: mail from before production, covering whole weeks. */
  reference(size: number): Rows;
  /** Production batch `batch` (1-based, one per day) with `size` rows. The same arguments always give the same rows. */
  batch(batch: number, size: number): Rows;
  conditions(batch: number): BatchConditions;
  /** Whether batch `batch` carries drift (seasonality never does). */
  driftActive(batch: number): boolean;
  weekday(batch: number): number;
}

export function createScenario(config: ScenarioConfig, seed: number): ScenarioSource {
  const world: MailWorld = createMailWorld({ seed });
  const root: Rng = createRng(seed).fork('drift-rows');
  const draw = (stream: string, size: number, conditions: BatchConditions) => drawRows(world, root.fork(stream), stream, size, conditions, config.extraFeatures);
  return {
    config,
    reference(size) {
      if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`The reference needs a whole number of rows ≥ 1, got ${size}.`);
      // A week of days in equal parts, so a weekly pattern is inside the reference, not a surprise.
      const days = Array.from({ length: 7 }, (_, day) => {
        const rows = Math.floor(((day + 1) * size) / 7) - Math.floor((day * size) / 7);
        return draw(`reference:${day}`, rows, weekdayConditions(config, day));
      });
      return concatRows(days);
    },
    batch(batch, size) {
      if (!(Number.isInteger(batch) && batch >= 1)) throw new RangeError(`Batches are numbered from 1, got ${batch}.`);
      if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`A batch needs a whole number of rows ≥ 1, got ${size}.`);
      return draw(`batch:${batch}`, size, batchConditions(config, batch));
    },
    conditions: (batch) => batchConditions(config, batch),
    driftActive: (batch) => driftActive(config, batch),
    weekday: weekdayOf,
  };
}
