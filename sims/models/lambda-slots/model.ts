import type { RunOptions } from '../../engine/budget.ts';
import { validate } from '../../params/validate.ts';
import { createRng } from '../../rng/xoshiro128.ts';
import type { Estimate } from '../../stats/batch-means.ts';
import type { Trace } from '../../trace/types.ts';
import { creationPlan, natMs, perPacketUs, rootRules, tunnelMs } from './costs.ts';
import { CreationDraws, simulateCreation, type CreationResult } from './creation.ts';
import { jitterTable } from './jitter.ts';
import { params, type Params } from './params.ts';
import { arrivalsOf, replicate, type ColdStats } from './replicate.ts';
import { lockTheory, type LockTheory } from './theory.ts';
import { BootTracer, packetTrace, slotRecorder } from './trace.ts';

/** The headline numbers of a run, flat, for the CLI's JSON and for tests. */
export interface Summary {
  coldStartNetworkP50Ms: number;
  coldStartNetworkP99Ms: number;
  coldStartNetworkMeanMs: number;
  /** p99 of cold starts arriving before the burst, and inside it. */
  steadyP99Ms: number;
  burstP99Ms: number;
  meanLockWaitMs: number;
  /** The cold start's network work with no one else on the lock: the sum of its steps. */
  noContentionMs: number;
  tunnelSetupMs: number;
  natSetupMs: number;
  bootSeconds: number;
  parallelCreateSeconds: number;
  rootRules: number;
  perPacketUsAtLastSlot: number;
  perPacketUsAtFirstSlot: number;
  coldStartsPerRun: number;
}

/** What one `lambda-slots` run returns: JSON-safe. */
export interface Result {
  model: 'lambda-slots';
  params: Params;
  notes: string[];
  summary: Summary;
  /** 95% half-widths of the summary's simulated numbers (over replications), by name. */
  ci95: Partial<Record<keyof Summary, number | null>>;
  /** The lock as M/G/1 at the steady rate (Pollaczek–Khinchine). */
  theory: LockTheory;
  /** Parallel creation of every slot at the run's ordering and thread count. */
  creation: CreationResult;
  truncated: boolean;
  message: string | null;
  /**
   * Only when `options.trace` asked for it, the live view `liveView` chooses (typed arrays, not
   * JSON): the cold starts of the first replication through the lock and the off-lock steps, from
   * just before the burst; packets of the last slot walking their rules, both placements; or the
   * parallel creation of every slot, from the boot's start.
   */
  trace?: Trace;
}

/** Everything `run` computes, with the replications kept for figures. */
export interface Detail {
  result: Result;
  cold: ColdStats;
}

const on = (s: string) => s === 'true';

/** The creation streams: a long jump away from the cold-start streams of the same seed. */
export function creationRng(seed: number) {
  const r = createRng(seed);
  r.longJump();
  return r;
}

/** The step-time multipliers of the creation runs at `seed`: the run's own creation, and the figures' sweeps at theirs. */
export function creationDraws(p: Params, seed: number): CreationDraws {
  return new CreationDraws(jitterTable(p.stepScv), creationRng(seed).split());
}

/** Boot time (s): every slot when pre-created; on demand, only the dummy-VNI tunnels (with eBPF) or nothing. */
export function bootOf(p: Params, all: CreationResult, options: RunOptions = {}): number {
  if (p.strategy === 'pre-create') return all.seconds;
  if (!on(p.ebpfTunnel)) return 0;
  return simulateCreation(
    creationPlan(p, p.slots, true, true),
    p.parallelism,
    new CreationDraws(jitterTable(p.stepScv), creationRng(p.seed)),
    options,
  ).seconds;
}

/** Runs the model and keeps the replications (for `explore`). */
export function runDetail(input: Readonly<Record<string, unknown>> = {}, options: RunOptions = {}): Detail {
  const { value: p, notes } = validate(params, input as Record<string, unknown>);
  const a = arrivalsOf(p);
  // The live view asked for (options.trace), recorded by the part of the run it shows.
  const view = options.trace ? p.liveView : null;
  const cold = replicate(p, p.strategy, view === 'cold-starts' ? slotRecorder(options.trace!, p, a) : undefined);
  const plan = creationPlan(p, p.slots);
  const boot = view === 'boot' ? new BootTracer(options.trace!, p, plan, on(p.lockFriendly)) : undefined;
  const creation = simulateCreation(plan, p.parallelism, creationDraws(p, p.seed), options, boot);
  const trace = boot ? boot.finish(creation.seconds) : view === 'packet' ? packetTrace(p, options.trace!) : cold.trace;
  const v = (e: Estimate) => e.value;
  const summary: Summary = {
    coldStartNetworkP50Ms: v(cold.p50),
    coldStartNetworkP99Ms: v(cold.p99),
    coldStartNetworkMeanMs: v(cold.mean),
    steadyP99Ms: v(cold.steadyP99),
    burstP99Ms: v(cold.burstP99),
    meanLockWaitMs: v(cold.meanLockWait),
    noContentionMs: cold.path.lockMs + cold.path.offMs,
    tunnelSetupMs: tunnelMs(p),
    natSetupMs: natMs(p),
    bootSeconds: bootOf(p, creation),
    parallelCreateSeconds: creation.seconds,
    rootRules: rootRules(p),
    perPacketUsAtLastSlot: perPacketUs(p, p.slots),
    perPacketUsAtFirstSlot: perPacketUs(p, 1),
    coldStartsPerRun: cold.coldStarts,
  };
  const result: Result = {
    model: 'lambda-slots',
    params: p,
    notes,
    summary,
    ci95: {
      coldStartNetworkP50Ms: cold.p50.ci95,
      coldStartNetworkP99Ms: cold.p99.ci95,
      coldStartNetworkMeanMs: cold.mean.ci95,
      steadyP99Ms: cold.steadyP99.ci95,
      burstP99Ms: cold.burstP99.ci95,
      meanLockWaitMs: cold.meanLockWait.ci95,
    },
    theory: lockTheory(cold.path, cold.arrivals, jitterTable(p.stepScv).scv),
    creation,
    truncated: creation.truncated,
    message: creation.message,
    ...(trace && { trace }),
  };
  return { result, cold };
}

/**
 * Simulates a Lambda worker's network slots: cold starts through a burst (on demand or
 * pre-created, with each switch of the article), the RTNL lock as a FIFO single server,
 * parallel creation of every slot, and per-packet rule traversal. Input is validated (clamped
 * with notes; unknown names throw).
 */
export function run(input: Readonly<Record<string, unknown>> = {}, options: RunOptions = {}): Result {
  return runDetail(input, options).result;
}
