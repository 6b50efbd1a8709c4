import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../stats/batch-means.ts';
import { batchHalfWidth } from '../../stats/batch-means.ts';
import { coldPath } from './costs.ts';
import { jitterTable } from './jitter.ts';
import { run, runDetail } from './model.ts';
import { defaults, type Params } from './params.ts';
import { presets } from './presets.ts';
import { replicate } from './replicate.ts';
import { lockTheory } from './theory.ts';

/**
 * Validation. Tolerances come from the runs' own 95% half-widths (over replications or seeds),
 * times 3; seeds are fixed so the suite is deterministic. Directional claims are asserted as a
 * difference larger than 3 combined half-widths, never on one lucky run.
 */
const preset = (id: string) => presets.find((p) => p.id === id)!.params;
const within = (e: Estimate, truth: number) => {
  expect(e.ci95).not.toBeNull();
  expect(Math.abs(e.value - truth), `sim ${e.value} ± ${e.ci95} vs theory ${truth}`).toBeLessThan(
    3 * (e.ci95 as number),
  );
};
const apart = (hi: Estimate, lo: Estimate) => {
  const hw = Math.hypot(hi.ci95 as number, lo.ci95 as number);
  expect(hi.value - lo.value, `${hi.value} ± ${hi.ci95} vs ${lo.value} ± ${lo.ci95}`).toBeGreaterThan(3 * hw);
};
const est = (
  r: ReturnType<typeof run>,
  k: 'coldStartNetworkP50Ms' | 'coldStartNetworkP99Ms' | 'burstP99Ms' | 'steadyP99Ms' | 'meanLockWaitMs',
): Estimate => ({ value: r.summary[k], ci95: r.ci95[k] ?? null });
/** A summary number over several seeds, with its 95% half-width (Student t). */
const overSeeds = (p: Partial<Params>, pick: (r: ReturnType<typeof run>) => number, seeds = 8): Estimate => {
  const xs = Array.from({ length: seeds }, (_, i) =>
    pick(run({ ...p, seed: 100 + i, replications: 1, durationSeconds: 10 })),
  );
  return { value: xs.reduce((s, x) => s + x, 0) / xs.length, ci95: batchHalfWidth(xs) };
};
/**
 * Simulated latencies of cold starts that never meet each other (constant steps, a trickle of
 * arrivals, no burst): each is exactly the work of one cold start.
 */
const alone = (p: Partial<Params>): number[] => {
  const quiet = { stepScv: 0, arrivalRate: 1, coldFraction: 0.01, burst: 1, durationSeconds: 3600, replications: 2 };
  return runDetail({ ...p, ...quiet }).cold.runs.flatMap((r) => Array.from(r.latency));
};

describe('lambda-slots: mechanics against closed forms', () => {
  it('with no contention a cold start takes exactly the sum of its steps', () => {
    for (const pr of presets) {
      const p = { ...defaults(), ...pr.params } as Params;
      const path = coldPath(p);
      const sum = [...path.lockSteps, ...path.offSteps].reduce((s, x) => s + x, 0);
      const lat = alone(pr.params);
      expect(lat.length).toBeGreaterThan(40);
      expect(Math.min(...lat)).toBeCloseTo(sum, 9);
      expect(Math.max(...lat)).toBeCloseTo(sum, 9);
    }
    // On demand, unoptimised, from the parameters rather than the model's own list of steps:
    // namespace, veth and move under RTNL, then the whole tunnel (its device hold included), NAT, rules.
    const d = defaults();
    const onDemand = d.netnsHoldMs + d.vethHoldMs + d.moveHoldMs + d.tunnelMs + d.natMs + d.ruleInsertMs;
    expect(Math.min(...alone({}))).toBeCloseTo(onDemand, 9);
  });

  it('Poisson cold starts wait for RTNL as M/G/1 predicts (Pollaczek–Khinchine)', () => {
    const cases: [Partial<Params>, number][] = [
      [{ arrivalRate: 100 }, 1200], // ρ ≈ 0.44, lognormal holds with SCV 0.25
      [{ arrivalRate: 150, stepScv: 1 }, 1200], // ρ ≈ 0.66, more variable holds
      [{ ...preset('ebpf'), lockFriendly: 'true', arrivalRate: 600, stepScv: 2 }, 400], // short holds, many creations
    ];
    for (const [c, seconds] of cases) {
      const p = { ...defaults(), ...c, burst: 1, durationSeconds: seconds, replications: 10 } as Params;
      const cold = replicate(p);
      const t = lockTheory(cold.path, cold.arrivals, jitterTable(p.stepScv).scv);
      expect(t.meanWait).not.toBeNull();
      within(cold.meanLockWait, t.meanWait!);
    }
  });

  it('the jitter table keeps each step’s mean: mean latency alone equals the sum of means', () => {
    const r = run({ ...preset('pre-create'), durationSeconds: 600, replications: 10, stepScv: 1 });
    within(
      { value: r.summary.coldStartNetworkMeanMs, ci95: r.ci95.coldStartNetworkMeanMs ?? null },
      r.summary.noContentionMs,
    );
  });
});

