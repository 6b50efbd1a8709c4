import { describe, expect, it } from 'vitest';
import { applyEvent, initialState } from '../../trace/replay.ts';
import { JOIN, LEAVE, START } from '../../trace/types.ts';
import { run } from './model.ts';
import { presets } from './presets.ts';

/** The EBS trace follows each IO through the token bucket, host ring, way out, a drive and back. */
const preset = (id: string) => presets.find((p) => p.id === id)!.params;

describe('ebs-queueing trace', () => {
  it('recording a trace changes nothing in the run', () => {
    const p = { ...preset('noisy-neighbour'), requests: 4000, warmup: 400, seed: 2 };
    const { trace, ...traced } = run(p, { trace: 3000 });
    expect(trace!.size).toBeGreaterThan(0);
    expect(traced).toEqual(run(p));
  });

  it('opens on a burst of volume 0 and follows every IO in order through the stations', () => {
    const { trace } = run({ ...preset('noisy-neighbour'), seed: 4 }, { trace: 6000 });
    const tr = trace!;
    expect(tr.size).toBe(6000);
    expect(tr.classes[0]).toMatch(/bursts/);
    // the first IO of the window is volume 0's, issued in a burst
    expect(tr.cls[0]).toBe(0);
    const drive0 = 3,
      back = 3 + tr.stations.length - 4;
    const at = new Map<number, number>(tr.initial.map((p) => [p.entity, p.station]));
    const s = initialState(tr);
    for (let i = 0; i < tr.size; i++) {
      const e = tr.entity[i]!,
        st = tr.station[i]!;
      if (tr.kind[i] === JOIN) {
        const from = at.get(e);
        // an IO's stations only ever go forward: bucket → ring → out → drive → back
        if (from !== undefined) expect(st).toBeGreaterThan(from);
        at.set(e, st);
      } else if (tr.kind[i] === START) {
        expect(st).toBeGreaterThanOrEqual(drive0);
        expect(s.serving[st]![0]).toBe(-1);
      } else if (st === back) at.delete(e);
      applyEvent(s, tr, i);
    }
    // during a 25× burst volume 0's IOs outnumber any other volume's in the window
    const perClass = new Map<number, number>();
    for (let i = 0; i < tr.size; i++)
      if (tr.kind[i] === JOIN && tr.station[i] === 2) perClass.set(tr.cls[i]!, (perClass.get(tr.cls[i]!) ?? 0) + 1);
    const others = [...perClass.entries()].filter(([c]) => c !== 0).map(([, n]) => n);
    expect(perClass.get(0)!).toBeGreaterThan(Math.max(...others));
  });

  it('every IO that completes in the window leaves through the network back', () => {
    const { trace } = run({ requests: 3000, warmup: 300, seed: 9 }, { trace: 5000 });
    const tr = trace!;
    let leaves = 0,
      drivesDone = 0;
    for (let i = 0; i < tr.size; i++) {
      if (tr.kind[i] === LEAVE && tr.station[i] === tr.stations.length - 1) leaves++;
      if (tr.kind[i] === LEAVE && tr.server[i] === 0) drivesDone++;
    }
    expect(leaves).toBeGreaterThan(100);
    expect(Math.abs(drivesDone - leaves)).toBeLessThan(200); // in flight on the way back at either edge
  });
});
