import type { RunOptions } from '../../engine/budget.ts';
import { validate } from '../../params/validate.ts';
import type { LogHistogram } from '../../stats/histogram.ts';
import { serviceMoments } from './distributions.ts';
import { params, type Params } from './params.ts';
import { simulate } from './simulate.ts';
import { sojournHistogram, summarize, type Summary } from './summarize.ts';
import { queueTheory, type QueueTheory } from './theory.ts';
import { TraceRecorder } from '../../trace/recorder.ts';
import type { Station, Trace } from '../../trace/types.ts';

/** What one `queue` run returns: plain JSON-safe data, no classes, no typed arrays. */
export interface Result {
  model: 'queue';
  /** The parameters actually run, after validation. */
  params: Params;
  /** What validation changed (clamped, rounded, defaulted), one sentence each. */
  notes: string[];
  /** Offered load ρ = λ / (c μ). */
  offeredLoad: number;
  /** False when ρ ≥ 1: the line grows without bound and there is no steady state to report. */
  stable: boolean;
  /** True when the event budget stopped the run early; the summary covers what ran. */
  truncated: boolean;
  /** Why the run is unstable or truncated; null otherwise. */
  message: string | null;
  /** The measured steady state; null when unstable or when no measured customer finished. */
  summary: Summary | null;
  /** Closed-form values where queueing theory has them (Poisson arrivals), else null. */
  theory: QueueTheory | null;
  /** Sojourn times in log-spaced bins. */
  histogram: LogHistogram | null;
  /** Conservation: arrived = departed + inSystem. */
  counts: { arrived: number; departed: number; inSystem: number };
  /** Events processed and simulated time at the end. */
  events: number;
  simTime: number;
  /**
   * Only when `options.trace` asked for it: the events of a window of this very run, from the
   * first measured customer's arrival (typed arrays: the one field that is not plain JSON).
   */
  trace?: Trace;
}

/** The stations a `queue` trace shows: one line with c servers, or c lines of one server each. */
export function queueStations(p: Params): Station[] {
  if (p.discipline === 'shared')
    return [{ id: 'line', label: p.servers === 1 ? 'Server' : `${p.servers} servers, one line`, servers: p.servers }];
  return Array.from({ length: p.servers }, (_, k) => ({ id: `server-${k}`, label: `Server ${k + 1}`, servers: 1 }));
}

/** Options of `run`: a progress callback for a worker's progress bar, and an event budget. */
export type Options = RunOptions;

/**
 * Simulates a G/G/c FIFO queue (one shared line, or a line per server) and reports waits,
 * sojourn percentiles, utilization and Little's-law quantities with 95% confidence half-widths.
 * Input is validated (clamped with notes; unknown names throw). The default budget is
 * 20 events per customer, far above the two a customer needs, so it only bites when asked to.
 */
export function run(input: Partial<Params> | Readonly<Record<string, unknown>> = {}, options: Options = {}): Result {
  const { value: p, notes } = validate(params, input as Record<string, unknown>);
  const offeredLoad = (p.arrivalRate * serviceMoments(p).mean) / p.servers;
  const base = { model: 'queue' as const, params: p, notes, offeredLoad, theory: queueTheory(p) };
  if (!(offeredLoad < 1)) {
    return {
      ...base,
      stable: false,
      truncated: false,
      summary: null,
      histogram: null,
      message: `unstable: offered load ρ = λ/(cμ) = ${round(offeredLoad)} ≥ 1, so the line grows without bound and waits have no steady state`,
      counts: { arrived: 0, departed: 0, inSystem: 0 },
      events: 0,
      simTime: 0,
    };
  }
  const budget = options.budget ?? 20 * (p.warmup + p.customers) + 10_000;
  const rec = options.trace
    ? new TraceRecorder(options.trace, queueStations(p), ['customers'], 's', 'customer', 'servers')
    : undefined;
  const raw = simulate(p, { ...options, budget }, rec);
  const finished = raw.sojourn.count > 0;
  return {
    ...base,
    stable: true,
    truncated: raw.status.truncated,
    message: raw.status.message ?? null,
    summary: finished ? summarize(raw, p.servers) : null,
    histogram: finished ? sojournHistogram(raw) : null,
    counts: { arrived: raw.arrived, departed: raw.departed, inSystem: raw.inSystem },
    events: raw.status.work,
    simTime: raw.now,
    ...(rec && { trace: rec.finish() }),
  };
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
