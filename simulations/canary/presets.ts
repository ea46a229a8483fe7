// The canary simulation's presets: one release story each, from a clean promotion to the regressions only labels reveal.
import { definePresets } from '../core/presets';
import { params } from './params';

export const presets = definePresets(params, {
  'good-release': {
    label: 'Good release',
    description: 'v2 was retrained on the new spam campaign. Argo Rollouts moves it through 20, 40, 60, 80 and 100 % with a measurement every minute; every measurement passes and v2 is promoted after 10 minutes. Once the labels arrive, 15 minutes later, they show it catches far more of the campaign’s spam than v1.',
    values: { variant: 'better' },
  },
  'broken-release': {
    label: 'Broken release',
    description: 'v2 fails one request in ten. At 20 % of traffic the first two measurements fail, one more than the failure limit of 1 allows, and the rollout aborts after 2 minutes: traffic returns to v1 at once. Only the users v2 answered in those 2 minutes were hurt.',
    values: { variant: 'broken' },
  },
  'slow-release': {
    label: 'Slow release',
    description: 'v2 is right as often as the good release but takes three times as long: its p99 is about 90 ms against a 50 ms budget. Flagger’s latency check fails at every interval and the canary is rolled back at the failed-check threshold, while v2’s error rate looks as good as v1’s.',
    values: { variant: 'slow', strategy: 'flagger' },
  },
  'low-traffic': {
    label: 'Low traffic',
    description: 'Twelve requests a minute, and a v2 that fails 3 % of them: three times the error budget. At 10 % of traffic the canary sees about one request per check, usually without a failure, so Flagger promotes it. Switch the strategy to the Kayenta judge: with fewer than 50 data points per version it answers “not enough data” and holds, instead of passing.',
    values: { variant: 'broken', brokenErrorRate: 0.03, requestRate: 0.2, strategy: 'flagger', stepWeight: 10, seed: 1 },
  },
  'quality-regression': {
    label: 'Quality regression',
    description: 'v2 was retrained on labels where a join bug turned 15 % of the spam into ham. It is as fast as v1 and never fails more, so every check is green and it is promoted after 10 minutes. Only the labels, arriving 15 minutes after each request, show that it catches much less spam, and by then it serves everyone.',
    values: { variant: 'worse', duration: 40 },
  },
  'segment-regression': {
    label: 'Segment regression',
    description: 'v2 serves German mail with a sender reputation of 0: its new lookup misses their domains. Latency, errors and overall spam caught all look better than v1, and v2 is promoted; only the labelled quality of German mail, a small share of traffic, shows most of it now goes to spam.',
    values: { variant: 'segment', duration: 40 },
  },
  'shadow-first': {
    label: 'Shadow first',
    description: 'v2 is broken, but it only receives mirrored copies of the traffic: every user gets v1’s answer. The mirrored requests show v2 failing, and the shadow run ends without a promotion. Nobody was harmed, but a shadow cannot show how users react to v2’s answers, because nobody sees them.',
    values: { variant: 'broken', strategy: 'shadow' },
  },
});

export type CanaryPresetId = keyof typeof presets;
