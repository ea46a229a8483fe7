// What the streaming engine hands the page after each step: plain data, drawn as-is by the view.

/** How the streaming job treated an event: in time, late but counted, or too late for its window. */
export type EventFate = 'on-time' | 'late' | 'dropped';

export interface EventPoint {
  id: number;
  /** When the message was received by Relay, ms since run start. */
  eventTime: number;
  /** When the streaming job read it, ms since run start. */
  arrival: number;
  /** 0-based partition index (shown to readers as partition index + 1). */
  partition: number;
  spam: boolean;
  fate: EventFate;
}

export type PaneTiming = 'early' | 'on-time' | 'late';

export interface Pane {
  timing: PaneTiming;
  /** Count the pane reports: new data only (discarding) or the total so far (accumulating). */
  value: number;
  /** Processing time the pane was emitted. */
  firedAt: number;
  /** The window's end when the pane fired (a session can grow afterwards by merging). */
  windowEnd: number;
  /** Job watermark when it was emitted (null for an early result before the first watermark). */
  watermark: number | null;
}

export interface WindowRow {
  /** Stable id, e.g. "120000-240000" or "p2:61234-95000" for a session of partition 2. */
  key: string;
  start: number;
  end: number;
  /** Partition of a session window; null for tumbling and sliding windows. */
  partition: number | null;
  /** Every message whose event time falls in the window, however late it arrives (the truth). */
  trueCount: number;
  /** Messages the streaming job put in the window (on time or within the allowed lateness). */
  counted: number;
  /** Messages that arrived too late for this window. */
  missed: number;
  panes: Pane[];
  /** open: no on-time result yet; fired: on-time result out, still taking late data; closed: state freed. */
  state: 'open' | 'fired' | 'closed';
  /** The batch job's count for this window, once a batch run has covered it. */
  batchCount: number | null;
}

export interface PartitionStatus {
  partition: number;
  /** This partition's own watermark (ms), or null before its first event. */
  watermark: number | null;
  /** Processing time of its latest event, or null. */
  lastArrival: number | null;
  /** True once the idleness timeout has excluded it from the job watermark. */
  idle: boolean;
  /** Recent arrivals on this partition (processing times), for the lanes view. */
  arrivals: number[];
}

export interface WatermarkPoint {
  /** Processing time. */
  t: number;
  /** Job watermark (event time), or null while no partition has a watermark yet. */
  watermark: number | null;
}

export interface FreshnessPoint {
  /** End of the evaluation interval, processing time. */
  t: number;
  batch: { precision: number; recall: number };
  streaming: { precision: number; recall: number };
  /** Messages scored in the interval, and how many were spam. */
  messages: number;
  spam: number;
}

export interface ModelSide {
  /** Training examples processed so far (rows × passes): a proxy for compute. */
  cost: number;
  /** Mean time from a message's event time until a model trained on it is serving, ms; null before any update. */
  latency: number | null;
  /** Processing times at which this model was updated. */
  updates: number[];
}

export interface StreamingTotals {
  /** Messages read by the streaming job so far. */
  arrived: number;
  onTime: number;
  late: number;
  dropped: number;
  /** Too-late messages kept in the side output (0 when too-late data is dropped). */
  sideOutput: number;
  /** Sum of every pane value emitted so far: what a naive downstream sum would report. */
  downstreamSum: number;
  /** Sum of `counted` over windows: what the panes should add up to. */
  countedTotal: number;
  /** Windows with a batch count that differs from the streaming job's count. */
  disagreements: number;
  /** Batch runs so far (processing times). */
  batchRuns: number[];
}

export interface StreamingSnapshot {
  /** Processing time reached, ms since run start. */
  now: number;
  /** Run length, ms. */
  duration: number;
  /** Current job watermark (event time), or null before the first one. */
  watermark: number | null;
  /** Events read in the visible span (the last few windows of processing time). */
  events: EventPoint[];
  /** Start of the visible span, processing time. */
  viewFrom: number;
  watermarkTrace: WatermarkPoint[];
  partitions: PartitionStatus[];
  /** Most recent windows, oldest first. */
  windows: WindowRow[];
  totals: StreamingTotals;
  freshness: {
    points: FreshnessPoint[];
    batch: ModelSide;
    streaming: ModelSide;
    /** When the campaign started, or null if there is none. */
    campaignStart: number | null;
  };
  /** TF.js tensors alive in the engine: must stay flat (leak guard). */
  tensors: number;
}
