// The catalogue of simulations: id → metadata and a lazy loader. Content validates ids against it.
export interface SimulationEntry {
  title: string;
  summary: string;
}

/** Every simulation the site ships. Each simulation's issue adds its entry here. */
export const simulations: Record<string, SimulationEntry> = {};

export const simulationIds: readonly string[] = Object.keys(simulations);
