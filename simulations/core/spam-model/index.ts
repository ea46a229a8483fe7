// Public face of the shared spam classifier: build, train, evaluate and move a TF.js model as plain data.
export { createSpamModel } from './model';
export type { SpamEvaluation, SpamModel, TrainEpochOptions, TrainResult } from './model';
export { trainModel } from './train';
export type { EpochRecord, SpamDataset, SpamTrainingData, TrainModelOptions } from './train';
export { DEFAULT_HIDDEN, resolveConfig, weightShapes } from './config';
export type { ResolvedSpamModelConfig, SpamModelConfig, SpamModelKind, SpamOptimizerName } from './config';
export type { SpamLabels, SpamRows } from './data';
export type { SpamModelWeights } from './weights';
export type { Random } from './initializers';
export {
  accuracy,
  confusionAt,
  costMinimisingThreshold,
  expectedCost,
  f1,
  logLoss,
  prCurve,
  precision,
  recall,
  total,
} from './metrics';
export type { Confusion, MistakeCosts, PrPoint } from './metrics';
