// What the view calls each detector that can raise an alert: a short name for chart rows, a longer one for tables.
import type { AlertSource } from '../params';

export interface SourceName {
  /** Fits a heatmap row label on a phone. */
  short: string;
  long: string;
}

export const SOURCE_NAMES: Readonly<Record<AlertSource, SourceName>> = {
  'dataset-drift': { short: 'Dataset drift', long: 'Dataset drift (half the columns drifted)' },
  'any-feature': { short: 'Any column', long: 'Any column drifted' },
  psi: { short: 'PSI', long: 'PSI at the act level' },
  'domain-classifier': { short: 'Domain AUC', long: 'Domain classifier AUC' },
  'estimated-accuracy': { short: 'Est. accuracy', long: 'Estimated accuracy (no labels)' },
  adwin: { short: 'ADWIN', long: 'ADWIN on the error stream' },
  'page-hinkley': { short: 'Page-Hinkley', long: 'Page-Hinkley on the error stream' },
  ddm: { short: 'DDM', long: 'DDM on the error stream' },
};

/** The detectors that only hear about a batch once its labels arrive. */
export const ERROR_STREAM_SOURCES: ReadonlySet<AlertSource> = new Set(['adwin', 'page-hinkley', 'ddm']);
