// Numbers the canary engine and its view share, kept apart so the view never imports the engine (and TF.js) itself.

/** Simulated seconds per step: fine enough for 10-second analysis intervals, coarse enough that a 30-minute run is 360 steps. */
export const TICK_S = 5;
/** How long the on-call engineer takes to answer a paused rollout. */
export const HUMAN_DELAY_S = 300;
