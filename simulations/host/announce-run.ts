// Tells the page that a reader started a run of one simulation, from the simulation's own element so a <Predict> can tell embeds apart.
export const SIM_RUN_EVENT = 'sim:run';

export interface SimRunDetail {
  id: string;
}

/** Dispatches a bubbling `sim:run` event from `element` (or from window when the view has no element yet). */
export function announceRun(element: Element | null, id: string): void {
  const event = new CustomEvent<SimRunDetail>(SIM_RUN_EVENT, { bubbles: true, detail: { id } });
  (element ?? window).dispatchEvent(event);
}