describe('lambda-slots: the five claims of the article, at their presets', () => {
  const onDemand = run(preset('on-demand'));
  const rootRules = run(preset('root-rules'));
  const ebpf = run(preset('ebpf'));
  const pre = run(preset('pre-create'));

  it('1. on demand, a burst of cold starts queues on RTNL and the tail explodes', () => {
    apart(est(onDemand, 'burstP99Ms'), est(onDemand, 'steadyP99Ms'));
    expect(onDemand.summary.burstP99Ms).toBeGreaterThan(1000); // seconds, not milliseconds
    apart(
      est(onDemand, 'coldStartNetworkP99Ms'),
      est(run({ ...preset('on-demand'), strategy: 'pre-create' }), 'coldStartNetworkP99Ms'),
    );
  });

  it('2. per-slot rules in the root: 125,000+ rules and ~1 ms per packet at slot 4,000; in namespaces, 144 and flat', () => {
    // A cost model, not a random one: the numbers are exact.
    expect(onDemand.summary.rootRules).toBeGreaterThanOrEqual(125_000);
    expect(onDemand.summary.perPacketUsAtLastSlot).toBeGreaterThan(900);
    expect(onDemand.summary.perPacketUsAtLastSlot).toBeLessThan(1100);
    // In namespaces the root keeps only the static rules, whatever the number of slots.
    expect(rootRules.summary.rootRules).toBe(144);
    const fewer = run({ ...preset('root-rules'), slots: 500, durationSeconds: 10, replications: 1 });
    expect(fewer.summary.rootRules).toBe(144);
    expect(rootRules.summary.perPacketUsAtLastSlot).toBe(rootRules.summary.perPacketUsAtFirstSlot);
    expect(onDemand.summary.perPacketUsAtLastSlot / rootRules.summary.perPacketUsAtLastSlot).toBeGreaterThan(500);
  });

  it('3. eBPF: tunnel 150 ms → 200 μs, NAT setup 100× faster, and the median cold start falls', () => {
    // The simulated cold start, alone, saves what the article says the two rewrites save (150 ms
    // of tunnel down to 0.2 ms, NAT 100× cheaper), less the two eBPF attachments now under RTNL.
    const d = defaults();
    const saved = 150 - 0.2 + d.natMs * (1 - 1 / 100) - 2 * d.attachHoldMs;
    expect(Math.min(...alone(preset('root-rules'))) - Math.min(...alone(preset('ebpf')))).toBeCloseTo(saved, 9);
    apart(est(rootRules, 'coldStartNetworkP50Ms'), est(ebpf, 'coldStartNetworkP50Ms'));
    // The lock work remains, so the burst still queues.
    expect(ebpf.summary.burstP99Ms).toBeGreaterThan(1000);
  });

  it('4. pre-created: the same small cold start through the burst, for about 3 minutes of boot', () => {
    const burst = est(pre, 'burstP99Ms'),
      steady = est(pre, 'steadyP99Ms');
    expect(Math.abs(burst.value - steady.value)).toBeLessThan(3 * Math.hypot(burst.ci95!, steady.ci95!));
    expect(pre.summary.coldStartNetworkP99Ms).toBeLessThan(2);
    apart(est(ebpf, 'burstP99Ms'), burst);
    const boot = overSeeds(preset('pre-create'), (r) => r.summary.bootSeconds);
    expect(boot.value).toBeGreaterThan(150);
    expect(boot.value).toBeLessThan(210);
    expect(boot.ci95!).toBeLessThan(5);
  });

  it('5. RTNL-friendly ordering: parallel creation of 4,000 slots from minutes to seconds', () => {
    const naive = overSeeds(preset('pre-create'), (r) => r.summary.parallelCreateSeconds);
    const friendly = overSeeds(preset('lock-ordering'), (r) => r.summary.parallelCreateSeconds);
    apart(naive, friendly);
    expect(naive.value - 3 * naive.ci95!).toBeGreaterThan(120);
    expect(friendly.value + 3 * friendly.ci95!).toBeLessThan(10);
    // Without the ordering, more threads do not help: the lock is the bottleneck.
    const threads = (n: number, id: string) =>
      overSeeds({ ...preset(id), parallelism: n }, (r) => r.summary.parallelCreateSeconds, 4);
    expect(threads(64, 'pre-create').value / threads(4, 'pre-create').value).toBeGreaterThan(0.9);
    apart(threads(1, 'lock-ordering'), threads(32, 'lock-ordering'));
  });

  it('the defaults are the first step, so the page renders it before JavaScript', () => {
    const d = defaults() as Record<string, unknown>;
    for (const [k, v] of Object.entries(preset('on-demand'))) expect(d[k]).toBe(v);
  });
});
