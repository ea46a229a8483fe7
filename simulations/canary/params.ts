// The canary simulation's one param table: the new version, the traffic, the rollout strategy and its checks.
import { choiceParam, defineParams, intParam, numberParam, seedParam, type ParamValues } from '../core/params';

export const params = defineParams({
  // What is being shipped.
  variant: choiceParam({
    key: 'v2',
    label: 'The new version (v2)',
    default: 'better',
    options: [
      { value: 'better', label: 'Better: trained on the new campaign too' },
      { value: 'same', label: 'The same model as v1' },
      { value: 'worse', label: 'Subtly worse: catches less spam' },
      { value: 'broken', label: 'Broken: fails some requests' },
      { value: 'slow', label: 'Slow: three times the latency' },
      { value: 'segment', label: 'Worse on German mail only' },
    ],
    help: 'What v2 really is. Only the checks you set up decide whether the rollout finds out: latency and errors are visible at once, spam caught only once users’ reports (the labels) arrive.',
  }),
  brokenErrorRate: numberParam({ key: 'err', label: 'Broken v2: failed requests', default: 0.1, min: 0.005, max: 0.5, step: 0.005, unit: 'share', help: 'How often the broken v2 fails a request. v1 fails one in a thousand.' }),
  // The traffic.
  requestRate: numberParam({ key: 'rate', label: 'Requests', default: 50, min: 0.05, max: 200, step: 0.05, scale: 'log', unit: 'per second', help: 'Mean arrival rate of scoring requests (Poisson). At low rates a canary at 20 % sees only a handful of requests per interval.' }),
  labelDelay: intParam({ key: 'delay', label: 'Label delay', default: 15, min: 0, max: 60, unit: 'minutes', help: 'How long until a scored message’s true label is known (a user reports spam or rescues mail). Until then its spam-catch quality cannot be measured.' }),
  // The rollout.
  strategy: choiceParam({
    key: 'strategy',
    label: 'Strategy',
    default: 'argo',
    options: [
      { value: 'argo', label: 'Canary steps with an analysis run (Argo Rollouts)' },
      { value: 'flagger', label: 'Canary by step weight and failed-check threshold (Flagger)' },
      { value: 'kayenta', label: 'Canary judged against a fresh baseline (Kayenta)' },
      { value: 'shadow', label: 'Shadow: mirror traffic, users see only v1' },
      { value: 'blue-green', label: 'Blue-green: switch everything at once' },
    ],
    help: 'How traffic moves from v1 to v2 and what decides: fixed health thresholds (Argo, Flagger, blue-green), a statistical judge comparing v2 with a baseline started at the same time (Kayenta), or no user traffic at all (shadow).',
  }),
  interval: intParam({ key: 'interval', label: 'Analysis interval', default: 60, min: 10, max: 300, step: 5, unit: 's', help: 'How often the checks run, each over the requests since the last one.' }),
  stepWeight: intParam({ key: 'step', label: 'Step weight', default: 20, min: 5, max: 50, step: 5, unit: '%', help: 'How much traffic each step adds to the canary. Argo: 20 gives 20 → 40 → 60 → 80 → 100. Flagger and Kayenta: added every passing interval up to the maximum weight.' }),
  maxWeight: intParam({ key: 'max', label: 'Maximum canary weight', default: 50, min: 10, max: 100, step: 5, unit: '%', help: 'Flagger and Kayenta promote once the canary has passed at this weight. Kayenta also sends the same share to the baseline, so its canary weight stops at 50 %.' }),
  pause: numberParam({ key: 'pause', label: 'Pause per step', default: 2, min: 0.5, max: 10, step: 0.5, unit: 'minutes', help: 'Argo: how long each setWeight step holds before the next.' }),
  failureLimit: intParam({ key: 'flimit', label: 'Failure limit', default: 1, min: 0, max: 5, unit: 'measurements', help: 'Argo: failed measurements tolerated; one more aborts the rollout. Argo’s own default is 0.' }),
  threshold: intParam({ key: 'threshold', label: 'Failed-check threshold', default: 2, min: 1, max: 10, unit: 'checks', help: 'Flagger and blue-green: roll back once this many checks have failed.' }),
  onPause: choiceParam({
    key: 'human',
    label: 'When the rollout pauses',
    default: 'wait',
    options: [
      { value: 'wait', label: 'Nobody answers: it stays paused' },
      { value: 'resume', label: 'The on-call engineer resumes it after 5 minutes' },
      { value: 'abort', label: 'The on-call engineer aborts it after 5 minutes' },
    ],
    help: 'An inconclusive analysis pauses an Argo rollout until a human runs promote or abort; meanwhile the canary keeps its share of traffic.',
  }),
  // The checks.
  minSuccessRate: numberParam({ key: 'success', label: 'Minimum success rate', default: 0.99, min: 0.9, max: 0.999, step: 0.001, unit: '', help: 'A check passes when at least this share of the canary’s requests succeeded in the interval.' }),
  maxP99: intParam({ key: 'p99', label: 'Maximum p99 latency', default: 50, min: 10, max: 500, step: 5, unit: 'ms', help: 'A check passes when the canary’s 99th-percentile latency in the interval is at most this. Relay’s scorer has a 50 ms p99 budget.' }),
  passScore: intParam({ key: 'pass', label: 'Judge: pass score', default: 95, min: 50, max: 100, unit: 'points', help: 'Kayenta: a score at or above this passes the interval.' }),
  marginalScore: intParam({ key: 'marginal', label: 'Judge: marginal score', default: 75, min: 0, max: 100, unit: 'points', help: 'Kayenta: between this and the pass score the step holds; below it the canary is rolled back.' }),
  minDataPoints: intParam({ key: 'minpts', label: 'Judge: minimum data points', default: 50, min: 5, max: 1000, unit: 'requests', help: 'Kayenta: with fewer requests than this per version and interval, the judge says "not enough data" instead of passing.' }),
  // The run.
  duration: intParam({ key: 'run', label: 'Run length', default: 30, min: 5, max: 120, unit: 'minutes', help: 'Simulated time the run covers, rollout and after.' }),
  seed: seedParam(),
});

