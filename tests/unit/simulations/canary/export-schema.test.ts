// The exported YAML against required-field lists written from the Argo Rollouts and Flagger CRDs and docs: kinds, types, required fields, no unknown fields.
//
// Sources (read for this file; the schemas below are hand-written subsets, not copies):
// - argoproj/argo-rollouts @ 9f8d111 (v1.10 development): manifests/crds/rollout-crd.yaml and
//   manifests/crds/analysis-template-crd.yaml (openAPIV3Schema `required` lists and types),
//   pkg/apis/rollouts/v1alpha1/analysis_types.go (Metric fields), docs/features/analysis.md
//   (background analysis, startingStep, args with podTemplateHashValue, Inconclusive when neither
//   condition holds, initialDelay) and docs/features/specification.md ("pause: duration … units: s, m, h").
// - fluxcd/flagger v1.44.0: artifacts/flagger/crd.yaml (Canary requires spec.targetRef and
//   spec.analysis, targetRef requires apiVersion/kind/name, service requires port, metric requires
//   name, templateRef requires name; MetricTemplate requires spec.provider.type and spec.query),
//   docs/gitbook/usage/metrics.md (builtin request-success-rate in percent, request-duration in ms).
// - Kubernetes apps/v1 Deployment: spec.selector and spec.template are required; a container needs a name.
// Fields the CRDs leave optional but this strategy needs (steps, analysis, interval, limits) are
// marked required here too. Objects are closed: a misspelt field would be pruned by the API server
// without an error, so the check rejects any field the schema does not list.
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { argoRollout, argoRolloutYaml } from '../../../../simulations/canary/export/argo-rollout';
import { flaggerCanaryYaml } from '../../../../simulations/canary/export/flagger-canary';
import { DEFAULT_STRATEGIES } from '../../../../simulations/canary/strategies/config';

type Schema =
  | { type: 'string'; pattern?: RegExp; const?: string }
  | { type: 'integer' | 'number'; minimum?: number; maximum?: number }
  | { type: 'array'; items: Schema; minItems?: number }
  | { type: 'object'; properties: Record<string, Schema>; required?: readonly string[]; open?: boolean }
  | { type: 'map' }; // string → string, such as labels

/** Go durations as the exporter writes them: one unit of s, m or h (time.ParseDuration reads them). */
const DURATION: Schema = { type: 'string', pattern: /^\d+(s|m|h)$/ };
const DNS_LABEL: Schema = { type: 'string', pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/ };
const PERCENT: Schema = { type: 'integer', minimum: 0, maximum: 100 };
const COUNT: Schema = { type: 'integer', minimum: 0 };
const str = (constValue?: string): Schema => (constValue === undefined ? { type: 'string' } : { type: 'string', const: constValue });
const object = (properties: Record<string, Schema>, required: readonly string[] = Object.keys(properties), open = false): Schema => ({ type: 'object', properties, required, open });
const arrayOf = (items: Schema, minItems = 1): Schema => ({ type: 'array', items, minItems });

const METADATA = object({ name: DNS_LABEL, namespace: DNS_LABEL, labels: { type: 'map' } }, ['name', 'namespace']);
const PROBE = object({ httpGet: object({ path: str(), port: str() }) });
const POD_TEMPLATE = object({
  metadata: object({ labels: { type: 'map' } }),
  spec: object(
    {
      containers: arrayOf(
        object(
          {
            name: DNS_LABEL,
            image: { type: 'string', pattern: /^[^\s:@]+(:\d+)?\/[^\s:@]+:[\w][\w.-]*$/ },
            ports: arrayOf(object({ name: str(), containerPort: { type: 'integer', minimum: 1, maximum: 65535 }, protocol: str('TCP') }, ['containerPort'])),
            readinessProbe: PROBE,
            livenessProbe: PROBE,
          },
          ['name', 'image'],
        ),
      ),
    },
    ['containers'],
  ),
});
const SELECTOR = object({ matchLabels: { type: 'map' } });

