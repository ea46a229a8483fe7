// An Argo Rollouts strategy as a Rollout with background analysis and its Prometheus AnalysisTemplate, as objects and as YAML.
import type { ArgoStrategy } from '../strategies/config';
import { goDuration } from './duration';
import { checkCriteria, checkWhole, tidy } from './thresholds';
import { APP_METRICS, RELAY_SCORER, checkTarget, podTemplate, type CanaryTarget, type PodTemplate } from './workload';
import { multiDocumentYaml } from './yaml-file';

export const ARGO_API_VERSION = 'argoproj.io/v1alpha1';
/** The AnalysisTemplate argument that carries the canary ReplicaSet's pod-template hash into the queries. */
export const CANARY_HASH_ARG = 'canary-hash';
/** Below this many replicas an exact pod count for every weight is used; above, DEFAULT_ARGO_REPLICAS and rounding. */
export const MAX_EXACT_REPLICAS = 20;
export const DEFAULT_ARGO_REPLICAS = 10;

export type ArgoCanaryStep = { setWeight: number } | { pause: { duration: string } };

export interface ArgoRollout {
  apiVersion: typeof ARGO_API_VERSION;
  kind: 'Rollout';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  spec: {
    replicas: number;
    selector: { matchLabels: Record<string, string> };
    template: PodTemplate;
    strategy: {
      canary: {
        analysis: {
          templates: { templateName: string }[];
          startingStep?: number;
          args: { name: string; valueFrom: { podTemplateHashValue: 'Latest' } }[];
        };
        steps: ArgoCanaryStep[];
      };
    };
  };
}

export interface ArgoMetric {
  name: string;
  interval: string;
  initialDelay: string;
  successCondition: string;
  failureCondition: string;
  failureLimit: number;
  inconclusiveLimit: number;
  provider: { prometheus: { address: string; query: string } };
}

export interface ArgoAnalysisTemplate {
  apiVersion: typeof ARGO_API_VERSION;
  kind: 'AnalysisTemplate';
  metadata: { name: string; namespace: string };
  spec: { args: { name: string }[]; metrics: ArgoMetric[] };
}

export interface ArgoRolloutFile {
  rollout: ArgoRollout;
  analysisTemplate: ArgoAnalysisTemplate;
}

/** Throws unless the strategy can be written as Argo steps and conditions: rising whole weights ending at 100, and failure bounds outside the success bounds. */
export function checkArgoStrategy(strategy: ArgoStrategy): void {
  if (strategy.steps.length === 0) throw new Error('An Argo canary needs at least one step.');
  strategy.steps.forEach((weight, i) => {
    checkWhole(`steps[${i}]`, weight, 1, 100);
    if (i > 0 && weight <= strategy.steps[i - 1]!) throw new RangeError(`Step weights must rise, but step ${i + 1} (${weight} %) is not above step ${i} (${strategy.steps[i - 1]} %).`);
  });
  if (strategy.steps.at(-1) !== 100) throw new RangeError(`The last step must send 100 % to the canary, got ${strategy.steps.at(-1)} %.`);
  checkWhole('failureLimit', strategy.failureLimit, 0);
  checkWhole('inconclusiveLimit', strategy.inconclusiveLimit, 0);
  checkCriteria(strategy.criteria);
  if (!(strategy.failureSuccessRate >= 0 && strategy.failureSuccessRate <= strategy.criteria.minSuccessRate)) {
    throw new RangeError(`failureSuccessRate must be from 0 to minSuccessRate (${strategy.criteria.minSuccessRate}), got ${strategy.failureSuccessRate}.`);
  }
  if (!(Number.isFinite(strategy.failureLatencyFactor) && strategy.failureLatencyFactor >= 1)) throw new RangeError(`failureLatencyFactor must be ≥ 1, got ${strategy.failureLatencyFactor}.`);
  goDuration(strategy.pauseS);
  goDuration(strategy.intervalS);
}

