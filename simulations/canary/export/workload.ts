// The service a canary export deploys (Relay's relay-scorer by default): names, image, port, Prometheus, and its pod template.

/** Where and what the exported YAML deploys. Every name here is one a reader will have to adapt. */
export interface CanaryTarget {
  /** Name of the Rollout / Deployment, of its `app` label and its Service. */
  readonly name: string;
  readonly namespace: string;
  /** Image repository without the tag. */
  readonly image: string;
  /** Tag of the version running now; the file does not contain it, the header mentions it. */
  readonly stableVersion: string;
  /** Tag of the new version, written into the pod template: changing the template is what starts a canary. */
  readonly canaryVersion: string;
  /** The container's HTTP port (Flagger's `service.port`). */
  readonly port: number;
  readonly prometheusAddress: string;
  /** Pods in the Rollout or Deployment; when absent each exporter picks its own default. */
  readonly replicas?: number;
}

/** relay-scorer as content/relay-names.md names it (port 8080, /healthz and /readyz); namespace, registry and Prometheus address are this export's own. */
export const RELAY_SCORER: CanaryTarget = {
  name: 'relay-scorer',
  namespace: 'relay',
  image: 'registry.example.com/relay/relay-scorer',
  stableVersion: 'v1',
  canaryVersion: 'v2',
  port: 8080,
  prometheusAddress: 'http://prometheus.monitoring:9090',
};

/** The app's own Prometheus metrics the queries read: a request counter with a `code` label, and a latency histogram in seconds. */
export const APP_METRICS = {
  requests: 'http_requests_total',
  durationBuckets: 'http_request_duration_seconds_bucket',
} as const;

/** The pod template both exporters use: one container with the version's image, the port named `http`, and the readiness/liveness endpoints. */
export interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: {
    containers: {
      name: string;
      image: string;
      ports: { name: string; containerPort: number; protocol: 'TCP' }[];
      readinessProbe: { httpGet: { path: string; port: string } };
      livenessProbe: { httpGet: { path: string; port: string } };
    }[];
  };
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const IMAGE_TAG = /^\w[\w.-]{0,127}$/;

/** Throws when a name, tag, port or address could not appear in a Kubernetes manifest as written. */
export function checkTarget(target: CanaryTarget): void {
  for (const [field, value] of [['name', target.name], ['namespace', target.namespace]] as const) {
    if (!DNS_LABEL.test(value) || value.length > 63) throw new Error(`The ${field} must be a DNS label (lowercase letters, digits, "-", at most 63 characters), got "${value}".`);
  }
  for (const [field, value] of [['stableVersion', target.stableVersion], ['canaryVersion', target.canaryVersion]] as const) {
    if (!IMAGE_TAG.test(value)) throw new Error(`The ${field} must be an image tag (letters, digits, "_", "." and "-"), got "${value}".`);
  }
  if (target.image.length === 0 || /[\s@]/.test(target.image) || /:[^/]*$/.test(target.image)) throw new Error(`The image must be a repository without a tag or digest, such as registry.example.com/relay/relay-scorer, got "${target.image}".`);
  if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65535) throw new RangeError(`The port must be a whole number from 1 to 65535, got ${target.port}.`);
  if (!/^https?:\/\/\S+$/.test(target.prometheusAddress)) throw new Error(`The Prometheus address must be an http(s) URL, got "${target.prometheusAddress}".`);
  if (target.replicas !== undefined && (!Number.isInteger(target.replicas) || target.replicas < 1)) throw new RangeError(`replicas must be a whole number ≥ 1, got ${target.replicas}.`);
}

/** The pod template running `version` of the target, labelled `app: <name>` (the selector label Flagger requires). */
export function podTemplate(target: CanaryTarget, version: string): PodTemplate {
  return {
    metadata: { labels: { app: target.name } },
    spec: {
      containers: [
        {
          name: target.name,
          image: `${target.image}:${version}`,
          ports: [{ name: 'http', containerPort: target.port, protocol: 'TCP' }],
          readinessProbe: { httpGet: { path: '/readyz', port: 'http' } },
          livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
        },
      ],
    },
  };
}
