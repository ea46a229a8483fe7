// A Flagger strategy as the target Deployment and a Canary (plus MetricTemplates for the app's own metrics, if asked), as objects and as YAML.
import type { FlaggerStrategy } from '../strategies/config';
import { goDuration } from './duration';
import { checkCriteria, checkWhole, successPercent, tidy } from './thresholds';
import { APP_METRICS, RELAY_SCORER, checkTarget, podTemplate, type CanaryTarget, type PodTemplate } from './workload';
import { multiDocumentYaml } from './yaml-file';

export const FLAGGER_API_VERSION = 'flagger.app/v1beta1';
/** Replicas of the Deployment when the target names none; with a mesh or ingress, traffic weights do not depend on pod counts. */
export const DEFAULT_FLAGGER_REPLICAS = 2;

/**
 * Which metrics the Canary checks. "builtin": Flagger's request-success-rate and request-duration,
 * computed from the mesh's or ingress controller's own metrics, so no MetricTemplate is needed.
 * "app": the same two checks over relay-scorer's own http_requests_total and latency histogram,
 * through two MetricTemplates.
 */
export type FlaggerMetricSource = 'builtin' | 'app';

export interface FlaggerExportOptions {
  /** Default "builtin". */
  metrics?: FlaggerMetricSource;
}

export interface FlaggerDeployment {
  apiVersion: 'apps/v1';
  kind: 'Deployment';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: PodTemplate };
}

export interface FlaggerCanaryMetric {
  name: string;
  templateRef?: { name: string; namespace: string };
  interval: string;
  thresholdRange: { min: number } | { max: number };
}

export interface FlaggerCanary {
  apiVersion: typeof FLAGGER_API_VERSION;
  kind: 'Canary';
  metadata: { name: string; namespace: string };
  spec: {
    targetRef: { apiVersion: 'apps/v1'; kind: 'Deployment'; name: string };
    service: { port: number };
    analysis: { interval: string; threshold: number; maxWeight: number; stepWeight: number; metrics: FlaggerCanaryMetric[] };
  };
}

export interface FlaggerMetricTemplate {
  apiVersion: typeof FLAGGER_API_VERSION;
  kind: 'MetricTemplate';
  metadata: { name: string; namespace: string };
  spec: { provider: { type: 'prometheus'; address: string }; query: string };
}

export interface FlaggerCanaryFile {
  deployment: FlaggerDeployment;
  canary: FlaggerCanary;
  /** Empty with builtin metrics. */
  metricTemplates: FlaggerMetricTemplate[];
}

/** Throws unless the strategy fits Flagger's fields: whole percentages with 1 ≤ stepWeight ≤ maxWeight ≤ 100, and threshold ≥ 1. */
export function checkFlaggerStrategy(strategy: FlaggerStrategy): void {
  checkWhole('stepWeight', strategy.stepWeight, 1, 100);
  checkWhole('maxWeight', strategy.maxWeight, strategy.stepWeight, 100);
  checkWhole('threshold', strategy.threshold, 1);
  checkCriteria(strategy.criteria);
  goDuration(strategy.intervalS);
}

/**
 * Flagger's `{{ target }}-…` pod pattern (as in its Gateway API builtin queries): matches the
 * canary's pods <target>-<hash>-<suffix>, not the primary's <target>-primary-<hash>-<suffix>.
 */
const CANARY_PODS = 'namespace="{{ namespace }}", pod=~"{{ target }}-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)"';

/** MetricTemplate query: the canary's success rate in percent, as request-success-rate reports it. */
export const FLAGGER_SUCCESS_RATE_QUERY = [
  '100 * (1 - (',
  `  sum(rate(${APP_METRICS.requests}{${CANARY_PODS}, code=~"5.."}[{{ interval }}]))`,
  '  or vector(0)',
  `) / sum(rate(${APP_METRICS.requests}{${CANARY_PODS}}[{{ interval }}])))`,
].join('\n');

/** MetricTemplate query: the canary's p99 latency in milliseconds, as request-duration reports it. */
export const FLAGGER_P99_QUERY = ['1000 * histogram_quantile(0.99,', `  sum by (le) (rate(${APP_METRICS.durationBuckets}{${CANARY_PODS}}[{{ interval }}]))`, ')'].join('\n');

/**
 * A Deployment running the new version and a Canary that, every interval, checks the success rate
 * (percent, `thresholdRange.min`) and p99 latency (milliseconds, `thresholdRange.max`) over one
 * interval, adds stepWeight up to maxWeight while they pass, then promotes; at `threshold` failed
 * checks it rolls back.
 */