/**
 * Replicas such that every weight is a whole number of pods (Argo without traffic routing splits
 * traffic by pod counts): 100 / gcd(100, weights), at least 2; DEFAULT_ARGO_REPLICAS when that
 * exceeds MAX_EXACT_REPLICAS. [20, 40, 60, 80, 100] → 5, [5, 10, 25, 50, 100] → 20.
 */
export function replicasForWeights(weights: readonly number[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const exact = 100 / weights.reduce(gcd, 100);
  return exact > MAX_EXACT_REPLICAS ? DEFAULT_ARGO_REPLICAS : Math.max(exact, 2);
}

/** `setWeight` for each weight, each followed by a pause of `pauseS` except the last (after it the rollout completes). */
export function argoSteps(strategy: ArgoStrategy): ArgoCanaryStep[] {
  const duration = goDuration(strategy.pauseS);
  return strategy.steps.flatMap((setWeight, i) => (i < strategy.steps.length - 1 ? [{ setWeight }, { pause: { duration } }] : [{ setWeight }]));
}

/** PromQL selecting the canary's pods: Argo names them <rollout>-<pod-template-hash>-<suffix>. */
function canarySelector(target: CanaryTarget): string {
  return `service="${target.name}", namespace="${target.namespace}", pod=~"${target.name}-{{args.${CANARY_HASH_ARG}}}-.+"`;
}

/** The canary's success rate (0–1) over the window: 1 − 5xx / all, with no 5xx series counting as none. */
export function argoSuccessRateQuery(target: CanaryTarget, window: string): string {
  const selector = canarySelector(target);
  return [
    '1 - (',
    `  sum(rate(${APP_METRICS.requests}{${selector}, code=~"5.."}[${window}]))`,
    '  or vector(0)',
    `) / sum(rate(${APP_METRICS.requests}{${selector}}[${window}]))`,
  ].join('\n');
}

/** The canary's p99 latency over the window, in milliseconds (the histogram is in seconds). */
export function argoP99Query(target: CanaryTarget, window: string): string {
  return [
    '1000 * histogram_quantile(0.99,',
    `  sum by (le) (rate(${APP_METRICS.durationBuckets}{${canarySelector(target)}}[${window}]))`,
    ')',
  ].join('\n');
}

/**
 * A Rollout whose canary steps follow the strategy, with a background analysis started once the
 * first weight is set, and an AnalysisTemplate with one metric per criterion. Each metric measures
 * every interval (first after one interval, so the window holds canary traffic): Successful when
 * the success condition holds, Failed when the failure condition holds, Inconclusive in between;
 * the limits are the strategy's. Queries read the app's own metrics for the canary's pods only.
 */
export function argoRollout(strategy: ArgoStrategy, target: CanaryTarget = RELAY_SCORER): ArgoRolloutFile {
  checkArgoStrategy(strategy);
  checkTarget(target);
  const interval = goDuration(strategy.intervalS);
  const templateName = `${target.name}-health`;
  const { minSuccessRate, maxP99Ms } = strategy.criteria;
  const metric = (name: string, query: string, success: string, failure: string): ArgoMetric => ({
    name,
    interval,
    initialDelay: interval,
    successCondition: `result[0] ${success}`,
    failureCondition: `result[0] ${failure}`,
    failureLimit: strategy.failureLimit,
    inconclusiveLimit: strategy.inconclusiveLimit,
    provider: { prometheus: { address: target.prometheusAddress, query } },
  });

  const rollout: ArgoRollout = {
    apiVersion: ARGO_API_VERSION,
    kind: 'Rollout',
    metadata: { name: target.name, namespace: target.namespace, labels: { app: target.name } },
    spec: {
      replicas: target.replicas ?? replicasForWeights(strategy.steps),
      selector: { matchLabels: { app: target.name } },
      template: podTemplate(target, target.canaryVersion),
      strategy: {
        canary: {
          analysis: {
            templates: [{ templateName }],
            // Step 0 is the first setWeight: start measuring once the canary has traffic.
            ...(strategy.steps.length > 1 ? { startingStep: 1 } : {}),
            args: [{ name: CANARY_HASH_ARG, valueFrom: { podTemplateHashValue: 'Latest' } }],
          },
          steps: argoSteps(strategy),
        },
      },
    },
  };
  const analysisTemplate: ArgoAnalysisTemplate = {
    apiVersion: ARGO_API_VERSION,
    kind: 'AnalysisTemplate',
    metadata: { name: templateName, namespace: target.namespace },
    spec: {
      args: [{ name: CANARY_HASH_ARG }],
      metrics: [
        metric('success-rate', argoSuccessRateQuery(target, interval), `>= ${tidy(minSuccessRate)}`, `< ${tidy(strategy.failureSuccessRate)}`),
        metric('p99-latency-ms', argoP99Query(target, interval), `<= ${tidy(maxP99Ms)}`, `> ${tidy(maxP99Ms * strategy.failureLatencyFactor)}`),
      ],
    },
  };
  return { rollout, analysisTemplate };
}

/** The header comment: where the file came from, the settings it encodes, and what to adapt. */
export function argoRolloutHeader(strategy: ArgoStrategy, target: CanaryTarget = RELAY_SCORER): string[] {
  const { minSuccessRate, maxP99Ms } = strategy.criteria;
  const replicas = target.replicas ?? replicasForWeights(strategy.steps);
  const exact = strategy.steps.every((weight) => Number.isInteger((replicas * weight) / 100));
  return [
    `Argo Rollouts canary for ${target.name}, generated by the Shipping ML canary simulation.`,
    'A sketch to adapt, not a drop-in file: the namespace, image, Prometheus address and the queries\' metric and',
    'label names (service, namespace, pod) are examples and must match your cluster and scrape config.',
    '',
    'Settings used:',
    `  steps ${strategy.steps.join(' → ')} % canary weight, pausing ${goDuration(strategy.pauseS)} after each but the last;`,
    `  one measurement every ${goDuration(strategy.intervalS)} per metric. Successful: success rate >= ${tidy(minSuccessRate)} and p99 <= ${tidy(maxP99Ms)} ms;`,
    `  Failed: success rate < ${tidy(strategy.failureSuccessRate)} or p99 > ${tidy(maxP99Ms * strategy.failureLatencyFactor)} ms; Inconclusive in between.`,
    `  failureLimit ${strategy.failureLimit} (one more failure aborts and returns all traffic to stable),`,
    `  inconclusiveLimit ${strategy.inconclusiveLimit} (one more pauses the rollout for a human).`,
    '',
    'Notes:',
    `- Without spec.strategy.canary.trafficRouting Argo splits traffic by pod counts: ${replicas} replicas ${exact ? 'make every weight an exact number of pods' : 'only approximate these weights'}.`,
    `- The pod template holds the new release (${target.canaryVersion}). A canary starts when the template changes, so deploy`,
    `  ${target.stableVersion} first, then change the image tag to ${target.canaryVersion}.`,
    '- Each metric counts its own failed and inconclusive measurements; the simulation counts one combined check.',
    `- Queries select the canary's pods by name (${target.name}-<pod-template-hash>-…). With no canary traffic a query returns`,
    '  no data, the measurement errors, and 5 errors in a row (consecutiveErrorLimit defaults to 4) abort the rollout.',
  ];
}

/** The Rollout and the AnalysisTemplate as one YAML file (two documents), after the header comment. */
export function argoRolloutYaml(strategy: ArgoStrategy, target: CanaryTarget = RELAY_SCORER): string {
  const { rollout, analysisTemplate } = argoRollout(strategy, target);
  return multiDocumentYaml(argoRolloutHeader(strategy, target), [rollout, analysisTemplate], ['pause']);
}