const ARGO_STEP: Schema = object({ setWeight: PERCENT, pause: object({ duration: DURATION }, []) }, []);
const ROLLOUT = object({
  apiVersion: str('argoproj.io/v1alpha1'),
  kind: str('Rollout'),
  metadata: METADATA,
  spec: object({
    replicas: { type: 'integer', minimum: 1 },
    selector: SELECTOR,
    template: POD_TEMPLATE,
    strategy: object({
      canary: object({
        steps: arrayOf(ARGO_STEP),
        analysis: object(
          {
            templates: arrayOf(object({ templateName: DNS_LABEL })),
            startingStep: COUNT,
            args: arrayOf(object({ name: str(), valueFrom: object({ podTemplateHashValue: { type: 'string', pattern: /^(Stable|Latest)$/ } }) })),
          },
          ['templates'],
        ),
      }),
    }),
  }),
});
const ANALYSIS_TEMPLATE = object({
  apiVersion: str('argoproj.io/v1alpha1'),
  kind: str('AnalysisTemplate'),
  metadata: METADATA,
  spec: object(
    {
      args: arrayOf(object({ name: str() })),
      metrics: arrayOf(
        object({
          name: str(),
          interval: DURATION,
          initialDelay: DURATION,
          successCondition: { type: 'string', pattern: /^result\[0\] (>=|<=) \d+(\.\d+)?$/ },
          failureCondition: { type: 'string', pattern: /^result\[0\] (<|>) \d+(\.\d+)?$/ },
          failureLimit: COUNT,
          inconclusiveLimit: COUNT,
          provider: object({ prometheus: object({ address: { type: 'string', pattern: /^https?:\/\// }, query: str() }) }),
        }),
      ),
    },
    ['metrics'],
  ),
});

const DEPLOYMENT = object({
  apiVersion: str('apps/v1'),
  kind: str('Deployment'),
  metadata: METADATA,
  spec: object({ replicas: { type: 'integer', minimum: 1 }, selector: SELECTOR, template: POD_TEMPLATE }, ['selector', 'template']),
});
const FLAGGER_METRIC = object(
  {
    name: str(),
    templateRef: object({ name: DNS_LABEL, namespace: DNS_LABEL }, ['name']),
    interval: DURATION,
    thresholdRange: object({ min: { type: 'number', minimum: 0, maximum: 100 }, max: { type: 'number', minimum: 0 } }, []),
  },
  ['name', 'interval', 'thresholdRange'],
);
const CANARY = object({
  apiVersion: str('flagger.app/v1beta1'),
  kind: str('Canary'),
  metadata: METADATA,
  spec: object({
    targetRef: object({ apiVersion: str('apps/v1'), kind: str('Deployment'), name: DNS_LABEL }),
    service: object({ port: { type: 'integer', minimum: 1, maximum: 65535 } }),
    analysis: object({ interval: DURATION, threshold: { type: 'integer', minimum: 1 }, maxWeight: PERCENT, stepWeight: PERCENT, metrics: arrayOf(FLAGGER_METRIC) }),
  }),
});
const METRIC_TEMPLATE = object({
  apiVersion: str('flagger.app/v1beta1'),
  kind: str('MetricTemplate'),
  metadata: METADATA,
  spec: object({ provider: object({ type: str('prometheus'), address: { type: 'string', pattern: /^https?:\/\// } }, ['type']), query: str() }),
});

const SCHEMAS: Record<string, Schema> = { Rollout: ROLLOUT, AnalysisTemplate: ANALYSIS_TEMPLATE, Deployment: DEPLOYMENT, Canary: CANARY, MetricTemplate: METRIC_TEMPLATE };

/** Every place `value` breaks `schema`, as "path: problem" lines; empty when it fits. */
function problems(value: unknown, schema: Schema, path = '$'): string[] {
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected a string, got ${JSON.stringify(value)}`];
      if (schema.const !== undefined && value !== schema.const) return [`${path}: expected "${schema.const}", got "${value}"`];
      return schema.pattern && !schema.pattern.test(value) ? [`${path}: "${value}" does not match ${schema.pattern}`] : [];
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || (schema.type === 'integer' && !Number.isInteger(value))) return [`${path}: expected ${schema.type === 'integer' ? 'an integer' : 'a number'}, got ${JSON.stringify(value)}`];
      if ((schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum)) return [`${path}: ${value} is outside [${schema.minimum}, ${schema.maximum}]`];
      return [];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected an array`];
      return [...(value.length < (schema.minItems ?? 0) ? [`${path}: expected at least ${schema.minItems} item(s)`] : []), ...value.flatMap((item, i) => problems(item, schema.items, `${path}[${i}]`))];
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected a map`];
      return Object.entries(value).flatMap(([key, item]) => (typeof item === 'string' ? [] : [`${path}.${key}: expected a string value`]));
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object`];
      const record = value as Record<string, unknown>;
      return [
        ...(schema.required ?? []).filter((key) => !(key in record)).map((key) => `${path}.${key}: required`),
        ...Object.entries(record).flatMap(([key, item]) => {
          const field = schema.properties[key];
          if (field) return problems(item, field, `${path}.${key}`);
          return schema.open ? [] : [`${path}.${key}: not a field of this kind (would be pruned)`];
        }),
      ];
    }
  }
}

function validate(text: string): { kinds: string[]; errors: string[] } {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) throw new Error('expected documents');
  const objects = docs.map((doc) => doc.toJS() as { kind?: string });
  return {
    kinds: objects.map((o) => String(o.kind)),
    errors: objects.flatMap((o, i) => {
      const schema = SCHEMAS[String(o.kind)];
      return schema ? problems(o, schema, `doc[${i}]`) : [`doc[${i}]: unexpected kind ${String(o.kind)}`];
    }),
  };
}

describe('the schema check itself', () => {
  it('catches a missing required field, a wrong type, an unknown field and a bad duration', () => {
    const bad = structuredClone(argoRollout(DEFAULT_STRATEGIES.argo).analysisTemplate) as unknown as { spec: { metrics: Record<string, unknown>[] } };
    delete bad.spec.metrics[0]!.provider;
    bad.spec.metrics[0]!.failureLimit = '1';
    bad.spec.metrics[0]!.inconclusiveLimt = 1;
    bad.spec.metrics[1]!.interval = '1 minute';
    expect(problems(bad, ANALYSIS_TEMPLATE)).toEqual([
      '$.spec.metrics[0].provider: required',
      '$.spec.metrics[0].failureLimit: expected an integer, got "1"',
      '$.spec.metrics[0].inconclusiveLimt: not a field of this kind (would be pruned)',
      '$.spec.metrics[1].interval: "1 minute" does not match /^\\d+(s|m|h)$/',
    ]);
  });
});

describe('the exports fit the required-field lists', () => {
  it.each([
    ['defaults', DEFAULT_STRATEGIES.argo],
    ['other steps and timings', { ...DEFAULT_STRATEGIES.argo, steps: [5, 10, 25, 50, 100], pauseS: 90, intervalS: 30, failureLimit: 0, inconclusiveLimit: 3 }],
    ['a single step', { ...DEFAULT_STRATEGIES.argo, steps: [100] }],
  ])('Argo Rollout + AnalysisTemplate (%s)', (_, strategy) => {
    expect(validate(argoRolloutYaml(strategy))).toEqual({ kinds: ['Rollout', 'AnalysisTemplate'], errors: [] });
  });

  it('Flagger Deployment + Canary with builtin metrics', () => {
    expect(validate(flaggerCanaryYaml(DEFAULT_STRATEGIES.flagger))).toEqual({ kinds: ['Deployment', 'Canary'], errors: [] });
  });

  it('Flagger MetricTemplates + Deployment + Canary with the app’s metrics', () => {
    const strategy = { ...DEFAULT_STRATEGIES.flagger, intervalS: 90, stepWeight: 5, maxWeight: 100, threshold: 10 };
    expect(validate(flaggerCanaryYaml(strategy, undefined, { metrics: 'app' }))).toEqual({ kinds: ['MetricTemplate', 'MetricTemplate', 'Deployment', 'Canary'], errors: [] });
  });
});
