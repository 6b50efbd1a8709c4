import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import type { Params } from './params.ts';
import { presets } from './presets.ts';
import type { Summary } from './summarize.ts';

/**
 * The five lessons of the EBS story, each asserted at its preset with the runs' own 95%
 * half-widths (differences must exceed 3 × the combined half-width), never on one lucky number.
 */
const preset = (id: string) => presets.find((p) => p.id === id)!.params;
const go = (p: Partial<Params>): Summary => {
  const r = run({ seed: 7, ...p });
  if (r.summary === null) throw new Error(r.message ?? 'no summary');
  return r.summary;
};
/** a − b exceeds 3 combined half-widths. */
const clearlyAbove = (a: number, ca: number | null, b: number, cb: number | null) => {
  expect(ca).not.toBeNull();
  expect(cb).not.toBeNull();
  expect(a - b, `${a} ± ${ca} vs ${b} ± ${cb}`).toBeGreaterThan(3 * Math.hypot(ca!, cb!));
};

describe('the EBS lessons hold at their presets', () => {
  it('1. hard drives: about 120 IOPS each, a hockey stick in p99, and a long tail', () => {
    const hdd = preset('hdd');
    const full = go({ ...hdd, load: 0.95, requests: 40_000 });
    // Eight drives at 95% of 120 IOPS each: the drives carry what is offered, no more.
    expect(Math.abs(full.throughputIops - 0.95 * 120 * 8)).toBeLessThan(3 * full.ci95.throughputIops!);
    const half = go({ ...hdd, load: 0.5, requests: 40_000 });
    const busy = go({ ...hdd, load: 0.9, requests: 40_000 });
    clearlyAbove(busy.p99, busy.ci95.p99, 3 * half.p99, 3 * half.ci95.p99!); // 40 points of load, over 3× the p99
    clearlyAbove(half.p99, half.ci95.p99, 2.5 * half.p50, 2.5 * half.ci95.p50!); // even at half load, p99 > 2.5 × p50
  });

  it('2. a noisy neighbour raises its neighbours’ p99; spreading it widens the blast radius', () => {
    const noisy = preset('noisy-neighbour');
    const calm = go({ ...noisy, noisy: 1, requests: 40_000 });
    const radii: Record<number, number[]> = { 1: [], 8: [] };
    for (const seed of [1, 2, 3]) {
      const one = run({ ...noisy, seed, requests: 30_000 }).summary!;
      const wide = run({ ...noisy, seed, spread: 8, requests: 30_000 }).summary!;
      clearlyAbove(one.victimP99!, one.ci95.victimP99, calm.victimP99!, calm.ci95.victimP99);
      // Spread over eight drives, the noisy volume itself is faster …
      clearlyAbove(one.noisyP99, one.ci95.noisyP99, wide.noisyP99, wide.ci95.noisyP99);
      radii[1]!.push(one.blastRadius!);
      radii[8]!.push(wide.blastRadius!);
    }
    // … but more volumes feel its burst, on every seed.
    expect(Math.min(...radii[8]!), JSON.stringify(radii)).toBeGreaterThan(Math.max(...radii[1]!));
    expect(Math.min(...radii[1]!)).toBeGreaterThanOrEqual(1);
  });

  it('3. SSDs with Provisioned IOPS: 2–3 ms, and rate limits keep a burst off the neighbours', () => {
    const piops = preset('ssd-piops');
    const limited = go({ ...piops, requests: 40_000 });
    expect(limited.p50 - 3 * limited.ci95.p50!).toBeGreaterThan(2);
    expect(limited.p50 + 3 * limited.ci95.p50!).toBeLessThan(3);
    const shared = go({ ...piops, isolation: 'fifo', requests: 40_000 });
    clearlyAbove(shared.victimP99!, shared.ci95.victimP99, limited.victimP99!, limited.ci95.victimP99);
    for (const seed of [1, 2, 3]) expect(run({ ...piops, seed, requests: 20_000 }).summary!.blastRadius).toBe(0);
    const calm = go({ ...piops, noisy: 1, requests: 40_000 });
    expect(limited.victimP99! - calm.victimP99!).toBeLessThan(
      0.2 * calm.victimP99! + 3 * Math.hypot(limited.ci95.victimP99!, calm.ci95.victimP99!),
    );
  });

  it('4. the 64-IO ring caps a host at 64 ÷ latency however fast the drives; a deeper ring lifts it', () => {
    const xen = preset('xen-ring');
    const r64 = run({ ...xen, requests: 30_000 });
    const s64 = r64.summary!;
    expect(s64.throughputIops + 3 * s64.ci95.throughputIops!).toBeLessThan(0.8 * r64.theory.offeredIops);
    // Ten times faster drives barely matter: the ceiling is 64 over host, network and server time.
    const fast = run({ ...xen, deviceIops: 50_000, requests: 30_000 });
    const floorMs = xen.hostMs! + xen.networkMs! + xen.serverMs!;
    expect(fast.summary!.throughputIops - 3 * fast.summary!.ci95.throughputIops!).toBeLessThan((1000 * 64) / floorMs);
    const s128 = go({ ...xen, ringDepth: 128, requests: 30_000 });
    clearlyAbove(s128.throughputIops, s128.ci95.throughputIops, s64.throughputIops, s64.ci95.throughputIops);
    expect(Math.abs(s128.throughputIops - r64.theory.offeredIops)).toBeLessThan(3 * s128.ci95.throughputIops!);
  });

  it('5. Nitro, SRD and Nitro SSD: sub-millisecond p99 and a tighter tail than any earlier era', () => {
    const nitro = go({ ...preset('nitro'), requests: 40_000 });
    expect(nitro.p99 + 3 * nitro.ci95.p99!).toBeLessThan(1);
    const ssd = go({ ...preset('ssd-piops'), noisy: 1, requests: 40_000 });
    const hdd = go({ ...preset('hdd'), requests: 40_000 });
    // Tail ratio p99 / p50: compare with the intervals of both ends of each.
    const ratio = (s: Summary) => s.p99 / s.p50;
    const ratioHw = (s: Summary) => ratio(s) * Math.hypot(s.ci95.p99! / s.p99, s.ci95.p50! / s.p50);
    for (const older of [ssd, hdd]) clearlyAbove(ratio(older), ratioHw(older), ratio(nitro), ratioHw(nitro));
    clearlyAbove(ssd.p50, ssd.ci95.p50, nitro.p99, nitro.ci95.p99);
  });
});
