import type { RunOptions } from '../../engine/budget.ts';
import type { Stat, View } from '../../figures/types.ts';
import { memo } from '../../engine/memo.ts';
import {
  bootFigure,
  burstFigure,
  creator,
  fmt,
  packetFigure,
  parallelFigure,
  SLOT_COUNTS,
  SWEEP_SEED,
  THREADS,
  type CreationSweep,
} from './figures.ts';
import { creationDraws, runDetail, type Detail } from './model.ts';
import { replicate } from './replicate.ts';
import { grouped } from '../../figures/format.ts';

/**
 * The page's view: headline numbers (with 95% intervals over replications, and the lock's
 * Pollaczek–Khinchine wait when there is no burst), then four figures: cold starts through the
 * burst for both strategies, per-packet rule cost by slot, parallel creation by thread count,
 * and boot time by slot count. Progress counts creation sweeps, the slow part.
 */
export function explore(input: Readonly<Record<string, unknown>>, options: RunOptions = {}): View {
  // The run itself gets only the trace request: progress counts the figures' sweeps below.
  const d = runDetail(input, options.trace ? { trace: options.trace } : {});
  const p = d.result.params;
  const total = 2 + 2 * (THREADS.length + 1) + 2 * (SLOT_COUNTS.length + 1);
  let done = 1;
  const tick = () => options.onProgress?.(++done, total);
  options.onProgress?.(done, total);
  const other = replicate(p, p.strategy === 'on-demand' ? 'pre-create' : 'on-demand');
  const [onDemand, preCreated] = p.strategy === 'on-demand' ? [d.cold, other] : [other, d.cold];
  // The creation figures' runs use SWEEP_SEED's stream, so they depend on the parameters alone and
  // a worker keeps them (options.memo).
  const sweep = memo(
    options.memo,
    `lambda/creation/${JSON.stringify({ ...p, seed: SWEEP_SEED })}`,
    (): CreationSweep => ({ draws: creationDraws(p, SWEEP_SEED), seconds: new Map() }),
  );
  const create = creator(p, tick, sweep, { friendly: p.lockFriendly === 'true', seconds: d.result.creation.seconds });
  const figures = [
    burstFigure(p, onDemand, preCreated),
    packetFigure(p),
    parallelFigure(p, create),
    bootFigure(p, create),
  ];
  return {
    title: `${p.strategy === 'on-demand' ? 'On demand' : 'Pre-created at boot'}, ${grouped(p.slots)} slots: ${switches(p)}`,
    stats: stats(d),
    figures,
    notes: [...d.result.notes, ...(d.result.truncated && d.result.message ? [d.result.message] : [])],
    message: null,
    ...(d.result.trace && { trace: d.result.trace }),
  };
}

function switches(p: Detail['result']['params']): string {
  const on = [
    p.ebpfTunnel === 'true' && 'eBPF tunnel',
    p.statelessNat === 'true' && 'stateless NAT',
    p.rulesInNamespace === 'true' && 'rules in namespaces',
    p.lockFriendly === 'true' && 'RTNL-friendly order',
  ].filter(Boolean);
  return on.length ? on.join(', ') : 'no optimisations';
}

function stats(d: Detail): Stat[] {
  const { summary: s, ci95, theory, params: p } = d.result;
  const steady = p.burst === 1 || p.burstSeconds === 0;
  return [
    {
      id: 'p50',
      label: 'Cold-start network p50',
      value: s.coldStartNetworkP50Ms,
      ci95: ci95.coldStartNetworkP50Ms ?? null,
      unit: 'ms',
    },
    {
      id: 'p99',
      label: 'Cold-start network p99',
      value: s.coldStartNetworkP99Ms,
      ci95: ci95.coldStartNetworkP99Ms ?? null,
      unit: 'ms',
    },
    {
      id: 'steadyP99',
      label: 'p99 of cold starts before the burst',
      value: s.steadyP99Ms,
      ci95: ci95.steadyP99Ms ?? null,
      unit: 'ms',
    },
    {
      id: 'burstP99',
      label: 'p99 of cold starts in the burst',
      value: s.burstP99Ms,
      ci95: ci95.burstP99Ms ?? null,
      unit: 'ms',
    },
    {
      id: 'lockWait',
      label: 'Mean wait for RTNL',
      value: s.meanLockWaitMs,
      ci95: ci95.meanLockWaitMs ?? null,
      theory: steady ? theory.meanWait : null,
      unit: 'ms',
      help: 'Theory: Pollaczek–Khinchine for M/G/1, shown when there is no burst.',
    },
    { id: 'noContention', label: 'Cold start alone (sum of steps)', value: s.noContentionMs, unit: 'ms' },
    { id: 'boot', label: 'Boot time', value: s.bootSeconds, unit: 's' },
    {
      id: 'parallelCreate',
      label: `Create all ${grouped(p.slots)} in parallel`,
      value: s.parallelCreateSeconds,
      unit: 's',
    },
    { id: 'rootRules', label: 'Rules in the root namespace', value: s.rootRules, unit: '' },
    {
      id: 'perPacket',
      label: `Per-packet rule cost, slot ${grouped(p.slots)}`,
      value: s.perPacketUsAtLastSlot,
      unit: 'μs',
    },
    {
      id: 'tunnel',
      label: 'Tunnel setup',
      value: s.tunnelSetupMs,
      unit: 'ms',
      help: `NAT setup ${fmt(s.natSetupMs)} ms`,
    },
  ];
}