export function flaggerCanary(strategy: FlaggerStrategy, target: CanaryTarget = RELAY_SCORER, options: FlaggerExportOptions = {}): FlaggerCanaryFile {
  checkFlaggerStrategy(strategy);
  checkTarget(target);
  const source = options.metrics ?? 'builtin';
  const interval = goDuration(strategy.intervalS);
  const successMin = { min: successPercent(strategy.criteria.minSuccessRate) };
  const latencyMax = { max: tidy(strategy.criteria.maxP99Ms) };

  const metricTemplates: FlaggerMetricTemplate[] =
    source === 'app'
      ? [
          ['success-rate', FLAGGER_SUCCESS_RATE_QUERY],
          ['p99-latency-ms', FLAGGER_P99_QUERY],
        ].map(([suffix, query]) => ({
          apiVersion: FLAGGER_API_VERSION,
          kind: 'MetricTemplate',
          metadata: { name: `${target.name}-${suffix}`, namespace: target.namespace },
          spec: { provider: { type: 'prometheus', address: target.prometheusAddress }, query: query! },
        }))
      : [];
  const ref = (template: FlaggerMetricTemplate) => ({ name: template.metadata.name, templateRef: { name: template.metadata.name, namespace: template.metadata.namespace } });
  const metrics: FlaggerCanaryMetric[] =
    source === 'app'
      ? [
          { ...ref(metricTemplates[0]!), interval, thresholdRange: successMin },
          { ...ref(metricTemplates[1]!), interval, thresholdRange: latencyMax },
        ]
      : [
          { name: 'request-success-rate', interval, thresholdRange: successMin },
          { name: 'request-duration', interval, thresholdRange: latencyMax },
        ];

  const deployment: FlaggerDeployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: target.name, namespace: target.namespace, labels: { app: target.name } },
    spec: { replicas: target.replicas ?? DEFAULT_FLAGGER_REPLICAS, selector: { matchLabels: { app: target.name } }, template: podTemplate(target, target.canaryVersion) },
  };
  const canary: FlaggerCanary = {
    apiVersion: FLAGGER_API_VERSION,
    kind: 'Canary',
    metadata: { name: target.name, namespace: target.namespace },
    spec: {
      targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target.name },
      service: { port: target.port },
      analysis: { interval, threshold: strategy.threshold, maxWeight: strategy.maxWeight, stepWeight: strategy.stepWeight, metrics },
    },
  };
  return { deployment, canary, metricTemplates };
}

/** The header comment: where the file came from, the settings it encodes, and what to adapt. */
export function flaggerCanaryHeader(strategy: FlaggerStrategy, target: CanaryTarget = RELAY_SCORER, options: FlaggerExportOptions = {}): string[] {
  const interval = goDuration(strategy.intervalS);
  const steps = Math.ceil(strategy.maxWeight / strategy.stepWeight);
  const source = options.metrics ?? 'builtin';
  return [
    `Flagger canary for ${target.name}, generated by the Shipping ML canary simulation.`,
    'A sketch to adapt, not a drop-in file: the namespace, image and port are examples and must match your cluster.',
    '',
    'Settings used:',
    `  every ${interval}, check the canary; while checks pass, add ${strategy.stepWeight} % up to ${strategy.maxWeight} %, then promote`,
    `  (promotion after about ${steps} × ${interval} = interval × maxWeight / stepWeight). A check passes when the success rate is`,
    `  >= ${successPercent(strategy.criteria.minSuccessRate)} % and p99 latency <= ${tidy(strategy.criteria.maxP99Ms)} ms; at ${strategy.threshold} failed checks Flagger rolls back`,
    `  (after ${strategy.threshold} × ${interval} = interval × threshold for a canary that fails every check).`,
    '',
    'Notes:',
    '- Flagger shifts traffic only through a service mesh or ingress controller: set spec.provider (istio, linkerd, nginx,',
    '  gatewayapi:v1, ...) or Flagger\'s -mesh-provider flag. It creates the -primary Deployment and the Services itself.',
    `- The Deployment holds the new release (${target.canaryVersion}). Apply it with ${target.stableVersion} first (Flagger copies it to ${target.name}-primary),`,
    `  then change the image tag to ${target.canaryVersion} to start the canary.`,
    ...(source === 'builtin'
      ? [
          '- request-success-rate and request-duration are Flagger\'s builtin checks over the provider\'s metrics (the mesh\'s or',
          '  ingress controller\'s; with Gateway API, http_request_duration_seconds with kubernetes_pod_name and status labels),',
          `  not ${target.name}'s own ${APP_METRICS.requests}. To check that, export with metrics: "app" (MetricTemplates).`,
        ]
      : [
          `- The MetricTemplates read ${target.name}'s own metrics for the canary's pods from ${target.prometheusAddress}; Prometheus must`,
          '  keep the namespace and pod labels, and the request counter a "code" label.',
        ]),
  ];
}

/** The Deployment, the Canary and any MetricTemplates as one YAML file, after the header comment. */
export function flaggerCanaryYaml(strategy: FlaggerStrategy, target: CanaryTarget = RELAY_SCORER, options: FlaggerExportOptions = {}): string {
  const { deployment, canary, metricTemplates } = flaggerCanary(strategy, target, options);
  return multiDocumentYaml(flaggerCanaryHeader(strategy, target, options), [...metricTemplates, deployment, canary]);
}
