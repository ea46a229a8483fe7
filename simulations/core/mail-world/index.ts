// Public face of the shared synthetic mail world: generate seeded spam/ham mail and featurize it.
export { createMailWorld, sampleMessages, type ExpectedRate, type MailWorld, type SampleOptions } from './generator';
export { DEFAULT_MAIL_WORLD_CONFIG, resolveMailWorldConfig, type MailWorldConfig, type ResolvedMailWorldConfig } from './config';
export { inventWords, type Campaign, type CampaignSpec } from './campaigns';
export { DEFAULT_HASH_DIMS, FEATURE_COUNT, featureCount, featureNames, featurize, featurizeBatch } from './features';
export { MAX_WORDS, type Message } from './message';
export { DAY_MS, HOUR_MS, MINUTE_MS } from './daily-cycle';
export { LANGUAGES, VOCABULARY, type Language } from './vocabulary';