export type CanaryParams = ParamValues<typeof params>;
export type Variant = CanaryParams['variant'];
export type StrategyName = CanaryParams['strategy'];

/** How the settings panel groups the params. */
export const PARAM_GROUPS: readonly { title: string; names: readonly (keyof CanaryParams)[] }[] = [
  { title: 'Release', names: ['variant', 'brokenErrorRate', 'requestRate', 'labelDelay'] },
  { title: 'Rollout', names: ['strategy', 'interval', 'stepWeight', 'maxWeight', 'pause', 'failureLimit', 'threshold', 'onPause'] },
  { title: 'Checks', names: ['minSuccessRate', 'maxP99', 'passScore', 'marginalScore', 'minDataPoints'] },
  { title: 'Run', names: ['duration', 'seed'] },
];

/** Settings that mean nothing under a strategy; the panel hides them so a reader is not misled. */
export const UNUSED_BY: Readonly<Record<StrategyName, readonly (keyof CanaryParams)[]>> = {
  argo: ['maxWeight', 'threshold', 'passScore', 'marginalScore', 'minDataPoints'],
  flagger: ['pause', 'failureLimit', 'onPause', 'passScore', 'marginalScore', 'minDataPoints'],
  kayenta: ['pause', 'failureLimit', 'threshold', 'onPause', 'minSuccessRate', 'maxP99'],
  shadow: ['stepWeight', 'maxWeight', 'pause', 'failureLimit', 'threshold', 'onPause', 'passScore', 'marginalScore', 'minDataPoints'],
  'blue-green': ['stepWeight', 'maxWeight', 'pause', 'failureLimit', 'onPause', 'passScore', 'marginalScore', 'minDataPoints'],
};
